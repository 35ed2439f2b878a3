/// Inline content: what a paragraph, heading or table cell holds.
public struct Inline: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case emphasis([Inline])
        case strong([Inline])
        case link(url: String, title: String, content: [Inline])
        case image(url: String, title: String, alt: [Inline])
        /// Raw inline HTML that is not part of a span pair.
        case html(String)
        /// `:::no-loc text="…":::` — text that must stay untranslated.
        case noLoc(String)
        /// A span pair; the index into `Document.segments`.
        case segment(Int)
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

extension Array where Element == Inline {
    /// The visible text, markup dropped, segments resolved through `segmentText`.
    public func plainText(segmentText: (Int) -> String = { _ in "" }) -> String {
        // Most runs are one text: its string is the plain text, with nothing to build.
        if count == 1 {
            switch self[0].kind {
            case .text(let text), .code(let text), .noLoc(let text): return text
            default: break
            }
        }
        var out = ""
        for inline in self { inline.appendPlainText(to: &out, segmentText: segmentText) }
        return out
    }

    /// The length in UTF-8 bytes of `plainText(segmentText:)`, counted
    /// without building the text; `segmentLength` gives a segment's. Two
    /// texts of other lengths differ, and most are told apart this way.
    public func plainTextUTF8Count(segmentLength: (Int) -> Int = { _ in 0 }) -> Int {
        reduce(0) { $0 + $1.plainTextUTF8Count(segmentLength: segmentLength) }
    }
}

extension Inline {
    func appendPlainText(to out: inout String, segmentText: (Int) -> String) {
        switch kind {
        case .text(let s), .code(let s), .noLoc(let s): out += s
        case .softBreak, .lineBreak: out += " "
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
            for i in c { i.appendPlainText(to: &out, segmentText: segmentText) }
        case .html: break
        case .segment(let index): out += segmentText(index)
        }
    }

    func plainTextUTF8Count(segmentLength: (Int) -> Int) -> Int {
        switch kind {
        case .text(let s), .code(let s), .noLoc(let s): return s.utf8.count
        case .softBreak, .lineBreak: return 1
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
            return c.plainTextUTF8Count(segmentLength: segmentLength)
        case .html: return 0
        case .segment(let index): return segmentLength(index)
        }
    }
}
