import Foundation
import XCTest

/// `tolk check`: exit statuses, --fail-on, --list, configuration, inline
/// suppression and baselines, end to end through the built binary. Findings
/// come from reading diagnostics (`frontmatter-missing`, `invalid-utf8`),
/// whose presence does not depend on any heuristic check.
final class CheckCommandTests: XCTestCase {
    /// A file without front matter: one `frontmatter-missing` warning at 1:1.
    private let noFrontMatter = "# Titel\n\nEin Absatz.\n"

    private func tree(_ files: [String: String]) throws -> URL {
        let root = try CLI.temporaryDirectory(for: self)
        for (path, text) in files { try CLI.write(text, to: root.appendingPathComponent(path)) }
        return root
    }

    private func json(_ result: CLI.Result) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], result.summary)
    }

    private func findings(_ result: CLI.Result) throws -> [[String: Any]] {
        try XCTUnwrap(json(result)["findings"] as? [[String: Any]])
    }

    func testFailOnDecidesTheExitStatus() throws {
        let root = try tree(["de-DE/page.md": noFrontMatter])
        let path = root.appendingPathComponent("de-DE/page.md").path
        let plain = try CLI.run(["check", root.path])
        XCTAssertEqual(plain.status, 0, "a warning does not reach the default --fail-on error: \(plain.summary)")
        XCTAssertTrue(plain.stdoutText.contains("\(path):1:1: warning [frontmatter-missing] "), plain.stdoutText)
        XCTAssertFalse(plain.stdoutText.contains("\u{1B}["), "no colour when stdout is not a terminal")
        XCTAssertEqual(try CLI.run(["check", root.path, "--fail-on", "warning"]).status, 1)
        XCTAssertEqual(try CLI.run(["check", root.path, "--fail-on", "never"]).status, 0)
    }

    func testAnErrorFindingFailsByDefault() throws {
        let root = try CLI.temporaryDirectory(for: self)
        let bad = Data("---\ntitle: x\n---\nBad byte: \u{FF}".utf8) + Data([0xFF, 0xFE]) + Data("\n".utf8)
        try bad.write(to: root.appendingPathComponent("bad.md"))
        let result = try CLI.run(["check", root.path, "--format", "json"])
        XCTAssertEqual(result.status, 1, result.summary)
        XCTAssertTrue(try findings(result).contains { $0["check"] as? String == "invalid-utf8" && $0["severity"] as? String == "error" })
    }

    func testBadInputAndUsageExitTwo() throws {
        let missing = "/nonexistent-\(UUID().uuidString)"
        let result = try CLI.run(["check", missing])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains(missing))
        XCTAssertEqual(try CLI.run(["check"]).status, 2, "no path and no --list is bad usage")
        XCTAssertEqual(try CLI.run(["check", "--format", "xml", "."]).status, 2)
        XCTAssertEqual(try CLI.run(["check", "--fail-on", "sometimes", "."]).status, 2)
    }

    func testConfigurationErrorsNameFileLineAndColumn() throws {
        let root = try tree(["de-DE/page.md": noFrontMatter,
                             "tolk.yml": "version: 1\nchecks:\n  disable: [frontmatter-mising]\n"])
        let result = try CLI.run(["check", root.path])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains("tolk.yml:3:13: error: unknown check 'frontmatter-mising'"), result.stderrText)
        XCTAssertTrue(result.stderrText.contains("did you mean 'frontmatter-missing'"), result.stderrText)
    }

    func testConfigurationDisablesAndOverridesPerPath() throws {
        let root = try tree([
            "de-DE/page.md": noFrontMatter,
            "de-DE/drafts/draft.md": noFrontMatter,
            "tolk.yml": """
                version: 1
                checks:
                  severity: {frontmatter-missing: error}
                  overrides:
                    - paths: ["drafts/**"]
                      disable: [frontmatter-missing]
                """,
        ])
        let result = try CLI.run(["check", root.path, "--format", "json"])
        XCTAssertEqual(result.status, 1, "the configured severity error reaches --fail-on error: \(result.summary)")
        let found = try findings(result).filter { $0["check"] as? String == "frontmatter-missing" }
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?["severity"] as? String, "error")
        XCTAssertTrue((found.first?["path"] as? String)?.hasSuffix("de-DE/page.md") == true)
    }

    func testInlineSuppressionComment() throws {
        let suppressed = "<!-- tolk-disable-next-line frontmatter-missing -->\n# Titel\n"
        let root = try tree(["de-DE/a.md": suppressed, "de-DE/b.md": noFrontMatter])
        let result = try CLI.run(["check", root.path, "--format", "json", "--fail-on", "never"])
        let found = try findings(result).filter { $0["check"] as? String == "frontmatter-missing" }
        // The diagnostic sits on line 1 (no `---`), so the comment must be on the line before it:
        // a file cannot silence its own first line with disable-next-line, only with a range.
        XCTAssertEqual(found.count, 2)
        let ranged = "<!-- tolk-disable frontmatter-missing -->\n# Titel\n"
        try CLI.write(ranged, to: root.appendingPathComponent("de-DE/a.md"))
        let again = try CLI.run(["check", root.path, "--format", "json", "--fail-on", "never"])
        let paths = try findings(again).filter { $0["check"] as? String == "frontmatter-missing" }.compactMap { $0["path"] as? String }
        XCTAssertEqual(paths.map { URL(fileURLWithPath: $0).lastPathComponent }, ["b.md"])
        XCTAssertEqual((try json(again)["summary"] as? [String: Any])?["suppressed"] as? Int, 1)
    }

    func testBaselineReportsOnlyNewFindings() throws {
        let root = try tree(["de-DE/a.md": noFrontMatter])
        let first = try CLI.run(["check", root.path, "--format", "json", "--fail-on", "never"])
        let baseline = root.appendingPathComponent("baseline.json")
        try first.stdout.write(to: baseline)
        try CLI.write(noFrontMatter, to: root.appendingPathComponent("de-DE/b.md"))
        let second = try CLI.run(["check", root.path, "--format", "json", "--baseline", baseline.path, "--fail-on", "warning"])
        XCTAssertEqual(second.status, 1, "the new file's warning is reported: \(second.summary)")
        let paths = try findings(second).compactMap { $0["path"] as? String }
        XCTAssertEqual(paths.map { URL(fileURLWithPath: $0).lastPathComponent }, ["b.md"])
        XCTAssertEqual((try json(second)["summary"] as? [String: Any])?["baselined"] as? Int, 1)
        let broken = root.appendingPathComponent("broken.json")
        try CLI.write("not json", to: broken)
        let refused = try CLI.run(["check", root.path, "--baseline", broken.path])
        XCTAssertEqual(refused.status, 2, refused.summary)
        XCTAssertTrue(refused.stderrText.contains("broken.json"), refused.stderrText)
    }

    func testListShowsEveryCheckOnce() throws {
        let result = try CLI.run(["check", "--list"])
        XCTAssertEqual(result.status, 0, result.summary)
        let ids = result.stdoutText.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
        for line in result.stdoutText.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertGreaterThanOrEqual(fields.count, 4, "id, severity, category and a description: \(line)")
            XCTAssertTrue(["error", "warning", "note"].contains(String(fields[1])), String(line))
        }
        XCTAssertTrue(ids.contains("frontmatter-missing"))
        // The ids issue 4 fixes, so reports stay comparable across releases.
        let promised = ["span-unpaired", "span-id-mismatch", "span-id-duplicate", "span-id-format", "empty-target",
                        "untranslated", "link-mismatch", "link-empty-text", "emphasis-mismatch", "code-mismatch",
                        "number-mismatch", "date-mismatch", "placeholder-mismatch", "whitespace", "end-punctuation",
                        "frontmatter-required", "frontmatter-key-case", "frontmatter-locale", "frontmatter-date",
                        "wrong-language", "broken-link", "structure-mismatch", "stale-translation",
                        "missing-translation", "rule-mismatch"]
        XCTAssertEqual(Set(promised).subtracting(ids), [], "every promised check is listed")
    }
}
