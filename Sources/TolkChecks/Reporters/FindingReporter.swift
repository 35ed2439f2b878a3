import TolkModel

/// Turns a report into the bytes one output format needs.
public protocol FindingReporter: Sendable {
    func render(_ report: CheckReport) -> String
}

/// The formats `tolk check --format` offers.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit

    /// The reporter for this format; `color` only matters for text.
    public func reporter(color: Bool, toolVersion: String) -> any FindingReporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(toolVersion: toolVersion)
        case .junit: JUnitReporter()
        }
    }
}

/// When `--fail-on` makes the run fail.
public enum FailThreshold: String, CaseIterable, Sendable {
    case error, warning, note, never

    /// Whether any finding of `report` reaches the threshold.
    public func isReached(by report: CheckReport) -> Bool {
        let limit: Severity
        switch self {
        case .error: limit = .error
        case .warning: limit = .warning
        case .note: limit = .note
        case .never: return false
        }
        return report.findings.contains { $0.severity >= limit }
    }
}
