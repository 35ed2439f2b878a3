import TolkModel

/// Which side of the span pairs to read: the locale's text or the English source.
enum TextSide: Sendable {
    case target, source
}

/// Reads inlines of a document on one side of its pairs: plain text, the bold
/// spans (UI labels) and link targets.
struct InlineText {
    let segments: [Segment]

    init(_ document: Document) { segments = document.segments }

    private func resolved(_ index: Int, _ side: TextSide) -> [Inline] {
        guard segments.indices.contains(index) else { return [] }
        return side == .target ? segments[index].target : segments[index].source
    }

    /// Visible text with whitespace runs collapsed to one space and trimmed.
    func plain(_ inlines: [Inline], _ side: TextSide) -> String {
        var out = ""
        appendPlain(inlines, side, to: &out)
        return out.collapsingWhitespace()
    }

    private func appendPlain(_ inlines: [Inline], _ side: TextSide, to out: inout String) {
        for inline in inlines {
            switch inline.kind {
            case .text(let s), .code(let s), .noLoc(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
                appendPlain(c, side, to: &out)
            case .html: break
            case .segment(let index): appendPlain(resolved(index, side), side, to: &out)
            }
        }
    }

    /// The plain text of every `**bold**` span, in order: the UI labels a step names.
    func strongLabels(_ inlines: [Inline], _ side: TextSide) -> [String] {
        var out: [String] = []
        collectStrong(inlines, side, into: &out)
        return out
    }

    private func collectStrong(_ inlines: [Inline], _ side: TextSide, into out: inout [String]) {
        for inline in inlines {
            switch inline.kind {
            case .strong(let c):
                let label = plain(c, side).trimmingCharacters(in: .labelTrim)
                if !label.isEmpty { out.append(label) }
            case .emphasis(let c), .link(_, _, let c):
                collectStrong(c, side, into: &out)
            case .segment(let index): collectStrong(resolved(index, side), side, into: &out)
            default: break
            }
        }
    }

    /// Link targets in order.
    func links(_ inlines: [Inline], _ side: TextSide) -> [String] {
        var out: [String] = []
        collectLinks(inlines, side, into: &out)
        return out
    }

    private func collectLinks(_ inlines: [Inline], _ side: TextSide, into out: inout [String]) {
        for inline in inlines {
            switch inline.kind {
            case .link(let url, _, let c):
                out.append(url)
                collectLinks(c, side, into: &out)
            case .emphasis(let c), .strong(let c): collectLinks(c, side, into: &out)
            case .segment(let index): collectLinks(resolved(index, side), side, into: &out)
            default: break
            }
        }
    }

    /// The segment indices the inlines hold, in order.
    func segmentIndices(_ inlines: [Inline]) -> [Int] {
        var out: [Int] = []
        for inline in inlines {
            switch inline.kind {
            case .segment(let index): out.append(index)
            case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
                out += segmentIndices(c)
            default: break
            }
        }
        return out
    }
}

extension CharacterSet {
    /// What surrounds a label but is not part of it: spaces and the colon of "**Roles:**".
    static let labelTrim = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ":：.。"))
}

import Foundation

extension String {
    /// Whitespace runs (spaces, tabs, newlines, no-break and other Unicode
    /// spaces) as one space, trimmed; with `keepingEdges`, a leading or
    /// trailing run stays as one space instead of going. Works on UTF-8
    /// bytes: it runs on every sentence of every file, and scalar property
    /// lookups were a fifth of compile time.
    public func collapsingWhitespace(keepingEdges: Bool = false) -> String {
        withUTF8Bytes { WhitespaceCollapser.collapse($0, keepingEdges: keepingEdges) }
    }

    /// Whether the UTF-8 bytes of `needle` occur in this string (byte-exact).
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var copy = self
        return copy.withUTF8 { hay in
            guard hay.count >= needle.count else { return false }
            let first = needle[0]
            var i = 0
            let last = hay.count - needle.count
            outer: while i <= last {
                if hay[i] == first {
                    for j in 1..<needle.count where hay[i + j] != needle[j] { i += 1; continue outer }
                    return true
                }
                i += 1
            }
            return false
        }
    }
}

/// Byte-level whitespace collapsing for `collapsingWhitespace()`.
enum WhitespaceCollapser {
    /// The length of the whitespace character at `i` (0 when none).
    @inline(__always)
    static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || (c >= 0x09 && c <= 0x0D) { return 1 }
        if c < 0xC2 { return 0 }
        let n = b.count
        if c == 0xC2, i + 1 < n, b[i + 1] == 0x85 || b[i + 1] == 0xA0 { return 2 }
        guard i + 2 < n else { return 0 }
        let c1 = b[i + 1], c2 = b[i + 2]
        switch c {
        case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0                                  // U+1680
        case 0xE2:
            if c1 == 0x80, c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 } // U+2000–200A, 2028, 2029, 202F
            return c1 == 0x81 && c2 == 0x9F ? 3 : 0                                         // U+205F
        case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0                                  // U+3000
        default: return 0
        }
    }

    static func collapse(_ b: UnsafeBufferPointer<UInt8>, keepingEdges: Bool = false) -> String {
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var pendingSpace = false
        var i = 0
        while i < b.count {
            let length = whitespaceLength(b, i)
            if length > 0 {
                pendingSpace = keepingEdges || !out.isEmpty
                i += length
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(b[i])
            i += 1
        }
        if pendingSpace, keepingEdges { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }
}
