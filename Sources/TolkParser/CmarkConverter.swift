import CCmark
import TolkModel

/// Runs cmark over Markdown bytes and copies its tree into `MarkdownNode`
/// values in a single walk; the C tree is freed before returning, so no C
/// pointer outlives a call. The only file in Tolk that imports `CCmark`.
struct CmarkConverter {
    /// Subtrees deeper than this are flattened into `.truncated` text: Swift
    /// recursion (conversion, Codable, deinit) must stay shallow on the
    /// 512 KiB stacks of worker threads, and no real document nests this far.
    var maxDepth: Int = 64

    /// Whether the last conversion hit `maxDepth`, and where first.
    private(set) var truncatedAt: SourceLocation?

    /// Parses a whole document. Bytes are passed as they are: without
    /// `CMARK_OPT_VALIDATE_UTF8` cmark keeps byte columns exact even around
    /// invalid UTF-8 (Tolk reports that itself).
    /// `lines` is the line table of `bytes` when the caller has one already.
    mutating func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>, lines: LineTable? = nil) -> MarkdownNode {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        let root: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
            cmark_parse_document(chars.baseAddress, chars.count, options)
        }
        guard let root else {
            return MarkdownNode(kind: .document, range: SourceRange(start: .start, end: .start), children: [])
        }
        defer { cmark_node_free(root) }
        truncatedAt = nil
        var document = convert(root, depth: 0)
        // cmark skips a leading BOM, so its line 1 starts after it.
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        SourcePositionCorrector(bytes: bytes, lines: lines ?? LineTable(bytes, firstLineOffset: bom)).correct(&document)
        return document
    }

    /// Parses a fragment (a table cell) as inline content.
    ///
    /// cmark has no inline-only entry point, so the fragment is parsed as a
    /// document behind a `;` that no block syntax can start with and that
    /// cannot join an inline construct; the `;` is removed again and columns
    /// shifted back. Blocks the fragment still forms are flattened into
    /// inlines separated by soft breaks, so no text is lost.
    mutating func parseInlines(_ text: String, origin: SourceLocation) -> [MarkdownNode] {
        var guarded = ";" + text
        let document = guarded.withUTF8 { parseDocument($0) }
        var inlines: [MarkdownNode] = []
        flattenInlines(of: document, into: &inlines)
        // Drop the guard character from the first text node.
        if let first = inlines.first, case .text(let s) = first.kind, s.hasPrefix(";") {
            let rest = String(s.dropFirst())
            if rest.isEmpty {
                inlines.removeFirst()
            } else {
                inlines[0].kind = .text(rest)
                inlines[0].range.start.column += 1
            }
        }
        return inlines.map { $0.shifted(toFragmentAt: origin, guardLength: 1) }
    }

    private func flattenInlines(of node: MarkdownNode, into out: inout [MarkdownNode]) {
        for child in node.children {
            if child.isBlock {
                if case .codeBlock(_, let literal) = child.kind {
                    appendSeparated(MarkdownNode(kind: .code(literal), range: child.range, children: []), to: &out)
                } else if case .htmlBlock(let literal) = child.kind {
                    appendSeparated(MarkdownNode(kind: .htmlInline(literal), range: child.range, children: []), to: &out)
                } else if child.children.contains(where: { !$0.isBlock }) {
                    if !out.isEmpty {
                        out.append(MarkdownNode(kind: .softBreak, range: child.range, children: []))
                    }
                    out.append(contentsOf: child.children)
                } else {
                    flattenInlines(of: child, into: &out)
                }
            } else {
                out.append(child)
            }
        }
    }

    private func appendSeparated(_ node: MarkdownNode, to out: inout [MarkdownNode]) {
        if !out.isEmpty { out.append(MarkdownNode(kind: .softBreak, range: node.range, children: [])) }
        out.append(node)
    }

    private mutating func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        let range = SourceRange(
            start: SourceLocation(line: Int(cmark_node_get_start_line(node)),
                                  column: Int(cmark_node_get_start_column(node))),
            end: SourceLocation(line: Int(cmark_node_get_end_line(node)),
                                column: Int(cmark_node_get_end_column(node))))
        if depth >= maxDepth, cmark_node_first_child(node) != nil {
            if truncatedAt == nil { truncatedAt = range.start }
            return MarkdownNode(kind: .truncated(Self.flattenedText(node)), range: range, children: [])
        }
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            var converted = convert(current, depth: depth + 1)
            if converted.range.start.line == 0 {
                // cmark gives breaks no position: place them where the previous node ends.
                let previous = children.last?.range.end ?? range.start
                let at = SourceLocation(line: previous.line, column: previous.column + 1)
                converted.range = SourceRange(start: at, end: at)
            }
            children.append(converted)
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind: Self.kind(of: node), range: range, children: children)
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)),
                         tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)),
                              literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            return .other(string(cmark_node_get_type_string(node)))
        }
    }

    /// The text of a C subtree, collected with cmark's own iterator (no recursion).
    private static func flattenedText(_ node: OpaquePointer) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK,
                 CMARK_NODE_CODE_BLOCK:
                out += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
            default:
                break
            }
        }
        return out
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

extension MarkdownNode {
    /// Moves positions from fragment coordinates (line 1 = the fragment's
    /// first line, behind a guard of `guardLength` bytes) to file coordinates.
    func shifted(toFragmentAt origin: SourceLocation, guardLength: Int) -> MarkdownNode {
        func map(_ location: SourceLocation) -> SourceLocation {
            if location.line <= 1 {
                return SourceLocation(line: origin.line, column: origin.column + location.column - 1 - guardLength)
            }
            return SourceLocation(line: origin.line + location.line - 1, column: location.column)
        }
        return MarkdownNode(kind: kind, range: SourceRange(start: map(range.start), end: map(range.end)),
                            children: children.map { $0.shifted(toFragmentAt: origin, guardLength: guardLength) })
    }
}
