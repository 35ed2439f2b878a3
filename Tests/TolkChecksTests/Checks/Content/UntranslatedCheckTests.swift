@testable import TolkChecks
import XCTest

final class UntranslatedCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsAnEnglishSentenceLeftAsTheTarget() throws {
        let text = try Support.fixture("content", "drifted.md")
        let findings = Support.findings(UntranslatedCheck(), in: Support.parse(text))
        XCTAssertEqual(findings.map(\.segment), ["f00d2-102"])
        XCTAssertEqual(findings.first?.location, Support.location(of: "<span data-ttu-id=\"f00d2-102\"", in: text))
        XCTAssertTrue(findings.first?.message.contains("'Open the billing page before you export the invoice.'") == true)
    }

    func testNamesCodesIdentifiersAndSingleWordsAreNotReported() throws {
        // Every equal pair of this file is a name, an identifier, a code, a
        // command, a data row or one word (see the fixture).
        let document = Support.parse(try Support.fixture("content", "translated.md"))
        let equal = document.segments.filter { PairsText.collapsed(Support.settingsFile(document).targetText($0))
            == PairsText.collapsed(Support.settingsFile(document).sourceText($0)) }
        XCTAssertEqual(equal.count, 9, "the fixture holds nine pairs whose target is the source (table rows)")
        XCTAssertEqual(Support.findings(UntranslatedCheck(), in: document), [])
    }

    func testWhitespaceDifferencesDoNotHideAnUntranslatedTarget() {
        let text = Support.frontMatter("sv-SE")
            + Support.pair("5e5e5-1", "Select  the plan\nyou want.", "Select the plan you want. ") + "\n"
        XCTAssertEqual(Support.findings(UntranslatedCheck(), in: text).count, 1)
    }

    func testNothingAppliesInTheSourceLanguage() {
        let pairs = Support.pair("5e5e5-1", "Select the plan you want.", "Select the plan you want.") + "\n"
        XCTAssertEqual(Support.findings(UntranslatedCheck(), in: Support.frontMatter("en-GB") + pairs), [])
        XCTAssertEqual(Support.findings(UntranslatedCheck(), in: Support.frontMatter("en-US") + "Select the plan you want.\n"), [])
    }

    func testNoLocTermsAreNames() {
        let text = Support.frontMatter("de-DE")
            + Support.pair("5e5e5-1", "Microsoft Partner Network", "Microsoft Partner Network") + " "
            + Support.pair("5e5e5-2", ":::no-loc text=\"Contoso widget\"::: API", ":::no-loc text=\"Contoso widget\"::: API") + "\n"
        XCTAssertEqual(Support.findings(UntranslatedCheck(), in: text), [])
    }

    func testWordRules() {
        XCTAssertNil(UntranslatedCheck.word("customerTenantId"))
        XCTAssertNil(UntranslatedCheck.word("CSP,"))
        XCTAssertNil(UntranslatedCheck.word("roles.md"))
        XCTAssertNil(UntranslatedCheck.word("$true"))
        XCTAssertNil(UntranslatedCheck.word("-Force"))
        XCTAssertNil(UntranslatedCheck.word("70-705"))
        XCTAssertEqual(UntranslatedCheck.word("(customers)."), "customers")
        XCTAssertEqual(UntranslatedCheck.word("high-propensity"), "high-propensity")
        let english = Support.settings.functionWords["en"] ?? []
        XCTAssertTrue(UntranslatedCheck.needsTranslation("Unit price", functionWords: english))
        XCTAssertFalse(UntranslatedCheck.needsTranslation("Department of Energy", functionWords: english))
        XCTAssertFalse(UntranslatedCheck.needsTranslation("Azure (preview)", functionWords: english))
        XCTAssertFalse(UntranslatedCheck.needsTranslation("Limit = none", functionWords: english))
    }
}
