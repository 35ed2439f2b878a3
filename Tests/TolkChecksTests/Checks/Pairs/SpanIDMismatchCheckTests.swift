@testable import TolkChecks
import XCTest

final class SpanIDMismatchCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsAPairWhoseSourceIDDiffersAtTheSourceTag() throws {
        let text = try Support.fixture("pairs", "broken-spans.md")
        let findings = Support.findings(SpanIDMismatchCheck(), in: Support.parse(text))
        XCTAssertEqual(findings.count, 1)
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.segment, "ab12c-105")
        XCTAssertEqual(finding.location, Support.location(of: "<span data-stu-id=\"ab12c-106\"", in: text))
        XCTAssertTrue(finding.message.contains("'ab12c-105'") && finding.message.contains("'ab12c-106'"))
        XCTAssertEqual(finding.severity, .error)
    }

    func testSaysWhenTheSourceIDBelongsToAnotherPair() {
        let text = Support.frontMatter("de-DE")
            + Support.pair("aa11b-1", "Eins.", "One.") + " "
            + Support.pair("aa11b-2", "Zwei.", "Two.", sourceID: "aa11b-1") + "\n"
        let findings = Support.findings(SpanIDMismatchCheck(), in: text)
        XCTAssertEqual(findings.count, 1)
        XCTAssertTrue(findings.first?.message.contains("another pair") == true)
    }

    func testMatchingIDsAreNotReported() throws {
        XCTAssertEqual(Support.findings(SpanIDMismatchCheck(), in: try Support.fixture("pairs", "clean.md")), [])
    }
}
