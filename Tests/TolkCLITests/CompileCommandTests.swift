import Foundation
import TolkModel
import TolkRules
import XCTest

/// `tolk compile PATH... --out DIR [--config FILE] [--jobs N] [--strict]`.
final class CompileCommandTests: XCTestCase {
    /// `^` and `$` match at line ends.
    private func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else {
            XCTFail("bad pattern \(pattern)")
            return false
        }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Extraction findings on stderr: `path:line:col: severity: message [code]`.
    private func findingLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { matches($0, #"^.+:[0-9]+:[0-9]+: (warning|error|note): .* \[[a-z-]+\]$"#) }
    }

    func testContentWritesThreeFilesThatLoadAndASummary() throws {
        let out = try CLI.temporaryDirectory(for: self).appendingPathComponent("nested/build")
        let result = try RuleTableCLI.compile([CLI.content], out: out)
        XCTAssertEqual(result.status, 0, result.summary)
        XCTAssertEqual(try RuleTableCLI.listing(out), RuleTableCLI.fileNames.sorted(), "only the three files, no temporaries")

        let json = out.appendingPathComponent("rules.json").path
        let table = try RuleTableLoader.load(path: json)
        XCTAssertEqual(table.schema, "tolk.rules/1")
        XCTAssertEqual(try RuleTableLoader.load(path: out.appendingPathComponent("rules.sqlite").path), table,
                       "rules.sqlite does not hold the same table as rules.json")
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("rules.schema.json")),
                       try Data(contentsOf: RuleTableCLI.schemaInRepository), "the schema written is not the one in the repo")

        let markdown = CLI.markdownFiles(under: CLI.content)
        let folders = Set(markdown.map { $0.deletingLastPathComponent().lastPathComponent })
        XCTAssertEqual(table.generated.counts.files, markdown.count)
        XCTAssertEqual(Set(table.generated.locales), folders)
        XCTAssertGreaterThan(table.rules.count, 0)

        // The summary names the counts of the table it wrote.
        let summary = result.stdoutText
        XCTAssertTrue(summary.contains("compiled \(markdown.count) files"), summary)
        XCTAssertTrue(summary.contains("\(table.rules.count) rules"), summary)
        for kind in RuleKind.allCases {
            let count = table.rules.filter { $0.kind == kind }.count
            XCTAssertTrue(matches(summary, "\\b\(kind.rawValue) \(count)\\b"), "\(kind) \(count) not in: \(summary)")
        }
        XCTAssertTrue(summary.contains("\(table.findings.count) findings"), summary)
        for name in RuleTableCLI.fileNames {
            XCTAssertTrue(summary.contains(out.appendingPathComponent(name).path), "\(name) not named in: \(summary)")
        }
        // Every finding of the table is on stderr, nothing else is on stdout.
        XCTAssertEqual(findingLines(result.stderrText).count, table.findings.count, result.stderrText)
        XCTAssertFalse(summary.contains("warning:"), summary)
    }

    func testOutputIsByteIdenticalAcrossRunsAndJobs() throws {
        let scratch = try CLI.temporaryDirectory(for: self)
        var outputs: [(label: String, out: URL, stdout: String)] = []
        for (label, jobs) in [("jobs 1", "1"), ("jobs 1 again", "1"), ("jobs 2", "2")] {
            let out = scratch.appendingPathComponent(label.replacingOccurrences(of: " ", with: "-"))
            let result = try RuleTableCLI.compile([CLI.content], out: out, ["--jobs", jobs])
            XCTAssertEqual(result.status, 0, "\(label): \(result.summary)")
            outputs.append((label, out, result.stdoutText.replacingOccurrences(of: out.path, with: "OUT")))
        }
        let first = try XCTUnwrap(outputs.first)
        for other in outputs.dropFirst() {
            for name in RuleTableCLI.fileNames {
                let a = try Data(contentsOf: first.out.appendingPathComponent(name))
                let b = try Data(contentsOf: other.out.appendingPathComponent(name))
                XCTAssertGreaterThan(a.count, 0, name)
                XCTAssertTrue(a == b, "\(name): \(first.label) and \(other.label) differ (\(a.count) vs \(b.count) bytes)")
            }
            XCTAssertEqual(first.stdout, other.stdout, "summary: \(first.label) vs \(other.label)")
        }
    }

    func testUnknownConfigurationKeyNamesFileLineAndColumn() throws {
        let scratch = try CLI.temporaryDirectory(for: self)
        let cases: [(yaml: String, position: String, key: String)] = [
            ("version: 1\ndefaults: extend\nbogus: 1\n", "3:1", "bogus"),
            ("version: 1\npatterns:\n  - id: x\n    kind: agreementIntroduced\n    mtach: 'foo {date}'\n", "5:5", "mtach"),
        ]
        for (index, test) in cases.enumerated() {
            let config = scratch.appendingPathComponent("config-\(index).yml")
            try CLI.write(test.yaml, to: config)
            let out = scratch.appendingPathComponent("out-\(index)")
            let result = try RuleTableCLI.compile([CLI.content], out: out, ["--config", config.path])
            XCTAssertEqual(result.status, 2, result.summary)
            XCTAssertTrue(result.stderrText.contains("\(config.path):\(test.position): error:"), result.stderrText)
            XCTAssertTrue(result.stderrText.contains(test.key), result.stderrText)
            XCTAssertEqual(result.stdout.count, 0, result.stdoutText)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "output written despite a bad configuration")
        }
    }

    func testMissingConfigurationFile() throws {
        let scratch = try CLI.temporaryDirectory(for: self)
        let config = scratch.appendingPathComponent("absent.yml")
        let result = try RuleTableCLI.compile([CLI.content], out: scratch.appendingPathComponent("out"),
                                              ["--config", config.path])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains("\(config.path):1:1: error:"), result.stderrText)
    }

    func testNonexistentPathExitsTwoAndNamesIt() throws {
        let scratch = try CLI.temporaryDirectory(for: self)
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/docs")
        let result = try RuleTableCLI.compile([missing], out: scratch.appendingPathComponent("out"))
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains("\(missing.path): error: no such file or directory"), result.stderrText)
    }

    func testStrictFailsOnAnUnknownRoleAndNamesItsLine() throws {
        let tree = try CLI.temporaryDirectory(for: self)
        let page = tree.appendingPathComponent("en-US/wizards.md")
        try CLI.write("""
            ---
            title: Wizards
            ms.date: 05/06/2021
            ms.contentlocale: en-US
            ---
            # <a name="wizards"></a>Wizards

            **Appropriate roles**: Global admin | Chief Wizard

            Only wizards may cast spells.

            """, to: page)
        let pattern = "^" + NSRegularExpression.escapedPattern(for: page.path)
            + #":8:[0-9]+: warning: .*Chief Wizard.* \[unknown-role\]$"#

        let relaxed = try RuleTableCLI.compile([tree], out: tree.appendingPathComponent("relaxed"))
        XCTAssertEqual(relaxed.status, 0, "a finding without --strict is not a failure: \(relaxed.summary)")
        XCTAssertTrue(matches(relaxed.stderrText, pattern), relaxed.stderrText)

        let out = tree.appendingPathComponent("strict")
        let strict = try RuleTableCLI.compile([tree], out: out, ["--strict"])
        XCTAssertEqual(strict.status, 1, strict.summary)
        XCTAssertTrue(matches(strict.stderrText, pattern), strict.stderrText)

        // The label is kept in the table, not dropped; the known one is resolved.
        let table = try RuleTableLoader.load(path: out.appendingPathComponent("rules.json").path)
        let roles = table.rules.compactMap { rule -> TermList? in
            if case .roles(let list) = rule.payload { return list } else { return nil }
        }
        XCTAssertEqual(roles.map(\.ids), [["global-admin"]])
        XCTAssertEqual(roles.map { $0.unresolved.map(\.label) }, [["Chief Wizard"]])
        XCTAssertTrue(table.findings.contains { $0.code == .unknownRole && $0.line == 8 && $0.path == page.path },
                      "\(table.findings)")

        // The repository's own Content is clean: --strict passes.
        let content = try RuleTableCLI.compile([CLI.content], out: tree.appendingPathComponent("content"), ["--strict"])
        XCTAssertEqual(content.status, 0, content.summary)
    }

    func testOutPointingAtARegularFileExitsTwoAndChangesNothing() throws {
        let scratch = try CLI.temporaryDirectory(for: self)
        let file = scratch.appendingPathComponent("build")
        try CLI.write("not a directory\n", to: file)
        let result = try RuleTableCLI.compile([CLI.content], out: file)
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains(file.path), result.stderrText)
        XCTAssertTrue(result.stderrText.contains("cannot write"), result.stderrText)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "not a directory\n")
        XCTAssertEqual(try RuleTableCLI.listing(scratch), ["build"], "something was left beside the file")
    }

    /// A write that fails halfway (rules.sqlite cannot be replaced) leaves no
    /// temporary and no partial file: what is there is whole.
    func testAFailedWriteLeavesNoHalfWrittenFiles() throws {
        let scratch = try CLI.temporaryDirectory(for: self)
        let out = scratch.appendingPathComponent("build")
        let blocker = out.appendingPathComponent("rules.sqlite/occupied")
        try CLI.write("x\n", to: blocker)
        let result = try RuleTableCLI.compile([CLI.content], out: out)
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains("rules.sqlite"), result.stderrText)
        let left = try RuleTableCLI.listing(out)
        XCTAssertTrue(left.allSatisfy(RuleTableCLI.fileNames.contains), "temporaries left behind: \(left)")
        if left.contains("rules.json") {
            XCTAssertNoThrow(try RuleTableLoader.load(path: out.appendingPathComponent("rules.json").path))
        }
        XCTAssertEqual(try String(contentsOf: blocker, encoding: .utf8), "x\n")
    }
}
