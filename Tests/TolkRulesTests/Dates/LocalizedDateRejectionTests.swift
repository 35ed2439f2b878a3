import TolkRules
import XCTest

/// Numbers that are not dates, and dates that are not real days, are not returned.
final class LocalizedDateRejectionTests: XCTestCase {
    /// Every locale at once, so that no locale's forms can turn these into dates.
    private let everyLocale = LocalizedDateRecognizer(
        locales: ["en-US", "de-DE", "zh-CN", "sv-SE", "nl-NL", "ja-JP", "fr", "ko-KR", "da-DK"])

    func testNumbersThatAreNotDates() {
        let sentences = [
            "Install version 10.1 first.",
            "Windows Server 2019 is required.",
            "Office 365 subscriptions",
            "up to 80 characters",
            "1,000 licenses",
            "step 2 of 5",
            "Partner Center in November 2019",
            "2019",
            "Windows 10 1909 and build 18363.418",
        ]
        for sentence in sentences {
            XCTAssertEqual(everyLocale.dates(in: sentence, fallbackYear: 2019), [], sentence)
        }
    }

    func testDigitsInsideLongerNumbersOrWordsAreNotDates() {
        XCTAssertEqual(everyLocale.dates(in: "id 12020-11-24"), [])
        XCTAssertEqual(everyLocale.dates(in: "id 2020-11-245"), [])
        XCTAssertEqual(everyLocale.dates(in: "build v31.1.2020"), [])
        XCTAssertEqual(everyLocale.dates(in: "November 72018"), [])
    }

    func testInvalidDaysAreNotReturned() {
        let sentences = [
            "bis zum 31. Februar 2020",
            "until February 30, 2020",
            "2020年2月30日",
            "2020-02-30",
            "2019-13-01",
            "29 februari 2019",
            "31 avril 2020",
        ]
        for sentence in sentences {
            XCTAssertEqual(everyLocale.dates(in: sentence), [], sentence)
        }
        XCTAssertNil(everyLocale.parse("31. Februar 2020"))
        XCTAssertNil(everyLocale.parse("February 30, 2020"))
        XCTAssertNil(everyLocale.parse("February 29", fallbackYear: 2019))
        // The same forms on real days are found, so the rejections above are about the day.
        XCTAssertEqual(everyLocale.dates(in: "29 februari 2020").map(\.date.description), ["2020-02-29"])
        XCTAssertEqual(everyLocale.parse("February 29", fallbackYear: 2020)?.date.description, "2020-02-29")
    }

    func testParseRejectsTextThatIsNotExactlyOneDate() {
        let english = LocalizedDateRecognizer(locales: ["en-US"])
        XCTAssertNil(english.parse("On October 1st, 2019"))
        XCTAssertNil(english.parse("October 1st, 2019 and"))
        XCTAssertNil(english.parse("1 oktober 2019"))
        XCTAssertNotNil(english.parse("October 1st, 2019"))
    }

    func testTextWithoutDigitsFindsNothing() {
        XCTAssertEqual(everyLocale.dates(in: "Am ersten Oktober, on October first", fallbackYear: 2019), [])
    }
}
