import Foundation
import XCTest

/// `tolk validate`: exit statuses, formats, standard input, and a table of
/// the wrong schema refused with a clear message.
final class ValidateCommandTests: XCTestCase {
    private var fixtures: URL { CLI.repository.appendingPathComponent("Tests/TolkOnboardingTests/Fixtures") }

    private func validRecordLine() throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent("valid-record.json"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
    }

    func testExitStatusesFollowTheVerdicts() throws {
        let build = try RuleTableCLI.compileContent(for: self)
        let rules = build.appendingPathComponent("rules.json").path
        let directory = try CLI.temporaryDirectory(for: self)
        let valid = fixtures.appendingPathComponent("valid-record.json").path
        let ok = try CLI.run(["validate", "--rules", rules, valid, "--as-of", "2024-06-30"])
        XCTAssertEqual(ok.status, 0, ok.summary + ok.stdoutText)
        XCTAssertTrue(ok.stdoutText.hasSuffix("1 record: 1 valid, 0 invalid, 0 unreadable\n"), ok.stdoutText)

        let invalid = directory.appendingPathComponent("invalid.jsonl")
        try Data((try validRecordLine().replacingOccurrences(of: "Admin agent", with: "Nobody") + "\n").utf8).write(to: invalid)
        let bad = try CLI.run(["validate", "--rules", rules, invalid.path, "--as-of", "2024-06-30", "--format", "json"])
        XCTAssertEqual(bad.status, 1, bad.summary)
        let first = try XCTUnwrap(bad.stdoutText.split(separator: "\n").first)
        let verdict = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        XCTAssertEqual(verdict["valid"] as? Bool, false)

        let garbage = directory.appendingPathComponent("garbage.jsonl")
        try Data([0x7B, 0xFF, 0x0A]).write(to: garbage)
        let unreadable = try CLI.run(["validate", "--rules", rules, garbage.path, invalid.path])
        XCTAssertEqual(unreadable.status, 2, unreadable.summary)
        XCTAssertTrue(unreadable.stderrText.contains("garbage.jsonl:1: error:"), unreadable.summary)
        XCTAssertTrue(unreadable.stdoutText.contains("1 record: 0 valid, 1 invalid, 1 unreadable"), unreadable.stdoutText)
    }

    func testStandardInputAndCSV() throws {
        let build = try RuleTableCLI.compileContent(for: self)
        let rules = build.appendingPathComponent("rules.sqlite").path
        let piped = try CLI.run(["validate", "--rules", rules, "-", "--as-of", "2024-06-30"],
                                stdin: Data((try validRecordLine() + "\n").utf8))
        XCTAssertEqual(piped.status, 0, piped.summary + piped.stdoutText)
        let csv = try CLI.run(["validate", "--rules", rules, fixtures.appendingPathComponent("records.csv").path,
                               "--as-of", "2024-06-30", "--locale", "de-DE"])
        XCTAssertEqual(csv.status, 2, "two rows are malformed: " + csv.summary)
        XCTAssertTrue(csv.stdoutText.contains("fixture-valid: valid"), csv.stdoutText)
    }

    func testBadUsageAndTheWrongTableAreRefused() throws {
        let build = try RuleTableCLI.compileContent(for: self)
        let table = build.appendingPathComponent("rules.json")
        let valid = fixtures.appendingPathComponent("valid-record.json").path
        let wrong = try CLI.temporaryDirectory(for: self).appendingPathComponent("rules.json")
        try Data(try String(contentsOf: table, encoding: .utf8)
            .replacingOccurrences(of: "\"tolk.rules/1\"", with: "\"tolk.rules/9\"").utf8).write(to: wrong)
        let refused = try CLI.run(["validate", "--rules", wrong.path, valid])
        XCTAssertEqual(refused.status, 2, refused.summary)
        XCTAssertTrue(refused.stderrText.contains("tolk.rules/9"), refused.summary)
        XCTAssertEqual(try CLI.run(["validate", "--rules", table.path, valid, "--locale", "not a tag"]).status, 2)
        XCTAssertEqual(try CLI.run(["validate", "--rules", table.path, valid, "--as-of", "yesterday"]).status, 2)
        XCTAssertEqual(try CLI.run(["validate", valid]).status, 2, "--rules is required")
        let missing = try CLI.run(["validate", "--rules", table.path, "/nonexistent/records.jsonl"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderrText.contains("/nonexistent/records.jsonl: error: cannot open"), missing.summary)
    }
}
