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
        // Unicode scalars, not Characters: a combining mark after a closing quote would
        // otherwise fuse with it into one Character that is no longer a quote.
        var tokens: [DatePatternToken] = []
        var literal = String.UnicodeScalarView()
        var scalars = pattern.unicodeScalars[...]

        func flushLiteral() {
            if !literal.isEmpty { tokens.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
        }

        while let scalar = scalars.popFirst() {
            if scalar == "'" {
                // `''` is a quote character; otherwise text up to the next quote is literal.
                if scalars.first == "'" {
                    literal.append(scalars.removeFirst())
                    continue
                }
                while let quoted = scalars.popFirst() {
                    if quoted != "'" {
                        literal.append(quoted)
                    } else if scalars.first == "'" {
                        literal.append(scalars.removeFirst())
                    } else {
                        break
                    }
                }
            } else if scalar.isASCII, scalar.properties.isAlphabetic {
                let width = 1 + scalars.prefix { $0 == scalar }.count
                scalars = scalars.dropFirst(width - 1)
                let field: DateField
                switch scalar {
                case "y": field = .year
                case "M", "L": field = .month
                case "d": field = .day
                default: return nil
                }
                if field == .month, width > 4 { return nil }
                flushLiteral()
                tokens.append(.field(field, width: width))
            } else {
                literal.append(scalar)
            }
        }
        flushLiteral()
        return tokens
    }
}
