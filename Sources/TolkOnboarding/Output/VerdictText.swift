import TolkRules

/// A verdict for people: a status line, then each violation with its
/// message, what exactly is wrong and where the rule is written.
enum VerdictText {
    static func append(_ verdict: Verdict, input: String, to out: inout [UInt8]) {
        var text = "\(input) \(verdict.record): \(verdict.valid ? "valid" : "invalid")\n"
        for violation in verdict.violations {
            text += "  \(violation.severity.rawValue) \(violation.field) [\(violation.check)] \(violation.message)\n"
            text += "    \(violation.detail)\n"
            var source = "    rule \(violation.rule)"
            if let place = violation.provenance {
                source += ", \(place.path):\(place.line)" + (place.anchor.map { "#\($0)" } ?? "")
                    + (place.segment.map { " [\($0)]" } ?? "")
            }
            if violation.fellBack { source += " (no text in the requested locale; \(violation.locale) shown)" }
            text += source + "\n"
        }
        if !verdict.unchecked.isEmpty {
            text += "  not checked (no rule in effect on the submission date): \(verdict.unchecked.joined(separator: ", "))\n"
        }
        out += text.utf8
    }
}
