import Foundation
import XCTest

/// `tolk guide` and `tolk site` end to end: exit codes, formats, and a site
/// whose every relative link leads to a file.
final class GuideCommandTests: XCTestCase {
    func testGuideFromContentInEveryFormat() throws {
        for format in ["text", "markdown", "html", "json"] {
            let result = try CLI.run(["guide", "add-a-customer", "--locale", "sv-SE", "--as-of", "2024-06-01",
                                      "--format", format, "--width", "60"], in: CLI.repository)
            XCTAssertEqual(result.status, 0, result.summary)
            XCTAssertTrue(result.stdoutText.contains("Kunder"), "\(format): the Swedish label")
            XCTAssertTrue(result.stderrText.isEmpty, result.stderrText)
        }
        let json = try CLI.run(["guide", "add-a-customer", "--locale", "sv-SE", "--as-of", "2024-06-01", "--format", "json"],
                               in: CLI.repository)
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        XCTAssertEqual(object?["schema"] as? String, "tolk.guide/1")
    }

    func testTextWrapsAtTheGivenWidthWithoutColourWhenPiped() throws {
        for locale in ["sv-SE", "ja-JP"] {
            let result = try CLI.run(["guide", "add-a-customer", "--locale", locale, "--as-of", "2024-06-01",
                                      "--width", "40"], in: CLI.repository)
            XCTAssertEqual(result.status, 0, result.summary)
            XCTAssertFalse(result.stdoutText.contains("\u{1B}"), "no colour into a file")
            // Labels stand in brackets when there is no colour to mark them: `[Kunder]`.
            XCTAssertNotNil(result.stdoutText.range(of: #"\[[^\]\s][^\]]*\]"#, options: .regularExpression),
                            "\(locale): labels in brackets")
            // The source reference is kept whole, as a path to copy: the one line allowed past the width.
            let lines = result.stdoutText.split(separator: "\n")
            XCTAssertEqual(lines.filter { $0.hasPrefix("Source: Content/\(locale)/add-a-customer.md") }.count, 1, locale)
            let widths = lines.filter { !$0.hasPrefix("Source: ") }.map(Self.columns)
            XCTAssertLessThanOrEqual(widths.max() ?? 0, 40, locale)
            XCTAssertGreaterThanOrEqual(widths.max() ?? 0, 30, "\(locale): lines are filled, not cut short")
        }
    }

    /// Terminal columns, counted here on their own: East Asian wide and full-width characters take two.
    private static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                total + 2
            case 0x0300...0x036F, 0x200B...0x200F:
                total
            default:
                total + 1
            }
        }
    }

    func testRulesOnlyGuide() throws {
        let out = try RuleTableCLI.compileContent(for: self)
        let result = try CLI.run(["guide", "add-a-customer", "--rules", out.appendingPathComponent("rules.json").path,
                                  "--locale", "de-DE", "--as-of", "2024-06-01", "--format", "markdown"])
        XCTAssertEqual(result.status, 0, result.summary)
        XCTAssertTrue(result.stdoutText.contains("**Kontoinformationen**"), result.stdoutText)
        XCTAssertTrue(result.stdoutText.contains("*Source:* `rule table (procedure.add-a-customer"), result.stdoutText)
    }

    func testUnknownGuideListsTheAvailableOnesAndTheNearest() throws {
        let result = try CLI.run(["guide", "add-a-costumer", "--locale", "de-DE"], in: CLI.repository)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderrText.contains("did you mean 'add-a-customer'?"), result.stderrText)
        XCTAssertTrue(result.stderrText.contains("  confirm-agreement\n"), result.stderrText)
        XCTAssertTrue(result.stdout.isEmpty)
    }

    func testBadDateLocaleAndOptionsAreUsageErrors() throws {
        for arguments in [["--locale", "de-DE", "--as-of", "2019-02-30"], ["--locale", "not a tag"],
                          ["--locale", "de-DE", "--format", "pdf"], ["--locale", "de-DE", "--rules", "x.json", "--content", "Content"]] {
            let result = try CLI.run(["guide", "add-a-customer"] + arguments, in: CLI.repository)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.summary)")
        }
        let missing = try CLI.run(["guide", "x", "--locale", "de-DE", "--content", "/nonexistent"])
        XCTAssertEqual(missing.status, 2)
    }

    func testSiteIsCompleteDeterministicAndLinksResolve() throws {
        let root = try CLI.temporaryDirectory(for: self)
        let first = root.appendingPathComponent("a"), second = root.appendingPathComponent("b")
        for out in [first, second] {
            let result = try CLI.run(["site", CLI.content.path, CLI.seeds.path, "--out", out.path, "--jobs", "2"])
            XCTAssertEqual(result.status, 0, result.summary)
        }
        let files = CLI.htmlFiles(under: first)
        // Root index + per locale (the union of Content and the seeds) an index and a page per guide.
        let locales = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { !$0.hasSuffix(".html") }
        XCTAssertEqual(Set(locales), ["da-DK", "de-DE", "en-US", "fr-FR", "ja-JP", "nl-NL", "sv-SE", "zh-CN"])
        XCTAssertEqual(files.count, 1 + locales.count * (1 + 3), "three guides: two of Content, one of the seeds")
        for file in files {
            let relative = String(file.path.dropFirst(first.path.count))
            XCTAssertEqual(try Data(contentsOf: file), try Data(contentsOf: URL(fileURLWithPath: second.path + relative)),
                           "\(relative) is the same bytes in both runs")
            let html = try String(contentsOf: file, encoding: .utf8)
            XCTAssertTrue(html.contains("<html lang=\""), relative)
            for href in CLI.hrefs(in: html) where !href.contains(":") {
                let target = file.deletingLastPathComponent().appendingPathComponent(href).standardizedFileURL
                XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(relative) links to \(href)")
            }
        }
        let page = try String(contentsOf: first.appendingPathComponent("ja-JP/add-a-customer.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<link rel=\"alternate\" hreflang=\"sv-SE\" href=\"../sv-SE/add-a-customer.html\">"))
        XCTAssertTrue(page.contains("aria-current=\"page\">ja-JP<"))
        XCTAssertFalse(page.contains("<script"))
    }
}

extension CLI {
    static func htmlFiles(under root: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (enumerator?.compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "html" }
            .sorted { $0.path < $1.path }
    }

    /// The `href` values of a page (its own escaping undone for `&amp;`).
    static func hrefs(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"href="([^"]*)""#)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }
}
