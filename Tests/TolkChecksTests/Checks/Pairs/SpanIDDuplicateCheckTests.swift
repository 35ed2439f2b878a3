@testable import TolkChecks
import XCTest

final class SpanIDDuplicateCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsTheSecondPairWithAnID() throws {
        let text = try Support.fixture("pairs", "broken-spans.md")
        let findings = Support.findings(SpanIDDuplicateCheck(), in: Support.parse(text))
        XCTAssertEqual(findings.count, 1)
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.segment, "ab12c-101")
        // The heading holds the first pair with the id, the paragraph further down the second.
        XCTAssertEqual(finding.location, Support.location(of: "<span data-ttu-id=\"ab12c-101\"", in: text, occurrence: 2))
        XCTAssertTrue(finding.message.contains("Kaputte Paare"), "names the earlier pair by its text")
        XCTAssertFalse(PairsIDs.citesPosition(finding.message))
    }

    func testThreeUsesAreTwoFindings() {
        let text = Support.frontMatter("de-DE")
            + (1...3).map { Support.pair("dd00d-7", "Satz \($0).", "Sentence \($0).") }.joined(separator: " ") + "\n"
        XCTAssertEqual(Support.findings(SpanIDDuplicateCheck(), in: text).count, 2)
    }

    func testUniqueIDsAreNotReported() throws {
        XCTAssertEqual(Support.findings(SpanIDDuplicateCheck(), in: try Support.fixture("pairs", "clean.md")), [])
    }
}
