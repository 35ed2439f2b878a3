import TolkModel

/// Reports a pair whose target ends with another kind of punctuation than
/// its source: a sentence that lost its full stop, a heading that gained
/// one, a colon that introduces a list turned into a period, a question
/// made a statement.
///
/// Compares the visible text (markup dropped), after trailing spaces,
/// closing quotes and brackets and stray emphasis markers: `word.)` ends
/// with a full stop, `„Wort“.` too. Full-width punctuation of Chinese and
/// Japanese (`。`, `：`, `？`, `！`, `；`, `，`, `、`) is the same kind as the
/// Western mark, `…` and `...` are one kind of their own.
struct EndPunctuationCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "end-punctuation", category: .content, defaultSeverity: .note,
        summary: "A pair's target ends with another kind of punctuation than its source.")

    /// The kinds of ending told apart.
    enum Ending: Equatable {
        case fullStop, colon, question, exclamation, semicolon, comma, ellipsis, none

        /// How the kind is named in messages.
        var shown: String {
            switch self {
            case .fullStop: "'.'"
            case .colon: "':'"
            case .question: "'?'"
            case .exclamation: "'!'"
            case .semicolon: "';'"
            case .comma: "','"
            case .ellipsis: "'…'"
            case .none: "no punctuation"
            }
        }
    }

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard file.hasTranslatedPairs else { return }
        file.forEachSegment { _, segment in
            guard segment.rawTarget != segment.rawSource else { return }
            let target = file.targetText(segment), source = file.sourceText(segment)
            guard let targetEnding = Self.ending(of: target), let sourceEnding = Self.ending(of: source),
                  targetEnding != sourceEnding else { return }
            let message = targetEnding == .none
                ? "the target ends without punctuation where the source ends with \(sourceEnding.shown)"
                : sourceEnding == .none
                ? "the target ends with \(targetEnding.shown) where the source ends without punctuation"
                : "the target ends with \(targetEnding.shown) where the source ends with \(sourceEnding.shown)"
            findings.add(message, at: segment.location, segment: segment.id)
        }
    }

    /// Characters after the last word that do not end a sentence themselves.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // Letters, digits and stops are the common last characters: no set lookup for them.
            let value = scalar.value
            if (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 || value == 0x2E { return false }
        }
        return ScalarProperties.isWhitespace(scalar) || closing.contains(scalar)
    }

    private static let closing: Set<Unicode.Scalar> = Set("\"'“”‘’»«›‹」』】〉》）)]}*_`".unicodeScalars)

    /// The kind of the text's last punctuation; nil for text without any letter (a pair of
    /// only a symbol or a number has no sentence to end). Reads the UTF-8 bytes from the end,
    /// scalar by scalar: every pair of every file is read, and the unicode-scalar view's
    /// backward steps cost more than the reading.
    static func ending(of text: String) -> Ending? {
        text.withUTF8Bytes { bytes -> Ending? in
            // The start of the scalar that ends just before `end`.
            func start(before end: Int) -> Int {
                var index = end - 1
                while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
                return index
            }
            func scalar(at index: Int) -> Unicode.Scalar {
                Unicode.Scalar(ValidUTF8.scalar(at: index, in: bytes).value) ?? "\u{FFFD}"
            }
            var end = bytes.count
            while end > 0 {
                let previous = start(before: end)
                guard isClosing(scalar(at: previous)) else { break }
                end = previous
            }
            guard end > 0 else { return nil }
            let last = start(before: end)
            var hasLetter = false
            var index = 0
            while index < end {
                let (value, width) = ValidUTF8.scalar(at: index, in: bytes)
                if value < 0x80 ? (value | 0x20) &- 0x61 < 26 : ScalarProperties.isAlphabetic(scalar(at: index)) {
                    hasLetter = true
                    break
                }
                index += width
            }
            guard hasLetter else { return nil }
            switch scalar(at: last) {
            case "…", "⋯":
                return .ellipsis
            case ".", "。", "．", "｡":
                // `...` is an ellipsis: the two bytes before the last are full stops too.
                let dot = UInt8(ascii: ".")
                return last >= 2 && bytes[last] == dot && bytes[last - 1] == dot && bytes[last - 2] == dot
                    ? .ellipsis : .fullStop
            case ":", "：", "﹕":
                return .colon
            case "?", "？":
                return .question
            case "!", "！":
                return .exclamation
            case ";", "；":
                return .semicolon
            case ",", "，", "、":
                return .comma
            default:
                return Ending.none
            }
        }
    }
}
