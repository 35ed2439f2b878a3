import TolkRules

/// One verdict as one JSON line, written by hand into a byte buffer: the
/// members in a fixed order, so the same records give the same bytes, and
/// without `JSONEncoder`, which would cost more than the validation.
enum VerdictJSON {
    static func append(_ verdict: Verdict, input: String, to out: inout [UInt8]) {
        out += #"{"record":"#.utf8
        string(verdict.record, to: &out)
        out += #","input":"#.utf8
        string(input, to: &out)
        out += (verdict.valid ? #","valid":true"# : #","valid":false"#).utf8
        out += #","violations":["#.utf8
        for (index, violation) in verdict.violations.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(violation, to: &out)
        }
        out += #"],"unchecked":["#.utf8
        for (index, id) in verdict.unchecked.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            string(id, to: &out)
        }
        out += "]}\n".utf8
    }

    private static func append(_ violation: Violation, to out: inout [UInt8]) {
        member("check", violation.check, first: true, to: &out)
        member("rule", violation.rule, to: &out)
        member("kind", violation.kind.rawValue, to: &out)
        member("severity", violation.severity.rawValue, to: &out)
        member("field", violation.field, to: &out)
        member("message", violation.message, to: &out)
        member("locale", violation.locale, to: &out)
        out += (violation.fellBack ? #","fallback":true"# : #","fallback":false"#).utf8
        member("detail", violation.detail, to: &out)
        out += #","provenance":"#.utf8
        if let place = violation.provenance {
            member("document", place.document, first: true, to: &out)
            member("path", place.path, to: &out)
            out += #","line":"#.utf8
            out += String(place.line).utf8
            out += #","column":"#.utf8
            out += String(place.column).utf8
            if let segment = place.segment { member("segment", segment, to: &out) }
            if let anchor = place.anchor { member("anchor", anchor, to: &out) }
            if let heading = place.headingPath.last { member("heading", heading, to: &out) }
            out.append(UInt8(ascii: "}"))
        } else {
            out += "null".utf8
        }
        out.append(UInt8(ascii: "}"))
    }

    private static func member(_ key: String, _ value: String, first: Bool = false, to out: inout [UInt8]) {
        out.append(UInt8(ascii: first ? "{" : ","))
        out.append(UInt8(ascii: "\""))
        out += key.utf8
        out += "\":".utf8
        string(value, to: &out)
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func string(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0..<0x20:
                out += "\\u00".utf8
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
