import TolkModel

/// Reports a pair whose target is empty, or only whitespace or markup,
/// while its English source has text.
///
/// The reader of the locale sees nothing where the source says something:
/// a sentence of the page is lost, often a step of a procedure.
struct EmptyTargetCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "empty-target", category: .pairs, defaultSeverity: .error,
        summary: "A pair whose target is empty or only markup while its source has text.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let segments = file.document.segments
        file.forEachSegment { _, segment in
            guard !PairSide.target.hasVisibleContent(segment.target, in: segments) else { return }
            let source = PairSide.source.text(segment.source, in: segments)
            guard PairsText.hasText(source) else { return }
            let what = PairsText.hasText(segment.rawTarget) ? "only markup" : "empty"
            findings.add("the target of pair '\(segment.id)' is \(what) while its source reads \(PairsText.quoted(source))",
                         at: segment.location, segment: segment.id)
        }
    }
}
