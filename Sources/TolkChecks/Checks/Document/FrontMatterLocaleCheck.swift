import TolkModel

/// Reports an `ms.contentlocale` that is not a locale tag, or that names
/// another locale than the folder the file sits in (`sv-SE` in a file under
/// `de-DE/`). The docs build publishes a page under the locale its front
/// matter names, and Tolk groups translations by it, so a wrong value puts
/// the page in the wrong language's site and report.
public struct FrontMatterLocaleCheck: DocumentCheck {
    public static let descriptor = CheckDescriptor(
        id: "frontmatter-locale", category: .document, defaultSeverity: .error,
        summary: "ms.contentlocale is not a locale tag or disagrees with the locale the file's path names")

    /// The parser reports a value that is not a tag; this check reports it instead.
    public static let claimedDiagnostics: Set<DiagnosticCode> = [.frontMatterLocale]

    public init() {}

    public func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard let frontMatter = file.document.frontMatter else { return }
        let folder = Self.pathLocale(file.path)
        for entry in frontMatter.entries where entry.key.lowercased() == "ms.contentlocale" {
            let value = entry.value.trimmingCharacters(in: .whitespaces)
            guard let tag = LocaleTag(value) else {
                let shown = value.isEmpty ? "is empty" : "'\(MessageText.excerpt(value))' is not a locale tag"
                findings.add("\(entry.key) \(shown); expected a tag such as 'de-DE'", at: entry.location)
                continue
            }
            guard let folder, !Self.agree(content: tag, path: folder.tag) else { continue }
            findings.add("\(entry.key) '\(tag.identifier)' disagrees with the folder '\(folder.name)' the file is in",
                         at: entry.location)
        }
    }

    /// The locale tags agree when they are equal, or the path names only the
    /// language (`de/`) and the front matter that language with a region.
    static func agree(content: LocaleTag, path: LocaleTag) -> Bool {
        if content == path { return true }
        return !path.identifier.contains("-") && content.language == path.language
    }

    /// The nearest folder of `path` that is a BCP 47 tag (`de-DE`, `sv`): the
    /// loader's rule, so the two never disagree about what a path names.
    static func pathLocale(_ path: String) -> (tag: LocaleTag, name: String)? {
        LocaleTag.nearestFolder(inPath: path).map { ($0.tag, $0.name) }
    }
}
