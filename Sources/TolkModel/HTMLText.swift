/// Escaping for HTML text and double- or single-quoted attribute values:
/// `& < > " '` become character references and control characters other than
/// tab, line feed and carriage return (not allowed in HTML) become U+FFFD, so
/// document text never turns into markup. The guides, the site and the
/// translation status report all write HTML with it.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        // Most text needs nothing: scan the bytes once before building a copy.
        let needsEscaping = text.containsUTF8Byte { byte in
            switch byte {
            case 0x09, 0x0A, 0x0D: false
            case 0..<0x20, 0x7F, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                 UInt8(ascii: "'"): true
            default: false
            }
        }
        guard needsEscaping else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
