import Foundation
import XCTest

/// `tolk report PATH... --out DIR [--config FILE] [--jobs N]`.
final class ReportCommandTests: XCTestCase {
    private func seedsOrSkip() throws -> URL {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: CLI.seeds.path), "no corpus at \(CLI.seeds.path)")
        return CLI.seeds
    }

    private func jsonObject(_ url: URL) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try XCTUnwrap(value as? [String: Any], "\(url.path) is not a JSON object")
    }

    func testSeedsReport() throws {
        let seeds = try seedsOrSkip()
        let out = try CLI.temporaryDirectory(for: self).appendingPathComponent("new/report")
        let result = try CLI.run(["report", seeds.path, "--out", out.path])
        XCTAssertEqual(result.status, 0, result.summary)
        let html = out.appendingPathComponent("index.html")
        let json = out.appendingPathComponent("status.json")
        XCTAssertTrue(result.stdoutText.contains(html.path), result.stdoutText)
        XCTAssertTrue(result.stdoutText.contains(json.path), result.stdoutText)

        let root = try jsonObject(json)
        let page = try String(contentsOf: html, encoding: .utf8)
        let onDisk = CLI.markdownFiles(under: seeds)
        let locales = Set(onDisk.map { $0.deletingLastPathComponent().lastPathComponent }).sorted()
        XCTAssertEqual(root["locales"] as? [String], locales)
        XCTAssertEqual((root["summary"] as? [String: Any])?["files"] as? Int, onDisk.count)
        for locale in locales {
            XCTAssertTrue(page.contains("<th scope=\"col\" data-type=\"number\" data-label=\"\(locale)\">\(locale)</th>"),
                          "no column for \(locale)")
        }
        let documents = try XCTUnwrap(root["documents"] as? [[String: Any]])
        // One document per file-name stem in the seeds.
        let stems = Set(onDisk.map { String($0.lastPathComponent.prefix { $0 != "." }) })
        XCTAssertEqual(documents.count, stems.count)
        XCTAssertEqual(page.components(separatedBy: "<tr><th scope=\"row\" data-sort=").count - 1, documents.count)
        for document in documents {
            let title = try XCTUnwrap(document["title"] as? String)
            XCTAssertTrue(page.contains(">\(Self.escape(title))</span>"), "no row for \(title)")
            let cells = try XCTUnwrap(document["locales"] as? [String: [String: Any]])
            XCTAssertEqual(Set(cells.keys), Set(locales))
            for (locale, cell) in cells {
                guard let path = cell["path"] as? String else {
                    XCTAssertEqual(cell["state"] as? String, "missing", locale)
                    continue
                }
                XCTAssertTrue(FileManager.default.fileExists(atPath: path), path)
                XCTAssertEqual(URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent, locale)
            }
        }
        // The date is the content's (the newest ms.date of the seeds), not today's.
        let dates = try onDisk.compactMap { url -> String? in
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let m = text.firstMatch(of: /(?m)^ms\.date:\s*(\d{2})\/(\d{2})\/(\d{4})\s*$/) else { return nil }
            return "\(m.3)-\(m.1)-\(m.2)"
        }
        XCTAssertEqual(root["generated"] as? String, dates.max())
        XCTAssertTrue(page.contains("<time datetime=\"\(dates.max()!)\">"))
    }

    func testSameInputSameBytes() throws {
        let seeds = try seedsOrSkip()
        let dir = try CLI.temporaryDirectory(for: self)
        let one = try CLI.run(["report", seeds.path, "--out", dir.appendingPathComponent("a").path, "--jobs", "1"])
        let two = try CLI.run(["report", seeds.path, "--out", dir.appendingPathComponent("b").path, "--jobs", "2"])
        XCTAssertEqual(one.status, 0, one.summary)
        XCTAssertEqual(two.status, 0, two.summary)
        for name in ["index.html", "status.json"] {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
            XCTAssertEqual(a, b, "\(name) differs between --jobs 1 and --jobs 2")
        }
    }

    func testTitlesAreEscaped() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        let content = dir.appendingPathComponent("content")
        // No `#` heading: the title comes from front matter, markup characters and all.
        try CLI.write("""
            ---
            title: 'Fees <b>& "taxes"</b> it''s'
            ms.date: 05/06/2021
            ms.assetid: 11112222-aaaa-bbbb-cccc-000000000001
            ms.contentlocale: de-DE
            ---
            \(CLI.pair("t-1", "Gebühren", "Fees"))

            """, to: content.appendingPathComponent("de-DE/fees.md"))
        try CLI.write("""
            ---
            title: Avgifter
            ms.date: 05/01/2021
            ms.assetid: 11112222-aaaa-bbbb-cccc-000000000001
            ms.contentlocale: sv-SE
            ---
            \(CLI.pair("t-1", "Avgifter", "Fees"))

            """, to: content.appendingPathComponent("sv-SE/fees.md"))
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["report", content.path, "--out", out.path])
        XCTAssertEqual(result.status, 0, result.summary)
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("Fees &lt;b&gt;&amp; &quot;taxes&quot;&lt;/b&gt; it&#39;s"), page)
        XCTAssertFalse(page.contains("<b>&"))
        XCTAssertTrue(page.contains(">stale 5 days</span>"), "sv-SE is 5 days behind de-DE")
        let root = try jsonObject(out.appendingPathComponent("status.json"))
        let document = try XCTUnwrap((root["documents"] as? [[String: Any]])?.first)
        XCTAssertEqual(document["title"] as? String, "Fees <b>& \"taxes\"</b> it's")
    }

    func testBadPathExitsTwoAndWritesNothing() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        let missing = "/nonexistent-\(UUID().uuidString)/docs"
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["report", missing, "--out", out.path])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains(missing), result.stderrText)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    func testBadConfigExitsTwo() throws {
        let seeds = try seedsOrSkip()
        let dir = try CLI.temporaryDirectory(for: self)
        let config = dir.appendingPathComponent("tolk.yml")
        try CLI.write("version: 1\nchecks: [this is: not a mapping\n", to: config)
        let result = try CLI.run(["report", seeds.path, "--out", dir.appendingPathComponent("out").path,
                                  "--config", config.path])
        XCTAssertEqual(result.status, 2, result.summary)
        let absent = try CLI.run(["report", seeds.path, "--out", dir.appendingPathComponent("out").path,
                                  "--config", dir.appendingPathComponent("absent.yml").path])
        XCTAssertEqual(absent.status, 2, absent.summary)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try CLI.run(["report", "--out", "x"]).status, 2, "no content path")
        XCTAssertEqual(try CLI.run(["report", CLI.content.path]).status, 2, "no --out")
        XCTAssertEqual(try CLI.run(["report", CLI.content.path, "--out", "x", "--jobs", "0"]).status, 2)
    }

    func testUnwritableOutputExitsTwo() throws {
        let seeds = try seedsOrSkip()
        let dir = try CLI.temporaryDirectory(for: self)
        let blocker = dir.appendingPathComponent("file")
        try CLI.write("not a directory", to: blocker)
        let result = try CLI.run(["report", seeds.path, "--out", blocker.appendingPathComponent("out").path])
        XCTAssertEqual(result.status, 2, result.summary)
        XCTAssertTrue(result.stderrText.contains("cannot write the report"), result.stderrText)
    }

    /// What the page must show for a text from content (independent of Tolk's escaper).
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
