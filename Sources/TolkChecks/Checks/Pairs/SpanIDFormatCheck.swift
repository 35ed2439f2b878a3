import TolkModel

/// Reports a pair id that is not of the `PREFIX-NUMBER` form, or whose
/// prefix differs from the prefix most ids of the file share.
///
/// The tools that write side-by-side files give every pair of a file one
/// prefix and a running number (`67d78-104`). An id of another form or with
/// another prefix was typed or pasted by hand, often from another file, and
/// no longer says which sentence it stands for.
struct SpanIDFormatCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "span-id-format", category: .pairs, defaultSeverity: .warning,
        summary: "A pair id not of the form PREFIX-NUMBER, or with another prefix than the file's other ids.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let segments = file.document.segments
        guard !segments.isEmpty else { return }
        var counts: [Substring: Int] = [:]
        for index in segments.indices {
            if let parts = PairsIDs.parts(segments[index].id) { counts[parts.prefix, default: 0] += 1 }
        }
        let majority = Self.majority(counts)
        if counts.count == 1, counts.values.first == segments.count { return }
        for segment in segments {
            guard let parts = PairsIDs.parts(segment.id) else {
                let shape = majority.map { " ('\($0)-…' in the rest of the file)" } ?? ""
                findings.add("pair id \(PairsText.quoted(segment.id)) is not of the form PREFIX-NUMBER\(shape)",
                             at: segment.location, segment: segment.id)
                continue
            }
            if let majority, parts.prefix != majority {
                findings.add("pair id '\(segment.id)' has the prefix '\(parts.prefix)' where the file's other pairs use '\(majority)'",
                             at: segment.location, segment: segment.id)
            }
        }
    }

    /// The prefix more ids use than any other; `nil` on a tie, where no
    /// prefix stands out as the odd one.
    static func majority(_ counts: [Substring: Int]) -> Substring? {
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == top.value { return nil }
        return top.key
    }
}
