import Foundation
import XCTest
@testable import TolkChecks
import TolkModel
import TolkParser
import TolkRules

/// Builders for the text checks' tests: pairs, files, fixtures, and a run of one check.
enum TextCheckTestSupport {
    /// `Tests/TolkChecksTests/Fixtures/text`.
    static let fixtureFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Text
        .deletingLastPathComponent() // Checks
        .deletingLastPathComponent() // TolkChecksTests
        .appendingPathComponent("Fixtures/text")

    /// The text of a fixture file; fails the test when it cannot be read.
    static func fixture(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let url = fixtureFolder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8) else {
            XCTFail("cannot read fixture \(url.path)", file: file, line: line)
            return ""
        }
        return text
    }

    /// `<span data-ttu-id="ID">TARGET</span><span class="sxs-lookup"><span data-stu-id="ID">SOURCE</span></span>`
    static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }

    /// A file in `locale` whose paragraphs are `pairs`, one per paragraph.
    static func file(locale: String, _ pairs: [String]) -> String {
        "---\ntitle: Test\nms.date: 05/01/2021\nms.contentlocale: \(locale)\n---\n\n" + pairs.joined(separator: "\n\n") + "\n"
    }

    static func parse(_ markdown: String, path: String = "test.md") -> Document {
        DocumentParser().parse(markdown, path: path)
    }

    /// The findings `check` reports on `markdown`.
    static func findings(_ check: some DocumentCheck, in markdown: String, path: String = "test.md") -> [Finding] {
        findings(check, in: parse(markdown, path: path))
    }

    static func findings(_ check: some DocumentCheck, in document: Document) -> [Finding] {
        let settings = CheckSettings(sourceLocale: "en-US", noLocTerms: [], rules: RulesConfiguration())
        let file = FileUnderCheck(document: document, settings: settings, tree: ContentTree(files: []))
        var collector = FindingCollector(check: type(of: check).descriptor, path: document.path, locale: file.locale)
        check.check(file, into: &collector)
        return collector.findings
    }

    /// Findings by segment id, for assertions that name the pairs.
    static func bySegment(_ findings: [Finding]) -> [String: [String]] {
        findings.reduce(into: [:]) { $0[$1.segment ?? "", default: []].append($1.message) }
    }

    /// The one finding on `segment`; fails unless there is exactly one.
    static func only(_ findings: [Finding], segment: String,
                     file: StaticString = #filePath, line: UInt = #line) -> Finding? {
        let matching = findings.filter { $0.segment == segment }
        XCTAssertEqual(matching.count, 1, "findings on \(segment): \(matching.map(\.message))", file: file, line: line)
        return matching.first
    }
}
