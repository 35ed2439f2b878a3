import Foundation
import XCTest

/// Exit statuses (DESIGN.md): 0 clean, 1 diagnostics with `--strict`,
/// 2 unreadable input or bad usage. Diagnostics on stderr as
/// `path:line:column: severity: message [code]`.
final class ExitCodeTests: XCTestCase {
    private let clean = "---\ntitle: Sauber\nms.contentlocale: de-DE\n---\n# Kopf\n\n" + CLI.pair("k-1", "Eins", "One") + "\n"

    /// Line 7, column 8: the unpaired target tag.
    private let unpaired = "---\ntitle: Kaputt\nms.contentlocale: de-DE\n---\n# Kopf\n\n"
        + "Vorher <span data-ttu-id=\"u-1\">Nur Ziel</span> und mehr.\n\n" + CLI.pair("k-1", "Eins", "One") + "\n"

    private func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    // MARK: - Missing and unreadable input

    func testNonexistentPathForStats() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/docs"
        let result = try CLI.run(["stats", missing])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains(missing), "stderr does not name the path: \(result.stderrText)")
    }

    func testNonexistentPathForInspect() throws {
        let missing = "/nonexistent-\(UUID().uuidString).md"
        let result = try CLI.run(["inspect", missing])
        XCTAssertEqual(result.status, 2, "unreadable input must exit 2: \(result.summary)")
        XCTAssertTrue(result.stderrText.contains(missing), "stderr does not name the path: \(result.stderrText)")
        XCTAssertEqual(result.stdout.count, 0)
    }

    func testDirectoryWithBrokenSymlink() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        try CLI.write(clean, to: dir.appendingPathComponent("a.md"))
        try CLI.write(clean, to: dir.appendingPathComponent("c.md"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("b.md").path,
                                                   withDestinationPath: "/nonexistent/\(UUID().uuidString)")
        for format in ["text", "json"] {
            let result = try CLI.run(["stats", dir.path, "--format", format])
            XCTAssertEqual(result.status, 2, "\(format): \(result.summary)")
            XCTAssertTrue(matches(result.stderrText, #"b\.md:1:1: error: .*\[file-unreadable\]"#), result.stderrText)
            // The other files are still read and listed.
            XCTAssertTrue(result.stdoutText.contains(dir.appendingPathComponent("a.md").path), result.stdoutText)
            XCTAssertTrue(result.stdoutText.contains(dir.appendingPathComponent("c.md").path), result.stdoutText)
            if format == "json" {
                let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
                let files = try XCTUnwrap(root["files"] as? [[String: Any]])
                XCTAssertEqual(files.compactMap { $0["segments"] as? Int }, [1, 0, 1])
            }
        }
    }

    func testInspectBrokenSymlink() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        let link = dir.appendingPathComponent("broken.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/\(UUID().uuidString)")
        let result = try CLI.run(["inspect", link.path])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains(link.path), result.stderrText)
    }

    // MARK: - --strict

    func testUnpairedSpanWithAndWithoutStrict() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        let url = dir.appendingPathComponent("unpaired.md")
        try CLI.write(unpaired, to: url)
        let pattern = "^" + NSRegularExpression.escapedPattern(for: url.path) + #":7:8: error: .+ \[span-unpaired\]$"#

        for command in [["inspect", url.path], ["stats", url.path], ["stats", dir.path]] {
            let lax = try CLI.run(command)
            XCTAssertEqual(lax.status, 0, "\(command) without --strict: \(lax.summary)")
            let strict = try CLI.run(command + ["--strict"])
            XCTAssertEqual(strict.status, 1, "\(command) --strict: \(strict.summary)")
            for result in [lax, strict] {
                let lines = result.stderrText.split(separator: "\n").map(String.init)
                XCTAssertTrue(lines.contains { matches($0, pattern) }, "no `path:7:8: error: … [span-unpaired]` in \(lines)")
                // Every stderr line has the compiler form.
                for line in lines {
                    XCTAssertTrue(matches(line, #"^.+:\d+:\d+: (note|warning|error): .+ \[[a-z0-9-]+\]$"#), "stderr line: \(line)")
                }
            }
        }
    }

    func testCleanFileWithStrict() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        let url = dir.appendingPathComponent("clean.md")
        try CLI.write(clean, to: url)
        for command in [["inspect", url.path, "--strict"], ["stats", dir.path, "--strict"]] {
            let result = try CLI.run(command)
            XCTAssertEqual(result.status, 0, "\(command): \(result.summary)")
            XCTAssertEqual(result.stderr.count, 0, "\(command): \(result.stderrText)")
        }
    }

    func testWarningOnlyWithStrict() throws {
        // No front matter: a warning, not an error; --strict still exits 1.
        let dir = try CLI.temporaryDirectory(for: self)
        let url = dir.appendingPathComponent("nofm.md")
        try CLI.write("# Kopf\n\n" + CLI.pair("k-1", "Eins", "One") + "\n", to: url)
        XCTAssertEqual(try CLI.run(["inspect", url.path]).status, 0)
        let strict = try CLI.run(["inspect", url.path, "--strict"])
        XCTAssertEqual(strict.status, 1, strict.summary)
        XCTAssertTrue(strict.stderrText.contains(url.path + ":1:1: warning: "), strict.stderrText)
        XCTAssertTrue(strict.stderrText.contains("[frontmatter-missing]"), strict.stderrText)
    }

    // MARK: - Bad usage

    private func assertUsageError(_ arguments: [String], mentioning word: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CLI.run(arguments)
        XCTAssertEqual(result.status, 2, "bad usage `tolk \(arguments.joined(separator: " "))` must exit 2 (DESIGN.md): \(result.summary)",
                       file: file, line: line)
        XCTAssertTrue(result.stderrText.contains(word), "stderr does not mention \(word): \(result.stderrText)",
                      file: file, line: line)
        XCTAssertEqual(result.stdout.count, 0, "usage errors write nothing to stdout", file: file, line: line)
    }

    func testBadFormat() throws {
        try assertUsageError(["stats", CLI.content.path, "--format", "xml"], mentioning: "xml")
    }

    func testJobsZero() throws {
        try assertUsageError(["stats", CLI.content.path, "--jobs", "0"], mentioning: "jobs")
    }

    func testJobsNotANumber() throws {
        try assertUsageError(["stats", CLI.content.path, "--jobs", "many"], mentioning: "many")
    }

    func testBadEmit() throws {
        let seed = try XCTUnwrap(CLI.markdownFiles(under: CLI.content).first)
        try assertUsageError(["inspect", seed.path, "--emit", "html"], mentioning: "html")
    }

    func testUnknownSubcommand() throws {
        try assertUsageError(["frobnicate"], mentioning: "frobnicate")
    }

    func testUnknownOption() throws {
        try assertUsageError(["stats", CLI.content.path, "--colour"], mentioning: "colour")
    }

    func testMissingArgument() throws {
        let result = try CLI.run(["stats"])
        XCTAssertEqual(result.status, 2, "`tolk stats` without a path must exit 2: \(result.summary)")
    }

    func testInspectDirectory() throws {
        let result = try CLI.run(["inspect", CLI.content.path])
        XCTAssertEqual(result.status, 2, "inspect on a directory must exit 2: \(result.summary)")
        XCTAssertTrue(result.stderrText.contains(CLI.content.path), result.stderrText)
    }

    func testHelpExitsZero() throws {
        let result = try CLI.run(["--help"])
        XCTAssertEqual(result.status, 0, result.summary)
        XCTAssertTrue(result.stdoutText.contains("stats"))
        XCTAssertTrue(result.stdoutText.contains("inspect"))
    }
}
