import Foundation
import XCTest

/// `tolk stats PATH... [--format text|json] [--jobs N] [--strict]` on the repository's Content.
final class StatsCommandTests: XCTestCase {
    private func jsonObject(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: data)
        return try XCTUnwrap(value as? [String: Any], "stdout is not a JSON object", file: file, line: line)
    }

    func testJSONOnContent() throws {
        let result = try CLI.run(["stats", CLI.content.path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.summary)
        let root = try jsonObject(result.stdout)
        XCTAssertEqual(Set(root.keys), ["files", "totals"])

        let files = try XCTUnwrap(root["files"] as? [[String: Any]])
        let totals = try XCTUnwrap(root["totals"] as? [String: Any])
        let onDisk = CLI.markdownFiles(under: CLI.content)
        XCTAssertGreaterThan(onDisk.count, 0)
        XCTAssertEqual(files.count, onDisk.count)

        let fileKeys: Set<String> = ["path", "locale", "segments", "diagnostics", "bytes"]
        let totalKeys: Set<String> = ["files", "segments", "diagnostics", "bytes"]
        for entry in files {
            XCTAssertTrue(fileKeys.isSubset(of: Set(entry.keys)), "file entry keys \(entry.keys.sorted())")
        }
        XCTAssertTrue(totalKeys.isSubset(of: Set(totals.keys)), "totals keys \(totals.keys.sorted())")

        // Sorted by path, each path a file whose size is `bytes`, locale from its folder.
        let paths = try files.map { try XCTUnwrap($0["path"] as? String) }
        XCTAssertEqual(paths, paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "files not sorted by path")
        XCTAssertEqual(paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
                       onDisk.map { $0.standardizedFileURL.path })
        var sums: [String: Int] = [:]
        for entry in files {
            let path = try XCTUnwrap(entry["path"] as? String)
            let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
            XCTAssertEqual(entry["bytes"] as? Int, size, path)
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
            XCTAssertEqual(entry["locale"] as? String, folder, path)
            for key in ["segments", "diagnostics", "bytes"] + (entry["blocks"] == nil ? [] : ["blocks"]) {
                sums[key, default: 0] += try XCTUnwrap(entry[key] as? Int, "\(path): \(key)")
            }
        }
        XCTAssertEqual(totals["files"] as? Int, files.count)
        for (key, sum) in sums {
            XCTAssertEqual(totals[key] as? Int, sum, "totals.\(key) is not the sum of the files")
        }
        XCTAssertGreaterThan(totals["segments"] as? Int ?? 0, 0, "Content has span pairs")
    }

    func testTextOnContent() throws {
        let result = try CLI.run(["stats", CLI.content.path, "--format", "text"])
        XCTAssertEqual(result.status, 0, result.summary)
        let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.last, "", "output does not end with a newline")
        let rows = lines.dropLast()
        let onDisk = CLI.markdownFiles(under: CLI.content)
        // A header, a row per file, a total row.
        XCTAssertEqual(rows.count, onDisk.count + 2, result.stdoutText)
        let fileRows = Array(rows.dropFirst().dropLast())
        for (row, url) in zip(fileRows, onDisk) {
            XCTAssertTrue(URL(fileURLWithPath: String(row.split(separator: " ").first ?? "")).standardizedFileURL.path
                          == url.standardizedFileURL.path, "row \(row) is not for \(url.path)")
            let bytes = try Data(contentsOf: url).count
            XCTAssertEqual(row.split(separator: " ").last.map(String.init), "\(bytes)", row)
        }
        let total = try XCTUnwrap(rows.last)
        XCTAssertTrue(total.lowercased().hasPrefix("total"), "last row: \(total)")
        XCTAssertTrue(total.contains("\(onDisk.count)"), "total row does not count the files: \(total)")
    }

    func testJobsDoNotChangeOutput() throws {
        for format in ["json", "text"] {
            let one = try CLI.run(["stats", CLI.content.path, "--format", format, "--jobs", "1"])
            let two = try CLI.run(["stats", CLI.content.path, "--format", format, "--jobs", "2"])
            let many = try CLI.run(["stats", CLI.content.path, "--format", format, "--jobs", "8"])
            XCTAssertEqual(one.status, 0, one.summary)
            XCTAssertEqual(one.stdout, two.stdout, "--jobs 1 and --jobs 2 differ (\(format))")
            XCTAssertEqual(one.stdout, many.stdout, "--jobs 1 and --jobs 8 differ (\(format))")
            XCTAssertEqual(one.stderr, two.stderr, "stderr differs between --jobs 1 and 2 (\(format))")
            XCTAssertEqual(one.status, two.status)
        }
    }

    func testJobsDoNotChangeOutputWithDiagnostics() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        for index in 0..<12 {
            var text = "# Datei \(index)\n\n" + CLI.pair("x-\(index)", "Ziel", "Source") + "\n"
            if index % 3 == 0 { text += "\n<span data-ttu-id=\"u-\(index)\">Allein</span>\n" }
            try CLI.write(text, to: dir.appendingPathComponent("de-DE/f\(index).md"))
        }
        let one = try CLI.run(["stats", dir.path, "--format", "json", "--jobs", "1"])
        let two = try CLI.run(["stats", dir.path, "--format", "json", "--jobs", "2"])
        XCTAssertEqual(one.status, 0, one.summary)
        XCTAssertEqual(one.stdout, two.stdout)
        XCTAssertEqual(one.stderr, two.stderr, "diagnostics on stderr come in a different order")
    }

    /// Diagnostics go to stderr; stdout stays machine-readable.
    func testStdoutIsOnlyJSONWhenThereAreDiagnostics() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        try CLI.write("# Ohne Front Matter\n\n<span data-ttu-id=\"a-1\">Allein</span>\n", to: dir.appendingPathComponent("a.md"))
        try CLI.write("---\ntitle: [kaputt\n---\n# Kopf\n", to: dir.appendingPathComponent("b.md"))
        for strict in [false, true] {
            let result = try CLI.run(["stats", dir.path, "--format", "json"] + (strict ? ["--strict"] : []))
            XCTAssertEqual(result.status, strict ? 1 : 0, result.summary)
            let root = try jsonObject(result.stdout)
            let files = try XCTUnwrap(root["files"] as? [[String: Any]])
            XCTAssertEqual(files.count, 2)
            XCTAssertEqual(files.compactMap { $0["diagnostics"] as? Int }.allSatisfy { $0 > 0 }, true)
            XCTAssertTrue(result.stderrText.contains("[span-unpaired]"), result.stderrText)
            XCTAssertTrue(result.stderrText.contains("[frontmatter-yaml]"), result.stderrText)
            XCTAssertFalse(result.stdoutText.contains("span-unpaired"), "a diagnostic went to stdout")
        }
    }
}
