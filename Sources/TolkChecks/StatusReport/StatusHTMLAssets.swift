/// The style sheet and the sorting script of the status page, inlined so the
/// page is one file that opens from disk (`file://`) with nothing beside it.
enum StatusHTMLAssets {
    /// State colours pair a tinted background with dark text of the same hue
    /// (contrast above 7:1); the state is also always written out in words.
    static let style = """
        :root { color-scheme: light; --fg: #1b1b1b; --muted: #4d4d4d; --line: #c9c9c9; --head: #eef0f3; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 120rem; color: var(--fg); background: #fff;
          font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
        p { margin: .25rem 0 .75rem; max-width: 60rem; }
        .lede, .hint { color: var(--muted); }
        .summary { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0 0; padding: 0; }
        .summary div { border: 1px solid var(--line); border-radius: 6px; padding: .45rem .9rem; min-width: 7.5rem; }
        .summary dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .summary dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
        .summary dd.list { font-size: .95rem; font-weight: 600; padding-top: .3rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; list-style: none; padding: 0; margin: .5rem 0 1rem; }
        .swatch { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-weight: 600; white-space: nowrap; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; }
        caption { text-align: left; font-weight: 600; padding: 0 0 .5rem; }
        caption .note { font-weight: normal; color: var(--muted); }
        th, td { border: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; text-align: left; }
        thead th { background: var(--head); position: sticky; top: 0; z-index: 1; white-space: nowrap; }
        .totals td.number, .totals th.number { text-align: right; font-variant-numeric: tabular-nums; }
        .status { width: 100%; }
        .status tbody th { font-weight: normal; min-width: 16rem; max-width: 34rem; }
        .title { display: block; font-weight: 600; overflow-wrap: anywhere; }
        .key, .meta { display: block; color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
        .key { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        .cell { min-width: 10.5rem; }
        .state { display: block; font-weight: 600; }
        .current { background: #e6f4ea; } .current .state, .swatch.current { color: #0f4d24; }
        .stale { background: #fff3cd; } .stale .state, .swatch.stale { color: #5c3c00; }
        .missing { background: #fbe4e4; } .missing .state, .swatch.missing { color: #7f1717; }
        .undated { background: #e9ebef; } .undated .state, .swatch.undated { color: #262b33; }
        .sev { display: inline-block; margin: .2rem .25rem 0 0; padding: 0 .35rem; border: 1px solid; border-radius: 3px;
          font-size: .8rem; background: #fff; white-space: nowrap; }
        .sev.error { color: #8a1111; border-color: #d38d8d; }
        .sev.warning { color: #5c3c00; border-color: #d2b062; }
        .sev.note { color: #1d3f75; border-color: #93aed6; }
        .clean { display: block; color: var(--muted); font-size: .8rem; margin-top: .2rem; }
        th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0;
          cursor: pointer; text-align: left; }
        th button:focus-visible { outline: 2px solid #1d3f75; outline-offset: 2px; }
        th button::after { content: " \\2195"; color: #767676; }
        th[aria-sort=ascending] button::after { content: " \\25B2"; color: inherit; }
        th[aria-sort=descending] button::after { content: " \\25BC"; color: inherit; }
        footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
        """

    /// Progressive enhancement: without the script the table is in title
    /// order and fully readable; with it every column header becomes a
    /// button. Cells carry their sort key in `data-sort` (written by Swift),
    /// so the script never parses display text. Ties keep title order.
    static let script = """
        (function () {
          "use strict";
          var table = document.getElementById("status");
          if (!table || !table.tHead || !table.tBodies.length) { return; }
          var body = table.tBodies[0];
          var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
          var rows = Array.prototype.slice.call(body.rows);
          var note = document.getElementById("sort-note");
          var hint = document.getElementById("sort-hint");
          var collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
          if (hint) { hint.hidden = false; }
          function key(row, column, numeric) {
            var cell = row.cells[column];
            var value = cell ? (cell.getAttribute("data-sort") || cell.textContent) : "";
            return numeric ? Number(value) || 0 : value;
          }
          function sort(column) {
            var header = headers[column];
            var numeric = header.getAttribute("data-type") === "number";
            var was = header.getAttribute("aria-sort");
            // Numbers (how far behind) start worst first; text starts A to Z.
            var ascending = was ? was !== "ascending" : !numeric;
            var sign = ascending ? 1 : -1;
            var order = rows.map(function (row, index) {
              return { row: row, index: index, key: key(row, column, numeric) };
            });
            order.sort(function (a, b) {
              var d = numeric ? a.key - b.key : collator.compare(a.key, b.key);
              return d !== 0 ? sign * d : a.index - b.index;
            });
            headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            order.forEach(function (item) { body.appendChild(item.row); });
            if (note) {
              note.textContent = "sorted by " + header.getAttribute("data-label") +
                (ascending ? ", ascending" : ", descending");
            }
          }
          headers.forEach(function (header, column) {
            var button = document.createElement("button");
            button.type = "button";
            while (header.firstChild) { button.appendChild(header.firstChild); }
            header.appendChild(button);
            button.addEventListener("click", function () { sort(column); });
          });
          // index.html#sort=de-DE opens sorted by that column: a link that can be shared.
          var wanted = /[#&]sort=([^&]*)/.exec(window.location.hash);
          if (wanted) {
            headers.forEach(function (header, column) {
              if (header.getAttribute("data-label") === decodeURIComponent(wanted[1])) { sort(column); }
            });
          }
        })();
        """
}
