import TolkModel

/// JUnit XML, for CI systems that show test results (Jenkins, GitLab,
/// Azure Pipelines …). Checks are the suites, files the test cases, findings
/// the failures — ESLint's JUnit layout turned so that a suite is one check:
///
/// ```xml
/// <testsuites name="tolk check" tests="…" failures="…" errors="0" skipped="0" time="0">
///   <testsuite name="span-unpaired" tests="1" failures="2" errors="0" skipped="0" time="0">
///     <properties>…category, default severity, summary…</properties>
///     <testcase name="de-DE/roles.md" classname="tolk.span-unpaired" time="0">
///       <failure message="…" type="warning">de-DE/roles.md:12:3: warning [span-unpaired] …</failure>
///       <failure …/>
///     </testcase>
///   </testsuite>
///   <testsuite name="link-mismatch" tests="1" failures="0" …>
///     <testcase name="all files" classname="tolk.link-mismatch" time="0"/>
///   </testsuite>
/// </testsuites>
/// ```
///
/// * One `<testsuite>` per check of `report.checks` (every check known, in
///   catalog order; the report does not say which a configuration switched
///   off), then any other check id a finding names.
/// * One `<testcase name="path" classname="tolk.<check>">` per file with
///   findings of that check, one `<failure type="severity">` per finding:
///   `message` is the finding's message, the body its
///   `path:line:column: severity [check] message` line, then `segment:` and
///   `locale:` lines when known. `failures` counts `<failure>` elements (as
///   junitparser does), so it equals the number of findings.
/// * A check with no findings has a single passing test case, `all files`,
///   instead of one per file: a passing case per file and check would make
///   the report checks × files long (50 000 cases for 1 400 files), and an
///   empty suite reads as "no tests ran" to some CI systems. So `tests` is the
///   number of files with findings of the check, or 1 when there are none.
/// * `time` is always 0 and there is no timestamp or host name: the same
///   findings give the same bytes.
/// * Text is escaped for XML 1.0 by `XMLEscaping`; characters XML cannot
///   hold (most C0 controls) are replaced by visible stand-ins.
public struct JUnitReporter: FindingReporter {
    public init() {}

    /// The name of the one passing test case of a check without findings.
    public static let cleanCaseName = "all files"

    public func render(_ report: CheckReport) -> String {
        let checks = report.reportedChecks

        var byCheck: [String: [Finding]] = [:]
        for finding in report.findings { byCheck[finding.check, default: []].append(finding) }

        var suites = ""
        var totalTests = 0
        for (id, descriptor) in checks {
            let findings = byCheck[id] ?? []
            // Files in report order (findings are sorted by path first).
            var files: [(path: String, findings: [Finding])] = []
            var fileIndex: [String: Int] = [:]
            for finding in findings {
                if let index = fileIndex[finding.path] {
                    files[index].findings.append(finding)
                } else {
                    fileIndex[finding.path] = files.count
                    files.append((finding.path, [finding]))
                }
            }
            let tests = max(files.count, 1)
            totalTests += tests
            let classname = XMLEscaping.attribute("tolk." + id)
            suites += "  <testsuite name=\"\(XMLEscaping.attribute(id))\" tests=\"\(tests)\""
                + " failures=\"\(findings.count)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
            if let descriptor {
                suites += "    <properties>\n"
                for (name, value) in [("category", descriptor.category.rawValue),
                                      ("defaultSeverity", descriptor.defaultSeverity.rawValue),
                                      ("summary", descriptor.summary)] {
                    suites += "      <property name=\"\(name)\" value=\"\(XMLEscaping.attribute(value))\"/>\n"
                }
                suites += "    </properties>\n"
            }
            if files.isEmpty {
                suites += "    <testcase name=\"\(Self.cleanCaseName)\" classname=\"\(classname)\" time=\"0\"/>\n"
            }
            for file in files {
                suites += "    <testcase name=\"\(XMLEscaping.attribute(file.path))\" classname=\"\(classname)\" time=\"0\">\n"
                for finding in file.findings {
                    suites += "      <failure message=\"\(XMLEscaping.attribute(finding.message))\""
                        + " type=\"\(finding.severity.rawValue)\">\(XMLEscaping.text(Self.body(finding)))</failure>\n"
                }
                suites += "    </testcase>\n"
            }
            suites += "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"tolk check\" tests=\"\(totalTests)\" failures=\"\(report.findings.count)\""
            + " errors=\"0\" skipped=\"0\" time=\"0\">\n"
            + suites
            + "</testsuites>\n"
    }

    /// `path:line:column: severity [check] message`, then what else is known.
    static func body(_ finding: Finding) -> String {
        var body = "\(finding.path):\(finding.line):\(finding.column): \(finding.severity.rawValue)"
            + " [\(finding.check)] \(finding.message)"
        if let segment = finding.segment { body += "\nsegment: \(segment)" }
        if let locale = finding.locale { body += "\nlocale: \(locale)" }
        return body
    }
}
