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
        if let exact = SpanTag.exactForm(literal) {
            self = exact
            return
        }
        // Byte-level first look: this runs for every inline HTML node.
        var bytes = literal.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "<") else { return nil }
        var second = bytes.next()
        let closing = second == UInt8(ascii: "/")
        if closing { second = bytes.next() }
        guard let s = second, s | 0x20 == UInt8(ascii: "s") else { return nil }
        let lower = literal.lowercased()
        if closing {
            guard lower.hasPrefix("</span"), lower.hasSuffix(">"),
                  lower.utf8.dropFirst(6).allSatisfy({ $0 == UInt8(ascii: ">") || $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            else { return nil }
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

    /// The four tags exactly as the localization pipeline writes them — all
    /// but a handful in practice — recognized without allocating.
    private static func exactForm(_ literal: some StringProtocol) -> SpanTag? {
        let utf8 = Array(literal.utf8)
        if utf8.elementsEqual("</span>".utf8) { return .close }
        if utf8.elementsEqual(#"<span class="sxs-lookup">"#.utf8) { return .lookupOpen }
        for (prefix, isTarget) in [(#"<span data-ttu-id=""#, true), (#"<span data-stu-id=""#, false)]
        where utf8.starts(with: prefix.utf8) {
            let id = utf8.dropFirst(prefix.utf8.count)
            guard id.count >= 2, id.last == UInt8(ascii: ">"), id[id.endIndex - 2] == UInt8(ascii: "\"") else { return nil }
            let value = id.dropLast(2)
            guard !value.contains(UInt8(ascii: "\"")) else { return nil }
            let text = String(decoding: value, as: UTF8.self)
            return isTarget ? .targetOpen(id: text) : .sourceOpen(id: text)
        }
        return nil
    }

    /// `name="value"` pairs of a tag's attribute text; names lower-cased.
    /// HTML's ASCII whitespace; cheaper than `Character.isWhitespace`.
    private static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\r\n" || c == "\u{0C}"
    }

    static func attributes(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: Self.isSpace)
            guard !rest.isEmpty else { break }
            let name = rest.prefix { !Self.isSpace($0) && $0 != "=" }
            guard !name.isEmpty else { return [] }
            rest = rest.dropFirst(name.count).drop(while: Self.isSpace)
            guard rest.first == "=" else { result.append((name.lowercased(), "")); continue }
            rest = rest.dropFirst().drop(while: Self.isSpace)
            guard let quote = rest.first else { return [] }
            if quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                guard let end = rest.firstIndex(of: quote) else { return [] }
                result.append((name.lowercased(), String(rest[..<end])))
                rest = rest[rest.index(after: end)...]
            } else {
                let value = rest.prefix { !Self.isSpace($0) }
                result.append((name.lowercased(), String(value)))
                rest = rest.dropFirst(value.count)
            }
        }
        return result
    }
}
