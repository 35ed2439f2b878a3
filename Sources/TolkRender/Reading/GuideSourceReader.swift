import TolkModel

/// Reads a parsed document into `GuideSource`s: one for the file's own text
/// and, for a paired file, one for the English source side.
///
/// Procedures are found as the rule extraction finds them (a top-level
/// heading, then the numbered lists up to the next heading), so the heading
/// lines match the rule table's provenance.
public struct GuideSourceReader: Sendable {
    /// The locale of the source side of the pairs (`en-US`).
    public var sourceLocale: String

    public init(sourceLocale: String) {
        self.sourceLocale = sourceLocale
    }

    /// The file's view, then (when it has pairs) the English view.
    public func read(_ document: Document) -> [GuideSource] {
        let locale = document.locale?.identifier ?? sourceLocale
        let hasPairs = !document.segments.isEmpty
        var out = [source(document, side: .target, locale: locale, hasPairs: hasPairs)]
        if hasPairs, locale != sourceLocale {
            out.append(source(document, side: .source, locale: sourceLocale, hasPairs: hasPairs))
        }
        return out
    }

    private func source(_ document: Document, side: InlineRunReader.Side, locale: String, hasPairs: Bool) -> GuideSource {
        // The English view of a paired file is the source itself: nothing in it is a fallback.
        let runs = InlineRunReader(segments: document.segments, side: side, marksUnpaired: hasPairs && side == .target)
        var title: String?
        var procedures: [ProcedureBody] = []
        let blocks = document.blocks
        var index = 0
        while index < blocks.count {
            guard case .heading(let level, _, let content) = blocks[index].kind else {
                index += 1
                continue
            }
            if title == nil, level == 1 { title = runs.paragraph(content).plainText }
            var end = index + 1
            while end < blocks.count {
                if case .heading = blocks[end].kind { break }
                end += 1
            }
            let steps = StepReader(runs: runs, path: document.path).steps(in: blocks[(index + 1)..<end])
            if !steps.isEmpty {
                procedures.append(ProcedureBody(line: blocks[index].location.line,
                                                heading: runs.paragraph(content).plainText, steps: steps))
            }
            index = end
        }
        return GuideSource(path: document.path, locale: locale, isSourceSide: side == .source, hasPairs: hasPairs,
                           date: document.frontMatter?.sourceDate,
                           title: title ?? document.frontMatter?.title ?? "", procedures: procedures)
    }
}

/// Turns a procedure's blocks into steps.
struct StepReader {
    let runs: InlineRunReader
    let path: String

    func steps(in section: ArraySlice<Block>) -> [GuideStep] {
        var steps: [GuideStep] = []
        // As in the rule extraction: an alert after a list belongs to its last
        // step only when another list follows (a broken indent split the list).
        var pending: [GuideNote] = []
        for block in section {
            switch block.kind {
            case .list(.ordered(let start), _, let items):
                if !steps.isEmpty { steps[steps.count - 1].notes += pending }
                pending = []
                for (offset, item) in items.enumerated() {
                    var paragraphs: [GuideParagraph] = []
                    var notes: [GuideNote] = []
                    collect(item.blocks, bullet: false, into: &paragraphs, notes: &notes)
                    steps.append(GuideStep(number: start + offset, paragraphs: paragraphs, notes: notes,
                                           origin: "\(path):\(item.range.start.line)"))
                }
            case .alert(let kind, let children) where !steps.isEmpty:
                pending.append(note(kind, children))
            default:
                continue
            }
        }
        return steps
    }

    private func note(_ kind: AlertKind, _ children: [Block]) -> GuideNote {
        var paragraphs: [GuideParagraph] = []
        var nested: [GuideNote] = []
        collect(children, bullet: false, into: &paragraphs, notes: &nested)
        // A note inside a note is rare; its text stays, under the outer note.
        for inner in nested { paragraphs += inner.paragraphs }
        return GuideNote(kind: kind.rawValue, paragraphs: paragraphs)
    }

    /// Paragraphs in reading order; nested list items become bullets, alerts
    /// become notes. Raw HTML, images and includes are left out.
    private func collect(_ blocks: [Block], bullet: Bool, into out: inout [GuideParagraph],
                         notes: inout [GuideNote]) {
        var first = true
        for block in blocks {
            let style: GuideParagraph.Style = bullet && first ? .bullet : .body
            switch block.kind {
            case .paragraph(let content), .heading(_, _, let content):
                append(runs.paragraph(content, style: style), to: &out)
            case .list(_, _, let items):
                for item in items { collect(item.blocks, bullet: true, into: &out, notes: &notes) }
            case .alert(let kind, let children):
                notes.append(note(kind, children))
            case .blockQuote(let children):
                collect(children, bullet: false, into: &out, notes: &notes)
            case .code(_, let text, _):
                out.append(GuideParagraph(.code, runs: [.code(text.hasSuffix("\n") ? String(text.dropLast()) : text)]))
            case .table(let table), .htmlTable(let table):
                for row in [table.header].compactMap({ $0 }) + table.rows {
                    append(runs.row(row.cells.map(\.content)), to: &out)
                }
            case .html, .image, .include, .thematicBreak, .truncated:
                continue
            }
            first = false
        }
    }

    private func append(_ paragraph: GuideParagraph, to out: inout [GuideParagraph]) {
        if !paragraph.runs.isEmpty { out.append(paragraph) }
    }
}
