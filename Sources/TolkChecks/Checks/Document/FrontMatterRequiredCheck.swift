import TolkModel

/// Reports front matter that lacks a key every published page needs:
/// `title`, `description` and `ms.date` everywhere, and `ms.contentlocale`
/// in a translated file. Docs builds show an empty title or search summary
/// for such pages, and tooling that dates or groups translations cannot place
/// them. A key written in another letter case (`Description`) counts as
/// present: `frontmatter-key-case` reports its spelling. A file without any
/// front matter is the parser's `frontmatter-missing`, not reported here.
public struct FrontMatterRequiredCheck: DocumentCheck {
    public static let descriptor = CheckDescriptor(
        id: "frontmatter-required", category: .document, defaultSeverity: .warning,
        summary: "the front matter lacks a required key (title, description, ms.date; ms.contentlocale when translated)")

    /// Keys every file needs, in the order findings are reported.
    static let requiredKeys = ["title", "description", "ms.date"]
    /// Keys whose empty value no other check reports (an empty date or locale is
    /// `frontmatter-date`'s or `frontmatter-locale`'s).
    static let mustNotBeEmpty: Set<String> = ["title", "description"]

    public init() {}

    public func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard let frontMatter = file.document.frontMatter else { return }
        let location = SourceLocation(line: frontMatter.lines.lowerBound, column: 1)
        var required = Self.requiredKeys
        if Self.isTranslated(file) { required.append("ms.contentlocale") }
        for key in required {
            guard let entry = frontMatter.entry(key) else {
                findings.add("the front matter has no '\(key)' key", at: location)
                continue
            }
            if Self.mustNotBeEmpty.contains(key), entry.value.allSatisfy(\.isWhitespace) {
                findings.add("the front matter's '\(entry.key)' is empty", at: entry.location)
            }
        }
    }

    /// A file in another language than the source: its locale (from the path
    /// when the front matter names none) differs from the source language, or
    /// it carries translation pairs.
    static func isTranslated(_ file: FileUnderCheck) -> Bool {
        if !file.document.segments.isEmpty { return true }
        guard let language = file.document.locale?.language else { return false }
        return language != file.settings.sourceLanguage
    }
}
