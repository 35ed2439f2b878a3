@testable import TolkChecks
import XCTest

final class MissingTranslationCheckTests: XCTestCase {
    /// fr-FR lacks beta.md, which en-US (the source) has; de-DE's local page
    /// is not in en-US, so no one else is expected to have it.
    func testLocaleMissingASourceDocumentIsReportedAtTheSourceFile() throws {
        let root = LocalesTestSupport.fixture("missing")
        let report = try LocalesTestSupport.run([root], checks: [MissingTranslationCheck()])
        let found = LocalesTestSupport.findings(report, "missing-translation")
        XCTAssertEqual(found.count, 1, "\(found.map(\.message))")
        let finding = try XCTUnwrap(found.first)
        XCTAssertEqual(finding.path, root + "/en-US/beta.md")
        XCTAssertEqual(finding.locale, "en-US")
        XCTAssertEqual([finding.line, finding.column], [1, 1])
        XCTAssertEqual(finding.severity, .note)
        XCTAssertTrue(finding.message.hasPrefix("no fr-FR translation of this document, which exists in de-DE and en-US"),
                      finding.message)
        XCTAssertTrue(finding.message.hasSuffix("expected at " + root + "/fr-FR/beta.md"), finding.message)
    }

    /// Without the source locale: guide.md (de-DE, sv-SE) lacks zh-CN. Not
    /// reported: zh-CN's own overview, the page sv-SE has under a new name
    /// (same heading anchor), the page sv-SE has as a YAML FAQ.
    func testWithoutTheSourceLocaleOnlySharedDocumentsAreExpected() throws {
        let root = LocalesTestSupport.fixture("missing-no-source")
        let report = try LocalesTestSupport.run([root], checks: [MissingTranslationCheck()])
        let found = LocalesTestSupport.findings(report, "missing-translation")
        XCTAssertEqual(found.count, 1, "\(found.map(\.message))")
        let finding = try XCTUnwrap(found.first)
        // de-DE has more documents than sv-SE, so it is the reference.
        XCTAssertEqual(finding.path, root + "/de-DE/guide.md")
        XCTAssertTrue(finding.message.hasPrefix("no zh-CN translation"), finding.message)
        XCTAssertTrue(finding.message.hasSuffix("expected at " + root + "/zh-CN/guide.md"), finding.message)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/sv-SE/questions.yml"))
    }

    /// The seeds hold customer-accounts in de-DE only: a sample, not a
    /// missing translation; add-a-new-customer is in every seed locale.
    func testSeedsHaveNoMissingTranslation() throws {
        let seeds = try LocalesTestSupport.corpusPath("seeds")
        let report = try LocalesTestSupport.run([seeds], checks: [MissingTranslationCheck()])
        XCTAssertEqual(report.summary.documents, 2)
        XCTAssertEqual(report.summary.locales.count, 4)
        XCTAssertEqual(LocalesTestSupport.findings(report, "missing-translation").map(\.message), [])
    }

    func testExpectedPathReplacesTheNearestLocaleFolder() {
        XCTAssertEqual(LocaleGroupFacts.path("../c/de-DE/sub/x.md", withLocale: "sv-SE"), "../c/sv-SE/sub/x.md")
        XCTAssertEqual(LocaleGroupFacts.path("/a/en-us/b/fr/x.md", withLocale: "nl-NL"), "/a/en-us/b/nl-NL/x.md")
        XCTAssertNil(LocaleGroupFacts.path("docs/x.md", withLocale: "sv-SE"))
        XCTAssertNil(LocaleGroupFacts.path("x.md", withLocale: "sv-SE"))
    }
}
