import TolkModel

/// Finds DocFX `:::no-loc text="…":::` markers inside text.
enum NoLocRecognizer {
    private static let opener = ":::no-loc"

    /// Splits `text` into plain text and `.noLoc` inlines. A marker without
    /// its `text="…"` or closing `:::` stays plain text.
    static func split(_ text: String, at location: SourceLocation) -> [Inline] {
        guard containsOpener(text) else { return [Inline(.text(text), at: location)] }
        var out: [Inline] = []
        var rest = Substring(text)
        var column = location.column
        func emitText(_ s: Substring) {
            guard !s.isEmpty else { return }
            out.append(Inline(.text(String(s)), at: SourceLocation(line: location.line, column: column)))
            column += s.utf8.count
        }
        while let start = rest.range(of: opener) {
            let afterOpener = rest[start.upperBound...]
            guard let parsed = parseMarker(afterOpener) else {
                emitText(rest[..<start.upperBound])
                rest = afterOpener
                continue
            }
            emitText(rest[..<start.lowerBound])
            out.append(Inline(.noLoc(parsed.value), at: SourceLocation(line: location.line, column: column)))
            column += rest[start.lowerBound..<parsed.end].utf8.count
            rest = rest[parsed.end...]
        }
        emitText(rest)
        return out
    }

    /// A byte search: this runs on every text node, and Foundation's
    /// `contains` is locale-aware and slow.
    private static func containsOpener(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let needle: [UInt8] = Array(opener.utf8)
            guard bytes.count >= needle.count else { return false }
            for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
                if bytes[i + 1] == needle[1], bytes[i + 2] == needle[2],
                   UnsafeBufferPointer(rebasing: bytes[i..<(i + needle.count)]).elementsEqual(needle) {
                    return true
                }
            }
            return false
        }
    }

    /// ` text="VALUE":::` right after the opener.
    private static func parseMarker(_ s: Substring) -> (value: String, end: Substring.Index)? {
        let afterSpace = s.drop { $0 == " " || $0 == "\t" }
        guard afterSpace.startIndex != s.startIndex, afterSpace.hasPrefix("text=") else { return nil }
        let quoted = afterSpace.dropFirst(5)
        guard let quote = quoted.first, quote == "\"" || quote == "'" else { return nil }
        let body = quoted.dropFirst()
        guard let close = body.firstIndex(of: quote) else { return nil }
        let tail = body[body.index(after: close)...].drop { $0 == " " }
        guard tail.hasPrefix(":::") else { return nil }
        return (String(body[..<close]), tail.index(tail.startIndex, offsetBy: 3))
    }
}
