import TolkModel

/// Visits every inline of a document, in every kind of block (headings,
/// paragraphs, lists, alerts, quotes, pipe and HTML tables, image alt
/// text), nested inlines included. A pair is entered through its target:
/// what a reader of the locale sees.
struct ContentInlineWalker {
    let document: Document

    /// Calls `body` with the inline content of each block (a paragraph, a
    /// heading, a table cell, alt text), in document order; pairs are not entered.
    func forEachRun(_ body: ([Inline]) -> Void) {
        for block in document.blocks { runs(block, body) }
    }

    private func runs(_ block: Block, _ body: ([Inline]) -> Void) {
        switch block.kind {
        case .heading(_, _, let content), .paragraph(let content):
            body(content)
        case .list(_, _, let items):
            for item in items { for child in item.blocks { runs(child, body) } }
        case .blockQuote(let children), .alert(_, let children):
            for child in children { runs(child, body) }
        case .htmlTable(let table), .table(let table):
            for row in [table.header].compactMap({ $0 }) + table.rows {
                for cell in row.cells { body(cell.content) }
            }
        case .image(let image):
            body(image.altText)
        case .code, .html, .include, .thematicBreak, .truncated:
            break
        }
    }

    /// Calls `body` with each inline and the pair it sits in, if any.
    func forEach(_ body: (Inline, Segment?) -> Void) {
        // The pairs being walked, innermost last: nesting is shallow, so a list beats a set.
        var visiting: [Int] = []
        forEachRun { run in walk(run, nil, body, &visiting) }
    }

    private func walk(_ inlines: [Inline], _ segment: Segment?, _ body: (Inline, Segment?) -> Void,
                      _ visiting: inout [Int]) {
        for inline in inlines {
            body(inline, segment)
            switch inline.kind {
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                walk(content, segment, body, &visiting)
            case .segment(let index):
                // A pair is entered once; a malformed model cannot loop.
                guard document.segments.indices.contains(index), !visiting.contains(index) else { continue }
                visiting.append(index)
                let pair = document.segments[index]
                walk(pair.target, pair, body, &visiting)
                visiting.removeLast()
            case .text, .softBreak, .lineBreak, .code, .html, .noLoc:
                break
            }
        }
    }
}

/// Words of a text, for checks that look at words rather than characters.
enum ContentWords {
    /// The runs of letters, digits, apostrophes and inner hyphens of `text`.
    static func words(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber || character == "'" || character == "’"
                || (character == "-" && start != nil)
            if isWordCharacter {
                if start == nil { start = index }
            } else if let begin = start {
                out.append(trimmed(text[begin..<index]))
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { out.append(trimmed(text[begin...])) }
        return out.filter { !$0.isEmpty }
    }

    private static func trimmed(_ word: Substring) -> Substring {
        var word = word
        while let last = word.last, last == "-" || last == "'" || last == "’" { word = word.dropLast() }
        while let first = word.first, first == "'" || first == "’" { word = word.dropFirst() }
        return word
    }
}
