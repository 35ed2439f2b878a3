import TolkModel

/// `roles` and `audience`: a bold lead-in or heading from the configured
/// heading names ("Appropriate roles", "Applies to", in the document's
/// language or English), followed either by the items on the same line,
/// separated by `|`, or by a bullet list.
struct TermListExtractor {
    let context: ExtractionContext
    /// Label keys of the lead-ins, computed once per document rather than per paragraph.
    private let rolesKeys: Set<String>
    private let audienceKeys: Set<String>

    init(context: ExtractionContext) {
        self.context = context
        rolesKeys = Set(context.names(context.configuration.rolesHeadings).map(\.labelKey))
        audienceKeys = Set(context.names(context.configuration.audienceHeadings).map(\.labelKey))
    }

    private enum Form { case inline(target: String, source: String?), list }

    func extract() -> [RuleCandidate] {
        var out: [RuleCandidate] = []
        var headings = HeadingStack()
        var scope: String?
        scan(context.document.blocks, headings: &headings, scope: &scope, into: &out)
        return out
    }

    private func scan(_ blocks: [Block], headings: inout HeadingStack, scope: inout String?,
                      into out: inout [RuleCandidate]) {
        for (index, block) in blocks.enumerated() {
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            switch block.kind {
            case .heading(let level, let anchor, let content):
                headings.push(level: level, title: context.text.plain(content, .target),
                              anchor: HeadingStack.anchor(explicit: anchor, content: content, text: context.text,
                                                          hasSource: context.hasSource))
                scope = level >= 2 ? (anchor ?? Slug.make(context.text.plain(content, .target))) : nil
                if let vocabulary = vocabulary(leadIn: context.text.plain(content, .target),
                                               source: context.hasSource ? context.text.plain(content, .source) : nil),
                   let next, case .list(.bullet, _, let items) = next.kind {
                    out.append(candidate(vocabulary, items: listItems(items), at: block, content: content,
                                         scope: nil, headings: headings))
                }
            case .paragraph(let content):
                guard let (vocabulary, form) = leadIn(content) else { continue }
                switch form {
                case .inline(let target, let source):
                    out.append(candidate(vocabulary, items: align(target: target, source: source), at: block,
                                         content: content, scope: scope, headings: headings,
                                         written: (target, source)))
                case .list:
                    guard let next, case .list(.bullet, _, let items) = next.kind else { continue }
                    out.append(candidate(vocabulary, items: listItems(items), at: block, content: content,
                                         scope: scope, headings: headings))
                }
            default:
                continue
            }
        }
    }

    /// The vocabulary a lead-in names, judged on the target text and on the source.
    private func vocabulary(leadIn target: String, source: String?) -> TermItems.Vocabulary? {
        let keys = [target.labelKey] + (source.map { [$0.labelKey] } ?? [])
        if keys.contains(where: rolesKeys.contains) { return .roles }
        if keys.contains(where: audienceKeys.contains) { return .audiences }
        return nil
    }

    /// A paragraph that opens with a bold lead-in naming a list.
    private func leadIn(_ content: [Inline]) -> (TermItems.Vocabulary, Form)? {
        guard opensWithStrong(content) else { return nil }
        let text = context.text
        guard let targetLead = text.strongLabels(content, .target).first else { return nil }
        let sourceLead = context.hasSource ? text.strongLabels(content, .source).first : nil
        guard let vocabulary = vocabulary(leadIn: targetLead, source: sourceLead) else { return nil }
        let target = remainder(after: targetLead, in: text.plain(content, .target))
        let source = context.hasSource ? sourceLead.map { remainder(after: $0, in: text.plain(content, .source)) } : nil
        if target.isEmpty && (source ?? "").isEmpty { return (vocabulary, .list) }
        return (vocabulary, .inline(target: target, source: source))
    }

    /// Whether the first visible inline (through a pair's target) is bold: a
    /// cheap test before any text is built.
    private func opensWithStrong(_ content: [Inline]) -> Bool {
        for inline in content {
            switch inline.kind {
            case .strong: return true
            case .segment(let index):
                return context.document.segments.indices.contains(index)
                    && opensWithStrong(context.document.segments[index].target)
            case .html: continue
            case .text(let t) where t.allSatisfy(\.isWhitespace): continue
            default: return false
            }
        }
        return false
    }

    /// The text after the lead-in label and its colon.
    private func remainder(after label: String, in text: String) -> String {
        guard let range = text.range(of: label) else { return text }
        return String(text[range.upperBound...]).trimmingCharacters(in: .labelTrim)
    }

    /// Pairs `A | B` of the target with the source's items when both have as
    /// many; otherwise the target items stand alone (the source is still
    /// kept on the rule's text).
    private func align(target: String, source: String?) -> [(source: String?, target: String)] {
        let targets = split(target)
        guard let source else { return targets.map { (nil, $0) } }
        let sources = split(source)
        if sources.count == targets.count { return zip(sources, targets).map { ($0, $1) } }
        // Misaligned machine translation ("globale | | …"): the roles come from
        // the source; no target label can be trusted, so none is harvested.
        return sources.map { ($0, "") }
    }

    private func split(_ text: String) -> [String] {
        text.split(separator: "|").map { $0.trimmingCharacters(in: .labelTrim) }.filter { !$0.isEmpty }
    }

    private func listItems(_ items: [ListItem]) -> [(source: String?, target: String)] {
        items.compactMap { item in
            var inlines: [Inline] = []
            for case .paragraph(let content) in item.blocks.map(\.kind) { inlines += content }
            let target = context.text.plain(inlines, .target).trimmingCharacters(in: .labelTrim)
            guard !target.isEmpty else { return nil }
            let source = context.hasSource
                ? context.text.plain(inlines, .source).trimmingCharacters(in: .labelTrim) : nil
            return (source, target)
        }
    }

    private func candidate(_ vocabulary: TermItems.Vocabulary, items: [(source: String?, target: String)],
                           at block: Block, content: [Inline], scope: String?, headings: HeadingStack,
                           written: (target: String, source: String?)? = nil) -> RuleCandidate {
        let kind: RuleKind = vocabulary == .roles ? .roles : .audience
        let segment = context.text.segmentIndices(content).first.map { context.document.segments[$0].id }
        var sentences = [context.locale: written?.target ?? items.map(\.target).joined(separator: " | ")]
        if context.hasSource {
            sentences[context.sourceLocale] = written?.source ?? items.compactMap(\.source).joined(separator: " | ")
        }
        let list = TermList(document: "", scope: scope, terms: [], unresolved: [])
        return RuleCandidate(
            kind: kind, keyParts: scope.map { [$0] } ?? [], documentScoped: true, variant: "",
            payload: kind == .roles ? .roles(list) : .audience(list), statedInterval: nil,
            provenance: context.provenance(at: block.location, segment: segment, headings: headings),
            text: sentences, terms: TermItems(vocabulary: vocabulary, scope: scope, items: items))
    }
}
