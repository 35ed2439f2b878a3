import TolkModel

/// The guide as HTML: an `<article>` for the site, or a whole page.
///
/// Every text from a document is escaped; links pass `LinkPolicy` (only
/// `http`, `https`, `mailto` and relative paths); raw HTML from documents
/// was dropped when they were read. The page carries `lang` and `dir`, a
/// Content-Security-Policy that allows no script, and no event handlers.
/// English fallbacks are marked in words and carry `lang` of the source.
public struct HTMLGuideRenderer: Sendable {
    public init() {}

    /// A standalone page.
    public func render(_ guide: Guide) -> String {
        HTMLPage(title: guide.title, locale: guide.locale.used).render(body: article(guide))
    }

    /// The guide's `<article>`; guide links are `ID.html` beside the page.
    public func article(_ guide: Guide) -> String {
        let locale = guide.locale.used
        var out = "<article class=\"guide\">\n<header>\n<h1>\(e(guide.title))</h1>\n<p class=\"procedure\">\(e(guide.heading))</p>\n</header>\n"
        if let note = guide.locale.note {
            out += "<p class=\"fallback\" role=\"note\" lang=\"en\" data-requested=\"\(e(guide.locale.requested))\">\(e(note))</p>\n"
        }
        out += "<dl class=\"facts\">\n"
        out += fact(GuideWording.asOf, "<time datetime=\"\(guide.asOf)\">\(guide.asOf)</time>")
        out += fact(guide.labels.appliesTo, terms(guide.appliesTo, locale: locale), lang: nil)
        out += fact(guide.labels.roles, terms(guide.roles, locale: locale), lang: nil)
        out += "</dl>\n"
        if guide.agreement != nil || guide.signer != nil {
            out += "<section class=\"notices\">\n"
            if let agreement = guide.agreement {
                out += notice("agreement", GuideWording.agreement, agreement.summary(on: guide.asOf), agreement.sentences)
            }
            if let signer = guide.signer {
                out += notice("signer", GuideWording.signer, signer.summary, signer.sentence.map { [$0] } ?? [])
            }
            out += "</section>\n"
        }
        out += "<h2>\(GuideWording.steps)</h2>\n<ol class=\"steps\">\n"
        for step in guide.steps {
            out += "<li value=\"\(step.number)\">\n"
            out += paragraphs(step.paragraphs)
            for note in step.notes {
                let kind = note.kind.lowercased()
                out += "<aside class=\"note note-\(e(kind))\">\n<p class=\"note-title\">\(e(note.title))</p>\n"
                out += paragraphs(note.paragraphs) + "</aside>\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n<footer class=\"source\"><p>\(GuideWording.source): <code>\(e(guide.source))</code></p></footer>\n</article>\n"
        return out
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    /// `lang="en"` on the chrome's English words inside a page in another language.
    private func fact(_ label: String, _ html: String, lang: String? = "en") -> String {
        "<div><dt>\(e(label))</dt><dd\(lang.map { " lang=\"\($0)\"" } ?? "")>\(html)</dd></div>\n"
    }

    private func terms(_ selection: TermSelection, locale: String) -> String {
        let t = GuideWording.terms(selection, locale: locale)
        var out = e(t.text)
        if t.english { out += " " + englishMark }
        if let note = t.note { out += " <span class=\"stated\" lang=\"en\">\(e(note))</span>" }
        return out
    }

    private var englishMark: String { "<span class=\"english\" lang=\"en\">\(GuideWording.english)</span>" }

    private func notice(_ kind: String, _ label: String, _ summary: String, _ sentences: [LocalizedSentence]) -> String {
        var out = "<div class=\"notice notice-\(kind)\">\n<p lang=\"en\"><strong>\(e(label)):</strong> \(e(summary))</p>\n"
        for sentence in sentences {
            out += "<blockquote lang=\"\(e(sentence.locale))\"><p>\(e(sentence.text))"
            out += (sentence.isEnglishFallback ? " " + englishMark : "") + "</p></blockquote>\n"
        }
        return out + "</div>\n"
    }

    /// Paragraphs, consecutive bullets as one list.
    private func paragraphs(_ paragraphs: [GuideParagraph]) -> String {
        var out = ""
        var inList = false
        for paragraph in paragraphs {
            if paragraph.style == .bullet, !inList { out += "<ul>\n"; inList = true }
            if paragraph.style != .bullet, inList { out += "</ul>\n"; inList = false }
            let lang = paragraph.isEnglishFallback ? " class=\"english-fallback\" lang=\"en\"" : ""
            let mark = paragraph.isEnglishFallback ? englishMark + " " : ""
            switch paragraph.style {
            case .code: out += "<pre\(lang)><code>\(e(paragraph.plainText))</code></pre>\n"
            case .bullet: out += "<li\(lang)>\(mark)\(runs(paragraph.runs))</li>\n"
            case .body: out += "<p\(lang)>\(mark)\(runs(paragraph.runs))</p>\n"
            }
        }
        return out + (inList ? "</ul>\n" : "")
    }

    private func runs(_ runs: [GuideRun]) -> String {
        var out = ""
        for run in runs {
            switch run {
            case .text(let s): out += e(s)
            case .uiLabel(let s): out += "<em class=\"ui\">\(e(s))</em>"
            case .code(let s): out += "<code>\(e(s))</code>"
            case .link(let s, .guide(let id)): out += "<a href=\"\(e(Self.pageName(id)))\">\(e(s))</a>"
            case .link(let s, .url(let url)): out += "<a href=\"\(e(url))\" rel=\"noopener noreferrer\">\(e(s))</a>"
            // A relative link to a page outside the guides would be broken here: its text stays.
            case .link(let s, .page(let path)): out += "<span class=\"page-link\" title=\"\(e(path))\">\(e(s))</span>"
            }
        }
        return out
    }

    /// The file name of a guide's page (ids are safe file names: letters, digits, `-`, `.`).
    public static func pageName(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" ? $0 : "-" }) + ".html"
    }
}
