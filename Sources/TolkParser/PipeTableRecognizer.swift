import TolkModel

/// Recognizes GFM/DocFX pipe tables, which cmark 0.30 reads as paragraphs.
///
/// Rows are split on unescaped `|` from the raw line text (as GFM does, so
/// `\|` stays in a cell), and each cell is then parsed by cmark as inlines.
struct PipeTableRecognizer {
    let assembly: DocumentAssembly

    /// The blocks a paragraph stands for when it holds a table: a paragraph
    /// for any lines before the header row, then the table. `nil` when the
    /// paragraph has no delimiter row under a matching header.
    func blocks(_ paragraph: MarkdownNode, context: Segment.Context) -> [Block]? {
        let firstLine = paragraph.range.start.line, lastLine = paragraph.range.end.line
        guard lastLine > firstLine else { return nil }
        let rows = (firstLine...lastLine).map { rawRow(line: $0, in: paragraph) }
        guard let delimiter = rows.indices.dropFirst().first(where: { index in
            guard let alignments = Self.alignments(rows[index].text) else { return false }
            let header = Self.cells(rows[index - 1].text)
            return header.count == alignments.count
                && (rows[index].text.contains("|") || rows[index - 1].text.contains("|"))
        }), let alignments = Self.alignments(rows[delimiter].text)
        else { return nil }

        var blocks: [Block] = []
        let headerLine = firstLine + delimiter - 1
        if delimiter > 1, paragraph.children.contains(where: { $0.range.start.line < headerLine }) {
            // Text before the table stays a paragraph of its own.
            var before = paragraph.children.filter { $0.range.start.line < headerLine }
            while let last = before.last, case .softBreak = last.kind { before.removeLast() }
            var lead = paragraph
            lead.range.end = SourceLocation(line: headerLine - 1, column: max(1, rows[delimiter - 2].endColumn))
            let inlines = InlineBuilder(assembly: assembly, context: context, blockLocation: lead.range.start)
                .build(before)
            blocks.append(Block(.paragraph(inlines), range: lead.range))
        }
        let header = row(rows[delimiter - 1])
        let body = rows[(delimiter + 1)...].map(row)
        let start = SourceLocation(line: headerLine, column: rows[delimiter - 1].column)
        let table = Table(header: header, alignments: alignments, rows: body)
        blocks.append(Block(.table(table), range: SourceRange(start: start, end: paragraph.range.end)))
        return blocks
    }

    /// One line of the paragraph without its container prefix (`> `, indentation).
    struct RawRow {
        var text: String
        var line: Int
        var column: Int
        var endColumn: Int
    }

    private func rawRow(line: Int, in paragraph: MarkdownNode) -> RawRow {
        let content = assembly.lines.contentRange(ofLine: line, in: assembly.bytes)
        let lineStart = assembly.lines.offset(of: SourceLocation(line: line, column: 1))
        // cmark tells where the paragraph's content starts on its first line;
        // on later lines the first inline node starting there does.
        var column = line == paragraph.range.start.line ? paragraph.range.start.column : Int.max
        if line != paragraph.range.start.line {
            for child in paragraph.children where child.range.start.line == line {
                column = min(column, child.range.start.column)
            }
            if column == Int.max { column = 1 }
        }
        let start = min(lineStart + column - 1, content.upperBound)
        return RawRow(text: assembly.text(start..<content.upperBound), line: line, column: column,
                      endColumn: content.upperBound - lineStart)
    }

    private func row(_ raw: RawRow) -> Table.Row {
        var cells: [Table.Cell] = []
        for cell in Self.cellRanges(raw.text) {
            let text = String(decoding: Array(raw.text.utf8)[cell], as: UTF8.self)
            let location = SourceLocation(line: raw.line, column: raw.column + cell.lowerBound)
            let nodes = text.isEmpty ? [] : assembly.converter.parseInlines(text, origin: location)
            let inlines = InlineBuilder(assembly: assembly, context: .tableCell, blockLocation: location).build(nodes)
            cells.append(Table.Cell(content: inlines, location: location))
        }
        return Table.Row(cells: cells, location: SourceLocation(line: raw.line, column: raw.column))
    }

    /// The column alignments when `text` is a delimiter row (`|:--|:-:|--:|`).
    static func alignments(_ text: String) -> [Table.Alignment]? {
        let cells = self.cells(text)
        guard !cells.isEmpty else { return nil }
        var result: [Table.Alignment] = []
        for cell in cells {
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":")
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right && cell.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    /// The trimmed cell texts of a row.
    static func cells(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return cellRanges(text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Byte ranges of the cells of a row, whitespace trimmed: split on `|`
    /// not escaped by a backslash, an outer leading and trailing `|` dropped.
    static func cellRanges(_ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        let pipe = UInt8(ascii: "|")
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return [] }
        if bytes[start] == pipe { start += 1 }
        if end > start, bytes[end - 1] == pipe, !Self.isEscaped(bytes, end - 1) { end -= 1 }
        var ranges: [Range<Int>] = []
        var cellStart = start, i = start
        while i <= end {
            if i == end || (bytes[i] == pipe && !isEscaped(bytes, i)) {
                var a = cellStart, b = i
                while a < b, isSpace(bytes[a]) { a += 1 }
                while b > a, isSpace(bytes[b - 1]) { b -= 1 }
                ranges.append(a..<b)
                cellStart = i + 1
            }
            i += 1
        }
        return ranges
    }

    private static func isEscaped(_ bytes: [UInt8], _ index: Int) -> Bool {
        var count = 0, j = index - 1
        while j >= 0, bytes[j] == UInt8(ascii: "\\") { count += 1; j -= 1 }
        return count % 2 == 1
    }
}
