import XCTest
@testable import TolkRender

final class LinkPolicyTests: XCTestCase {
    func testUnsafeSchemesAreDroppedHoweverTheyAreSpelled() {
        for url in ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                    "java\nscript:x", "\u{1}javascript:x", "&#106;avascript:x", "&#x6A;avascript:x", "javascript&colon;x",
                    "jav&Tab;ascript:x", "vbscript:msgbox", "data:text/html,<script>", "DATA:image/svg+xml,x", "file:///etc/passwd",
                    "java\u{200B}script:x"] {
            XCTAssertNil(LinkPolicy.classify(url), "\(url.debugDescription) must be dropped")
        }
    }

    func testWebMailAndRelativeLinksPass() {
        XCTAssertEqual(LinkPolicy.classify("https://example.com/x"), .url("https://example.com/x"))
        XCTAssertEqual(LinkPolicy.classify("HTTP://example.com"), .url("HTTP://example.com"))
        XCTAssertEqual(LinkPolicy.classify("mailto:a@example.com"), .url("mailto:a@example.com"))
        XCTAssertEqual(LinkPolicy.classify("confirm-agreement.md"), .page("confirm-agreement.md"))
        XCTAssertEqual(LinkPolicy.classify("../a/b.md#x:y"), .page("../a/b.md#x:y"), "a colon after a slash is no scheme")
        XCTAssertNil(LinkPolicy.classify(""))
    }

    func testGuideNamesFromLinks() {
        XCTAssertEqual(GuideCatalog.documentName(ofLink: "../x/confirm-agreement.md#anchor"), "confirm-agreement")
        XCTAssertEqual(GuideCatalog.documentName(ofLink: "add-a-new-customer.2019-11-13.md"), "add-a-new-customer")
        XCTAssertEqual(GuideCatalog.documentName(ofLink: "roles"), "roles")
    }
}
