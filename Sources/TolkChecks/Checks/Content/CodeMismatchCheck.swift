import TolkModel

/// Reports a pair whose inline code spans differ from its source's.
///
/// Code is what a reader types or sees on screen (a field name, a command,
/// a value): it must come through translation unchanged. A code span that
/// was translated, dropped or added misleads the reader.
struct CodeMismatchCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "code-mismatch", category: .content, defaultSeverity: .warning,
        summary: "A pair whose inline code spans differ from its source's.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let markups = file.contentMarkups
        file.forEachSegment { index, segment in
            let target = markups.target[index].codeSpans, source = markups.source[index].codeSpans
            guard target != source else { return }
            let difference = ContentDifference(source: source.map(Self.normalized), target: target.map(Self.normalized))
            guard !difference.isEmpty else { return }
            findings.add(difference.message("code") { PairsText.quoted($0, quote: "`") },
                         at: segment.location, segment: segment.id)
        }
    }

    /// Code compared with whitespace runs made one space (line breaks inside
    /// a code span are spaces to a reader too).
    static func normalized(_ code: String) -> String { PairsText.collapsed(code) }
}
