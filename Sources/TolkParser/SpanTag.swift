/// The four tags that make a side-by-side pair, recognized from raw HTML.
///
/// `<span data-ttu-id="ID">` opens the target, `<span class="sxs-lookup">`
/// wraps the source, `<span data-stu-id="ID">` opens it, `</span>` closes.
enum SpanTag: Equatable, Sendable {
    case targetOpen(id: String)
    case lookupOpen
    case sourceOpen(id: String)
    case close

    /// Classifies one tag; `nil` for any other HTML (including other spans).
    /// Attribute quoting may be double or single; spacing and case are free.
    init?(_ literal: some StringProtocol) {
        let utf8 = literal.utf8
        guard utf8.count >= 6, utf8.first == UInt8(ascii: "<") else { return nil }
        let lower = literal.lowercased()
        if lower.hasPrefix("</span") {
            guard lower.dropFirst(6).allSatisfy({ $0 == ">" || $0.isWhitespace }), lower.hasSuffix(">") else { return nil }
            self = .close
            return
        }
        guard lower.hasPrefix("<span"), lower.hasSuffix(">"), !lower.hasSuffix("/>") else { return nil }
        let attributes = SpanTag.attributes(String(literal.dropFirst(5).dropLast()))
        guard attributes.count == 1, let (name, value) = attributes.first else { return nil }
        switch name {
        case "data-ttu-id": self = .targetOpen(id: value)
        case "data-stu-id": self = .sourceOpen(id: value)
        case "class" where value == "sxs-lookup": self = .lookupOpen
        default: return nil
        }
    }

    var isOpen: Bool { self != .close }

    /// `name="value"` pairs of a tag's attribute text; names lower-cased.
    static func attributes(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard !rest.isEmpty else { break }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" }
            guard !name.isEmpty else { return [] }
            rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
            guard rest.first == "=" else { result.append((name.lowercased(), "")); continue }
            rest = rest.dropFirst().drop { $0.isWhitespace }
            guard let quote = rest.first else { return [] }
            if quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                guard let end = rest.firstIndex(of: quote) else { return [] }
                result.append((name.lowercased(), String(rest[..<end])))
                rest = rest[rest.index(after: end)...]
            } else {
                let value = rest.prefix { !$0.isWhitespace }
                result.append((name.lowercased(), String(value)))
                rest = rest.dropFirst(value.count)
            }
        }
        return result
    }
}
