/// Text made safe for XML 1.0: markup characters as entities, and characters
/// XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF)
/// replaced, since no escape can carry them (`&#1;` is not well-formed
/// either). A C0 control becomes its Unicode "control picture" (U+0001 →
/// `␁`, U+001B → `␛`), so a reader still sees what was there; U+FFFE and
/// U+FFFF become U+FFFD.
enum XMLEscaping {
    /// For character data between tags: `&`, `<`, `>` as entities; CR as
    /// `&#13;` so that a parser's line-end normalization does not drop it.
    static func text(_ string: String) -> String {
        escape(string, inAttribute: false)
    }

    /// For a value in double quotes: as `text`, plus `"` and `'`, and tab
    /// and LF as character references, which attribute-value normalization
    /// would otherwise turn into spaces.
    static func attribute(_ string: String) -> String {
        escape(string, inAttribute: true)
    }

    /// The character that stands for `scalar` when XML 1.0 cannot hold it, else `nil`.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x9, 0xA, 0xD: nil
        case 0x0...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0xFFFE, 0xFFFF: "\u{FFFD}"
        default: nil
        }
    }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            default: out.unicodeScalars.append(replacement(for: scalar) ?? scalar)
            }
        }
        return out
    }
}
