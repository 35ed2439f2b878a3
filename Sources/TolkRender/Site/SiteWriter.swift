import Foundation
import TolkModel

/// The static site: `index.html` (the locales), and per locale an
/// `index.html` (its guides) and one page per guide. Links are relative, so
/// the site reads from `file://`; pages name each other's languages with
/// `hreflang` and switch between them with plain links. No clock is read:
/// the same content and date give the same bytes.
public struct SiteWriter: Sendable {
    public var catalog: GuideCatalog
    public var asOf: CalendarDate
    /// The locales to write, default: every locale of the table.
    public var locales: [String]

    public init(catalog: GuideCatalog, asOf: CalendarDate, locales: [String]? = nil) {
        self.catalog = catalog
        self.asOf = asOf
        self.locales = (locales ?? catalog.locales).sorted()
    }

    /// One file of the site.
    public struct Page: Sendable, Equatable {
        /// Relative to the site's root (`de-DE/add-a-new-customer.html`).
        public var path: String
        public var html: String
    }

    /// Every page, in path order. Guides are built and rendered `jobs` at a time.
    public func pages(jobs: Int = 1) -> [Page] {
        let work = locales.compactMap(LocaleTag.init).flatMap { locale in catalog.entries.map { (locale, $0) } }
        let guides = ParallelMap.map(work, jobs: jobs) { locale, entry in
            catalog.guide(entry, locale: locale, asOf: asOf)
        }
        var pages = [Page(path: "index.html", html: rootIndex())]
        let renderer = HTMLGuideRenderer()
        for (locale, localeGuides) in Dictionary(grouping: guides, by: \.locale.requested) {
            pages.append(Page(path: "\(locale)/index.html", html: localeIndex(locale, localeGuides)))
            for guide in localeGuides {
                let page = HTMLPage(title: guide.title, locale: guide.locale.used, current: locale,
                                    alternates: alternates { "../\($0)/" + HTMLGuideRenderer.pageName(guide.id) },
                                    trail: [("All languages", "../index.html"), ("Guides in \(locale)", "index.html")])
                pages.append(Page(path: "\(locale)/" + HTMLGuideRenderer.pageName(guide.id),
                                  html: page.render(body: renderer.article(guide))))
            }
        }
        return pages.sorted { $0.path < $1.path }
    }

    /// Writes every page under `directory` (created when absent); returns
    /// the number of files. Not atomic per page: a temporary file and a
    /// rename for each of thousands of pages cost more than the rendering.
    @discardableResult
    public func write(to directory: String, jobs: Int = 1) throws -> Int {
        let root = URL(fileURLWithPath: directory)
        let pages = pages(jobs: jobs)
        var made = Set<String>()
        for page in pages {
            let url = root.appendingPathComponent(page.path)
            if made.insert(url.deletingLastPathComponent().path).inserted {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            try Data(page.html.utf8).write(to: url)
        }
        return pages.count
    }

    private func alternates(_ href: (String) -> String) -> [HTMLPage.Alternate] {
        locales.map { HTMLPage.Alternate(locale: $0, href: href($0)) }
    }

    /// The language's own name for itself (`Deutsch (Deutschland)`), from Foundation's CLDR data.
    static func nativeName(_ locale: String) -> String {
        Locale(identifier: locale).localizedString(forIdentifier: locale) ?? locale
    }

    private func rootIndex() -> String {
        let e = HTMLText.escape
        var body = "<h1>Step guides</h1>\n<p class=\"meta\">\(catalog.entries.count) guide\(catalog.entries.count == 1 ? "" : "s") "
            + "as of <time datetime=\"\(asOf)\">\(asOf)</time>. Choose a language.</p>\n<ul class=\"guides\">\n"
        for locale in locales {
            body += "<li><a href=\"\(e(locale))/index.html\" hreflang=\"\(e(locale))\" lang=\"\(e(locale))\">"
                + "\(e(Self.nativeName(locale)))</a> <span class=\"meta\">\(e(locale))</span></li>\n"
        }
        body += "</ul>\n"
        return HTMLPage(title: "Step guides", locale: "en", alternates: alternates { "\($0)/index.html" }).render(body: body)
    }

    private func localeIndex(_ locale: String, _ guides: [Guide]) -> String {
        let e = HTMLText.escape
        var body = "<h1>\(e(Self.nativeName(locale)))</h1>\n"
            + "<p class=\"meta\" lang=\"en\">Step guides as of <time datetime=\"\(asOf)\">\(asOf)</time>.</p>\n<ul class=\"guides\">\n"
        for guide in guides.sorted(by: { ($0.title, $0.id) < ($1.title, $1.id) }) {
            let other = guide.locale.fellBack
                ? " <span class=\"english\" lang=\"en\">\(e(guide.locale.used))</span>" : ""
            let lang = guide.locale.fellBack ? " lang=\"\(e(guide.locale.used))\"" : ""
            body += "<li><a href=\"\(e(HTMLGuideRenderer.pageName(guide.id)))\"\(lang)>\(e(guide.title))</a>\(other)"
                + "<br><span class=\"meta\">\(e(guide.heading)) · \(guide.steps.count) steps</span></li>\n"
        }
        body += "</ul>\n"
        return HTMLPage(title: Self.nativeName(locale), locale: locale, alternates: alternates { "../\($0)/index.html" },
                        trail: [("All languages", "../index.html")]).render(body: body)
    }
}
