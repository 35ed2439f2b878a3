import TolkModel

/// Raw HTML blocks: a `<table>` becomes a table whose cells are inlines
/// (span pairs included); other HTML stays raw, any pairs in it still
/// become segments.
struct HTMLBlockRecognizer {
    let assembly: DocumentAssembly

    func block(_ literal: String, range: SourceRange) -> Block {
        let lower = literal.lowercased()
        let hasTable = lower.contains("<table")
        guard hasTable || lower.contains("<span") else { return Block(.html(literal), range: range) }
        let locator = LiteralLocator(literal, origin: range.start, lines: assembly.lines, bytes: assembly.bytes)
        if hasTable, let table = table(literal, locator: locator) {
            return Block(.htmlTable(table), range: range)
        }
        _ = RawInlineBuilder(assembly: assembly, context: .html, blockLocation: range.start,
                             locate: locator.location).build(literal, range: 0..<literal.utf8.count)
        return Block(.html(literal), range: range)
    }

    /// Rows of `<tr>`, cells of `<td>`/`<th>`; a first row of `<th>` only is the header.
    private func table(_ literal: String, locator: LiteralLocator) -> Table? {
        let bytes = Array(literal.utf8)
        struct RawCell { var range: Range<Int>; var isHeader: Bool }
        var rows: [(start: Int, cells: [RawCell])] = []
        var openCell: (start: Int, isHeader: Bool)?
        var covered: [Range<Int>] = []
        func closeCell(at end: Int) {
            guard let cell = openCell else { return }
            if rows.isEmpty { rows.append((cell.start, [])) }
            rows[rows.count - 1].cells.append(RawCell(range: cell.start..<end, isHeader: cell.isHeader))
            covered.append(cell.start..<end)
            openCell = nil
        }
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), let end = RawInlineBuilder.tagEnd(bytes, from: i, limit: bytes.count) else {
                i += 1
                continue
            }
            let name = Self.tagName(bytes[(i + 1)..<end])
            switch name {
            case "tr":
                closeCell(at: i)
                rows.append((i, []))
            case "td", "th":
                closeCell(at: i)
                openCell = (end, name == "th")
            case "/td", "/th", "/tr", "/table", "/thead", "/tbody", "thead", "tbody", "tfoot", "/tfoot":
                closeCell(at: i)
            default:
                break
            }
            i = end
        }
        closeCell(at: bytes.count)
        guard !rows.isEmpty else { return nil }
        // Pairs outside any cell (a caption, say) are segments too.
        var gapStart = 0
        for range in covered.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            scanOutsideCells(literal, gapStart..<range.lowerBound, locator: locator)
            gapStart = max(gapStart, range.upperBound)
        }
        scanOutsideCells(literal, gapStart..<bytes.count, locator: locator)

        func row(_ raw: (start: Int, cells: [RawCell])) -> Table.Row {
            let cells = raw.cells.map { cell in
                let location = locator.location(cell.range.lowerBound)
                let inlines = RawInlineBuilder(assembly: assembly, context: .htmlTableCell, blockLocation: location,
                                               locate: locator.location).build(literal, range: cell.range)
                return Table.Cell(content: inlines.trimmingWhitespace(), location: location)
            }
            return Table.Row(cells: cells, location: locator.location(raw.start))
        }
        let built = rows.filter { !$0.cells.isEmpty }
        guard let first = built.first else { return nil }
        let hasHeader = first.cells.allSatisfy(\.isHeader)
        let header = hasHeader ? row(first) : nil
        let body = (hasHeader ? built.dropFirst() : built[...]).map(row)
        let columns = max(header?.cells.count ?? 0, body.map(\.cells.count).max() ?? 0)
        return Table(header: header, alignments: Array(repeating: .none, count: columns), rows: body)
    }

    private func scanOutsideCells(_ literal: String, _ range: Range<Int>, locator: LiteralLocator) {
        guard !range.isEmpty else { return }
        _ = RawInlineBuilder(assembly: assembly, context: .html, blockLocation: locator.location(range.lowerBound),
                             locate: locator.location).build(literal, range: range)
    }

    /// `td`, `/td`, … in lower case.
    private static func tagName(_ bytes: ArraySlice<UInt8>) -> String {
        let name = bytes.prefix { b in
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "/")
        }
        return String(decoding: name, as: UTF8.self).lowercased()
    }
}

extension Array where Element == Inline {
    /// Without whitespace-only text at either end (the newlines around cell content).
    func trimmingWhitespace() -> [Inline] {
        func blank(_ inline: Inline) -> Bool {
            switch inline.kind {
            case .text(let s): return s.allSatisfy(\.isWhitespace)
            case .softBreak, .lineBreak: return true
            default: return false
            }
        }
        var slice = self[...]
        while let first = slice.first, blank(first) { slice = slice.dropFirst() }
        while let last = slice.last, blank(last) { slice = slice.dropLast() }
        return Array(slice)
    }
}
