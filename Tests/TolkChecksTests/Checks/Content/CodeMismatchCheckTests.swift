@testable import TolkChecks
import XCTest

final class CodeMismatchCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsTranslatedCode() throws {
        let text = try Support.fixture("content", "drifted.md")
        let findings = Support.findings(CodeMismatchCheck(), in: Support.parse(text))
        XCTAssertEqual(findings.map(\.segment), ["f00d2-107"])
        XCTAssertEqual(findings.first?.message, "code `status` in the source is `Status` in the target, `active` is `aktiv`")
        XCTAssertEqual(findings.first?.location, Support.location(of: "<span data-ttu-id=\"f00d2-107\"", in: text))
    }

    func testReportsDroppedAndAddedCode() {
        let dropped = Support.pair("c0de0-1", "Geben Sie die ID ein.", "Enter the `id`.")
        let added = Support.pair("c0de0-2", "Siehe `Tags`.", "See Tags.")
        let findings = Support.findings(CodeMismatchCheck(), in: Support.frontMatter("de-DE") + dropped + " " + added + "\n")
        XCTAssertEqual(findings.map(\.message), [
            "code `id` of the source is missing from the target", "the target has code `Tags` the source does not",
        ])
    }

    func testSameCodeInAnotherOrderIsNotReported() throws {
        // translated.md's step 3 keeps `status`, `active` and `region`.
        XCTAssertEqual(Support.findings(CodeMismatchCheck(), in: try Support.fixture("content", "translated.md")), [])
        let reordered = Support.pair("c0de0-3", "Erst `b`, dann `a`.", "First `a`, then `b`.")
        XCTAssertEqual(Support.findings(CodeMismatchCheck(), in: Support.frontMatter("de-DE") + reordered + "\n"), [])
    }
}
