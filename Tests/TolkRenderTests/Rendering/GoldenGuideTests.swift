import Foundation
import TolkParser
import TolkRules
import XCTest
@testable import TolkRender

/// `add-a-new-customer` from the corpus seeds in de-DE, zh-CN, sv-SE and
/// nl-NL, in every format, byte for byte against files reviewed by hand
/// against the source Markdown.
///
/// The seeds are licensed text that must not be copied into the project, so
/// the golden files are redacted: every run of letters that occurs in the
/// seeds is written `‹length#hash›` (as the parser's golden trees are), while
/// layout, numbering, labels' brackets, markup and Tolk's own words stay.
/// A changed word, line break or tag still fails the comparison.
///
/// Regenerate after a deliberate change with
/// `TOLK_UPDATE_GOLDEN=1 swift test --filter GoldenGuideTests`; it also
/// writes the plain renderings to `build/golden-review/` (git-ignored) to be
/// read against the seeds before the redacted diff is committed.
final class GoldenGuideTests: XCTestCase {
    /// After the agreement transition and after the Swedish version's date,
    /// so the roles of 2020-04-27 and the new agreement are in force.
    static let asOf = "2020-06-01"

    func testSeedGuidesMatchTheirGoldenFiles() throws {
        let catalog = try RenderTestInputs.seedCatalog.get()
        let update = ProcessInfo.processInfo.environment["TOLK_UPDATE_GOLDEN"] == "1"
        for locale in ["de-DE", "zh-CN", "sv-SE", "nl-NL"] {
            let guide = try RenderTestInputs.guide(catalog, "add-a-new-customer", locale, day(Self.asOf))
            XCTAssertEqual(guide.locale.used, locale, "the seeds have this locale")
            for (ext, plain) in try AllFormats.render(guide) {
                let name = "add-a-new-customer.\(locale).\(ext)"
                let url = RenderTestInputs.golden.appendingPathComponent(name)
                let text = Self.redacted(plain, words: try Self.seedText.get())
                if update {
                    let review = RenderTestInputs.repository.appendingPathComponent("build/golden-review")
                    for directory in [RenderTestInputs.golden, review] {
                        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    }
                    try Data(plain.utf8).write(to: review.appendingPathComponent(name))
                    try Data(text.utf8).write(to: url)
                    continue
                }
                guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
                    XCTFail("missing golden \(url.lastPathComponent); run with TOLK_UPDATE_GOLDEN=1 and review it")
                    continue
                }
                if let difference = Self.firstDifference(expected, text) {
                    XCTFail("\(url.lastPathComponent) differs (TOLK_UPDATE_GOLDEN=1 rewrites it):\n\(difference)")
                }
            }
        }
    }

    /// The raw text of every seed file: what the goldens must not repeat.
    static let seedText = Result {
        try ContentLoader.markdownFiles(in: [RenderTestInputs.seeds]).files.map { try String(contentsOfFile: $0, encoding: .utf8) }
            .joined(separator: "\n")
    }

    /// `text` with every run of letters that has a letter outside ASCII, or
    /// of two or more that occurs in `words`, written `‹length#hash›`
    /// (length in scalars, the first 8 hex digits of the FNV-1a hash of its UTF-8).
    static func redacted(_ text: String, words: String) -> String {
        var out = ""
        var run = ""
        // Inside an HTML tag or the style sheet the words are Tolk's markup, never the seeds'.
        var inTag = false, inStyle = false
        func flush() {
            if inTag || inStyle {
                out += run
                run = ""
                return
            }
            // Runs outside ASCII go whole: wrapping and markup cut CJK text
            // anywhere, so a piece of a seed sentence need not occur as such.
            if run.unicodeScalars.contains(where: { !$0.isASCII }) || (run.unicodeScalars.count >= 2 && words.contains(run)) {
                out += "‹\(run.unicodeScalars.count)#\(FNV1a.hex(run))›"
            } else {
                out += run
            }
            run = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                run.unicodeScalars.append(scalar)
            } else {
                flush()
                out.unicodeScalars.append(scalar)
                if scalar == "<", !inStyle || out.hasSuffix("</") == false { inTag = true }
                if scalar == ">" {
                    inTag = false
                    if out.hasSuffix("<style>") { inStyle = true }
                }
                if scalar == "/", inStyle, out.hasSuffix("</") { inStyle = false; inTag = true }
            }
        }
        flush()
        return out
    }

    /// Redaction hides the seeds' words and keeps the rest.
    func testRedactionHidesSeedWordsAndKeepsLayout() {
        let words = "Wählen Sie Kunden aus"
        XCTAssertEqual(Self.redacted("<p class=\"Kunden\">Kunden</p><style>Sie</style>", words: words),
                       "<p class=\"Kunden\">‹6#\(FNV1a.hex("Kunden"))›</p><style>Sie</style>")
        XCTAssertEqual(Self.redacted("1. Wählen [Kunden] Steps\n   客户 a", words: words),
                       "1. ‹6#\(FNV1a.hex("Wählen"))› [‹6#\(FNV1a.hex("Kunden"))›] Steps\n   ‹2#\(FNV1a.hex("客户"))› a")
    }

    /// The first line that differs, with its number, as `-expected` / `+actual`.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for index in 0..<max(e.count, a.count) {
            let l = index < e.count ? e[index] : "(end of file)"
            let r = index < a.count ? a[index] : "(end of file)"
            if l != r { return "line \(index + 1):\n-\(l)\n+\(r)" }
        }
        return "the files differ in their line endings"
    }
}
