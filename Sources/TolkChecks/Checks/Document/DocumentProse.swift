import TolkModel

/// The sentences of one unit of prose (a paragraph or heading), as
/// `wrong-language` judges them: what a reader sees, and the words that count
/// towards telling its language. Bold text (UI labels), code, `:::no-loc`
/// terms, images and raw HTML are shown but not counted; link text is counted.
/// Each pair's target is a sentence of its own, carrying the pair's id.
struct DocumentProse {
    struct Sentence {
        /// The text a reader sees.
        var shown = ""
        /// The counted text: prose words, with uncounted parts blanked out.
        var counted = ""
        var location: SourceLocation
        var segment: String?
    }

    private(set) var sentences: [Sentence] = []
    private var current: Sentence?
    private let document: Document

    /// The sentences of `inlines`. A pair whose target is its source word for
    /// word is left out: it is untranslated, which the pair checks report.
    init(_ inlines: [Inline], in document: Document) {
        self.document = document
        walk(inlines, counted: true, segment: nil, depth: 0)
        finish()
    }

    private mutating func finish() {
        if let sentence = current, sentence.shown.unicodeScalars.contains(where: { !Self.isSpace($0) }) {
            sentences.append(sentence)
        }
        current = nil
    }

    private mutating func start(at location: SourceLocation, segment: String?) {
        if current == nil { current = Sentence(location: location, segment: segment) }
    }

    private mutating func walk(_ inlines: [Inline], counted: Bool, segment: String?, depth: Int) {
        for inline in inlines {
            switch inline.kind {
            case .text(let text):
                if counted {
                    addCounted(text, at: inline.location, segment: segment)
                } else {
                    start(at: inline.location, segment: segment)
                    current?.shown += text
                    current?.counted += " "
                }
            case .softBreak, .lineBreak:
                current?.shown += " "
                current?.counted += " "
            case .code(let text), .noLoc(let text):
                start(at: inline.location, segment: segment)
                current?.shown += text
                current?.counted += " "
            case .emphasis(let content), .link(_, _, let content):
                walk(content, counted: counted, segment: segment, depth: depth)
            case .strong(let content):
                walk(content, counted: false, segment: segment, depth: depth)
            case .image, .html:
                current?.counted += " "
            case .segment(let index):
                guard depth < 8, document.segments.indices.contains(index) else { continue }
                if depth == 0, isUntranslated(document.segments[index]) { continue }
                let id = document.segments[index].id
                if depth == 0 {
                    finish()
                    start(at: document.segments[index].location, segment: id)
                }
                walk(document.segments[index].target, counted: counted, segment: segment ?? id, depth: depth + 1)
                if depth == 0 { finish() }
            }
        }
    }

    /// Adds counted text, ending a sentence after `.`, `!`, `?` followed by a
    /// space (not after a number: "31. Januar", nor after a single letter:
    /// "z. B.", "e.g.") and after CJK full stops. Reads Unicode scalars with
    /// an ASCII fast path: this runs over every word of the file.
    private mutating func addCounted(_ text: String, at location: SourceLocation, segment: String?) {
        let scalars = text.unicodeScalars
        var pieceStart = scalars.startIndex
        var index = scalars.startIndex
        var sawLetterOrClose = false
        // Letters in the word before the character.
        var wordLength = 0
        while index < scalars.endIndex {
            let value = scalars[index].value
            let next = scalars.index(after: index)
            let isLetter = Self.isLetter(scalars[index])
            var ends = false
            switch value {
            case 0x3002, 0xFF01, 0xFF1F: // 。！？
                ends = true
            case 0x2E, 0x21, 0x3F: // . ! ?
                ends = sawLetterOrClose && (value != 0x2E || wordLength != 1)
                    && (next == scalars.endIndex || Self.isSpace(scalars[next]))
            default:
                break
            }
            if isLetter || value == 0x29 || value == 0x22 || value == 0x201D { // ) " ”
                sawLetterOrClose = true
            } else if value >= 0x30 && value <= 0x39 {
                sawLetterOrClose = false
            }
            wordLength = isLetter ? wordLength + 1 : 0
            if ends {
                append(text[pieceStart..<next], of: text, at: location, segment: segment)
                finish()
                pieceStart = next
            }
            index = next
        }
        append(text[pieceStart...], of: text, at: location, segment: segment)
    }

    /// Adds `piece` (a part of the text inline `text` at `location`) to the current sentence.
    private mutating func append(_ piece: Substring, of text: String, at location: SourceLocation, segment: String?) {
        guard !piece.isEmpty else { return }
        if current == nil {
            // Skip leading spaces so the sentence starts at its first word.
            guard let first = piece.unicodeScalars.firstIndex(where: { !Self.isSpace($0) }) else { return }
            let offset = text.utf8.distance(from: text.startIndex, to: first)
            self.start(at: SourceLocation(line: location.line, column: location.column + offset), segment: segment)
            current?.shown += piece[first...]
            current?.counted += piece[first...]
            return
        }
        current?.shown += piece
        current?.counted += piece
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarProperties.isAlphabetic(scalar)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        ScalarProperties.isWhitespace(scalar)
    }

    private func isUntranslated(_ pair: Segment) -> Bool {
        // Texts of different lengths differ: most pairs are told apart without building either text.
        let targetLength = ScalarProperties.plainTextLength(pair.target) { document.segments.indices.contains($0) ? document.segments[$0].target : [] }
        let sourceLength = ScalarProperties.plainTextLength(pair.source) { document.segments.indices.contains($0) ? document.segments[$0].source : [] }
        guard targetLength == sourceLength else { return false }
        let target = pair.target.plainText { document.segments.indices.contains($0) ? document.segments[$0].target.plainText() : "" }
        let source = pair.source.plainText { document.segments.indices.contains($0) ? document.segments[$0].source.plainText() : "" }
        return target == source
    }
}
