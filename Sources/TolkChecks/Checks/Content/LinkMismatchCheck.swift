import TolkModel

/// Reports a pair whose link destinations differ from its source's,
/// compared as multisets.
///
/// A translation keeps the links of its source: a link dropped, added or
/// pointed elsewhere sends the reader of the locale to another page than
/// the English reader. Locale parts of a URL (`/en-us/` against `/de-de/`,
/// `?lang=en`) are expected to differ and do not count.
struct LinkMismatchCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "link-mismatch", category: .content, defaultSeverity: .warning,
        summary: "A pair whose link destinations differ from its source's.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let markups = file.contentMarkups
        file.forEachSegment { index, segment in
            let target = markups.target[index].links, source = markups.source[index].links
            guard target.map(\.url) != source.map(\.url) else { return }
            let difference = ContentDifference(source: source.map { Self.normalized($0.url) },
                                               target: target.map { Self.normalized($0.url) })
            guard !difference.isEmpty else { return }
            let message = difference.message("link target") { url in
                // Quote the URL as written in the target when it is there, else as in the source.
                let written = (target + source).first { Self.normalized($0.url) == url }?.url ?? url
                return written.isEmpty ? "(empty)" : PairsText.quoted(written)
            }
            let location = target.first { difference.extra.contains(Self.normalized($0.url)) }?.location
            findings.add(message, at: location ?? segment.location, segment: segment.id)
        }
    }

    /// `url` with the parts that name a locale replaced by `{locale}`, the
    /// scheme and host in lower case, surrounding whitespace and `<…>` removed.
    static func normalized(_ url: String) -> String {
        var text = Substring(url.trimmingCharacters(in: .whitespacesAndNewlines))
        if text.hasPrefix("<"), text.hasSuffix(">"), text.count >= 2 { text = text.dropFirst().dropLast() }
        var fragment: Substring = ""
        if let hash = text.firstIndex(of: "#") {
            fragment = text[hash...]
            text = text[..<hash]
        }
        var query: Substring = ""
        if let mark = text.firstIndex(of: "?") {
            query = text[mark...]
            text = text[..<mark]
        }
        var prefix = ""
        var path = text
        if let schemeEnd = text.range(of: "://") {
            let afterScheme = text[schemeEnd.upperBound...]
            let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            prefix = text[..<hostEnd].lowercased()
            path = afterScheme[hostEnd...]
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
            .map { isLocale($0) ? "{locale}" : String($0) }
        return prefix + components.joined(separator: "/") + normalizedQuery(query) + fragment
    }

    /// The query with locale-valued parameters (`lang=en-us`, `mkt=de-de`) set to `{locale}`.
    private static func normalizedQuery(_ query: Substring) -> String {
        guard query.count > 1 else { return "" }
        let parameters = query.dropFirst().split(separator: "&", omittingEmptySubsequences: false).map { parameter -> String in
            guard let equals = parameter.firstIndex(of: "=") else { return String(parameter) }
            let value = parameter[parameter.index(after: equals)...]
            return isLocale(value) || localeParameters.contains(parameter[..<equals].lowercased())
                ? parameter[...equals] + "{locale}" : String(parameter)
        }
        return "?" + parameters.joined(separator: "&")
    }

    /// Query parameters that carry the reader's language, whatever their value.
    private static let localeParameters: Set<String> = ["lang", "language", "locale", "mkt", "setlang", "clcid", "ui-locale"]

    /// `en-us`, `de-DE`, `zh-hans`, `zh-Hant-TW`: a language with a region or
    /// script, as locale folders of URLs are written.
    static func isLocale<S: StringProtocol>(_ component: S) -> Bool {
        let parts = component.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLetter } }) else { return false }
        let rest = parts.dropFirst()
        guard rest.allSatisfy({ $0.count == 2 || $0.count == 4 }) else { return false }
        return LocaleTag(String(component)) != nil
    }
}
