import XCTest
@testable import TolkChecks

final class NumberMismatchCheckTests: XCTestCase {
    private typealias Support = TextCheckTestSupport
    private let check = NumberMismatchCheck()

    func testFixtureWithChangedNumbersIsReported() {
        let findings = Support.findings(check, in: Support.fixture("number-mismatch-triggers.md"))
        // n1-101 (a heading without numbers) is clean; the three paragraphs each change a number.
        XCTAssertEqual(findings.count, 3, "\(findings.map(\.message))")
        XCTAssertEqual(Support.only(findings, segment: "n1-102")?.message, "the target has '60' where the source has '30'")
        XCTAssertEqual(Support.only(findings, segment: "n1-103")?.message, "the target has '25' where the source has '250'")
        // 1.500 and 1,500 are the same number; the 14 days are gone.
        XCTAssertEqual(Support.only(findings, segment: "n1-104")?.message,
                       "number '14' of the source is missing in the target")
        XCTAssertTrue(findings.allSatisfy { $0.severity == .warning && $0.check == "number-mismatch" })
    }

    func testFindingSitsAtTheTargetSpan() {
        let findings = Support.findings(check, in: Support.fixture("number-mismatch-triggers.md"))
        // Line 9 of the fixture holds pair n1-102, starting in column 1.
        let finding = Support.only(findings, segment: "n1-102")
        XCTAssertEqual(finding?.line, 9)
        XCTAssertEqual(finding?.column, 1)
    }

    func testLocaleFormattingDatesCodeWordsAndIdiomsAreNotReported() {
        let findings = Support.findings(check, in: Support.fixture("number-mismatch-clean.md"))
        XCTAssertEqual(findings.map(\.message), [])
    }

    func testChineseFullWidthDigitsDatesMonthsAndTenThousandsAreNotReported() {
        let findings = Support.findings(check, in: Support.fixture("number-mismatch-clean-zh.md"))
        XCTAssertEqual(findings.map(\.message), [])
    }

    func testFullWidthDigitsThatDifferAreReported() {
        let text = Support.file(locale: "zh-CN", [Support.pair("z-1", "你有 ６０ 天。", "You have 30 days.")])
        // Messages quote numbers with ASCII digits, as they are compared.
        XCTAssertEqual(Support.findings(check, in: text).map(\.message), ["the target has '60' where the source has '30'"])
    }

    func testNumbersInWebAddressesAreNotCompared() {
        let text = Support.file(locale: "de-DE", [
            Support.pair("u-1", "Siehe https://example.com/guide-2 für 3 Schritte.",
                         "See https://example.com/guide-7 for 3 steps."),
        ])
        XCTAssertEqual(Support.findings(check, in: text).map(\.message), [])
    }

    func testSourceLanguageFileIsSkipped() {
        // An en-US file whose pairs differ is the source language: nothing to compare.
        let text = Support.file(locale: "en-US", [Support.pair("s-1", "You have 60 days.", "You have 30 days.")])
        XCTAssertEqual(Support.findings(check, in: text).count, 0)
    }

    func testScannerReadsLocaleFormatsAsOneValue() {
        func canonical(_ text: String) -> [String] { TextNumberScanner.numbers(in: text).map(\.canonical) }
        XCTAssertEqual(canonical("1,000 1.000 1 000 1000"), ["1000", "1000", "1000", "1000"])
        XCTAssertEqual(canonical("1,5 1.5"), ["1.5", "1.5"])
        XCTAssertEqual(canonical("1.000,50 1,000.50"), ["1000.50", "1000.50"])
        XCTAssertEqual(canonical("10.0.1"), ["10.0.1"])
        XCTAssertEqual(canonical("Schritte 1, 2 und 3"), ["1", "2", "3"])
        XCTAssertEqual(canonical("USD300K, 30 万"), ["300000", "300000"])
        XCTAssertEqual(canonical("7 PM, 12:01 am, 19:00"), ["19", "0", "1", "19"])
        XCTAssertEqual(canonical("at .80"), ["0.80"])
    }
}
