import Foundation
import TolkModel
import TolkRules
import XCTest

/// Helpers for the `tolk compile` and `tolk rules` tests.
enum RuleTableCLI {
    static let fileNames = ["rules.json", "rules.sqlite", "rules.schema.json"]

    /// The JSON Schema kept in the repository, which `compile` must write as is.
    static let schemaInRepository = CLI.repository
        .appendingPathComponent("Sources/TolkRules/Resources/rules.schema.json")

    /// `tolk compile paths… --out out extra…`.
    static func compile(_ paths: [URL], out: URL, _ extra: [String] = [],
                        file: StaticString = #filePath, line: UInt = #line) throws -> CLI.Result {
        try CLI.run(["compile"] + paths.map(\.path) + ["--out", out.path] + extra, file: file, line: line)
    }

    /// Compiles the repository's `Content` (with its `tolk.yml`) into a fresh
    /// temporary directory and returns that directory.
    static func compileContent(for test: XCTestCase, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let out = try CLI.temporaryDirectory(for: test).appendingPathComponent("build")
        let result = try compile([CLI.content], out: out, file: file, line: line)
        XCTAssertEqual(result.status, 0, result.summary, file: file, line: line)
        return out
    }

    /// The ids of a `tolk rules` text listing: the lines that do not start
    /// with a space, up to the two spaces before the interval; the count line
    /// at the end is left out.
    static func listedIDs(_ listing: String) -> [String] {
        let lines = listing.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        return lines.compactMap { line in
            guard let gap = line.range(of: "  [") ?? line.range(of: "  (") else { return nil }
            return String(line[..<gap.lowerBound])
        }
    }

    /// The rules of `table` of `kind` in effect on `date`, by the interval's
    /// own bounds (half-open), without `RuleTable.rules(of:asOf:)`.
    static func expectedIDs(_ table: RuleTable, kind: RuleKind? = nil, asOf date: CalendarDate? = nil) -> [String] {
        table.rules.filter { rule in
            guard kind == nil || rule.kind == kind else { return false }
            guard let date else { return true }
            if let from = rule.effective.from, date < from { return false }
            if let until = rule.effective.until, !(date < until) { return false }
            return true
        }.map(\.id)
    }

    /// The target text of the pair in `Content/<locale>/<name>` whose English
    /// source contains `english`, read with a regular expression, not Tolk.
    static func contentTarget(locale: String, file name: String, sourceContaining english: String) throws -> String? {
        let url = CLI.content.appendingPathComponent(locale).appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let regex = try NSRegularExpression(
            pattern: #"<span data-ttu-id="([^"]*)">(.*?)</span><span class="sxs-lookup"><span data-stu-id="\1">(.*?)</span></span>"#)
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let target = Range(match.range(at: 2), in: text), let source = Range(match.range(at: 3), in: text)
            else { continue }
            if text[source].contains(english) { return String(text[target]) }
        }
        return nil
    }

    /// The 1-based line of the first occurrence of `needle` in `text`.
    static func line(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    /// Names in `directory`, sorted, hidden ones included.
    static func listing(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }
}
