@testable import TolkChecks
import XCTest

final class LinkMismatchCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsChangedMissingAndEmptiedLinks() throws {
        let text = try Support.fixture("content", "drifted.md")
        let findings = Support.findings(LinkMismatchCheck(), in: Support.parse(text))
        XCTAssertEqual(findings.map(\.segment), ["f00d2-103", "f00d2-104", "f00d2-108"])
        // A changed destination: at the target's link, naming both.
        XCTAssertEqual(findings[0].message, "link target 'customer-roles.md' in the source is 'roles.md' in the target")
        XCTAssertEqual(findings[0].location, Support.location(of: "[Rollen](roles.md)", in: text))
        // A link the target dropped: at the pair.
        XCTAssertEqual(findings[1].message, "link target 'overview.md' of the source is missing from the target")
        XCTAssertEqual(findings[1].location, Support.location(of: "<span data-ttu-id=\"f00d2-104\"", in: text))
        XCTAssertTrue(findings[2].message.contains("'guide.md'"))
    }

    func testLocaleFoldersAndParametersDoNotCount() throws {
        // translated.md links to /de-de/…?lang=de-de where the source has /en-us/…?lang=en-us.
        XCTAssertEqual(Support.findings(LinkMismatchCheck(), in: try Support.fixture("content", "translated.md")), [])
        XCTAssertEqual(LinkMismatchCheck.normalized("https://Learn.Contoso.example/sv-se/a/b?x=1&mkt=sv-SE#top"),
                       "https://learn.contoso.example/{locale}/a/b?x=1&mkt={locale}#top")
        XCTAssertEqual(LinkMismatchCheck.normalized("/zh-cn/partner-center/x.md"), "/{locale}/partner-center/x.md")
        XCTAssertEqual(LinkMismatchCheck.normalized(" <a.md> "), "a.md")
        // Words that look like tags but are not locales stay.
        XCTAssertEqual(LinkMismatchCheck.normalized("/add-on/x"), "/add-on/x")
        XCTAssertEqual(LinkMismatchCheck.normalized("/go-to/x"), "/go-to/x")
    }

    func testOrderDoesNotCountButNumberDoes() {
        let two = Support.pair("1ab2c-1", "Siehe [B](b.md) und [A](a.md).", "See [A](a.md) and [B](b.md).")
        let twice = Support.pair("1ab2c-2", "Siehe [A](a.md).", "See [A](a.md) and [again](a.md).")
        let findings = Support.findings(LinkMismatchCheck(), in: Support.frontMatter("de-DE") + two + " " + twice + "\n")
        XCTAssertEqual(findings.map(\.segment), ["1ab2c-2"])
    }
}
