@testable import TolkChecks
import TolkModel
import XCTest

final class LinkEmptyTextCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsEveryEmptyLinkOfTheDutchSeedAtItsPosition() throws {
        let url = Support.corpus.appendingPathComponent("seeds/nl-NL/add-a-new-customer.2021-04-27.md")
        let text = try Support.read(url)
        let document = Support.parse(text, path: url.path)
        XCTAssertTrue(document.segments.isEmpty, "the seed is a machine translation without pairs")
        // Every `[](` that is not an image's `![](`.
        let images = Set(Support.locations(of: "![](", in: text).map { SourceLocation(line: $0.line, column: $0.column + 1) })
        let expected = Support.locations(of: "[](", in: text).filter { !images.contains($0) }
        XCTAssertGreaterThanOrEqual(expected.count, 1)
        let findings = Support.findings(LinkEmptyTextCheck(), in: document)
        XCTAssertEqual(findings.map(\.location), expected)
        XCTAssertTrue(findings.allSatisfy { $0.segment == nil && $0.message.contains(".md'") })
    }

    func testReportsEmptyLinksInPairsAndTables() throws {
        let text = try Support.fixture("content", "machine.md")
        let findings = Support.findings(LinkEmptyTextCheck(), in: Support.parse(text))
        // `[](roles.md)` in a list item and `[ ](naam.md)` in a table cell;
        // the link around an image has something to select.
        XCTAssertEqual(findings.map(\.location), [
            Support.location(of: "[](roles.md)", in: text), Support.location(of: "[ ](naam.md)", in: text),
        ])
        let drifted = try Support.fixture("content", "drifted.md")
        let inPair = Support.findings(LinkEmptyTextCheck(), in: Support.parse(drifted))
        XCTAssertEqual(inPair.map(\.segment), ["f00d2-109"])
        XCTAssertEqual(inPair.first?.location, Support.location(of: "[](overview.md)", in: drifted))
    }

    func testLinksWithTextAreNotReported() throws {
        XCTAssertEqual(Support.findings(LinkEmptyTextCheck(), in: try Support.fixture("content", "translated.md")), [])
        XCTAssertEqual(Support.findings(LinkEmptyTextCheck(), in: "See [`code`](a.md) and [:::no-loc text=\"X\":::](b.md).\n"), [])
    }
}
