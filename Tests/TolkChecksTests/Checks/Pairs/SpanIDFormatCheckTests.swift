@testable import TolkChecks
import XCTest

final class SpanIDFormatCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsAnOddPrefixAndAnIDWithoutNumber() throws {
        let text = try Support.fixture("pairs", "odd-ids.md")
        let findings = Support.findings(SpanIDFormatCheck(), in: Support.parse(text))
        XCTAssertEqual(findings.map(\.segment), ["beef1-104", "note"])
        XCTAssertEqual(findings.first?.location, Support.location(of: "<span data-ttu-id=\"beef1-104\"", in: text))
        XCTAssertTrue(findings.first?.message.contains("'c0ffe'") == true)
        XCTAssertEqual(findings.last?.location, Support.location(of: "<span data-ttu-id=\"note\"", in: text))
    }

    func testATieHasNoOddOneOut() {
        let text = Support.frontMatter("de-DE")
            + Support.pair("aaaaa-1", "Eins.", "One.") + " " + Support.pair("bbbbb-2", "Zwei.", "Two.") + "\n"
        XCTAssertEqual(Support.findings(SpanIDFormatCheck(), in: text), [])
    }

    func testIDParts() {
        XCTAssertEqual(PairsIDs.parts("67d78-104").map { [String($0.prefix), String($0.number)] }, ["67d78", "104"])
        XCTAssertNil(PairsIDs.parts("67d78"))
        XCTAssertNil(PairsIDs.parts("-104"))
        XCTAssertNil(PairsIDs.parts("67d78-"))
        XCTAssertNil(PairsIDs.parts("67d78-10a"))
        XCTAssertNil(PairsIDs.parts("67 78-104"))
        XCTAssertNil(PairsIDs.parts("67d78-1-2"))
    }

    func testConsistentIDsAreNotReported() throws {
        XCTAssertEqual(Support.findings(SpanIDFormatCheck(), in: try Support.fixture("pairs", "clean.md")), [])
    }
}
