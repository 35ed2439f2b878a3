import Foundation
@testable import TolkChecks
import TolkModel
import XCTest

/// `index.html` and `status.json`: structure, escaping, agreement with the
/// model, determinism.
final class StatusWritersTests: XCTestCase {
    typealias S = StatusReportSupport

    private var status: TranslationStatus { TranslationStatus(report: TranslationStatusTests.handReport()) }

    /// The part of `html` between `start` and the next `end`.
    private func slice(_ html: String, from start: String, to end: String) throws -> Substring {
        let from = try XCTUnwrap(html.range(of: start), "no \(start)")
        let to = try XCTUnwrap(html.range(of: end, range: from.upperBound..<html.endIndex), "no \(end) after \(start)")
        return html[from.lowerBound..<to.upperBound]
    }

    private func count(_ needle: String, in text: Substring) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: - HTML

    func testPageStructureAndAccessibility() throws {
        let html = StatusHTMLWriter().render(status)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let table = try slice(html, from: "<table class=\"status\" id=\"status\">", to: "</table>")
        XCTAssertEqual(count("<caption>", in: table), 1)
        XCTAssertTrue(table.contains("2 documents × 2 locales"))
        XCTAssertEqual(count("<th scope=\"col\"", in: table), 1 + status.locales.count)
        XCTAssertEqual(count("<th scope=\"row\"", in: table), status.documents.count)
        XCTAssertEqual(count("<td class=\"cell ", in: table), status.documents.count * status.locales.count)
        for locale in status.locales {
            XCTAssertTrue(table.contains("data-label=\"\(locale)\">\(locale)</th>"), locale)
        }
        // Titles carry the language they are written in.
        XCTAssertTrue(table.contains("<span class=\"title\" lang=\"de-DE\">Beta</span>"))
        // States in words, beside the colour class.
        XCTAssertTrue(table.contains("<td class=\"cell stale\" data-sort=\"2000005\"><span class=\"state\" title=\"fr/b.md\">stale 5 days</span>"))
        XCTAssertTrue(table.contains("<td class=\"cell missing\" data-sort=\"3000000\"><span class=\"state\">missing</span></td>"))
        XCTAssertTrue(table.contains("37.5% untranslated (3 of 8 pairs)"))
        XCTAssertTrue(table.contains("<span class=\"sev error\">1 error</span> <span class=\"sev warning\">4 warnings</span>"))
        XCTAssertTrue(table.contains("<span class=\"sev note\">1 note</span>"))
        // The totals table has a row per locale; the summary counts findings.
        let totals = try slice(html, from: "<table class=\"totals\">", to: "</table>")
        XCTAssertEqual(count("<th scope=\"row\">", in: totals), status.locales.count)
        XCTAssertTrue(html.contains("<dt>Errors</dt><dd>2</dd>"))
        XCTAssertTrue(html.contains("<time datetime=\"2021-03-01\">2021-03-01</time>"))
    }

    /// Without JavaScript the rows are already in title order; the script
    /// only reorders rows by the `data-sort` keys the page carries.
    func testDefaultOrderAndSortKeys() throws {
        let html = StatusHTMLWriter().render(status)
        let alpha = try XCTUnwrap(html.range(of: "alpha &lt;b&gt;"))
        let beta = try XCTUnwrap(html.range(of: ">Beta</span>"))
        XCTAssertLessThan(alpha.lowerBound, beta.lowerBound)
        XCTAssertTrue(html.contains("aria-sort=\"ascending\">Document</th>"), "the default order is announced")
        let script = try slice(html, from: "<script>", to: "</script>")
        XCTAssertTrue(script.contains(StatusHTMLAssets.script), "the script is the fixed asset, nothing from content")
        XCTAssertTrue(script.contains("data-sort") && script.contains("aria-sort"))
        let current = LocaleCell(locale: "x", state: .current, segments: 10, untranslated: 10)
        let stale = LocaleCell(locale: "x", state: .stale, daysBehind: 1)
        let longStale = LocaleCell(locale: "x", state: .stale, daysBehind: 400)
        let undated = LocaleCell(locale: "x", state: .undated)
        let missing = LocaleCell(locale: "x", state: .missing)
        let keys = [current, undated, stale, longStale, missing].map(StatusHTMLWriter.sortKey)
        XCTAssertEqual(keys, keys.sorted(), "more work to do sorts higher: \(keys)")
        XCTAssertEqual(Set(keys).count, keys.count)
    }

    func testEverythingFromContentIsEscaped() throws {
        var status = self.status
        status.documents[0].title = "<script>alert('x')</script> & \"quoted\" \u{1}"
        status.documents[0].key = "k\"><img src=x>"
        status.documents[0].titleLocale = "de\"x"
        status.documents[0].cells[1].path = "fr/\"a\".md"
        status.documents[0].cells[1].translation = "<MT>"
        let html = StatusHTMLWriter().render(status)
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<MT>"))
        XCTAssertFalse(html.contains("\u{1}"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        XCTAssertTrue(html.contains("lang=\"de&quot;x\""))
        XCTAssertTrue(html.contains("title=\"fr/&quot;a&quot;.md\""))
        // Only the page's own script element.
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1)
        XCTAssertTrue(StatusHTMLWriter().render(self.status).contains("alpha &lt;b&gt;&amp;&quot;q&quot;&#39;"))
    }

    func testLongPathKeysLoseOnlyTheirSharedFolder() {
        XCTAssertEqual(StatusHTMLWriter.sharedFolder(of: ["../c/docs/*/a/x", "../c/docs/*/b/y", "guid-1"]), "../c/docs/*/")
        XCTAssertEqual(StatusHTMLWriter.sharedFolder(of: ["../c/docs/*/ab", "../c/docs/*/ac"]), "../c/docs/*/",
                       "the prefix stops at a folder, not inside a name")
        XCTAssertEqual(StatusHTMLWriter.sharedFolder(of: ["guid-1", "guid-2"]), "")
        XCTAssertEqual(StatusHTMLWriter.shortKey("../c/docs/*/a/x", prefix: "../c/docs/*/"), "a/x")
        XCTAssertEqual(StatusHTMLWriter.shortKey("guid-1", prefix: "../c/docs/*/"), "guid-1")
    }

    func testEmptyStatusStillRenders() throws {
        let empty = TranslationStatus(report: HandReport.report(files: [], findings: []))
        let html = StatusHTMLWriter().render(empty)
        XCTAssertTrue(html.contains("0 documents × 0 locales"))
        XCTAssertTrue(html.contains("an unknown date"))
        let json = try JSONSerialization.jsonObject(with: Data(StatusJSONWriter().render(empty).utf8)) as? [String: Any]
        XCTAssertEqual((json?["documents"] as? [Any])?.count, 0)
        XCTAssertTrue(json?["generated"] is NSNull)
    }

    // MARK: - JSON

    func testJSONCarriesTheModel() throws {
        let status = self.status
        let text = StatusJSONWriter().render(status)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(Set(root.keys), ["schema", "generated", "summary", "locales", "totals", "documents"])
        XCTAssertEqual(root["schema"] as? String, "tolk.status/1")
        XCTAssertEqual(root["generated"] as? String, "2021-03-01")
        XCTAssertEqual(root["locales"] as? [String], status.locales)
        let documents = try XCTUnwrap(root["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.compactMap { $0["key"] as? String }, status.documents.map(\.key))
        for (entry, document) in zip(documents, status.documents) {
            let cells = try XCTUnwrap(entry["locales"] as? [String: [String: Any]])
            XCTAssertEqual(Set(cells.keys), Set(status.locales))
            for cell in document.cells {
                let json = try XCTUnwrap(cells[cell.locale])
                XCTAssertEqual(Set(json.keys), ["state", "daysBehind", "path", "sourceDate", "translation", "isSource",
                                                "segments", "untranslated", "untranslatedShare", "findings"])
                XCTAssertEqual(json["state"] as? String, cell.state.rawValue)
                XCTAssertEqual(json["daysBehind"] as? Int, cell.daysBehind)
                XCTAssertEqual(json["segments"] as? Int, cell.segments)
                XCTAssertEqual(json["untranslated"] as? Int, cell.untranslated)
                let findings = try XCTUnwrap(json["findings"] as? [String: Int])
                XCTAssertEqual(findings, ["error": cell.findings.errors, "warning": cell.findings.warnings,
                                          "note": cell.findings.notes, "total": cell.findings.total])
                if cell.state == .missing { XCTAssertTrue(json["path"] is NSNull) }
            }
        }
        let b = try XCTUnwrap(documents.last?["locales"] as? [String: [String: Any]])
        XCTAssertEqual(b["de-DE"]?["untranslatedShare"] as? Double, 0.375)
        let totals = try XCTUnwrap(root["totals"] as? [String: [String: Any]])
        XCTAssertEqual(totals["fr-FR"]?["segments"] as? Int, 7)
        XCTAssertEqual(totals["fr-FR"]?["stale"] as? Int, 1)
        XCTAssertEqual(totals["fr-FR"]?["maxDaysBehind"] as? Int, 5)
        // Shares are short decimals, not 0.33333333333333331.
        XCTAssertEqual(StatusMath.share(1, of: 3), 0.3333)
        XCTAssertFalse(text.contains("33333333"))
    }

    /// Sorted keys: every object's keys appear in order in the bytes.
    func testJSONKeysAreSortedAndOutputIsDeterministic() throws {
        let report = TranslationStatusTests.handReport()
        var reversed = report
        reversed.files.reverse()
        reversed.findings.reverse()
        let a = StatusJSONWriter().render(TranslationStatus(report: report))
        let b = StatusJSONWriter().render(TranslationStatus(report: reversed))
        XCTAssertEqual(a, b)
        XCTAssertEqual(StatusHTMLWriter().render(TranslationStatus(report: report)),
                       StatusHTMLWriter().render(TranslationStatus(report: reversed)))
        // Keys of one object share an indentation; a line less indented ends that object.
        var last: [Int: String] = [:]
        var compared = 0
        for line in a.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            last = last.filter { $0.key <= indent }
            guard let match = line.firstMatch(of: /^ *"([^"]+)" :/) else { continue }
            let key = String(match.1)
            if let previous = last[indent] {
                XCTAssertLessThan(previous, key, "keys out of order at indentation \(indent)")
                compared += 1
            }
            last[indent] = key
        }
        XCTAssertGreaterThan(compared, 20)
        XCTAssertTrue(a.contains("\"daysBehind\" : 5,\n          \"findings\""), "keys in sorted order within a cell")
    }

    /// The fixture tree end to end: page and JSON agree with each other.
    func testFixturePageAndJSONAgree() throws {
        let status = TranslationStatus(report: try S.report(S.fixture))
        let html = StatusHTMLWriter().render(status)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(StatusJSONWriter().render(status).utf8))
                                 as? [String: Any])
        let documents = try XCTUnwrap(root["documents"] as? [[String: Any]])
        for entry in documents {
            let title = try XCTUnwrap(entry["title"] as? String)
            // Escaped here by hand, not by the writer's own function: the fixture titles hold no control characters.
            let escaped = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
            XCTAssertTrue(html.contains(">\(escaped)</span>"), title)
            let cells = try XCTUnwrap(entry["locales"] as? [String: [String: Any]])
            for (_, cell) in cells where cell["state"] as? String == "stale" {
                let days = try XCTUnwrap(cell["daysBehind"] as? Int)
                XCTAssertTrue(html.contains(">stale \(days) days</span>"))
            }
        }
        XCTAssertTrue(html.contains("Water the garden &amp; check the &quot;pond&quot; when a &lt; b"))
    }
}
