import Foundation
import TolkModel

/// `{"findings":[{"check","severity","path","line","column","segment","locale","message","fingerprint"}],"summary":{…}}`
/// with sorted keys, so the same run gives the same bytes; a `--baseline` reads it back.
public struct JSONReporter: FindingReporter {
    public init() {}

    private struct Document: Encodable {
        var findings: [Entry]
        var summary: CheckSummary
    }

    /// Every key present, `null` when a finding has no segment or locale.
    private struct Entry: Encodable {
        let finding: Finding
        enum Keys: String, CodingKey { case check, severity, path, line, column, segment, locale, message, fingerprint }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(finding.check, forKey: .check)
            try c.encode(finding.severity, forKey: .severity)
            try c.encode(finding.path, forKey: .path)
            try c.encode(finding.line, forKey: .line)
            try c.encode(finding.column, forKey: .column)
            try c.encode(finding.segment, forKey: .segment)
            try c.encode(finding.locale, forKey: .locale)
            try c.encode(finding.message, forKey: .message)
            try c.encode(finding.fingerprint, forKey: .fingerprint)
        }
    }

    public func render(_ report: CheckReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(findings: report.findings.map(Entry.init), summary: report.summary)
        // Encoding strings, numbers and enums cannot fail.
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}
