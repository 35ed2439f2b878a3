import Foundation
import TolkChecks
import TolkModel
import XCTest

final class JSONReporterTests: XCTestCase {
    private func parse(_ report: CheckReport) throws -> [String: Any] {
        let text = JSONReporter().render(report)
        XCTAssertTrue(text.hasSuffix("}\n"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testEveryFindingHasExactlyTheNineKeys() throws {
        let report = ReporterFixtures.report()
        let object = try parse(report)
        XCTAssertEqual(Set(object.keys), ["findings", "summary"])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, report.findings.count)
        for (finding, entry) in zip(report.findings, findings) {
            XCTAssertEqual(Set(entry.keys),
                           ["check", "severity", "path", "line", "column", "segment", "locale", "message", "fingerprint"])
            XCTAssertEqual(entry["check"] as? String, finding.check)
            XCTAssertEqual(entry["severity"] as? String, finding.severity.rawValue)
            XCTAssertEqual(entry["path"] as? String, finding.path)
            XCTAssertEqual(entry["line"] as? Int, finding.line)
            XCTAssertEqual(entry["column"] as? Int, finding.column)
            XCTAssertEqual(entry["message"] as? String, finding.message)
            XCTAssertEqual(entry["fingerprint"] as? String, finding.fingerprint)
            // Absent segment or locale is an explicit null, not a missing key.
            if let segment = finding.segment {
                XCTAssertEqual(entry["segment"] as? String, segment)
            } else {
                XCTAssertTrue(entry["segment"] is NSNull)
            }
            if let locale = finding.locale {
                XCTAssertEqual(entry["locale"] as? String, locale)
            } else {
                XCTAssertTrue(entry["locale"] is NSNull)
            }
        }
    }

    func testSummaryCounts() throws {
        let report = ReporterFixtures.report(suppressed: 2, baselined: 1)
        let summary = try XCTUnwrap(try parse(report)["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 4)
        XCTAssertEqual(summary["documents"] as? Int, 3)
        XCTAssertEqual(summary["locales"] as? [String], ["de-DE", "nl-NL", "sv-SE"])
        XCTAssertEqual(summary["findings"] as? Int, 6)
        XCTAssertEqual(summary["errors"] as? Int, 2)
        XCTAssertEqual(summary["warnings"] as? Int, 3)
        XCTAssertEqual(summary["notes"] as? Int, 1)
        XCTAssertEqual(summary["suppressed"] as? Int, 2)
        XCTAssertEqual(summary["baselined"] as? Int, 1)
        XCTAssertEqual(summary["byCheck"] as? [String: Int],
                       ["span-unpaired": 2, "link-mismatch": 2, "frontmatter-missing": 1, "mystery-check": 1])
    }

    func testTextSurvivesAndOutputIsDeterministic() throws {
        let message = "quotes \" back\\slash / slash \u{1B} control\nnewline 😀"
        let report = ReporterFixtures.report(extra: [
            ReporterFixtures.finding("date-mismatch", .note, "a/b.md", 1, 1, message),
        ])
        let text = JSONReporter().render(report)
        // Deterministic across runs: every object's keys in sorted order (hash order differs per process).
        let resorted = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(text.utf8)),
                                                  options: [.sortedKeys])
        let keys = { (text: String) in
            text.matches(of: /"([^"\\]|\\.)*" ?:/).map { String($0.output.0).filter { $0 != " " } }
        }
        XCTAssertEqual(keys(text), keys(String(decoding: resorted, as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")))
        XCTAssertGreaterThan(keys(text).count, 20)
        XCTAssertFalse(text.contains("\\/"), "slashes are not escaped")
        let findings = try XCTUnwrap(try parse(report)["findings"] as? [[String: Any]])
        XCTAssertTrue(findings.contains { $0["message"] as? String == message })
    }

    func testABaselineReadsTheReportBack() throws {
        let report = ReporterFixtures.report()
        let folder = try ReporterScratch()
        let path = try folder.write(JSONReporter().render(report), to: "baseline.json")
        XCTAssertEqual(try Baseline.load(path: path).fingerprints, Set(report.findings.map(\.fingerprint)))
    }

    func testEmptyReport() throws {
        let object = try parse(ReporterFixtures.clean())
        XCTAssertEqual((object["findings"] as? [Any])?.count, 0)
        XCTAssertEqual((object["summary"] as? [String: Any])?["findings"] as? Int, 0)
    }
}
