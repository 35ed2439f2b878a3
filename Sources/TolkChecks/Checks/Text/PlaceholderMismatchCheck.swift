import Foundation
import TolkModel

/// Reports a pair whose target changed or lost something that must pass
/// through translation untouched: `[!INCLUDE[…](path)]` (the same path),
/// `:::no-loc text="…":::` terms, alert keywords (`[!NOTE]`, which DocFX
/// only knows in English), `{placeholder}` and `{0}` tokens that software
/// fills in, and inline HTML tags. A translated keyword or placeholder
/// breaks the page or the program that reads it.
///
/// Each kind compares as a multiset, the order left free (sentences reorder
/// in translation). HTML tags compare by name and attributes, whatever the
/// case of the name, the spacing and a self-closing slash (`<br>`, `<BR />`);
/// a link's locale folder (`/en-us/`) may change. Placeholders and keywords
/// inside code spans are left to the checks that compare code.
struct PlaceholderMismatchCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "placeholder-mismatch", category: .content, defaultSeverity: .error,
        summary: "A pair's target changed or lost an include, no-loc term, alert keyword, placeholder or HTML tag.")

    /// At most this many items are named in one message.
    private static let listed = 3

    /// The kinds compared, in message order.
    enum Kind: String, CaseIterable {
        case include = "include"
        case noLoc = "no-loc term"
        case alert = "alert keyword"
        case placeholder = "placeholder"
        case html = "HTML tag"
    }

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard file.hasTranslatedPairs else { return }
        let segments = file.document.segments
        for index in segments.indices
        where Self.mayHoldItems(segments[index].rawTarget) || Self.mayHoldItems(segments[index].rawSource) {
            let segment = segments[index]
            guard segment.rawTarget != segment.rawSource else { continue }
            let markups = file.contentMarkups
            let target = Self.items(raw: segment.rawTarget, markup: markups.target[index], prose: file.targetProse(segment))
            let source = Self.items(raw: segment.rawSource, markup: markups.source[index], prose: file.sourceProse(segment))
            for kind in Kind.allCases {
                let (missing, extra) = Self.difference(target: target[kind] ?? [], source: source[kind] ?? [])
                guard let message = Self.message(kind, missing: missing, extra: extra) else { continue }
                findings.add(message, at: segment.location, segment: segment.id)
            }
        }
    }

    /// Whether raw text may hold an item of any kind: `{`, `<`, `[!` or `:::` (no-loc).
    /// Most sentences hold none, and are passed over without building anything.
    static func mayHoldItems(_ raw: String) -> Bool {
        raw.withUTF8Bytes(mayHoldItems)
    }

    private static func mayHoldItems(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let index = ByteSearch.firstIndex(of: UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "["),
                                                UInt8(ascii: ":"), in: bytes, from: from) {
            switch bytes[index] {
            case UInt8(ascii: "["):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") { return true }
            case UInt8(ascii: ":"):
                if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: ":"), bytes[index + 2] == UInt8(ascii: ":") {
                    return true
                }
            default:
                return true // `{` or `<`
            }
            from = index + 1
        }
        return false
    }

    /// What one side holds of each kind: the text to show, and the key it compares by.
    static func items(raw: String, markup: ContentMarkup, prose: String) -> [Kind: [(shown: String, key: String)]] {
        var out: [Kind: [(shown: String, key: String)]] = [:]
        out[.include] = includePaths(raw).map { ($0, $0) }
        out[.noLoc] = markup.noLocTerms.map { ($0, $0) }
        // `[!INCLUDE[title](path)]` reads as `[!INCLUDEtitle]` in prose: includes are compared by path.
        out[.alert] = bracketed(prose, open: "[!", close: "]", allowed: { $0.isLetter })
            .filter { !$0.uppercased().hasPrefix("[!INCLUDE") }
            .map { ($0, $0.uppercased()) }
        out[.placeholder] = bracketed(prose, open: "{", close: "}", allowed: isPlaceholderCharacter).map { ($0, $0) }
        out[.html] = markup.html.compactMap { html in normalizedTag(html).map { (html, $0) } }
        return out
    }

    private static func isPlaceholderCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "_-.:".contains(character))
    }

    /// `[!INCLUDE[title](path)]`: the paths, in order.
    static func includePaths(_ raw: String) -> [String] {
        var paths: [String] = []
        var rest = raw[...]
        while let marker = rest.range(of: "[!INCLUDE", options: .caseInsensitive) {
            rest = rest[marker.upperBound...]
            guard let titleEnd = rest.firstIndex(of: "]") else { break }
            var after = rest[rest.index(after: titleEnd)...].drop { $0 == " " }
            guard after.first == "(" else { continue }
            after = after.dropFirst().drop { $0 == " " || $0 == "<" }
            let path = after.prefix { $0 != ")" && $0 != ">" && !$0.isWhitespace }
            paths.append(String(path))
            rest = after[path.endIndex...]
        }
        return paths
    }

    /// Every `open…close` run in `text` whose inside is 1…60 `allowed` characters, with its brackets.
    static func bracketed(_ text: String, open: String, close: Character,
                          allowed: (Character) -> Bool) -> [String] {
        guard text.contains(open) else { return [] }
        var found: [String] = []
        var rest = text[...]
        while let start = rest.range(of: open) {
            let inside = rest[start.upperBound...].prefix { allowed($0) }
            let end = inside.endIndex
            if !inside.isEmpty, inside.count <= 60, end < rest.endIndex, rest[end] == close {
                found.append(String(rest[start.lowerBound...end]))
                rest = rest[rest.index(after: end)...]
            } else {
                rest = rest[start.upperBound...]
            }
        }
        return found
    }

    /// A tag as compared: lower-case name, attributes with single spaces, no self-closing
    /// slash, `/en-us/`-style locale folders as `/*/`. Comments are not tags: nil.
    static func normalizedTag(_ html: String) -> String? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<"), !trimmed.hasPrefix("<!--"), !trimmed.hasPrefix("<?") else { return nil }
        var body = trimmed.dropFirst()
        if body.hasSuffix(">") { body = body.dropLast() }
        if body.hasSuffix("/") { body = body.dropLast() }
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let attributes = body.dropFirst(name.count).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let neutral = withoutLocaleFolders(attributes)
        return (closing ? "</" : "<") + name + (neutral.isEmpty ? "" : " " + neutral) + ">"
    }

    /// `/en-us/` and `/de-de/` in addresses are the same link in another locale.
    private static func withoutLocaleFolders(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "/")) else { return text }
        var parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // The same test of a locale folder as `link-mismatch`'s: `/go-to/` is no locale.
        for index in parts.indices.dropFirst() where index < parts.count - 1 && LinkMismatchCheck.isLocale(parts[index]) {
            parts[index] = "*"
        }
        return parts.joined(separator: "/")
    }

    /// Source items the target lacks, and target items the source lacks, by key.
    static func difference(target: [(shown: String, key: String)], source: [(shown: String, key: String)])
        -> (missing: [String], extra: [String]) {
        var counts: [String: Int] = [:]
        for item in target { counts[item.key, default: 0] += 1 }
        var missing: [String] = []
        for item in source {
            if let count = counts[item.key], count > 0 {
                counts[item.key] = count - 1
            } else {
                missing.append(item.shown)
            }
        }
        var extra: [String] = []
        for item in target {
            if let count = counts[item.key], count > 0 {
                counts[item.key] = count - 1
                extra.append(item.shown)
            }
        }
        return (missing, extra)
    }

    static func message(_ kind: Kind, missing: [String], extra: [String]) -> String? {
        func noun(_ items: [String]) -> String { items.count == 1 ? kind.rawValue : kind.rawValue + "s" }
        switch (missing.isEmpty, extra.isEmpty) {
        case (true, true):
            return nil
        case (false, true):
            let verb = missing.count == 1 ? "is" : "are"
            return "\(noun(missing)) \(list(missing)) of the source \(verb) missing in the target"
        case (true, false):
            return "the target has \(noun(extra)) \(list(extra)) that the source does not"
        case (false, false):
            return "the target has \(noun(extra)) \(list(extra)) where the source has \(list(missing))"
        }
    }

    private static func list(_ items: [String]) -> String {
        var quoted = items.prefix(listed).map { "'\(TextProse.excerpt($0, limit: 40))'" }
        if items.count > listed { quoted.append("…") }
        return quoted.joined(separator: ", ")
    }
}
