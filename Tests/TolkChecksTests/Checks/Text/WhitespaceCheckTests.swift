import XCTest
@testable import TolkChecks

final class WhitespaceCheckTests: XCTestCase {
    private typealias Support = TextCheckTestSupport
    private let check = WhitespaceCheck()

    func testFixtureWithAddedWhitespaceIsReported() {
        let findings = Support.findings(check, in: Support.fixture("whitespace-triggers.md"))
        XCTAssertEqual(findings.count, 3, "\(findings.map(\.message))")
        XCTAssertEqual(Support.only(findings, segment: "w1-101")?.message,
                       "the target starts with whitespace that the source does not have")
        XCTAssertEqual(Support.only(findings, segment: "w1-102")?.message,
                       "the target ends with whitespace that the source does not have")
        XCTAssertEqual(Support.only(findings, segment: "w1-103")?.message,
                       "the target has a doubled space ('Välj  en plan.') that the source does not have")
        XCTAssertTrue(findings.allSatisfy { $0.severity == .note })
    }

    func testChineseTargetsWithoutSpacesAndLineIndentationAreNotReported() {
        XCTAssertEqual(Support.findings(check, in: Support.fixture("whitespace-clean.md")).map(\.message), [])
    }

    func testDoubledSpacesTheSourceAlsoHasAreCounted() {
        let text = Support.file(locale: "de-DE", [
            Support.pair("c-1", "Eins  zwei  drei", "One  two three"),
            Support.pair("c-2", "Eins  zwei", "One  two"),
        ])
        let findings = Support.findings(check, in: text)
        // c-1: two runs in the target, one in the source; c-2: one each, nothing added.
        XCTAssertEqual(findings.map(\.message), ["the target has 2 doubled spaces ('Eins  zwei  drei') where the source has 1"])
        XCTAssertEqual(findings.first?.segment, "c-1")
    }

    func testNoBreakAndIdeographicSpacesCount() {
        let text = Support.file(locale: "zh-CN", [
            Support.pair("i-1", "选择\u{3000}\u{3000}计划", "Select a plan"),
            Support.pair("i-2", "Wählen\u{A0} Sie", "Select"),
        ])
        let findings = Support.findings(check, in: text)
        XCTAssertEqual(Support.bySegment(findings)["i-1"], ["the target has a doubled space ('选择\u{3000}\u{3000}计划') that the source does not have"])
        XCTAssertEqual(Support.bySegment(findings)["i-2"], ["the target has a doubled space ('Wählen\u{A0} Sie') that the source does not have"])
    }
}
