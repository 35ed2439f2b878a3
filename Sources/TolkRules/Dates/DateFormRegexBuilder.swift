import Foundation

/// Turns the tokens of an ICU date pattern into an ICU regular expression.
///
/// Fields become digits, month names or ordinals of the locale. Literals keep their
/// characters but not their exact spacing: writers put spaces around CJK date words
/// ("2019 年 10 月 1 日") or leave them out, and drop the comma of "November 7, 2018".
/// Digits are `[0-9]`, not `\d`: the recognizer skips text without an ASCII digit, so
/// the pattern must not match other digits either.
struct DateFormRegexBuilder {
    let vocabulary: LocaleDateVocabulary?
    /// Two-digit months and days exactly as the pattern's widths say (ISO 8601); otherwise
    /// one or two digits, as people write them whatever the locale's pattern.
    let strictWidths: Bool

    /// What a regex piece looks like at its edges, which decides the whitespace allowed next to it.
    enum Edge {
        /// Latin letters and digits: two of them need whitespace between them where the pattern has it.
        case word
        /// Scripts written without spaces between words (Han, kana, Hangul): spaces are optional around them.
        case unspaced
        /// Punctuation.
        case other

        init(_ character: Character) {
            if character.unicodeScalars.contains(where: Edge.isUnspacedScript) {
                self = .unspaced
            } else if character.isLetter || character.isNumber {
                self = .word
            } else {
                self = .other
            }
        }

        /// The edge of a set of alternatives: a word if any is one, since that is the
        /// alternative that needs the separating space.
        init(combining edges: [Edge]) {
            self = edges.contains(.word) ? .word : edges.contains(.unspaced) ? .unspaced : .other
        }

        private static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return true  // Hangul
            case 0x3040...0x30FF: return true  // Hiragana, Katakana
            default: return scalar.properties.isIdeographic
            }
        }
    }

    /// One regex piece with its edges, or a place where the pattern has whitespace.
    private enum Item {
        case piece(regex: String, leading: Edge, trailing: Edge)
        case comma
        case space
    }

    /// The characters a match of `tokens` can start with, in both cases; a superset is fine.
    /// `DateSearchPattern` uses it to let ICU rule out most positions of a text with one test.
    func firstCharacters(of tokens: [DatePatternToken]) -> Set<Character>? {
        var characters = Set("0123456789")
        switch tokens.first {
        case .field(.month, let width)? where width >= 3:
            characters = Set((vocabulary?.monthNamesLongestFirst ?? []).compactMap(\.first))
        case .field(.day, _)?:
            characters.formUnion((vocabulary?.ordinalDays ?? []).compactMap(\.text.first))
        case .literal(let text)?:
            guard let first = text.first(where: { !$0.isWhitespace }) else { return nil }
            characters = [first]
        case .field?, nil:
            break
        }
        return Set(characters.flatMap { [$0, Character($0.uppercased()), Character($0.lowercased())] })
    }

    /// The regex for `tokens`; nil when a field has nothing to match (a locale without month names).
    func regex(for tokens: [DatePatternToken], capturing: Bool) -> String? {
        var items: [Item] = []
        var afterLastField = 0
        // Ordinal days go with month names ("October 1st", "1er octobre"); all-numeric forms
        // are written with plain numbers ("10/1/2019", never "10/1st/2019").
        let monthIsName = tokens.contains { if case .field(.month, let width) = $0 { width >= 3 } else { false } }
        for (index, token) in tokens.enumerated() {
            switch token {
            case .field(let field, let width):
                var following = ""
                if index + 1 < tokens.count, case .literal(let text) = tokens[index + 1] { following = text }
                guard let piece = fieldPiece(field, width: width, followedBy: following, ordinals: monthIsName,
                                             capturing: capturing)
                else { return nil }
                items.append(piece)
                afterLastField = items.count
            case .literal(let text):
                for character in text {
                    if character.isWhitespace {
                        // Leading whitespace is dropped; runs of it are one place that allows space.
                        if items.isEmpty { continue }
                        if case .space? = items.last {} else { items.append(.space) }
                    } else if character == "," {
                        items.append(.comma)
                    } else {
                        let regex = NSRegularExpression.escapedPattern(for: String(character))
                        items.append(.piece(regex: regex, leading: Edge(character), trailing: Edge(character)))
                    }
                }
            }
        }
        while case .space? = items.last { items.removeLast() }
        guard afterLastField > 0 else { return nil }

        // Punctuation after the last field ("y. M. d.") is optional: it is often the
        // sentence's own period, or left out. Words after it (日, 일) are not.
        let body = items[..<afterLastField]
        let tail = items[afterLastField...]
        let tailIsPunctuation = tail.allSatisfy { item in
            switch item {
            case .space, .comma: return true
            case .piece(_, let leading, _): return leading == .other
            }
        }
        guard tailIsPunctuation, !tail.isEmpty else { return render(items[...]) }
        guard case .piece(_, _, let lastEdge)? = body.last else { return nil }
        return render(body) + "(?:" + render(tail, after: lastEdge) + ")?"
    }

    /// Joins pieces with the whitespace their edges allow; `after` is the edge of what precedes.
    private func render(_ items: ArraySlice<Item>, after start: Edge? = nil) -> String {
        var regex = ""
        var previous = start
        var spaced = false
        var index = items.startIndex
        while index < items.endIndex {
            switch items[index] {
            case .space:
                spaced = true
            case .piece(let piece, let leading, let trailing):
                if let previous { regex += Self.gap(previous, leading, spaced: spaced) }
                regex += piece
                previous = trailing
                spaced = false
            case .comma:
                // An optional comma: "November 7, 2018" and "November 7 2018". Without it, the
                // whitespace must still keep two numbers apart ("7 2018", never "72018").
                var next = index + 1
                let spacedAfter = next < items.endIndex && { if case .space = items[next] { true } else { false } }()
                if spacedAfter { next += 1 }
                guard let previousEdge = previous, next < items.endIndex,
                      case .piece(let piece, let leading, let trailing) = items[next]
                else {
                    if let previous { regex += Self.gap(previous, .other, spaced: spaced) }
                    regex += ","
                    previous = .other
                    spaced = false
                    break
                }
                let withComma = Self.gap(previousEdge, .other, spaced: spaced) + ","
                    + Self.gap(.other, leading, spaced: spacedAfter)
                let withoutComma = Self.gap(previousEdge, leading, spaced: spaced || spacedAfter)
                if withoutComma.isEmpty, previousEdge == .word, leading == .word {
                    regex += withComma
                } else {
                    regex += "(?:" + withComma + "|" + withoutComma + ")"
                }
                regex += piece
                previous = trailing
                spaced = false
                index = next
            }
            index += 1
        }
        return regex
    }

    /// The whitespace allowed between two pieces.
    static func gap(_ left: Edge, _ right: Edge, spaced: Bool) -> String {
        if spaced { return left == .word && right == .word ? #"\s+"# : #"\s*"# }
        return left == .unspaced || right == .unspaced ? #"\s*"# : ""
    }

    /// The regex piece for one field: digits, the locale's month names, or a day number that may
    /// be one of the locale's ordinals ("1st", "1er") when `useOrdinals`.
    private func fieldPiece(_ field: DateField, width: Int, followedBy following: String, ordinals useOrdinals: Bool,
                            capturing: Bool) -> Item? {
        let open = capturing ? "(" : "(?:"
        let digits = strictWidths && width == 2 ? "[0-9]{2}" : "[0-9]{1,2}"
        switch field {
        case .year:
            return .piece(regex: open + "[0-9]{4})", leading: .word, trailing: .word)
        case .month where width < 3:
            return .piece(regex: open + digits + ")", leading: .word, trailing: .word)
        case .month:
            guard let names = vocabulary?.monthNamesLongestFirst, !names.isEmpty else { return nil }
            return .piece(regex: open + AlternationTrie.alternatives(of: names) + ")",
                          leading: Edge(combining: names.compactMap(\.first).map(Edge.init)),
                          trailing: Edge(combining: names.compactMap(\.last).map(Edge.init)))
        case .day:
            let ordinals = useOrdinals ? ordinalDays(followedBy: following) : []
            // Ordinals before plain digits, so that "1st" is not cut to "1".
            let regex = ordinals.isEmpty ? digits : AlternationTrie.alternatives(of: ordinals) + "|" + digits
            return .piece(regex: open + regex + ")",
                          leading: Edge(combining: ordinals.compactMap(\.first).map(Edge.init) + [.word]),
                          trailing: Edge(combining: ordinals.compactMap(\.last).map(Edge.init) + [.word]))
        }
    }

    /// The locale's ordinal days that fit before `following`. None before a CJK day word
    /// (日, 일): it already marks the day. None that end the way the literal starts: the
    /// German ordinal "1." is the "1" of "d. MMMM" plus its period, not another form.
    private func ordinalDays(followedBy following: String) -> [String] {
        guard let vocabulary else { return [] }
        let literal = following.drop(while: \.isWhitespace)
        if let first = literal.first, Edge(first) == .unspaced { return [] }
        return vocabulary.ordinalDays.compactMap { day, text in
            let number = String(day)
            if text.hasPrefix(number), !literal.isEmpty, literal.hasPrefix(text.dropFirst(number.count)) { return nil }
            return text.lowercased()
        }
    }
}
