import XCTest
@testable import TolkChecks

final class PlaceholderMismatchCheckTests: XCTestCase {
    private typealias Support = TextCheckTestSupport
    private let check = PlaceholderMismatchCheck()

    func testFixtureWithChangedPlaceholdersIsReported() {
        let findings = Support.findings(check, in: Support.fixture("placeholder-mismatch-triggers.md"))
        XCTAssertEqual(findings.count, 5, "\(findings.map(\.message))")
        XCTAssertEqual(Support.only(findings, segment: "p1-101")?.message,
                       "the target has include '../includes/hinweis.md' where the source has '../includes/note.md'")
        XCTAssertEqual(Support.only(findings, segment: "p1-102")?.message,
                       "the target has no-loc term 'Partnerzentrum' where the source has 'Partner Center'")
        XCTAssertEqual(Support.only(findings, segment: "p1-103")?.message,
                       "the target has alert keyword '[!HINWEIS]' where the source has '[!NOTE]'")
        // {0} is kept; the named placeholder was translated.
        XCTAssertEqual(Support.only(findings, segment: "p1-104")?.message,
                       "the target has placeholder '{Kundenname}' where the source has '{customerName}'")
        XCTAssertEqual(Support.only(findings, segment: "p1-105")?.message,
                       "HTML tag '<br/>' of the source is missing in the target")
        XCTAssertTrue(findings.allSatisfy { $0.severity == .error })
    }

    func testKeptPlaceholdersInAnyOrderCaseOrSpacingAreNotReported() {
        XCTAssertEqual(Support.findings(check, in: Support.fixture("placeholder-mismatch-clean.md")).map(\.message), [])
    }

    func testSeveralMissingItemsAreNamedInOneFinding() {
        let text = Support.file(locale: "de-DE", [
            Support.pair("m-1", "Bestellung für Kunde", "Order {0} for {1}"),
        ])
        XCTAssertEqual(Support.findings(check, in: text).map(\.message),
                       ["placeholders '{0}', '{1}' of the source are missing in the target"])
    }

    func testTagNormalization() {
        XCTAssertEqual(PlaceholderMismatchCheck.normalizedTag("<BR />"), "<br>")
        XCTAssertEqual(PlaceholderMismatchCheck.normalizedTag("<a   href=\"https://x.test/de-de/a\">"),
                       "<a href=\"https://x.test/*/a\">")
        XCTAssertNil(PlaceholderMismatchCheck.normalizedTag("<!-- note -->"))
        // Only folders that are locale tags are neutral: `/go-to/` stays what it is.
        XCTAssertEqual(PlaceholderMismatchCheck.normalizedTag("<a href=\"https://x.test/zh-Hant-TW/go-to/a\">"),
                       "<a href=\"https://x.test/*/go-to/a\">")
        XCTAssertNotEqual(PlaceholderMismatchCheck.normalizedTag("<a href=\"/en-us/go-to/a\">"),
                          PlaceholderMismatchCheck.normalizedTag("<a href=\"/en-us/go-by/a\">"))
    }
}
