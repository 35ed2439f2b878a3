import TolkModel

/// Reports a pair whose target id (`data-ttu-id`) and source id
/// (`data-stu-id`) differ.
///
/// The two ids of a pair are one id written twice; when they differ, the
/// source most likely belongs to another sentence (a pair put together from
/// two halves), and tools that look sources up by id attach the wrong one.
struct SpanIDMismatchCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "span-id-mismatch", category: .pairs, defaultSeverity: .error,
        summary: "A pair whose data-ttu-id and data-stu-id differ.")

    static let claimedDiagnostics: Set<DiagnosticCode> = [.spanIDMismatch]

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let segments = file.document.segments
        guard segments.contains(where: { $0.id != $0.sourceID }) else { return }
        let targetIDs = Set(segments.map(\.id))
        for segment in segments where segment.id != segment.sourceID {
            var message = "target id '\(segment.id)' and source id '\(segment.sourceID)' of a pair differ"
            if targetIDs.contains(segment.sourceID) {
                message += "; '\(segment.sourceID)' is the id of another pair of this file"
            }
            findings.add(message, at: segment.sourceLocation, segment: segment.id)
        }
    }
}
