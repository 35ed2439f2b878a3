import TolkModel
import XCTest
@testable import TolkRender

/// BCP 47 fallback: the tag, its language, the content's locale of that
/// language, the source locale; said in every format.
final class LocaleFallbackTests: XCTestCase {
    func testChainPrefersTheSameScript() {
        let fallback = LocaleFallback(sourceLocale: "en-US")
        XCTAssertEqual(fallback.chain(for: LocaleTag("de-AT")!, available: ["de-DE", "sv-SE"]), ["de-AT", "de", "de-DE", "en-US"])
        XCTAssertEqual(fallback.chain(for: LocaleTag("zh-TW")!, available: ["zh-CN", "zh-Hant-HK"]),
                       ["zh-TW", "zh", "zh-Hant-HK", "zh-CN", "en-US"], "Traditional Chinese first")
        XCTAssertEqual(fallback.resolve(LocaleTag("ko-KR")!, available: ["de-DE"]).used, "en-US")
        XCTAssertEqual(fallback.resolve(LocaleTag("sv-SE")!, available: ["sv-SE"]).chain, ["sv-SE"])
    }

    func testAustrianGermanFallsBackToGermanAndSaysSoInEveryFormat() throws {
        let catalog = try RenderTestInputs.contentCatalog.get()
        let guide = try RenderTestInputs.guide(catalog, "add-a-customer", "de-AT", day("2024-06-01"))
        XCTAssertEqual(guide.locale.used, "de-DE")
        XCTAssertEqual(guide.locale.chain, ["de-AT", "de", "de-DE"])
        XCTAssertTrue(guide.source.hasSuffix("Content/de-DE/add-a-customer.md (ms.date 2024-03-14)"), guide.source)
        let note = try XCTUnwrap(guide.locale.note)
        for (ext, text) in try AllFormats.render(guide) {
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(flat.contains(note), "\(ext) says: \(note)")
        }
        XCTAssertTrue(try JSONGuideRenderer().render(guide).contains("\"requested\" : \"de-AT\""))
    }

    func testALocaleWithoutTheDocumentFallsBackToEnglish() throws {
        let catalog = try RenderTestInputs.contentCatalog.get()
        // da-DK has no translation of confirm-agreement (two pages are missing there).
        let guide = try RenderTestInputs.guide(catalog, "confirm-agreement", "da-DK", day("2024-06-01"))
        XCTAssertEqual(guide.locale.used, "en-US")
        XCTAssertTrue(guide.locale.isSourceFallback)
        XCTAssertTrue(guide.source.hasPrefix("Content/en-US/"), guide.source)
        XCTAssertTrue(HTMLGuideRenderer().render(guide).contains("<p class=\"fallback\" role=\"note\" lang=\"en\" data-requested=\"da-DK\">"))
    }

    func testEnglishFromTheSourceSideOfThePairsWhenNoEnglishFileExists() throws {
        let catalog = try RenderTestInputs.seedCatalog.get()
        let guide = try RenderTestInputs.guide(catalog, "add-a-new-customer", "fr-FR", day("2020-06-01"))
        XCTAssertEqual(guide.locale.used, "en-US")
        XCTAssertEqual(guide.locale.chain, ["fr-FR", "fr", "en-US"])
        XCTAssertTrue(guide.source.contains("sv-SE/") && guide.source.hasSuffix("English source side of the pairs"), guide.source)
        // The Swedish file's pairs, source side: the English of its first step.
        let first = try XCTUnwrap(guide.steps.first)
        XCTAssertEqual(first.paragraphs.first?.runs.compactMap { if case .uiLabel(let l) = $0 { l } else { nil } },
                       ["Customers", "Add customer"])
        XCTAssertFalse(guide.hasEnglishFallback, "the whole guide is English by the locale fallback, said once")
    }

    func testUntranslatedPairsAndEnglishLeftInPlainFilesAreMarked() throws {
        let catalog = try RenderTestInputs.seedCatalog.get()
        // The plain German file left steps 4 and 5 in English; the table knows their English text.
        let german = try RenderTestInputs.guide(catalog, "add-a-new-customer", "de-DE", day("2020-06-01"))
        XCTAssertEqual(german.steps.filter { $0.paragraphs.allSatisfy(\.isEnglishFallback) }.map(\.number), [4, 5])
        let text = TextGuideRenderer(width: 72).render(german)
        XCTAssertTrue(text.contains("4. (English) Select [Next: Subscriptions]"), text)
        XCTAssertTrue(MarkdownGuideRenderer().render(german).contains("4. *(English)* Select **Next: Subscriptions**"))
        XCTAssertTrue(HTMLGuideRenderer().render(german).contains("<p class=\"english-fallback\" lang=\"en\"><span class=\"english\" lang=\"en\">(English)</span> Select"))
    }

    func testAnUntranslatedPairShowsItsSourceMarked() throws {
        let pair = RenderTestInputs.pair
        let root = try RenderTestInputs.fixture([
            "sv-SE/task.md": """
                ---
                title: Uppgift
                ms.contentlocale: sv-SE
                ms.date: 01/02/2024
                ---
                # <a name="do-it"></a>\(pair("a-1", "Gör det", "Do it"))

                1. \(pair("a-2", "Välj **Spara** nu.", "Select **Save** now."))
                2. \(pair("a-3", "Select **Close** when you are done.", "Select **Close** when you are done."))
                3. \(pair("a-4", "", "Select **Exit** at the end."))

                """,
        ], for: self)
        let catalog = try RenderTestInputs.catalog([root])
        let guide = try RenderTestInputs.guide(catalog, "task", "sv-SE", day("2024-06-01"))
        XCTAssertEqual(guide.steps.map { $0.paragraphs.first?.isEnglishFallback }, [false, true, true])
        XCTAssertEqual(guide.steps[2].paragraphs.first?.plainText, "Select Exit at the end.", "an empty target shows the source")
        let json = try JSONGuideRenderer().render(guide)
        XCTAssertTrue(json.contains("\"englishFallback\" : true"))
    }
}
