/// JUnit XML (placeholder until the JUnit reporter lands).
public struct JUnitReporter: FindingReporter {
    public init() {}
    public func render(_ report: CheckReport) -> String { "" }
}
