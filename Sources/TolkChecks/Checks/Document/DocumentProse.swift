import TolkModel

/// What `ProseWalker` hands its sentences to: the sentence builder for
/// messages (`DocumentProse`), or the judge that reads a unit without
/// building any text (`SentenceLanguageStream`).
protocol ProseSink {
    /// Whether a sentence is open.
    var isOpen: Bool { get }
    /// Opens a sentence at `location` unless one is open.
    mutating func open(at location: SourceLocation, segment: String?)
    /// Adds `piece` to what a reader sees of the open sentence, if any.
    mutating func show(_ piece: Substring)
    /// Adds `piece` to the counted words of the open sentence, if any.
    mutating func count(_ piece: Substring)
    /// Closes the open sentence, if any.
    mutating func close()
}

/// Splits one unit of prose (a paragraph or heading) into sentences, as
/// `wrong-language` judges them: what a reader sees, and the words that count
/// towards telling its language. Bold text (UI labels), code, `:::no-loc`
/// terms, images and raw HTML are shown but not counted; link text is counted.
/// Each pair's target is a sentence of its own, carrying the pair's id. A pair
/// whose target is its source word for word is left out: it is untranslated,
/// which the pair checks report.
struct ProseWalker {
    /// The pairs of the document the inlines are from.
    let segments: [Segment]

    /// Walks `inlines` into `sink` and closes the last sentence.
    func walk<Sink: ProseSink>(_ inlines: [Inline], into sink: inout Sink) {
        walk(inlines, counted: true, segment: nil, depth: 0, &sink)
        sink.close()
    }

    private func walk<Sink: ProseSink>(_ inlines: [Inline], counted: Bool, segment: String?, depth: Int,
                                       _ sink: inout Sink) {
        for inline in inlines {
            switch inline.kind {
            case .text(let text):
                if counted {
                    addCounted(text, at: inline.location, segment: segment, &sink)
                } else {
                    sink.open(at: inline.location, segment: segment)
                    sink.show(text[...])
                    sink.count(" ")
                }
            case .softBreak, .lineBreak:
                sink.show(" ")
                sink.count(" ")
            case .code(let text), .noLoc(let text):
                sink.open(at: inline.location, segment: segment)
                sink.show(text[...])
                sink.count(" ")
            case .emphasis(let content), .link(_, _, let content):
                walk(content, counted: counted, segment: segment, depth: depth, &sink)
            case .strong(let content):
                walk(content, counted: false, segment: segment, depth: depth, &sink)
            case .image, .html:
                sink.count(" ")
            case .segment(let index):
                guard depth < 8, segments.indices.contains(index) else { continue }
                if depth == 0, isUntranslated(segments[index]) { continue }
                let pair = segments[index]
                if depth == 0 {
                    sink.close()
                    sink.open(at: pair.location, segment: pair.id)
                }
                walk(pair.target, counted: counted, segment: segment ?? pair.id, depth: depth + 1, &sink)
                if depth == 0 { sink.close() }
            }
        }
    }

    /// Adds counted text, ending a sentence after `.`, `!`, `?` followed by a
    /// space (not after a number: "31. Januar", nor after a single letter:
    /// "z. B.", "e.g.") and after CJK full stops.
    private func addCounted<Sink: ProseSink>(_ text: String, at location: SourceLocation, segment: String?,
                                             _ sink: inout Sink) {
        // Piece boundaries first, then the appends: the text is lent as bytes only while it is read.
        let ends: [Int] = text.withUTF8Bytes(Self.sentenceEnds)
        var pieceStart = 0
        for end in ends {
            append(text, from: pieceStart, to: end, at: location, segment: segment, &sink)
            sink.close()
            pieceStart = end
        }
        append(text, from: pieceStart, to: text.utf8.count, at: location, segment: segment, &sink)
    }

    /// The UTF-8 offsets just past each sentence end in `bytes`. Reads the bytes
    /// with one scalar of look-ahead: this runs over every word of the file, and
    /// the unicode-scalar view costs more than the reading.
    private static func sentenceEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var ends: [Int] = []
        var index = 0
        var sawLetterOrClose = false
        // Letters in the word before the character.
        var wordLength = 0
        while index < bytes.count {
            // A run of ASCII letters ends no sentence: it only lengthens the word.
            if (bytes[index] | 0x20) &- UInt8(ascii: "a") < 26 {
                var end = index + 1
                while end < bytes.count, (bytes[end] | 0x20) &- UInt8(ascii: "a") < 26 { end += 1 }
                sawLetterOrClose = true
                wordLength += end - index
                index = end
                continue
            }
            let (value, width) = ValidUTF8.scalar(at: index, in: bytes)
            let isLetter = value < 0x80
                ? (value | 0x20) &- 0x61 < 26
                : ScalarProperties.isAlphabetic(Unicode.Scalar(value) ?? "\u{FFFD}")
            var endsHere = false
            switch value {
            case 0x3002, 0xFF01, 0xFF1F: // 。！？
                endsHere = true
            case 0x2E, 0x21, 0x3F: // . ! ?
                if sawLetterOrClose && (value != 0x2E || wordLength != 1) {
                    let next = index + width
                    endsHere = next >= bytes.count
                        || ScalarProperties.isWhitespace(Unicode.Scalar(ValidUTF8.scalar(at: next, in: bytes).value) ?? "\u{FFFD}")
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
    private func append<Sink: ProseSink>(_ text: String, from start: Int, to end: Int, at location: SourceLocation,
                                         segment: String?, _ sink: inout Sink) {
        guard start < end else { return }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
        let piece = text[lower..<upper]
        if !sink.isOpen {
            // Skip leading spaces so the sentence starts at its first word.
            guard let first = piece.unicodeScalars.firstIndex(where: { !ScalarProperties.isWhitespace($0) }) else {
                return
            }
            let column = location.column + utf8.distance(from: utf8.startIndex, to: first)
            sink.open(at: SourceLocation(line: location.line, column: column), segment: segment)
            sink.show(piece[first...])
            sink.count(piece[first...])
            return
        }
        sink.show(piece)
        sink.count(piece)
    }

    private func isUntranslated(_ pair: Segment) -> Bool {
        // Texts of different lengths differ: most pairs are told apart without building either text.
        let targetLength = pair.target.plainTextUTF8Count { segments.indices.contains($0) ? segments[$0].target.plainTextUTF8Count() : 0 }
        let sourceLength = pair.source.plainTextUTF8Count { segments.indices.contains($0) ? segments[$0].source.plainTextUTF8Count() : 0 }
        guard targetLength == sourceLength else { return false }
        let target = pair.target.plainText { segments.indices.contains($0) ? segments[$0].target.plainText() : "" }
        let source = pair.source.plainText { segments.indices.contains($0) ? segments[$0].source.plainText() : "" }
        return target == source
    }
}

/// The sentences of one unit of prose as text (see `ProseWalker`): what
/// `wrong-language` quotes when it reports one.
struct DocumentProse {
    struct Sentence {
        /// The text a reader sees.
        var shown = ""
        /// The counted text: prose words, with uncounted parts blanked out.
        var counted = ""
        var location: SourceLocation
        var segment: String?
        /// Whether `shown` has more than white space.
        var hasShown = false
    }

    private(set) var sentences: [Sentence] = []

    /// The sentences of `inlines`.
    init(_ inlines: [Inline], in document: Document) {
        var builder = SentenceBuilder()
        ProseWalker(segments: document.segments).walk(inlines, into: &builder)
        sentences = builder.sentences
    }

    /// Builds each sentence's text; a sentence with nothing to show is dropped.
    private struct SentenceBuilder: ProseSink {
        var sentences: [Sentence] = []
        var current: Sentence?

        var isOpen: Bool { current != nil }

        mutating func open(at location: SourceLocation, segment: String?) {
            if current == nil { current = Sentence(location: location, segment: segment) }
        }

        mutating func show(_ piece: Substring) {
            guard current != nil else { return }
            current?.shown += piece
            if current?.hasShown == false, piece.unicodeScalars.contains(where: { !ScalarProperties.isWhitespace($0) }) {
                current?.hasShown = true
            }
        }

        mutating func count(_ piece: Substring) {
            current?.counted += piece
        }

        mutating func close() {
            if let sentence = current, sentence.hasShown { sentences.append(sentence) }
            current = nil
        }
    }
}
