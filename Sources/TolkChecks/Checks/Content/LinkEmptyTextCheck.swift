import TolkModel

/// Reports a link with no visible text (`[](multichannel.md)`), in any
/// file: with or without pairs, in any locale.
///
/// Readers see nothing to click, and screen readers announce a bare link.
/// Machine translation leaves such links behind when it moves the words of
/// a link elsewhere in the sentence.
struct LinkEmptyTextCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "link-empty-text", category: .content, defaultSeverity: .warning,
        summary: "A link with no visible text.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let segments = file.document.segments
        ContentInlineWalker(document: file.document).forEach { inline, segment in
            guard case .link(let url, _, let content) = inline.kind,
                  !PairSide.target.hasVisibleContent(content, in: segments) else { return }
            findings.add("the link to \(PairsText.quoted(url)) has no text: readers see nothing to select",
                         at: inline.location, segment: segment?.id)
        }
    }
}
