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
    /// Whitespace runs (spaces, tabs, newlines, no-break spaces) as one space, trimmed.
    func collapsingWhitespace() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
