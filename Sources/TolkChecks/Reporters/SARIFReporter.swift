/// SARIF 2.1.0 (placeholder until the SARIF reporter lands).
public struct SARIFReporter: FindingReporter {
    public let toolVersion: String
    public init(toolVersion: String) { self.toolVersion = toolVersion }
    public func render(_ report: CheckReport) -> String { "" }
}
