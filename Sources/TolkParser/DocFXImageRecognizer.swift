import TolkModel

/// `:::image type="content" source="…" alt-text="…":::`, which cmark reads
/// as a paragraph of text.
struct DocFXImageRecognizer {
    let assembly: DocumentAssembly

    /// The image block, and the line its closing `:::` is on (text on later
    /// lines of the same paragraph is not part of the image).
    func block(_ paragraph: MarkdownNode) -> (block: Block, lastLine: Int)? {
        guard let first = paragraph.children.first, case .text(let lead) = first.kind,
              lead.hasPrefix(":::image") else { return nil }
        let startOffset = assembly.lines.offset(of: paragraph.range.start)
        let endOffset = min(assembly.lines.offset(of: paragraph.range.end) + 1, assembly.bytes.count)
        guard startOffset < endOffset else { return nil }
        let raw = assembly.text(startOffset..<endOffset)
        let bytes = Array(raw.utf8)
        let lines = assembly.lines
        let locate: (Int) -> SourceLocation = { lines.location(of: startOffset + $0) }

        guard let parsed = Self.attributes(bytes, from: ":::image".utf8.count) else {
            assembly.diagnose(.malformedExtension, .warning, at: paragraph.range.start,
                              "`:::image` is not closed by `:::`; read as an image anyway")
            let empty = DocFXImage(type: nil, source: nil, altText: [], attributes: [])
            return (Block(.image(empty), range: paragraph.range), paragraph.range.end.line)
        }
        let end = locate(max(parsed.end - 1, 0))
        var altText: [Inline] = []
        if let alt = parsed.attributes.first(where: { $0.name == "alt-text" }) {
            altText = RawInlineBuilder(assembly: assembly, context: .altText, blockLocation: paragraph.range.start,
                                       locate: locate).build(raw, range: alt.value)
        }
        let attributes = parsed.attributes.map {
            DocFXImage.Attribute(name: $0.name, value: String(decoding: bytes[$0.value], as: UTF8.self))
        }
        let image = DocFXImage(type: attributes.first { $0.name == "type" }?.value,
                               source: attributes.first { $0.name == "source" }?.value,
                               altText: altText, attributes: attributes)
        return (Block(.image(image), range: SourceRange(start: paragraph.range.start, end: end)), end.line)
    }

    /// `name="value"` attributes up to the closing `:::`; `nil` without it.
    /// A value ends at the quote that is followed by another attribute, by
    /// `:::` or by the end, so quotes inside alt text (span tags) survive.
    static func attributes(_ bytes: [UInt8], from start: Int) -> (attributes: [(name: String, value: Range<Int>)], end: Int)? {
        var result: [(name: String, value: Range<Int>)] = []
        var i = start
        func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 } }
        func isColons(_ at: Int) -> Bool {
            at + 3 <= bytes.count && bytes[at] == 0x3A && bytes[at + 1] == 0x3A && bytes[at + 2] == 0x3A
        }
        while true {
            skipSpace()
            if isColons(i) { return (result, i + 3) }
            let nameStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "="), bytes[i] != 0x20, !isColons(i) { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "="), i > nameStart,
                  i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") else { return nil }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            let valueStart = i + 2
            var j = valueStart
            var valueEnd: Int?
            while j < bytes.count {
                if bytes[j] == UInt8(ascii: "\"") {
                    var k = j + 1
                    while k < bytes.count, bytes[k] == 0x20 { k += 1 }
                    if isColons(k) || k == bytes.count || Self.startsAttribute(bytes, at: k) && k > j + 1 {
                        valueEnd = j
                        break
                    }
                }
                j += 1
            }
            guard let end = valueEnd else { return nil }
            result.append((name, valueStart..<end))
            i = end + 1
        }
    }

    private static func startsAttribute(_ bytes: [UInt8], at index: Int) -> Bool {
        var k = index
        while k < bytes.count, (bytes[k] >= 0x61 && bytes[k] <= 0x7A) || bytes[k] == UInt8(ascii: "-") { k += 1 }
        return k > index && k + 1 < bytes.count && bytes[k] == UInt8(ascii: "=") && bytes[k + 1] == UInt8(ascii: "\"")
    }
}
