import TolkModel

/// Turns cmark inline nodes into `Inline` values, pairing side-by-side spans
/// into segments and recognizing `:::no-loc text="…":::`.
struct InlineBuilder {
    let assembly: DocumentAssembly
    /// The block the inlines belong to, recorded on each segment.
    let context: Segment.Context
    let blockLocation: SourceLocation

    func build(_ nodes: [MarkdownNode]) -> [Inline] {
        let tags: [SpanTag?] = nodes.map { node in
            if case .htmlInline(let literal) = node.kind { return SpanTag(literal) }
            return nil
        }
        guard tags.contains(where: { $0 != nil }) else { return nodes.flatMap(convert) }
        let (events, problems) = SpanPairMatcher.match(tags)
        assembly.report(problems) { index in
            if case .htmlInline(let literal) = nodes[index].kind { return (literal, nodes[index].range.start) }
            return ("", nodes[index].range.start)
        }
        var out: [Inline] = []
        for event in events {
            switch event {
            case .token(let index):
                out.append(contentsOf: convert(nodes[index]))
            case .pair(let pair):
                let index = makeSegment(pair, nodes: nodes)
                out.append(Inline(.segment(index), at: nodes[pair.open].range.start))
            }
        }
        return out
    }

    private func makeSegment(_ pair: SpanPairMatcher.Pair, nodes: [MarkdownNode]) -> Int {
        func literal(_ i: Int) -> String {
            if case .htmlInline(let s) = nodes[i].kind { return s }
            return ""
        }
        let targetClose = pair.targetContent.upperBound
        let sourceClose = pair.sourceContent.upperBound
        // Byte offsets of the tags, each searched from the previous one.
        let openAt = assembly.offset(ofTag: literal(pair.open), at: nodes[pair.open].range.start)
        let targetCloseAt = assembly.offset(ofTag: literal(targetClose), at: nodes[targetClose].range.start)
        let sourceOpenAt = assembly.offset(ofTag: literal(pair.sourceOpen), at: nodes[pair.sourceOpen].range.start)
        let sourceCloseAt = assembly.offset(ofTag: literal(sourceClose), at: nodes[sourceClose].range.start)
        let endAt = assembly.offset(ofTag: literal(pair.end), at: nodes[pair.end].range.start)
        let target = build(Array(nodes[pair.targetContent]))
        let source = build(Array(nodes[pair.sourceContent]))
        let raw = PairOffsets(open: openAt, openLength: literal(pair.open).utf8.count,
                              targetClose: targetCloseAt,
                              sourceOpen: sourceOpenAt, sourceOpenLength: literal(pair.sourceOpen).utf8.count,
                              sourceClose: sourceCloseAt, end: endAt, endLength: literal(pair.end).utf8.count)
        let fallback = Segment.Markup(
            open: literal(pair.open),
            middle: literal(targetClose) + literal(targetClose + 1) + literal(pair.sourceOpen),
            close: literal(sourceClose) + literal(pair.end))
        return raw.addSegment(
            to: assembly, id: pair.id, sourceID: pair.sourceID, target: target, source: source,
            location: nodes[pair.open].range.start, sourceLocation: nodes[pair.sourceOpen].range.start,
            context: context, blockLocation: blockLocation,
            fallback: { (markup: fallback,
                         target: target.plainText(segmentText: { _ in "" }),
                         source: source.plainText(segmentText: { _ in "" })) })
    }

    /// One node, its children built recursively.
    private func convert(_ node: MarkdownNode) -> [Inline] {
        let at = node.range.start
        switch node.kind {
        case .text(let text):
            return NoLocRecognizer.split(text, at: at)
        case .softBreak: return [Inline(.softBreak, at: at)]
        case .lineBreak: return [Inline(.lineBreak, at: at)]
        case .code(let code): return [Inline(.code(code), at: at)]
        case .htmlInline(let html): return [Inline(.html(html), at: at)]
        case .emphasis: return [Inline(.emphasis(build(node.children)), at: at)]
        case .strong: return [Inline(.strong(build(node.children)), at: at)]
        case .link(let url, let title):
            return [Inline(.link(url: url, title: title, content: build(node.children)), at: at)]
        case .image(let url, let title):
            return [Inline(.image(url: url, title: title, alt: build(node.children)), at: at)]
        case .truncated(let text): return [Inline(.text(text), at: at)]
        default:
            // Blocks never appear among inlines; keep any text rather than drop it.
            let text = node.plainText
            return text.isEmpty ? [] : [Inline(.text(text), at: at)]
        }
    }
}

/// Byte offsets of the tags of one pair, where they were found.
struct PairOffsets {
    var open: Int?
    var openLength: Int
    var targetClose: Int?
    var sourceOpen: Int?
    var sourceOpenLength: Int
    var sourceClose: Int?
    var end: Int?
    var endLength: Int

    /// Builds the segment from the file's own bytes when every tag was found
    /// in order, else from the parsed text (and the pair stays out of the layout).
    func addSegment(to assembly: DocumentAssembly, id: String, sourceID: String, target: [Inline], source: [Inline],
                    location: SourceLocation, sourceLocation: SourceLocation,
                    context: Segment.Context, blockLocation: SourceLocation,
                    fallback: () -> (markup: Segment.Markup, target: String, source: String)) -> Int {
        if let open, let targetClose, let sourceOpen, let sourceClose, let end,
           open + openLength <= targetClose, targetClose < sourceOpen,
           sourceOpen + sourceOpenLength <= sourceClose, sourceClose < end {
            let targetStart = open + openLength
            let sourceStart = sourceOpen + sourceOpenLength
            let pairEnd = end + endLength
            let markup = Segment.Markup(open: assembly.text(open..<targetStart),
                                        middle: assembly.text(targetClose..<sourceStart),
                                        close: assembly.text(sourceClose..<pairEnd))
            // Positions from the bytes found, which are exact where cmark's are not.
            let segment = Segment(id: id, sourceID: sourceID, target: target, source: source,
                                  location: assembly.lines.location(of: open),
                                  sourceLocation: assembly.lines.location(of: sourceOpen),
                                  context: context, blockLocation: blockLocation,
                                  rawTarget: assembly.text(targetStart..<targetClose),
                                  rawSource: assembly.text(sourceStart..<sourceClose), markup: markup)
            return assembly.addSegment(segment, pairRange: open..<pairEnd)
        }
        let fallback = fallback()
        assembly.diagnose(.spanUnlocated, .note, at: location,
                          "pair \"\(id)\" could not be located byte for byte; its views keep it as written",
                          segmentID: id)
        let segment = Segment(id: id, sourceID: sourceID, target: target, source: source,
                              location: location, sourceLocation: sourceLocation,
                              context: context, blockLocation: blockLocation,
                              rawTarget: fallback.target, rawSource: fallback.source, markup: fallback.markup)
        return assembly.addSegment(segment, pairRange: nil)
    }
}
