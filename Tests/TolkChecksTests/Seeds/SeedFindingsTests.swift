import Foundation
import TolkChecks
import TolkModel
import TolkParser
import TolkRules
import XCTest

/// What a reviewer sees by eye in the seeds, found by the whole standard
/// catalog with the bundled defaults, as `tolk check` runs it. Expected
/// lines are found by scanning the files here, not copied from Tolk's output.
final class SeedFindingsTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/seeds")

    private static let report: Result<CheckReport, Error> = Result {
        let paths = [seeds.path]
        let rules = try ConfigurationLoader.resolve(contentPaths: paths, explicitPath: nil).configuration
        let checks = try CheckConfigurationLoader().resolve(contentPaths: paths, explicitPath: nil)
        let runner = CheckRunner(configuration: checks, rules: rules, tree: ContentTree.scan(paths), jobs: 2)
        let files = ContentLoader.markdownFiles(in: paths).files
        let loader = ContentLoader(jobs: 2)
        return runner.finish(loader.map(files) { runner.checkFile($0) }, reread: loader.load)
    }

    private func findings(_ check: String, inFileNamed name: String) throws -> [Finding] {
        try Self.report.get().findings.filter { $0.check == check && $0.path.hasSuffix(name) }
    }

    private func lines(of name: String) throws -> [String] {
        let file = try XCTUnwrap(FileManager.default.enumerator(atPath: Self.seeds.path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(name) })
        return try String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8)
            .components(separatedBy: "\n")
    }

    /// 1-based numbers of the lines matching `predicate`.
    private func lineNumbers(_ lines: [String], where predicate: (String) -> Bool) -> [Int] {
        lines.indices.filter { predicate(lines[$0]) }.map { $0 + 1 }
    }

    func testEnglishStepsAndAlertInTheGermanSeedAreWrongLanguage() throws {
        let name = "de-DE/add-a-new-customer.2019-11-13.md"
        let text = try lines(of: name)
        let steps = lineNumbers(text) { $0.hasPrefix("4. ") || $0.hasPrefix("5. ") }
        XCTAssertEqual(steps.count, 2, "the seed has steps 4 and 5")
        let alert = try XCTUnwrap(lineNumbers(text) { $0.contains("[!IMPORTANT]") }.first)
        // The alert's text is on the quoted lines after its keyword.
        let alertText = lineNumbers(text) { $0.hasPrefix(">") }.filter { $0 > alert && $0 <= alert + 3 }
        let reported = Set(try findings("wrong-language", inFileNamed: name).map(\.line))
        for step in steps { XCTAssertTrue(reported.contains(step), "step at line \(step) is English: \(reported.sorted())") }
        XCTAssertFalse(reported.isDisjoint(with: [alert] + alertText), "the IMPORTANT alert is English: \(reported.sorted())")
        let germanSteps = lineNumbers(text) { $0.hasPrefix("1. ") || $0.hasPrefix("6. ") || $0.hasPrefix("7. ") }
        XCTAssertTrue(reported.isDisjoint(with: germanSteps), "German steps are not reported: \(reported.sorted())")
    }

    func testEmptyLinksInTheDutchSeed() throws {
        let name = "nl-NL/add-a-new-customer.2021-04-27.md"
        let text = try lines(of: name)
        var expected: [SourceLocation] = []
        for (index, line) in text.enumerated() {
            var search = line.startIndex
            while let range = line.range(of: "[](", range: search..<line.endIndex) {
                let isImage = range.lowerBound > line.startIndex && line[line.index(before: range.lowerBound)] == "!"
                if !isImage {
                    expected.append(SourceLocation(line: index + 1, column: line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1))
                }
                search = range.upperBound
            }
        }
        XCTAssertFalse(expected.isEmpty)
        let reported = try findings("link-empty-text", inFileNamed: name).map(\.location)
        XCTAssertEqual(Set(reported), Set(expected))
    }

    func testBoldMovedInDutchStepFour() throws {
        let name = "nl-NL/add-a-new-customer.2021-04-27.md"
        let step4 = try XCTUnwrap(lineNumbers(try lines(of: name)) { $0.hasPrefix("4. ") }.first)
        let reported = try findings("emphasis-mismatch", inFileNamed: name).map(\.line)
        XCTAssertTrue(reported.contains(step4), "bold moved in step 4 (line \(step4)): \(reported)")
    }

    func testCapitalisedDescriptionKeyInTheGermanAccountsSeed() throws {
        let name = "de-DE/customer-accounts.2020-04-07.md"
        let line = try XCTUnwrap(lineNumbers(try lines(of: name)) { $0.hasPrefix("Description:") }.first)
        let reported = try findings("frontmatter-key-case", inFileNamed: name)
        XCTAssertEqual(reported.map(\.line), [line])
        XCTAssertTrue(reported.first?.message.contains("'description'") == true)
    }

    func testChineseSeedStatesAnOlderAgreementThanTheSwedishOne() throws {
        let found = try findings("rule-mismatch", inFileNamed: "zh-CN/add-a-new-customer.2019-03-21.md")
        XCTAssertTrue(found.contains { $0.message.contains("sv-SE") }, found.map(\.message).joined(separator: "\n"))
    }

    func testEveryFindingNamesAKnownCheckAndAPositionInsideItsFile() throws {
        let report = try Self.report.get()
        let ids = Set(report.checks.map(\.id))
        for finding in report.findings {
            XCTAssertTrue(ids.contains(finding.check), finding.check)
            let count = try lines(of: String(finding.path.split(separator: "/").suffix(2).joined(separator: "/"))).count
            XCTAssertTrue((1...count).contains(finding.line), "\(finding.path):\(finding.line)")
            XCTAssertGreaterThanOrEqual(finding.column, 1)
        }
    }
}
