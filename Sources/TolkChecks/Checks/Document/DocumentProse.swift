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
        /// Whether `shown` has more than white space (kept even when `shown` is not).
        var hasShown = false
    }

    private(set) var sentences: [Sentence] = []
    private var current: Sentence?
    private let document: Document
    /// Whether `shown` is built: only a reported sentence needs it, and
    /// building it doubles the copying of every sentence.
    private let keepsShown: Bool

    /// The sentences of `inlines`. A pair whose target is its source word for
    /// word is left out: it is untranslated, which the pair checks report.
    init(_ inlines: [Inline], in document: Document, keepsShown: Bool = true) {
        self.document = document
        self.keepsShown = keepsShown
        walk(inlines, counted: true, segment: nil, depth: 0)
        finish()
    }

    private mutating func finish() {
        if let sentence = current, sentence.hasShown {
            sentences.append(sentence)
        }
        current = nil
    }

    /// Adds `piece` to what a reader sees of the current sentence.
    private mutating func show<Piece: StringProtocol>(_ piece: Piece) {
        guard current != nil else { return }
        if keepsShown { current?.shown += piece }
        if current?.hasShown == false, piece.unicodeScalars.contains(where: { !Self.isSpace($0) }) {
            current?.hasShown = true
        }
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
                    show(text)
                    current?.counted += " "
                }
            case .softBreak, .lineBreak:
                show(" ")
                current?.counted += " "
            case .code(let text), .noLoc(let text):
                start(at: inline.location, segment: segment)
                show(text)
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
    /// "z. B.", "e.g.") and after CJK full stops. Reads the UTF-8 bytes with
    /// one scalar of look-ahead: this runs over every word of the file, and
    /// the unicode-scalar view costs more than the reading.
    private mutating func addCounted(_ text: String, at location: SourceLocation, segment: String?) {
        // Piece boundaries first, then the appends: the text is lent as bytes only while it is read.
        let ends: [Int] = text.withUTF8Bytes(Self.sentenceEnds)
        var pieceStart = 0
        for end in ends {
            append(text, from: pieceStart, to: end, at: location, segment: segment)
            finish()
            pieceStart = end
        }
        append(text, from: pieceStart, to: text.utf8.count, at: location, segment: segment)
    }

    /// The UTF-8 offsets just past each sentence end in `bytes`.
    private static func sentenceEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var ends: [Int] = []
        var index = 0
        var sawLetterOrClose = false
        // Letters in the word before the character.
        var wordLength = 0
        while index < bytes.count {
            let (value, width) = ValidUTF8.scalar(at: index, in: bytes)
            let isLetter = value < 0x80
                ? (value | 0x20) &- 0x61 < 26
                : Self.isLetter(Unicode.Scalar(value) ?? "\u{FFFD}")
            var endsHere = false
            switch value {
            case 0x3002, 0xFF01, 0xFF1F: // 。！？
                endsHere = true
            case 0x2E, 0x21, 0x3F: // . ! ?
                if sawLetterOrClose && (value != 0x2E || wordLength != 1) {
                    let next = index + width
                    endsHere = next >= bytes.count
                        || Self.isSpace(Unicode.Scalar(ValidUTF8.scalar(at: next, in: bytes).value) ?? "\u{FFFD}")
                }
            default:
                break
            }
            if isLetter || value == 0x29 || value == 0x22 || value == 0x201D { // ) " ”
                sawLetterOrClose = true
            } else if value >= 0x30 && value <= 0x39 {
                sawLetterOrClose = false
            }
            wordLength = isLetter ? wordLength + 1 : 0
            index += width
            if endsHere { ends.append(index) }
        }
        return ends
    }

    /// Adds the UTF-8 bytes `start..<end` of the text inline `text` at `location` to the current sentence.
    private mutating func append(_ text: String, from start: Int, to end: Int, at location: SourceLocation,
                                 segment: String?) {
        guard start < end else { return }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
        let piece = text[lower..<upper]
        if current == nil {
            // Skip leading spaces so the sentence starts at its first word.
            guard let first = piece.unicodeScalars.firstIndex(where: { !Self.isSpace($0) }) else { return }
            let column = location.column + utf8.distance(from: utf8.startIndex, to: first)
            self.start(at: SourceLocation(line: location.line, column: column), segment: segment)
            show(piece[first...])
            current?.counted += piece[first...]
            return
        }
        show(piece)
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
        let segments = document.segments
        let targetLength = pair.target.plainTextUTF8Count { segments.indices.contains($0) ? segments[$0].target.plainTextUTF8Count() : 0 }
        let sourceLength = pair.source.plainTextUTF8Count { segments.indices.contains($0) ? segments[$0].source.plainTextUTF8Count() : 0 }
        guard targetLength == sourceLength else { return false }
        let target = pair.target.plainText { document.segments.indices.contains($0) ? document.segments[$0].target.plainText() : "" }
        let source = pair.source.plainText { document.segments.indices.contains($0) ? document.segments[$0].source.plainText() : "" }
        return target == source
    }
}
