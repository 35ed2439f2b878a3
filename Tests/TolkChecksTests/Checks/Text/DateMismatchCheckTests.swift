import XCTest
@testable import TolkChecks

final class DateMismatchCheckTests: XCTestCase {
    private typealias Support = TextCheckTestSupport
    private let check = DateMismatchCheck()

    func testFixtureWithChangedDatesIsReported() {
        let findings = Support.findings(check, in: Support.fixture("date-mismatch-triggers.md"))
        XCTAssertEqual(findings.count, 3, "\(findings.map(\.message))")
        // 4 April where the source says 4 May.
        XCTAssertEqual(Support.only(findings, segment: "d1-101")?.message,
                       "the target states '4. April 2021' (2021-04-04) where the source states 'May 4, 2021' (2021-05-04)")
        XCTAssertEqual(Support.only(findings, segment: "d1-102")?.message,
                       "date 'June 1, 2021' (2021-06-01) of the source is missing in the target")
        // A year-less date shows month and day only.
        XCTAssertEqual(Support.only(findings, segment: "d1-103")?.message,
                       "the target states date '15. März' (03-15) that the source does not")
        XCTAssertTrue(findings.allSatisfy { $0.severity == .error })
    }

    func testSameDatesInOtherFormsAreNotReported() {
        // Numeric German dates, a year-less date, a two-digit year and a British source form.
        XCTAssertEqual(Support.findings(check, in: Support.fixture("date-mismatch-clean.md")).map(\.message), [])
    }

    func testChineseDatesWithFullWidthDigitsAreNotReported() {
        XCTAssertEqual(Support.findings(check, in: Support.fixture("date-mismatch-clean-zh.md")).map(\.message), [])
    }

    func testChineseMonthChangeIsReported() {
        let text = Support.file(locale: "zh-CN", [Support.pair("c-1", "自 6 月 1 日起生效。", "Effective July 1.")])
        XCTAssertEqual(Support.findings(check, in: text).map(\.message),
                       ["the target states '6 月 1 日' (06-01) where the source states 'July 1' (07-01)"])
    }

    func testYearChangeIsReported() {
        let text = Support.file(locale: "sv-SE", [
            Support.pair("y-1", "Priserna gäller från 1 mars 2021.", "Prices apply from March 1, 2020."),
        ])
        XCTAssertEqual(Support.findings(check, in: text).map(\.message),
                       ["the target states '1 mars 2021' (2021-03-01) where the source states 'March 1, 2020' (2020-03-01)"])
    }
}
