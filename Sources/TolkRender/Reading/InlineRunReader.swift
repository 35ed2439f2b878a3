import TolkModel
import TolkRules

/// Turns inlines into runs on one side of the span pairs: bold spans are UI
/// labels, links pass `LinkPolicy`, raw HTML and inline images are dropped.
/// A pair whose target is empty or the same as its source shows the source
/// and marks the paragraph as English.
struct InlineRunReader {
    enum Side { case target, source }

    let segments: [Segment]
    let side: Side
    /// Mark text outside any pair in a paired file: it was never handed to translation.
    let marksUnpaired: Bool

    /// A paragraph from `inlines`, whitespace collapsed and trimmed.
    func paragraph(_ inlines: [Inline], style: GuideParagraph.Style = .body) -> GuideParagraph {
        var state = State()
        append(inlines, into: &state)
        let english = state.englishSegment || (marksUnpaired && state.segmentCount == 0 && state.hasLetters)
        return GuideParagraph(style, runs: state.finish(), isEnglishFallback: english)
    }

    /// A table row as one bullet: cells joined by ` | `.
    func row(_ cells: [[Inline]]) -> GuideParagraph {
        var state = State()
        for (index, cell) in cells.enumerated() {
            if index > 0 { state.text(" | ") }
            append(cell, into: &state)
        }
        return GuideParagraph(.bullet, runs: state.finish(), isEnglishFallback: state.englishSegment)
    }

    private func append(_ inlines: [Inline], into state: inout State) {
        for inline in inlines {
            switch inline.kind {
            case .text(let s), .noLoc(let s): state.text(s)
            case .softBreak, .lineBreak: state.text(" ")
            case .code(let s): state.run(.code(s))
            case .emphasis(let children): append(children, into: &state)
            case .strong(let children):
                let label = plain(children)
                if !label.isEmpty { state.run(.uiLabel(label)) }
            case .link(let url, _, let children):
                let text = plain(children)
                guard !text.isEmpty else { continue }
                if let target = LinkPolicy.classify(url) { state.run(.link(text, target)) } else { state.text(text) }
            case .image, .html:
                continue
            case .segment(let index):
                guard segments.indices.contains(index) else { continue }
                state.segmentCount += 1
                let segment = segments[index]
                if side == .source {
                    append(segment.source, into: &state)
                } else if isUntranslated(segment) {
                    state.englishSegment = true
                    append(segment.source, into: &state)
                } else {
                    append(segment.target, into: &state)
                }
            }
        }
    }

    /// Empty, or the same words as the source in a sentence of three words or
    /// more (shorter equal pairs are mostly product names, which stay English).
    private func isUntranslated(_ segment: Segment) -> Bool {
        let target = segment.target.plainText().collapsingWhitespace()
        guard !target.isEmpty else { return true }
        let source = segment.source.plainText().collapsingWhitespace()
        return target == source && target.split(separator: " ").count >= 3
    }

    /// The visible text of inlines on this side, whitespace collapsed.
    private func plain(_ inlines: [Inline]) -> String {
        inlines.plainText { index in
            guard segments.indices.contains(index) else { return "" }
            let segment = segments[index]
            return (side == .source ? segment.source : segment.target).plainText()
        }.collapsingWhitespace()
    }

    /// Runs being built: adjacent text merged, whitespace collapsed across runs.
    struct State {
        var runs: [GuideRun] = []
        var pendingText = ""
        var segmentCount = 0
        var englishSegment = false
        var hasLetters = false

        mutating func text(_ s: String) {
            pendingText += s
            if !hasLetters, s.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { hasLetters = true }
        }

        mutating func run(_ run: GuideRun) {
            flush()
            if !hasLetters, run.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { hasLetters = true }
            runs.append(run)
        }

        private mutating func flush() {
            if !pendingText.isEmpty { runs.append(.text(pendingText)) }
            pendingText = ""
        }

        /// Whitespace runs as one space, none at the ends.
        mutating func finish() -> [GuideRun] {
            flush()
            var out: [GuideRun] = []
            var lastEndedInSpace = true
            for run in runs {
                switch run {
                case .text(let s):
                    var t = s.collapsingWhitespace(keepingEdges: true)
                    if lastEndedInSpace, t.hasPrefix(" ") { t.removeFirst() }
                    guard !t.isEmpty else { continue }
                    lastEndedInSpace = t.hasSuffix(" ")
                    out.append(.text(t))
                default:
                    out.append(run)
                    lastEndedInSpace = false
                }
            }
            if case .text(let s)? = out.last {
                let trimmed = String(s.dropLast(s.reversed().prefix { $0 == " " }.count))
                if trimmed.isEmpty { out.removeLast() } else { out[out.count - 1] = .text(trimmed) }
            }
            return out
        }
    }
}
