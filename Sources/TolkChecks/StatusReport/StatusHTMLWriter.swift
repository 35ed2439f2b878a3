import TolkModel

/// `index.html`: the translation status as one static page.
///
/// A summary, the per-locale totals, and a table of documents (rows) ×
/// locales (columns). Each cell states its state in words (current, stale N
/// days, missing, undated) as well as in colour, the untranslated share and
/// the findings by severity. The table reads completely without JavaScript,
/// in title order; a small inline script makes the column headers sort
/// (see `StatusHTMLAssets.script`). Every text that comes from content is
/// escaped. No clock is read: the same status gives the same bytes.
public struct StatusHTMLWriter: Sendable {
    /// The page's `<title>` and heading.
    public var heading: String

    public init(heading: String = "Translation status") {
        self.heading = heading
    }

    public func render(_ status: TranslationStatus) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="tolk report">
            <title>\(HTMLText.escape(heading))</title>
            <style>
            \(StatusHTMLAssets.style)
            </style>
            </head>
            <body>

            """
        out += header(status)
        out += totalsTable(status)
        out += documentTable(status)
        out += """
            <footer><p>Written by <code>tolk report</code>. The same content gives the same page: \
            the date above is the newest <code>ms.date</code> of the content, not the time of the run. \
            The same data is in <a href="status.json">status.json</a>.</p></footer>
            <script>
            \(StatusHTMLAssets.script)
            </script>
            </body>
            </html>

            """
        return out
    }

    // MARK: - Summary

    private func header(_ status: TranslationStatus) -> String {
        let s = status.summary
        let date = status.generated.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "an unknown date"
        func item(_ label: String, _ value: String, list: Bool = false) -> String {
            "<div><dt>\(label)</dt><dd\(list ? " class=\"list\"" : "")>\(value)</dd></div>\n"
        }
        let locales = status.locales.isEmpty ? "none" : status.locales.map(HTMLText.escape).joined(separator: ", ")
        return """
            <header>
            <h1>\(HTMLText.escape(heading))</h1>
            <p class="lede">Content as of \(date) (the newest <code>ms.date</code> in the run).</p>
            <dl class="summary">
            \(item("Files", "\(s.files)"))\(item("Documents", "\(s.documents)"))\
            \(item("Locales (\(s.locales))", locales, list: true))\(item("Errors", "\(s.findings.errors)"))\
            \(item("Warnings", "\(s.findings.warnings)"))\(item("Notes", "\(s.findings.notes)"))\
            </dl>
            </header>

            """
    }

    // MARK: - Per-locale totals

    private func totalsTable(_ status: TranslationStatus) -> String {
        var out = """
            <section aria-labelledby="totals-heading">
            <h2 id="totals-heading">Locales</h2>
            <div class="scroll">
            <table class="totals">
            <caption>Per-locale totals over the current file of each document</caption>
            <thead><tr><th scope="col">Locale</th><th scope="col" class="number">Documents</th>\
            <th scope="col" class="number">Current</th><th scope="col" class="number">Stale</th>\
            <th scope="col" class="number">Missing</th><th scope="col" class="number">Undated</th>\
            <th scope="col" class="number">Most days behind</th><th scope="col" class="number">Untranslated</th>\
            <th scope="col" class="number">Errors</th><th scope="col" class="number">Warnings</th>\
            <th scope="col" class="number">Notes</th></tr></thead>
            <tbody>

            """
        for t in status.totals {
            let untranslated = StatusMath.percentText(t.untranslated, of: t.segments)
                .map { "\($0) (\(t.untranslated) of \(t.segments))" } ?? "no pairs"
            let cells = ["\(t.documents)", "\(t.current)", "\(t.stale)", "\(t.missing)", "\(t.undated)",
                         t.maxDaysBehind.map(String.init) ?? "–", untranslated,
                         "\(t.findings.errors)", "\(t.findings.warnings)", "\(t.findings.notes)"]
            out += "<tr><th scope=\"row\">\(HTMLText.escape(t.locale))</th>"
                + cells.map { "<td class=\"number\">\($0)</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n</section>\n\n"
    }

    // MARK: - Documents × locales

    private func documentTable(_ status: TranslationStatus) -> String {
        let documents = status.documents.count
        var out = """
            <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">Documents</h2>
            \(legend)
            <p class="hint" id="sort-hint" hidden>Select a column heading to sort by it; \
            a locale column sorts by how far behind each document is (missing, then most days stale, \
            then the untranslated share).</p>
            <div class="scroll">
            <table class="status" id="status">
            <caption>\(documents) document\(documents == 1 ? "" : "s") × \(status.locales.count) \
            locale\(status.locales.count == 1 ? "" : "s") <span class="note" id="sort-note">sorted by title</span></caption>
            <thead><tr><th scope="col" data-type="text" data-label="title" aria-sort="ascending">Document</th>
            """
        for locale in status.locales {
            let name = HTMLText.escape(locale)
            out += "<th scope=\"col\" data-type=\"number\" data-label=\"\(name)\">\(name)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        let prefix = Self.sharedFolder(of: status.documents.map(\.key))
        for document in status.documents {
            out += row(document, keyPrefix: prefix)
        }
        return out + "</tbody>\n</table>\n</div>\n</section>\n\n"
    }

    private var legend: String {
        """
        <ul class="legend">
        <li><span class="swatch current">current</span> built from the document's newest source (<code>ms.date</code>)</li>
        <li><span class="swatch stale">stale N days</span> built from a source N days older than the newest</li>
        <li><span class="swatch missing">missing</span> no file in this locale</li>
        <li><span class="swatch undated">undated</span> a file without <code>ms.date</code>, so its age is unknown</li>
        </ul>
        """
    }

    /// The folder every path key starts with (`../corpus/docs/*/`), which
    /// the page leaves out so the part that tells documents apart stays
    /// readable; asset-id keys have no folder and are shown whole.
    static func sharedFolder(of keys: [String]) -> String {
        let paths = keys.filter { $0.contains("/") }
        guard let first = paths.first else { return "" }
        var common = Substring(first)
        for key in paths.dropFirst() {
            common = common.prefix(zip(common, key).prefix { $0 == $1 }.count)
        }
        guard let slash = common.lastIndex(of: "/") else { return "" }
        return String(common[...slash])
    }

    private func row(_ document: DocumentStatus, keyPrefix: String) -> String {
        let lang = document.titleLocale.map { " lang=\"\(HTMLText.escape($0))\"" } ?? ""
        let newest = document.newestSourceDate.map { "<span class=\"meta\">newest source \($0)</span>" } ?? ""
        var out = "<tr><th scope=\"row\" data-sort=\"\(HTMLText.escape(document.title))\">"
            + "<span class=\"title\"\(lang)>\(HTMLText.escape(document.title))</span>"
            + "<span class=\"key\" title=\"\(HTMLText.escape(document.key))\">"
            + "\(HTMLText.escape(Self.shortKey(document.key, prefix: keyPrefix)))</span>\(newest)</th>"
        for cell in document.cells {
            out += self.cell(cell)
        }
        return out + "</tr>\n"
    }

    private func cell(_ cell: LocaleCell) -> String {
        let state: String
        switch cell.state {
        case .current: state = "current"
        case .stale: state = "stale \(MessageText.dayCount(cell.daysBehind ?? 0))"
        case .missing: state = "missing"
        case .undated: state = "undated"
        }
        let path = cell.path.map { " title=\"\(HTMLText.escape($0))\"" } ?? ""
        var out = "<td class=\"cell \(cell.state.rawValue)\" data-sort=\"\(Self.sortKey(cell))\">"
            + "<span class=\"state\"\(path)>\(state)</span>"
        guard cell.state != .missing else { return out + "</td>" }
        var meta: [String] = []
        if let date = cell.sourceDate { meta.append("source \(date)") }
        if cell.isSource { meta.append("English source") } else if let type = cell.translation {
            meta.append(HTMLText.escape(type))
        }
        if !meta.isEmpty { out += "<span class=\"meta\">\(meta.joined(separator: " · "))</span>" }
        if let percent = StatusMath.percentText(cell.untranslated, of: cell.segments) {
            out += "<span class=\"meta\">\(percent) untranslated (\(cell.untranslated) of \(cell.segments) pairs)</span>"
        } else if !cell.isSource {
            out += "<span class=\"meta\">no span pairs</span>"
        }
        out += Self.findings(cell.findings)
        return out + "</td>"
    }

    /// Severity counts as words in outlined badges; nothing but a quiet
    /// "no findings" when there are none.
    static func findings(_ counts: SeverityCounts) -> String {
        guard counts.total > 0 else { return "<span class=\"clean\">no findings</span>" }
        var parts: [String] = []
        for (count, word, kind) in [(counts.errors, "error", "error"), (counts.warnings, "warning", "warning"),
                                    (counts.notes, "note", "note")] where count > 0 {
            parts.append("<span class=\"sev \(kind)\">\(count) \(word)\(count == 1 ? "" : "s")</span>")
        }
        return "<span class=\"findings\">" + parts.joined(separator: " ") + "</span>"
    }

    static func shortKey(_ key: String, prefix: String) -> String {
        key.hasPrefix(prefix) && key.count > prefix.count ? String(key.dropFirst(prefix.count)) : key
    }


    /// One number per cell, larger = needs more work: missing, then stale by
    /// days, then undated, then current by untranslated share (per mille).
    static func sortKey(_ cell: LocaleCell) -> Int {
        switch cell.state {
        case .missing: 3_000_000
        case .stale: 2_000_000 + min(cell.daysBehind ?? 0, 999_999)
        case .undated: 1_000_000
        case .current: StatusMath.permille(cell.untranslated, of: cell.segments) ?? 0
        }
    }
}
