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
            let inlines = InlineBuilder(assembly: assembly, context: .heading, blockLocation: range.start).build(rest)
            return [Block(.heading(level: level, anchor: anchor, content: inlines), range: range)]
        case .blockQuote:
            if let alert = alert(node) { return [alert] }
            return [Block(.blockQuote(build(node.children, context: .blockQuote)), range: range)]
        case .list(let ordered, let start, let tight):
            let items = node.children.map { item in
                ListItem(blocks: build(item.children, context: .listItem), range: item.range)
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
        if let image = DocFXImageRecognizer(assembly: assembly).block(node) { return [image] }
        if let include = IncludeRecognizer.block(node) { return [include] }
        if let blocks = PipeTableRecognizer(assembly: assembly).blocks(node, context: context) { return blocks }
        let inlines = InlineBuilder(assembly: assembly, context: context, blockLocation: node.range.start)
            .build(node.children)
        return [Block(.paragraph(inlines), range: node.range)]
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
        var children = Array(node.children.dropFirst())
        if !inlines.isEmpty {
            first.children = inlines
            first.range.start = inlines[0].range.start
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
