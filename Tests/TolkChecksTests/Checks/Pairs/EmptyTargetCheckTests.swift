@testable import TolkChecks
import XCTest

final class EmptyTargetCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsEmptyAndMarkupOnlyTargets() throws {
        let text = try Support.fixture("pairs", "empty-targets.md")
        let findings = Support.findings(EmptyTargetCheck(), in: Support.parse(text))
        // 102 is empty, 103 only a <br/>; 105 is a dash (text), 106 has no source text either.
        XCTAssertEqual(findings.map(\.segment), ["e0e0e-102", "e0e0e-103"])
        XCTAssertEqual(findings.map(\.location), [
            Support.location(of: "<span data-ttu-id=\"e0e0e-102\"", in: text),
            Support.location(of: "<span data-ttu-id=\"e0e0e-103\"", in: text),
        ])
        XCTAssertTrue(findings[0].message.contains("empty"))
        XCTAssertTrue(findings[1].message.contains("only markup"))
        XCTAssertTrue(findings[0].message.contains("'This sentence was never translated.'"))
    }

    func testTranslatedTargetsAreNotReported() throws {
        XCTAssertEqual(Support.findings(EmptyTargetCheck(), in: try Support.fixture("pairs", "clean.md")), [])
    }
}
