import TolkModel

/// `procedure`: a heading followed by one or more numbered lists. The steps
/// keep their text per side, the bold UI labels, links and nested alerts.
/// Alerts that sit between two lists (a broken indent splits the list) belong
/// to the step before them.
struct ProcedureExtractor {
    let context: ExtractionContext

    func extract() -> [RuleCandidate] {
        var out: [RuleCandidate] = []
        scan(context.document.blocks, headings: HeadingStack(), into: &out)
        return out
    }

    private func scan(_ blocks: [Block], headings: HeadingStack, into out: inout [RuleCandidate]) {
        var headings = headings
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            guard case .heading(let level, let anchor, let content) = block.kind else {
                index += 1
                continue
            }
            let id = HeadingStack.anchor(explicit: anchor, content: content, text: context.text,
                                         hasSource: context.hasSource)
            headings.push(level: level, title: context.text.plain(content, .target), anchor: id)
            var end = index + 1
            while end < blocks.count {
                if case .heading = blocks[end].kind { break }
                end += 1
            }
            let section = Array(blocks[(index + 1)..<end])
            if let candidate = procedure(heading: block, id: id, content: content, section: section,
                                         headings: headings) {
                out.append(candidate)
            }
            index = end
        }
    }

    private func procedure(heading: Block, id: String, content: [Inline], section: [Block],
                           headings: HeadingStack) -> RuleCandidate? {
        var steps: [Procedure.Step] = []
        // Alerts after a list wait: they belong to its last step only when
        // another list follows (a broken indent split the steps); after the
        // last list they are about the whole page.
        var pending: [Procedure.Alert] = []
        for block in section {
            switch block.kind {
            case .list(.ordered(let start), _, let items):
                if !steps.isEmpty { steps[steps.count - 1].alerts += pending }
                pending = []
                for (offset, item) in items.enumerated() {
                    steps.append(step(number: start + offset, item: item, headings: headings))
                }
            case .alert(let kind, let children) where !steps.isEmpty:
                pending.append(alert(kind, children))
            default:
                continue
            }
        }
        guard !steps.isEmpty else { return nil }
        let text = context.text
        var sentences = [context.locale: text.plain(content, .target)]
        if context.hasSource { sentences[context.sourceLocale] = text.plain(content, .source) }
        let shape = steps.map { "\($0.number):" + $0.alerts.map(\.kind).joined(separator: "+") }.joined(separator: ",")
        let headingSegment = text.segmentIndices(content).first.map { context.document.segments[$0].id }
        return RuleCandidate(
            kind: .procedure, keyParts: [id], documentScoped: true, variant: shape,
            payload: .procedure(Procedure(document: "", anchor: id, steps: steps)),
            statedInterval: nil,
            provenance: context.provenance(at: heading.location, segment: headingSegment, headings: headings),
            text: sentences, terms: nil)
    }

    private func step(number: Int, item: ListItem, headings: HeadingStack) -> Procedure.Step {
        let text = context.text
        var inlines: [Inline] = []
        var alerts: [Procedure.Alert] = []
        collect(item.blocks, inlines: &inlines, alerts: &alerts)
        var sentences = [context.locale: text.plain(inlines, .target)]
        var labels = [context.locale: text.strongLabels(inlines, .target)]
        if context.hasSource {
            sentences[context.sourceLocale] = text.plain(inlines, .source)
            labels[context.sourceLocale] = text.strongLabels(inlines, .source)
        }
        let segment = text.segmentIndices(inlines).first.map { context.document.segments[$0].id }
        return Procedure.Step(
            number: number, text: sentences, uiLabels: labels,
            links: text.links(inlines, context.hasSource ? .source : .target), alerts: alerts,
            provenance: [context.provenance(at: item.range.start, segment: segment, headings: headings)])
    }

    /// The step's own text (paragraphs, nested lists) with a space between
    /// paragraphs; alerts go apart.
    private func collect(_ blocks: [Block], inlines: inout [Inline], alerts: inout [Procedure.Alert]) {
        for block in blocks {
            switch block.kind {
            case .paragraph(let content), .heading(_, _, let content):
                if !inlines.isEmpty { inlines.append(Inline(.softBreak, at: block.location)) }
                inlines += content
            case .list(_, _, let items):
                for item in items { collect(item.blocks, inlines: &inlines, alerts: &alerts) }
            case .alert(let kind, let children):
                alerts.append(alert(kind, children))
            case .blockQuote(let children):
                collect(children, inlines: &inlines, alerts: &alerts)
            default:
                continue
            }
        }
    }

    private func alert(_ kind: AlertKind, _ children: [Block]) -> Procedure.Alert {
        var inlines: [Inline] = []
        var nested: [Procedure.Alert] = []
        collect(children, inlines: &inlines, alerts: &nested)
        var sentences = [context.locale: context.text.plain(inlines, .target)]
        if context.hasSource { sentences[context.sourceLocale] = context.text.plain(inlines, .source) }
        return Procedure.Alert(kind: kind.rawValue, text: sentences)
    }
}

/// Lower-case ASCII slug for ids: letters and digits, runs of anything else as `-`.
/// Public so that the onboarding validator matches names to ids the same way
/// (`Microsoft Customer Agreement` → `microsoft-customer-agreement`).
public enum Slug {
    public static func make(_ text: String) -> String {
        ascii(text) ?? unicode(text)
    }

    /// `make` for ASCII text, byte by byte: the same slug without Unicode
    /// property look-ups (headings and names are slugged on every file and
    /// every onboarding record); nil for text with other characters.
    static func ascii(_ text: String) -> String? {
        var out: [UInt8] = []
        var dash = false, previousLower = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let upper = (65...90).contains(byte), lower = (97...122).contains(byte), digit = (48...57).contains(byte)
            if previousLower, upper { dash = true }
            previousLower = lower
            if upper || lower || digit {
                if dash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                out.append(upper ? byte + 32 : byte)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "untitled" : String(decoding: out, as: UTF8.self)
    }

    static func unicode(_ text: String) -> String {
        var out = ""
        var dash = false
        var previousLower = false
        for scalar in text.unicodeScalars {
            // camelCase ids (`completeAddress`) read as `complete-address`.
            if previousLower, scalar.properties.isUppercase { dash = true }
            previousLower = scalar.properties.isLowercase
            let scalar = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if dash, !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // Non-Latin text: keep it, ids stay unique and readable.
                if dash, !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "untitled" : out
    }
}
