/// Unicode property tests with fast paths for the scripts the corpus is
/// written in. `Unicode.Scalar.Properties` looks every scalar up in the
/// standard library's tables; `wrong-language` asks for every letter of every
/// file, and most non-ASCII letters are Latin-1 (ä, ö, é) or CJK ideographs,
/// whose answers are fixed ranges. Other scalars go to the tables.
enum ScalarProperties {
    /// `Unicode.Scalar.Properties.isAlphabetic`.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF:
            return true
        case 0x00...0xBF:
            return false
        // CJK Unified Ideographs and Extension A: every code point is an assigned letter (Lo).
        case 0x3400...0x4DBF, 0x4E00...0x9FFF:
            return true
        default:
            return scalar.properties.isAlphabetic
        }
    }

    /// `Unicode.Scalar.Properties.isUppercase`.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE:
            return true
        case 0x00...0xFF, 0x3400...0x4DBF, 0x4E00...0x9FFF:
            return false
        default:
            return scalar.properties.isUppercase
        }
    }

    /// `Unicode.Scalar.Properties.isWhitespace`.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0:
            return true
        case 0x00...0xFF, 0x3400...0x4DBF, 0x4E00...0x9FFF:
            return false
        default:
            return scalar.properties.isWhitespace
        }
    }

    /// Whether `text` has a letter outside the Latin script and its
    /// extensions (Chinese, Cyrillic …): enough to tell that a sentence of
    /// a file in such a language is not a left-over in a Latin-script one.
    static func hasNonLatinLetter(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x250 {
            if DocumentWords.isNonLatin(scalar.value), isAlphabetic(scalar) { return true }
        }
        return false
    }
}

/// Decodes the scalars of UTF-8 bytes that are known to be valid (a Swift
/// string's): the checks that read every character of every file walk a
/// byte buffer with this instead of the unicode-scalar view's iterator.
enum ValidUTF8 {
    /// The scalar value that starts at `index`, and its length in bytes.
    @inline(__always)
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}
