import TolkModel

/// Walks a document's blocks once and yields its sentences as `TextUnit`s,
/// each with the headings above it.
struct TextUnitCollector {
    let document: Document
    let text: InlineText
    /// True when the document is written in the source locale (its words are the source).
    let isSourceDocument: Bool
    /// Whether the document's English words are known (pairs, or a source-locale file).
    private let hasSource: Bool

    init(document: Document, sourceLocale: String) {
        self.document = document
        self.text = InlineText(document)
        isSourceDocument = ExtractionContext.isSourceDocument(document, sourceLocale: sourceLocale)
        hasSource = ExtractionContext.hasSource(document, isSourceDocument: isSourceDocument)
    }

    func collect() -> [TextUnit] {
        var units: [TextUnit] = []
        var headings = HeadingStack()
        walk(document.blocks, headings: &headings, into: &units)
        return units
    }

    private func walk(_ blocks: [Block], headings: inout HeadingStack, into units: inout [TextUnit]) {
        for block in blocks {
            switch block.kind {
            case .heading(let level, let anchor, let content):
                headings.push(level: level, title: text.plain(content, .target),
                              anchor: HeadingStack.anchor(explicit: anchor, content: content, text: text, hasSource: hasSource))
                add(content, at: block.location, kind: .heading, headings, into: &units)
            case .paragraph(let content):
                add(content, at: block.location, kind: .paragraph, headings, into: &units)
            case .list(_, _, let items):
                for item in items { walk(item.blocks, headings: &headings, into: &units) }
            case .blockQuote(let children), .alert(_, let children):
                walk(children, headings: &headings, into: &units)
            case .table(let table), .htmlTable(let table):
                for row in [table.header].compactMap({ $0 }) + table.rows {
                    addRow(row, headings, into: &units)
                }
            case .image(let image):
                add(image.altText, at: block.location, kind: .other, headings, into: &units)
            case .code, .html, .include, .thematicBreak, .truncated:
                break
            }
        }
    }

    /// One unit per pair; the text around pairs, or all of it when there are none, split into sentences.
    private func add(_ inlines: [Inline], at location: SourceLocation, kind: TextUnit.Kind,
                     _ headings: HeadingStack, into units: inout [TextUnit]) {
        let pairs = text.segmentIndices(inlines)
        for index in pairs {
            let segment = document.segments[index]
            units.append(TextUnit(target: text.plain(segment.target, .target),
                                  source: text.plain(segment.source, .source),
                                  location: segment.location, segment: segment.id, headings: headings, kind: kind))
        }
        // Text outside the pairs: nothing but markup and punctuation in a
        // well-formed sxs file; untranslated or plain text otherwise.
        let outside = pairs.isEmpty ? text.plain(inlines, .target) : plainOutsidePairs(inlines)
        guard outside.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return }
        let starts = inlineStarts(inlines)
        for sentence in SentenceSplitter.split(outside) {
            let at = starts.last(where: { $0.offset <= sentence.offset })?.location ?? location
            units.append(TextUnit(target: sentence.text, source: isSourceDocument ? sentence.text : nil,
                                  location: at, segment: nil, headings: headings, kind: kind))
        }
    }

    private func plainOutsidePairs(_ inlines: [Inline]) -> String {
        inlines.plainText(segmentText: { _ in " " }).collapsingWhitespace()
    }

    /// Where each top-level inline's text starts in the collapsed plain text
    /// (approximately: collapsing can shift offsets by the spaces removed).
    private func inlineStarts(_ inlines: [Inline]) -> [(offset: Int, location: SourceLocation)] {
        var out: [(Int, SourceLocation)] = []
        var offset = 0
        for inline in inlines {
            out.append((offset, inline.location))
            offset += [inline].plainText(segmentText: { _ in " " }).utf8.count
        }
        return out
    }

    private func addRow(_ row: Table.Row, _ headings: HeadingStack, into units: inout [TextUnit]) {
        let cells = row.cells.map(\.content)
        let hasPairs = cells.contains { !text.segmentIndices($0).isEmpty }
        let target = cells.map { text.plain($0, .target) }.joined(separator: " | ")
        let source: String? = hasPairs || isSourceDocument ? cells.map { text.plain($0, .source) }.joined(separator: " | ") : nil
        let firstSegment = cells.lazy.compactMap { self.text.segmentIndices($0).first }.first
        units.append(TextUnit(target: target, source: source, location: row.location,
                              segment: firstSegment.map { document.segments[$0].id }, headings: headings, kind: .tableRow))
    }
}

/// The headings above the current block, outermost first.
struct HeadingStack: Sendable {
    private var entries: [(level: Int, title: String, anchor: String)] = []

    mutating func push(level: Int, title: String, anchor: String) {
        while let last = entries.last, last.level >= level { entries.removeLast() }
        entries.append((level, title, anchor))
    }

    var path: [String] { entries.map(\.title) }
    /// The anchor of the nearest heading: where a reader of the page finds the text.
    var anchor: String? { entries.last?.anchor }

    /// A heading's anchor: its own (`<a name="…">`, `{#…}`), else a slug of
    /// its English words (of its own where it has no source), so that every
    /// locale names a section alike.
    static func anchor(explicit: String?, content: [Inline], text: InlineText, hasSource: Bool) -> String {
        explicit ?? Slug.make(text.plain(content, hasSource ? .source : .target))
    }
}
