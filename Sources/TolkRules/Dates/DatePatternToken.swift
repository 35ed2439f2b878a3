/// The parts of a date a pattern can hold; anything else (weekday, era) is not recognized.
enum DateField: Sendable, Equatable {
    case year, month, day
}

/// One piece of an ICU date pattern such as `MMMM d, y` or `y年M月d日`.
enum DatePatternToken: Sendable, Equatable {
    /// A run of one pattern letter; `width` is the run length (`MMMM` is 4).
    case field(DateField, width: Int)
    /// Text written as is: punctuation, spaces, CJK characters, quoted words.
    case literal(String)

    /// Splits an ICU (UTS #35) date pattern into fields and literals, or nil when it
    /// uses a field other than year, month and day, or narrow month names (`MMMMM`,
    /// single letters that cannot be told apart).
    static func tokenize(_ pattern: String) -> [DatePatternToken]? {
        var tokens: [DatePatternToken] = []
        var literal = ""
        var characters = pattern[...]

        func flushLiteral() {
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = ""
        }

        while let character = characters.first {
            if character == "'" {
                characters = characters.dropFirst()
                // `''` is a quote character; otherwise text up to the next quote is literal.
                if characters.first == "'" {
                    literal.append("'")
                    characters = characters.dropFirst()
                    continue
                }
                while let quoted = characters.first {
                    characters = characters.dropFirst()
                    if quoted == "'" {
                        if characters.first == "'" {
                            literal.append("'")
                            characters = characters.dropFirst()
                            continue
                        }
                        break
                    }
                    literal.append(quoted)
                }
            } else if character.isASCII, character.isLetter {
                let run = characters.prefix { $0 == character }
                characters = characters.dropFirst(run.count)
                let field: DateField
                switch character {
                case "y": field = .year
                case "M", "L": field = .month
                case "d": field = .day
                default: return nil
                }
                if field == .month, run.count > 4 { return nil }
                flushLiteral()
                tokens.append(.field(field, width: run.count))
            } else {
                literal.append(character)
                characters = characters.dropFirst()
            }
        }
        flushLiteral()
        return tokens
    }
}
