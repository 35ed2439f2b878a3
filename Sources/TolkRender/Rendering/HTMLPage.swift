import TolkModel

/// The page around a guide or an index: `lang`, `dir`, a policy that allows
/// no script, no plug-ins and no outside requests, `hreflang` alternates and a
/// locale switcher made of plain links, so it reads without JavaScript.
public struct HTMLPage: Sendable {
    /// Another language version of the page.
    public struct Alternate: Sendable, Equatable {
        public var locale: String
        public var href: String
        public init(locale: String, href: String) {
            self.locale = locale
            self.href = href
        }
    }

    public var title: String
    /// The language of the page's text.
    public var locale: String
    /// The switcher's current entry: the locale the reader chose, which a
    /// fallback page is in the folder of (default: `locale`).
    public var current: String
    public var alternates: [Alternate]
    /// Breadcrumb links before the switcher: (text, href).
    public var trail: [(String, String)]

    public init(title: String, locale: String, current: String? = nil, alternates: [Alternate] = [],
                trail: [(String, String)] = []) {
        self.title = title
        self.locale = locale
        self.current = current ?? locale
        self.alternates = alternates
        self.trail = trail
    }

    /// No script at all; styles only from the page itself; nothing fetched.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

    public func render(body: String) -> String {
        let e = HTMLText.escape
        let dir = GuideWording.isRightToLeft(locale) ? "rtl" : "ltr"
        var out = """
            <!DOCTYPE html>
            <html lang="\(e(locale))" dir="\(dir)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta name="generator" content="tolk">
            <title>\(e(title))</title>

            """
        for alternate in alternates {
            out += "<link rel=\"alternate\" hreflang=\"\(e(alternate.locale))\" href=\"\(e(alternate.href))\">\n"
        }
        out += "<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n"
        if !trail.isEmpty || alternates.count > 1 {
            out += "<nav class=\"top\" aria-label=\"Site\" lang=\"en\" dir=\"ltr\">\n"
            if !trail.isEmpty {
                out += "<p class=\"trail\">" + trail.map { "<a href=\"\(e($0.1))\">\(e($0.0))</a>" }.joined(separator: " › ") + "</p>\n"
            }
            if alternates.count > 1 {
                out += "<ul class=\"locales\" aria-label=\"Language\">\n"
                for alternate in alternates {
                    let current = alternate.locale == current ? " aria-current=\"page\"" : ""
                    out += "<li><a href=\"\(e(alternate.href))\" hreflang=\"\(e(alternate.locale))\" lang=\"\(e(alternate.locale))\"\(current)>\(e(alternate.locale))</a></li>\n"
                }
                out += "</ul>\n"
            }
            out += "</nav>\n"
        }
        return out + "<main>\n\(body)</main>\n</body>\n</html>\n"
    }
}

/// The one style sheet, inline in every page (the policy allows no other).
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        nav.top { border-bottom: 1px solid var(--line); background: #f6f8fa; padding: .5rem 1.25rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; }
        nav.top p { margin: 0; }
        ul.locales { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; }
        ul.locales a { display: inline-block; padding: .1rem .5rem; border: 1px solid var(--line); border-radius: 1rem; text-decoration: none; font-size: .875rem; }
        ul.locales a[aria-current] { background: var(--accent); border-color: var(--accent); color: #fff; }
        a { color: var(--accent); }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 .25rem; }
        .procedure { font-size: 1.15rem; color: var(--muted); margin: 0 0 1rem; }
        .fallback { border-left: 4px solid #bf8700; background: #fff8c5; padding: .5rem .75rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
        dl.facts div { display: contents; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        .notices { margin: 1rem 0 1.5rem; }
        .notice { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; margin: .5rem 0; background: #f6f8fa; }
        .notice p { margin: .3rem 0; }
        blockquote { margin: .3rem 0 .3rem .5rem; padding-left: .75rem; border-left: 3px solid var(--line); color: var(--muted); }
        ol.steps { padding-left: 2rem; }
        ol.steps > li { margin: 0 0 1rem; padding-left: .25rem; }
        ol.steps > li::marker { font-weight: 700; }
        ol.steps p { margin: .2rem 0; }
        em.ui { font-style: normal; font-weight: 700; }
        .english, .stated { font-size: .8rem; color: #6e4c00; background: #fff1c2; border-radius: .25rem; padding: 0 .3rem; white-space: nowrap; }
        aside.note { border-left: 4px solid var(--accent); background: #ddf4ff; padding: .35rem .8rem; margin: .5rem 0; border-radius: 0 6px 6px 0; }
        aside.note-important, aside.note-warning, aside.note-caution { border-left-color: #bf8700; background: #fff8c5; }
        aside.note-tip { border-left-color: #1a7f37; background: #dafbe1; }
        .note-title { font-weight: 700; margin: .1rem 0; }
        aside.note ul { margin: .2rem 0; padding-left: 1.25rem; }
        .page-link { text-decoration: underline dotted; }
        code { font: .9em ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; padding: 0 .25rem; border-radius: 4px; overflow-wrap: anywhere; }
        pre code { display: block; padding: .5rem; }
        footer.source { margin-top: 2rem; color: var(--muted); font-size: .875rem; border-top: 1px solid var(--line); }
        ul.guides { padding-left: 1.25rem; }
        ul.guides li { margin: .4rem 0; }
        .meta { color: var(--muted); font-size: .875rem; }
        [dir="rtl"] aside.note { border-left: 0; border-right: 4px solid var(--accent); border-radius: 6px 0 0 6px; }

        """
}
