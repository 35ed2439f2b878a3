import TolkModel

/// Repairs the places where cmark 0.30's source positions are not the
/// file's, checking each against the bytes:
///
/// * a block before a blank line "ends" at column 0 of the next line;
/// * a setext heading ends on the line after its underline;
/// * inlines on continuation lines of nested containers (`>[!NOTE]` then
///   `> text`, or a quote in a list item) can be a few columns off;
/// * after a backslash hard break, later lines are one line early;
/// * a code span starts at its content instead of its first backtick;
/// * breaks have no position at all.
struct SourcePositionCorrector {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: LineTable

    func correct(_ node: inout MarkdownNode) {
        fixBlockEnd(&node)
        switch node.kind {
        case .heading:
            fixSetextEnd(&node)
            fixInlines(&node.children)
        case .paragraph:
            fixInlines(&node.children)
        default:
            break
        }
        for index in node.children.indices where node.children[index].isBlock {
            correct(&node.children[index])
        }
    }

    // MARK: Blocks

    private func fixBlockEnd(_ node: inout MarkdownNode) {
        guard node.isBlock, node.range.end.column == 0, node.range.end.line > node.range.start.line else { return }
        var line = node.range.end.line - 1
        while line > node.range.start.line, isBlank(line) { line -= 1 }
        node.range.end = SourceLocation(line: line, column: max(1, lineLength(line)))
    }

    private func fixSetextEnd(_ node: inout MarkdownNode) {
        let start = node.range.start.line, end = node.range.end.line
        guard end > start else { return }
        for line in (start + 1)...end where isSetextUnderline(line) {
            node.range.end = SourceLocation(line: line, column: lineLength(line))
            return
        }
    }

    // MARK: Inlines

    private func fixInlines(_ children: inout [MarkdownNode]) {
        let linesAfterBackslash = shiftLinesAfterBackslashBreaks(&children)
        var linesSeen = Set<Int>()
        var firstNodes: [(line: Int, node: MarkdownNode)] = []
        collectFirstLiterals(children, seen: &linesSeen, into: &firstNodes)
        var deltas: [Int: Int] = [:]
        for (line, node) in firstNodes {
            let wide = linesAfterBackslash.contains(line)
            if let delta = columnDelta(of: node, searchingWholeLine: wide), delta != 0 { deltas[line] = delta }
        }
        if !deltas.isEmpty { apply(deltas, to: &children) }
        placeBreaksAndCode(&children)
    }

    /// cmark 0.30 does not count the newline of `\` + newline, so every node
    /// after such a break is one line early (cumulatively), and columns on
    /// the line right after it go on from the line before. Returns those lines.
    @discardableResult
    private func shiftLinesAfterBackslashBreaks(_ children: inout [MarkdownNode]) -> Set<Int> {
        var shift = 0
        var followingLines = Set<Int>()
        for index in children.indices {
            if shift > 0 { children[index].shiftLines(by: shift) }
            if case .lineBreak = children[index].kind, index > 0 {
                let after = lines.offset(of: children[index - 1].range.end) + 1
                if after < bytes.count, bytes[after] == UInt8(ascii: "\\") {
                    shift += 1
                    followingLines.insert(children[index - 1].range.end.line + 1)
                }
            }
        }
        return followingLines
    }

    /// The first node with a literal on each line, in document order.
    private func collectFirstLiterals(_ nodes: [MarkdownNode], seen: inout Set<Int>,
                                      into out: inout [(line: Int, node: MarkdownNode)]) {
        for node in nodes {
            switch node.kind {
            case .text, .htmlInline, .code:
                if seen.insert(node.range.start.line).inserted { out.append((node.range.start.line, node)) }
            default:
                collectFirstLiterals(node.children, seen: &seen, into: &out)
            }
        }
    }

    /// How many columns the node's literal really lies from where cmark put
    /// it; `nil` when the literal cannot be found nearby (escapes, entities).
    private func columnDelta(of node: MarkdownNode, searchingWholeLine: Bool) -> Int? {
        let literal: String
        switch node.kind {
        case .text(let s), .htmlInline(let s), .code(let s): literal = s
        default: return nil
        }
        let prefix = Array(literal.utf8.prefix(6))
        guard !prefix.isEmpty, !prefix.contains(UInt8(ascii: "&")), !prefix.contains(UInt8(ascii: "\\")) else { return nil }
        let lineStart = lines.offset(of: SourceLocation(line: node.range.start.line, column: 1))
        let guess = lineStart + node.range.start.column - 1
        for delta in [0, 1, -1, 2, -2, 3, -3] {
            let at = guess + delta
            guard at >= lineStart, at + prefix.count <= bytes.count else { continue }
            if (0..<prefix.count).allSatisfy({ bytes[at + $0] == prefix[$0] }) { return delta }
        }
        guard searchingWholeLine else { return nil }
        let content = lines.contentRange(ofLine: node.range.start.line, in: bytes)
        var at = content.lowerBound
        while at + prefix.count <= content.upperBound {
            if (0..<prefix.count).allSatisfy({ bytes[at + $0] == prefix[$0] }) { return at - guess }
            at += 1
        }
        return nil
    }

    private func apply(_ deltas: [Int: Int], to nodes: inout [MarkdownNode]) {
        for index in nodes.indices {
            if let delta = deltas[nodes[index].range.start.line] { nodes[index].range.start.column += delta }
            if let delta = deltas[nodes[index].range.end.line] { nodes[index].range.end.column += delta }
            apply(deltas, to: &nodes[index].children)
        }
    }

    /// Breaks start where they are written (a backslash, the first trailing
    /// space); code spans start at their first backtick.
    private func placeBreaksAndCode(_ nodes: inout [MarkdownNode]) {
        for index in nodes.indices {
            switch nodes[index].kind {
            case .lineBreak, .softBreak:
                guard index > 0 else { continue }
                var offset = lines.offset(of: nodes[index - 1].range.end) + 1
                if offset < bytes.count, bytes[offset] != UInt8(ascii: "\\") {
                    while offset > 0, bytes[offset - 1] == 0x20 || bytes[offset - 1] == 0x09 { offset -= 1 }
                    // The previous node's end counted the trailing spaces in.
                    let spacesStart = offset
                    offset = max(spacesStart, lines.offset(of: nodes[index - 1].range.start))
                }
                let at = lines.location(of: min(offset, bytes.count))
                nodes[index].range = SourceRange(start: at, end: at)
            case .code:
                let lineStart = lines.offset(of: SourceLocation(line: nodes[index].range.start.line, column: 1))
                var offset = lines.offset(of: nodes[index].range.start)
                if offset - 2 >= lineStart, bytes[offset - 1] == 0x20, bytes[offset - 2] == UInt8(ascii: "`") { offset -= 1 }
                while offset - 1 >= lineStart, bytes[offset - 1] == UInt8(ascii: "`") { offset -= 1 }
                nodes[index].range.start = lines.location(of: offset)
            default:
                placeBreaksAndCode(&nodes[index].children)
            }
        }
    }

    // MARK: Lines

    private func lineLength(_ line: Int) -> Int {
        lines.contentRange(ofLine: line, in: bytes).count
    }

    private func isBlank(_ line: Int) -> Bool {
        lines.contentRange(ofLine: line, in: bytes).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
    }

    private func isSetextUnderline(_ line: Int) -> Bool {
        let content = lines.contentRange(ofLine: line, in: bytes).map { bytes[$0] }
        let trimmed = content.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        guard let first = trimmed.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}

extension MarkdownNode {
    /// Moves this subtree `count` lines down.
    mutating func shiftLines(by count: Int) {
        range.start.line += count
        range.end.line += count
        for index in children.indices { children[index].shiftLines(by: count) }
    }
}
