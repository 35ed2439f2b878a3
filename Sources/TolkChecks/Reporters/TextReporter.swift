import TolkModel

/// `path:line:column: severity [check-id] message`, one finding a line, then
/// a summary. ANSI colours only when `color` is set (the CLI sets it on a
/// TTY without `NO_COLOR`).
public struct TextReporter: FindingReporter {
    public let color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for finding in report.findings {
            let where_ = "\(finding.path):\(finding.line):\(finding.column):"
            let severity = paint(finding.severity.rawValue, Self.code(for: finding.severity))
            let check = paint("[\(finding.check)]", "2")
            out += "\(paint(where_, "1")) \(severity) \(check) \(finding.message)\n"
        }
        out += summaryLine(report.summary) + "\n"
        return out
    }

    func summaryLine(_ summary: CheckSummary) -> String {
        let files = summary.files == 1 ? "1 file" : "\(summary.files) files"
        let documents = summary.documents == 1 ? "1 document" : "\(summary.documents) documents"
        let locales = summary.locales.count == 1 ? "1 locale" : "\(summary.locales.count) locales"
        var line = "\(files) (\(documents), \(locales)) checked: "
        if summary.findings == 0 {
            line += "no findings"
        } else {
            line += [(summary.errors, "error"), (summary.warnings, "warning"), (summary.notes, "note")]
                .filter { $0.0 > 0 }
                .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
                .joined(separator: ", ")
        }
        if summary.suppressed > 0 { line += "; \(summary.suppressed) suppressed by comments" }
        if summary.baselined > 0 { line += "; \(summary.baselined) in the baseline" }
        return line
    }

    private static func code(for severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
