import TolkModel

/// Text helpers the pair and content checks share: how a message quotes a
/// piece of the document, and whitespace normalisation.
enum PairsText {
    /// The longest excerpt a message quotes, in characters.
    static let excerptLimit = 60

    /// `text` with every run of whitespace made one space, trimmed.
    static func collapsed(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// `text`, whitespace collapsed, cut to `limit` characters (with `…`)
    /// and put in single quotes: how messages cite the document.
    static func quoted(_ text: String, limit: Int = excerptLimit, quote: String = "'") -> String {
        quote + MessageText.excerpt(collapsed(text), limit: limit) + quote
    }

    /// Whether `a` and `b` are equal once every run of whitespace is one
    /// space and both are trimmed. Compares Unicode scalars, builds nothing.
    static func equalIgnoringWhitespace(_ a: String, _ b: String) -> Bool {
        var left = a.unicodeScalars.makeIterator()
        var right = b.unicodeScalars.makeIterator()
        return equalIgnoringWhitespace(&left, &right)
    }

    /// `equalIgnoringWhitespace` for two streams of scalars; stops at the first difference.
    static func equalIgnoringWhitespace<L: IteratorProtocol, R: IteratorProtocol>(_ left: inout L, _ right: inout R) -> Bool
    where L.Element == Unicode.Scalar, R.Element == Unicode.Scalar {
        // Each side yields its scalars with whitespace runs as one space, trimmed.
        func next<I: IteratorProtocol>(_ iterator: inout I, _ pending: inout Bool, _ started: inout Bool,
                                       _ held: inout Unicode.Scalar?) -> Unicode.Scalar? where I.Element == Unicode.Scalar {
            if let scalar = held {
                held = nil
                return scalar
            }
            while let scalar = iterator.next() {
                if isWhitespace(scalar) {
                    pending = started
                    continue
                }
                started = true
                if pending {
                    pending = false
                    held = scalar
                    return " "
                }
                return scalar
            }
            return nil
        }
        var leftPending = false, leftStarted = false, rightPending = false, rightStarted = false
        var leftHeld: Unicode.Scalar?, rightHeld: Unicode.Scalar?
        while true {
            let l = next(&left, &leftPending, &leftStarted, &leftHeld)
            let r = next(&right, &rightPending, &rightStarted, &rightHeld)
            if l != r { return false }
            if l == nil { return true }
        }
    }

    /// Whether `text` holds anything but whitespace.
    static func hasText(_ text: String) -> Bool {
        text.unicodeScalars.contains { !isWhitespace($0) }
    }

    /// Unicode White_Space.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        ScalarProperties.isWhitespace(scalar)
    }

    /// Whether `text` contains `part`, compared byte for byte (no locale, no
    /// normalisation: what `range(of:)` costs is not needed for names).
    static func contains(_ text: String, _ part: String) -> Bool {
        guard !part.isEmpty else { return true }
        return text.withUTF8Bytes { ByteSearch.contains($0, Array(part.utf8)) }
    }
}
