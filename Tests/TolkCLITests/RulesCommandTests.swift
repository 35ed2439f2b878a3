import Foundation
import TolkModel
import TolkRules
import XCTest

/// `tolk rules FILE [--kind K] [--as-of YYYY-MM-DD] [--locale L] [--format text|json]`
/// on the table compiled from the repository's Content.
final class RulesCommandTests: XCTestCase {
    private var build: URL!
    private var json: String { build.appendingPathComponent("rules.json").path }
    private var table: RuleTable { get throws { try RuleTableLoader.load(path: json) } }

    override func setUpWithError() throws {
        build = try RuleTableCLI.compileContent(for: self)
    }

    private func rules(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CLI.Result {
        try CLI.run(["rules"] + arguments, file: file, line: line)
    }

    private func jsonObject(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any], "stdout is not a JSON object")
    }

    /// "The Microsoft Cloud Agreement is still accepted until January 31, 2020",
    /// read from Content/en-US by this test: the last day it is accepted.
    private func cloudAgreementLastDay() throws -> CalendarDate {
        let url = CLI.content.appendingPathComponent("en-US/add-a-customer.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let found = try XCTUnwrap(text.range(of: #"Microsoft Cloud Agreement is still accepted until [A-Z][a-z]+ [0-9]{1,2}, [0-9]{4}"#,
                                             options: .regularExpression), "the sentence is gone from \(url.path)")
        let datePart = text[found].split(separator: " ").suffix(3).joined(separator: " ")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MMMM d, yyyy"
        let date = try XCTUnwrap(formatter.date(from: datePart), "cannot read the date \(datePart)")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return try XCTUnwrap(CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!))
    }

    private func cloudAgreementRuleID() throws -> String {
        let rule = try XCTUnwrap(try table.rules.first {
            if case .agreementSupportedUntil(let a) = $0.payload { return a.agreement == "microsoft-cloud-agreement" }
            return false
        }, "no supported-until rule for the Microsoft Cloud Agreement")
        XCTAssertEqual(rule.effective.until, try cloudAgreementLastDay().nextDay, "until is the day after the last day")
        return rule.id
    }

    func testKindListsOnlyThatKind() throws {
        let expected = RuleTableCLI.expectedIDs(try table, kind: .agreementIntroduced)
        XCTAssertFalse(expected.isEmpty)
        let result = try rules([json, "--kind", "agreementIntroduced"])
        XCTAssertEqual(result.status, 0, result.summary)
        XCTAssertEqual(RuleTableCLI.listedIDs(result.stdoutText), expected, result.stdoutText)
        XCTAssertTrue(result.stdoutText.hasSuffix("\(expected.count) rule\(expected.count == 1 ? "" : "s")\n"),
                      result.stdoutText)
        let all = try rules([json])
        XCTAssertEqual(RuleTableCLI.listedIDs(all.stdoutText), try table.rules.map(\.id), "without --kind: every rule")
    }

    func testAsOfIncludesTheLastDayAndExcludesTheDayAfter() throws {
        let lastDay = try cloudAgreementLastDay()
        XCTAssertEqual(lastDay.description, "2020-01-31", "Content changed: check the dates of this test")
        let id = try cloudAgreementRuleID()
        for (date, included) in [(lastDay, true), (lastDay.nextDay, false)] {
            let result = try rules([json, "--as-of", date.description])
            XCTAssertEqual(result.status, 0, result.summary)
            let listed = RuleTableCLI.listedIDs(result.stdoutText)
            XCTAssertEqual(listed.contains(id), included, "\(id) on \(date): \(result.stdoutText)")
            XCTAssertEqual(listed, RuleTableCLI.expectedIDs(try table, asOf: date), "on \(date)")
            XCTAssertTrue(result.stdoutText.hasSuffix("in effect on \(date)\n"), result.stdoutText)
        }
    }

    func testLocaleShowsTheGermanSentence() throws {
        let german = try XCTUnwrap(try RuleTableCLI.contentTarget(
            locale: "de-DE", file: "add-a-customer.md",
            sourceContaining: "The Microsoft Cloud Agreement is still accepted until"))
        let result = try rules([json, "--kind", "agreementSupportedUntil", "--locale", "de-DE"])
        XCTAssertEqual(result.status, 0, result.summary)
        XCTAssertTrue(result.stdoutText.contains("  de-DE: \(german)\n"), "want \(german) in:\n\(result.stdoutText)")
        XCTAssertFalse(result.stdoutText.contains("missing"), result.stdoutText)
    }

    func testLocaleWithoutTextFallsBackToTheSourceAndSaysSo() throws {
        let table = try table
        XCTAssertFalse(table.generated.locales.contains("pt-BR"), "Content has pt-BR now: pick another locale")
        let result = try rules([json, "--kind", "agreementSupportedUntil", "--locale", "pt-BR"])
        XCTAssertEqual(result.status, 0, result.summary)
        XCTAssertTrue(result.stdoutText.contains("  pt-BR missing, en-US: The Microsoft Cloud Agreement is still accepted until"),
                      result.stdoutText)
        let sentence = try XCTUnwrap(table.rules.first { $0.kind == .agreementSupportedUntil }?.text["en-US"])
        XCTAssertTrue(result.stdoutText.contains(sentence), result.stdoutText)
    }

    func testJSONFormatHasTheFilteredRules() throws {
        let lastDay = try cloudAgreementLastDay()
        let result = try rules([json, "--format", "json", "--kind", "agreementSupportedUntil", "--as-of", lastDay.description])
        XCTAssertEqual(result.status, 0, result.summary)
        let root = try jsonObject(result.stdout)
        XCTAssertEqual(root["kind"] as? String, "agreementSupportedUntil")
        XCTAssertEqual(root["asOf"] as? String, lastDay.description)
        let listed = try XCTUnwrap(root["rules"] as? [[String: Any]])
        XCTAssertEqual(listed.compactMap { $0["id"] as? String },
                       RuleTableCLI.expectedIDs(try table, kind: .agreementSupportedUntil, asOf: lastDay))
        XCTAssertTrue(listed.allSatisfy { $0["kind"] as? String == "agreementSupportedUntil" })
        XCTAssertTrue(listed.contains { $0["id"] as? String == (try? cloudAgreementRuleID()) })

        let after = try rules([json, "--format", "json", "--kind", "agreementSupportedUntil", "--as-of", lastDay.nextDay.description])
        XCTAssertEqual(try XCTUnwrap(try jsonObject(after.stdout)["rules"] as? [Any]).count, 0, after.stdoutText)
    }

    func testSQLiteListsTheSameAsJSON() throws {
        let sqlite = build.appendingPathComponent("rules.sqlite").path
        for arguments in [["--format", "json"], ["--format", "text"], ["--kind", "roles", "--locale", "sv-SE"]] {
            let fromJSON = try rules([json] + arguments)
            let fromSQLite = try rules([sqlite] + arguments)
            XCTAssertEqual(fromSQLite.status, 0, fromSQLite.summary)
            XCTAssertGreaterThan(fromSQLite.stdout.count, 0)
            XCTAssertEqual(fromSQLite.stdoutText, fromJSON.stdoutText, "\(arguments)")
        }
    }

    func testAnotherSchemaVersionNamesBoth() throws {
        let text = try String(contentsOfFile: json, encoding: .utf8)
        XCTAssertTrue(text.contains(#""tolk.rules/1""#))
        let changed = text.replacingOccurrences(of: #""tolk.rules/1""#, with: #""tolk.rules/2""#)
        let file = try CLI.temporaryDirectory(for: self).appendingPathComponent("rules.json")
        try CLI.write(changed, to: file)
        let line = try XCTUnwrap(RuleTableCLI.line(of: #""schema""#, in: changed))
        let result = try rules([file.path])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains("\(file.path):\(line):"), result.stderrText)
        XCTAssertTrue(result.stderrText.contains("tolk.rules/2"), result.stderrText)
        XCTAssertTrue(result.stderrText.contains("tolk.rules/1"), result.stderrText)
        XCTAssertEqual(result.stdout.count, 0)
    }

    func testUnknownKeyNamesItsJSONPathAndLine() throws {
        var root = try jsonObject(try Data(contentsOf: URL(fileURLWithPath: json)))
        var rulesArray = try XCTUnwrap(root["rules"] as? [[String: Any]])
        XCTAssertGreaterThan(rulesArray.count, 1)
        var provenance = try XCTUnwrap(rulesArray[1]["provenance"] as? [[String: Any]])
        provenance[0]["colour"] = "blue"
        rulesArray[1]["provenance"] = provenance
        root["rules"] = rulesArray
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        let file = try CLI.temporaryDirectory(for: self).appendingPathComponent("rules.json")
        try data.write(to: file)
        let line = try XCTUnwrap(RuleTableCLI.line(of: #""colour""#, in: String(decoding: data, as: UTF8.self)))

        let result = try rules([file.path])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains("\(file.path):\(line):"), result.stderrText)
        XCTAssertTrue(result.stderrText.contains("$.rules[1].provenance[0].colour"), result.stderrText)
        XCTAssertEqual(result.stdout.count, 0)
    }

    func testBadUsageExitsTwo() throws {
        let cases: [(arguments: [String], mentions: String)] = [
            (["--as-of", "2020-13-45"], "2020-13-45"),
            (["--as-of", "31.01.2020"], "31.01.2020"),
            (["--kind", "nope"], "nope"),
            (["--format", "xml"], "xml"),
            (["--locale", "not a locale"], "not a locale"),
        ]
        for test in cases {
            let result = try rules([json] + test.arguments)
            XCTAssertEqual(result.status, 2, "\(test.arguments): \(result.summary)")
            XCTAssertTrue(result.stderrText.contains(test.mentions), "\(test.arguments): \(result.stderrText)")
            XCTAssertEqual(result.stdout.count, 0, "\(test.arguments)")
        }
        let missing = build.appendingPathComponent("absent.json").path
        let result = try rules([missing])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains(missing), result.stderrText)
    }
}
