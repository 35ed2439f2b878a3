import XCTest
@testable import TolkChecks

final class EndPunctuationCheckTests: XCTestCase {
    private typealias Support = TextCheckTestSupport
    private let check = EndPunctuationCheck()

    func testFixtureWithOtherEndingsIsReported() {
        let findings = Support.findings(check, in: Support.fixture("end-punctuation-triggers.md"))
        XCTAssertEqual(findings.count, 3, "\(findings.map(\.message))")
        XCTAssertEqual(Support.only(findings, segment: "e1-101")?.message,
                       "the target ends with '.' where the source ends without punctuation")
        XCTAssertEqual(Support.only(findings, segment: "e1-102")?.message,
                       "the target ends without punctuation where the source ends with '.'")
        XCTAssertEqual(Support.only(findings, segment: "e1-103")?.message,
                       "the target ends with '.' where the source ends with ':'")
        XCTAssertTrue(findings.allSatisfy { $0.severity == .note })
    }

    func testFullWidthPunctuationQuotesBracketsAndMarkupAreNotReported() {
        XCTAssertEqual(Support.findings(check, in: Support.fixture("end-punctuation-clean.md")).map(\.message), [])
    }

    func testEndingKinds() {
        typealias Ending = EndPunctuationCheck.Ending
        XCTAssertEqual(EndPunctuationCheck.ending(of: "Gehen Sie so vor：  "), Ending.colon)
        XCTAssertEqual(EndPunctuationCheck.ending(of: "„Wort.“"), Ending.fullStop)
        XCTAssertEqual(EndPunctuationCheck.ending(of: "Mehr..."), Ending.ellipsis)
        XCTAssertEqual(EndPunctuationCheck.ending(of: "Wirklich？）"), Ending.question)
        XCTAssertEqual(EndPunctuationCheck.ending(of: "Speichern"), Ending.none)
        // Nothing but a number or a symbol: no sentence to end.
        XCTAssertNil(EndPunctuationCheck.ending(of: "42."))
        XCTAssertNil(EndPunctuationCheck.ending(of: ""))
    }
}
