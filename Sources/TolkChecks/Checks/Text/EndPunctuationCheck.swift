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
        ScalarProperties.isWhitespace(scalar) || closing.contains(scalar)
    }

    private static let closing: Set<Unicode.Scalar> = Set("\"'“”‘’»«›‹」』】〉》）)]}*_`".unicodeScalars)

    /// The kind of the text's last punctuation; nil for text without any letter (a pair of
    /// only a symbol or a number has no sentence to end). Reads from the end, scalar by scalar.
    static func ending(of text: String) -> Ending? {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, isClosing(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        guard end > scalars.startIndex else { return nil }
        let lastIndex = scalars.index(before: end)
        guard scalars[..<end].contains(where: ScalarProperties.isAlphabetic) else { return nil }
        switch scalars[lastIndex] {
        case "…", "⋯":
            return .ellipsis
        case ".", "。", "．", "｡":
            return scalars[..<end].reversed().prefix(3).allSatisfy { $0 == "." } ? .ellipsis : .fullStop
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
