import TolkModel

/// Reports a pair whose id another pair of the same file already uses.
///
/// Ids identify sentences in translation memories and exchange files
/// (XLIFF, PO); two pairs with one id cannot both be looked up, and an
/// import writes one pair's translation into the other.
struct SpanIDDuplicateCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "span-id-duplicate", category: .pairs, defaultSeverity: .warning,
        summary: "Two pairs of one file that use the same id.")

    static let claimedDiagnostics: Set<DiagnosticCode> = [.spanIDDuplicate]

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let segments = file.document.segments
        var first: [String: Int] = [:]
        first.reserveCapacity(segments.count)
        for index in segments.indices {
            // Read the id in place: copying every segment costs more than the lookup.
            let id = segments[index].id
            guard let earlier = first[id] else {
                first[id] = index
                continue
            }
            let segment = segments[index]
            let other = segments[earlier]
            let same = PairsText.collapsed(segment.rawPair) == PairsText.collapsed(other.rawPair)
            let detail = same
                ? "an earlier pair with the same text"
                : "the earlier pair \(PairsText.quoted(file.targetText(other), limit: 40))"
            findings.add("pair id '\(segment.id)' is already used by \(detail)", at: segment.location,
                         segment: segment.id)
        }
    }
}
