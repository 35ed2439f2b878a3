import TolkChecks
import TolkModel
import XCTest

final class TextReporterTests: XCTestCase {
    func testOneLinePerFindingInReportOrderThenTheSummary() {
        let report = ReporterFixtures.report()
        let lines = TextReporter(color: false).render(report).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, report.findings.count + 2)  // findings, summary, and the final newline
        XCTAssertEqual(lines.last, "")
        for (finding, line) in zip(report.findings, lines) {
            XCTAssertEqual(String(line), "\(finding.path):\(finding.line):\(finding.column): "
                           + "\(finding.severity.rawValue) [\(finding.check)] \(finding.message)")
        }
        XCTAssertTrue(lines.contains("de-DE/roles.md:5:14: warning [link-mismatch] the target links to 'a.md', the source to 'b.md'"))
        XCTAssertTrue(lines.contains("/abs/path/x.md:7:3: error [mystery-check] a check the catalog does not know"))
        XCTAssertEqual(lines[lines.count - 2],
                       "4 files (3 documents, 3 locales) checked: 2 errors, 3 warnings, 1 note")
    }

    func testSummaryWording() {
        XCTAssertEqual(TextReporter(color: false).render(ReporterFixtures.clean()),
                       "1 file (1 document, 1 locale) checked: no findings\n")
        let single = ReporterFixtures.finding("link-mismatch", .warning, "a.md", 1, 1, "one")
        let summary = CheckSummary(files: 2, documents: 2, locales: ["de-DE"], findings: [single],
                                   suppressed: 3, baselined: 4)
        let report = CheckReport(findings: [single], checks: ReporterFixtures.checks, files: [], summary: summary)
        XCTAssertEqual(TextReporter(color: false).render(report).split(separator: "\n").last,
                       "2 files (2 documents, 1 locale) checked: 1 warning; 3 suppressed by comments; 4 in the baseline")
    }

    func testNoEscapeCodesWithoutColor() {
        let text = TextReporter(color: false).render(ReporterFixtures.report())
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertFalse(text.contains("[0m"))
    }

    func testANSIColoursWithColor() {
        let report = ReporterFixtures.report()
        let text = TextReporter(color: true).render(report)
        let esc = "\u{1B}["
        XCTAssertTrue(text.contains("\(esc)1mde-DE/roles.md:3:1:\(esc)0m \(esc)1;31merror\(esc)0m "
                                    + "\(esc)2m[span-unpaired]\(esc)0m target span '12-3' has no source span\n"), text)
        XCTAssertTrue(text.contains("\(esc)1;33mwarning\(esc)0m"))
        XCTAssertTrue(text.contains("\(esc)1;36mnote\(esc)0m"))
        // Stripping the codes gives the plain report back.
        let stripped = text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        XCTAssertEqual(stripped, TextReporter(color: false).render(report))
    }
}
