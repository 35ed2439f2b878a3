import TolkModel

/// Turns cmark block nodes into `Block` values and recognizes the DocFX
/// parts cmark does not know: alerts, heading anchors, pipe tables, HTML
/// tables, `:::image`, `[!INCLUDE]`.
struct BlockBuilder {
    let assembly: DocumentAssembly

    /// Builds the children of a container; `context` says what holds their text.
    func build(_ nodes: [MarkdownNode], context: Segment.Context) -> [Block] {
        nodes.flatMap { block($0, context: context) }
    }

    private func block(_ node: MarkdownNode, context: Segment.Context) -> [Block] {
        let range = node.range
        switch node.kind {
        case .paragraph:
            return paragraph(node, context: context)
        case .heading(let level):
            let (anchor, rest) = HeadingAnchor.split(node.children)
            let inlines = self.inlines(of: node, context: .heading, children: rest)
            return [Block(.heading(level: level, anchor: anchor, content: inlines), range: range)]
        case .blockQuote:
            if let alert = alert(node) { return [alert] }
            return [Block(.blockQuote(build(node.children, context: .blockQuote)), range: range)]
        case .list(let ordered, let start, let tight):
            let items = node.children.map { item in
                // An item past the nesting limit arrives as `.truncated`: keep its text.
                let blocks = if case .item = item.kind { build(item.children, context: .listItem) }
                             else { build([item], context: .listItem) }
                return ListItem(blocks: blocks, range: item.range)
            }
            return [Block(.list(ordered ? .ordered(start: start) : .bullet, tight: tight, items: items), range: range)]
        case .item:
            return build(node.children, context: .listItem)
        case .codeBlock(let info, let literal):
            // cmark 0.30 has no accessor for "fenced"; the opening line tells.
            let start = assembly.lines.offset(of: range.start)
            let fenced = assembly.matches("```", at: start) || assembly.matches("~~~", at: start)
            return [Block(.code(info: info, text: literal, fenced: fenced), range: range)]
        case .htmlBlock(let literal):
            return [HTMLBlockRecognizer(assembly: assembly).block(literal, range: range)]
        case .thematicBreak:
            return [Block(.thematicBreak, range: range)]
        case .truncated(let text):
            return [Block(.truncated(text), range: range)]
        case .document:
            return build(node.children, context: context)
        default:
            // Inline nodes directly under a container do not occur in cmark's
            // output; keep their text if they ever do.
            return [Block(.paragraph(InlineBuilder(assembly: assembly, context: context,
                                                   blockLocation: range.start).build([node])), range: range)]
        }
    }

    private func paragraph(_ node: MarkdownNode, context: Segment.Context) -> [Block] {
        if let (image, lastLine) = DocFXImageRecognizer(assembly: assembly).block(node) {
            // Lines after the closing `:::` (no blank line between) are a paragraph of their own.
            var rest = node.children.filter { $0.range.start.line > lastLine }
            while let first = rest.first, case .softBreak = first.kind { rest.removeFirst() }
            guard let first = rest.first else { return [image] }
            var tail = node
            tail.children = rest
            tail.range.start = first.range.start
            return [image, Block(.paragraph(inlines(of: tail, context: context)), range: tail.range)]
        }
        if let include = IncludeRecognizer.block(node) { return [include] }
        if let blocks = PipeTableRecognizer(assembly: assembly).blocks(node, context: context) { return blocks }
        return [Block(.paragraph(inlines(of: node, context: context)), range: node.range)]
    }

    /// The inlines of a paragraph or heading, pairs made from cmark's tree.
    ///
    /// When emphasis crosses a pair's tags (`<span …>**Text:</span>…**`),
    /// cmark nests the tags at different depths and the tree cannot pair
    /// them; then the block's raw text is paired by its tags instead, each
    /// side parsed on its own, and the crossing is reported.
    func inlines(of node: MarkdownNode, context: Segment.Context, children: [MarkdownNode]? = nil) -> [Inline] {
        let checkpoint = assembly.checkpoint()
        let fromTree = InlineBuilder(assembly: assembly, context: context, blockLocation: node.range.start)
            .build(children ?? node.children)
        let treeProblems = assembly.pairProblems(since: checkpoint)
        guard treeProblems > 0, node.range.start.line > 0 else { return fromTree }
        let treeState = assembly.recorded(since: checkpoint)
        assembly.restore(checkpoint)
        let start = assembly.lines.offset(of: node.range.start)
        let end = min(assembly.lines.offset(of: node.range.end) + 1, assembly.bytes.count)
        let raw = assembly.text(start..<max(start, end))
        let lines = assembly.lines
        let fromRaw = RawInlineBuilder(assembly: assembly, context: context, blockLocation: node.range.start,
                                       locate: { lines.location(of: start + $0) })
            .build(raw, range: 0..<raw.utf8.count)
        if assembly.pairProblems(since: checkpoint) < treeProblems {
            assembly.diagnose(.spanCrossesMarkup, .warning, at: node.range.start,
                              "emphasis or a link crosses the tags of a span pair; each side was read on its own")
            return fromRaw
        }
        assembly.restore(checkpoint)
        assembly.replay(treeState)
        return fromTree
    }

    /// A block quote whose first text is `[!NOTE]` (any case, any known kind).
    private func alert(_ node: MarkdownNode) -> Block? {
        guard var first = node.children.first, case .paragraph = first.kind,
              let lead = first.children.first, case .text(let text) = lead.kind,
              let (kind, markerLength) = AlertMarker.parse(text)
        else { return nil }
        var inlines = first.children
        let rest = String(decoding: text.utf8.dropFirst(markerLength), as: UTF8.self)
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty {
            inlines.removeFirst()
            if let next = inlines.first, case .softBreak = next.kind { inlines.removeFirst() }
        } else {
            inlines[0].kind = .text(String(trimmed))
            inlines[0].range.start.column += markerLength + (rest.utf8.count - trimmed.utf8.count)
        }
        if let next = inlines.first, case .lineBreak = next.kind, trimmed.isEmpty { inlines.removeFirst() }
        var children = Array(node.children.dropFirst())
        if !inlines.isEmpty {
            // The paragraph keeps cmark's range: the marker's line stays its first.
            first.children = inlines
            children.insert(first, at: 0)
        }
        return Block(.alert(kind, content: build(children, context: .alert)), range: node.range)
    }
}

/// `[!NOTE]` and its kin at the start of a block quote.
enum AlertMarker {
    /// The alert kind and the marker's length in bytes, when `text` starts with one.
    static func parse(_ text: String) -> (AlertKind, Int)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let word = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard let kind = AlertKind(rawValue: word.uppercased()) else { return nil }
        return (kind, text[...close].utf8.count)
    }
}

/// The `<a name="id"></a>` DocFX puts at the start of headings.
enum HeadingAnchor {
    static func split(_ nodes: [MarkdownNode]) -> (anchor: String?, rest: [MarkdownNode]) {
        guard nodes.count >= 2, case .htmlInline(let open) = nodes[0].kind,
              case .htmlInline(let close) = nodes[1].kind,
              close.lowercased().hasPrefix("</a"), open.lowercased().hasPrefix("<a ")
        else { return (nil, nodes) }
        let attributes = SpanTag.attributes(String(open.dropFirst(2).dropLast()))
        guard let id = attributes.first(where: { $0.0 == "name" || $0.0 == "id" })?.1 else { return (nil, nodes) }
        return (id, Array(nodes.dropFirst(2)))
    }
}

/// `[!INCLUDE[title](path)]` alone in a paragraph.
enum IncludeRecognizer {
    static func block(_ node: MarkdownNode) -> Block? {
        let children = node.children
        guard children.count == 3, case .text(let open) = children[0].kind,
              open.uppercased() == "[!INCLUDE", case .link(let url, _) = children[1].kind,
              case .text(let close) = children[2].kind, close == "]"
        else { return nil }
        return Block(.include(title: children[1].plainText, path: url), range: node.range)
    }
}
