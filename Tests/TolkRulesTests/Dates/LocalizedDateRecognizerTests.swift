import TolkRules
import XCTest

/// Each locale's written forms, as ICU describes them, are found and read.
final class LocalizedDateRecognizerTests: XCTestCase {
    func testEnglishMonthNameDayYear() {
        let english = LocalizedDateRecognizer(locales: ["en-US"])
        assertFindsOneLocalizedDate(english, in: "On October 1st, 2019, the new terms took effect", written: "October 1st, 2019",
                           expected: "2019-10-01")
        assertFindsOneLocalizedDate(english, in: "supported until January 31st, 2020 in CSP", written: "January 31st, 2020",
                           expected: "2020-01-31")
        assertFindsOneLocalizedDate(english, in: "Since November 7, 2018.", written: "November 7, 2018", expected: "2018-11-07")
        assertFindsOneLocalizedDate(english, in: "From August 01, 2019 on", written: "August 01, 2019", expected: "2019-08-01")
    }

    func testEnglishVariantsAbbreviatedCommaLessNumericAndUppercase() {
        let english = LocalizedDateRecognizer(locales: ["en-US"])
        assertFindsOneLocalizedDate(english, in: "until Jan 31, 2020.", written: "Jan 31, 2020", expected: "2020-01-31")
        assertFindsOneLocalizedDate(english, in: "since November 7 2018 all", written: "November 7 2018", expected: "2018-11-07")
        assertFindsOneLocalizedDate(english, in: "dated 10/1/2019 in", written: "10/1/2019", expected: "2019-10-01")
        assertFindsOneLocalizedDate(english, in: "ON OCTOBER 22ND, 2019", written: "OCTOBER 22ND, 2019", expected: "2019-10-22")
    }

    func testGermanAndDanishDayPeriodMonth() {
        let german = LocalizedDateRecognizer(locales: ["de-DE"])
        assertFindsOneLocalizedDate(german, in: "noch bis zum 31. Januar 2020 unterstützt", written: "31. Januar 2020",
                           expected: "2020-01-31")
        assertFindsOneLocalizedDate(german, in: "Am 1. Oktober 2019 hat", written: "1. Oktober 2019", expected: "2019-10-01")
        assertFindsOneLocalizedDate(german, in: "Stand 31.1.2020:", written: "31.1.2020", expected: "2020-01-31")
        let danish = LocalizedDateRecognizer(locales: ["da-DK"])
        assertFindsOneLocalizedDate(danish, in: "Den 1. oktober 2019 introducerede", written: "1. oktober 2019",
                           expected: "2019-10-01")
        assertFindsOneLocalizedDate(danish, in: "indtil 31. januar 2020.", written: "31. januar 2020", expected: "2020-01-31")
    }

    func testDutchAndSwedishDayMonth() {
        let dutch = LocalizedDateRecognizer(locales: ["nl-NL"])
        assertFindsOneLocalizedDate(dutch, in: "Op 1 oktober 2019 heeft", written: "1 oktober 2019", expected: "2019-10-01")
        assertFindsOneLocalizedDate(dutch, in: "tot 31 januari 2020 ondersteund", written: "31 januari 2020",
                           expected: "2020-01-31")
        let swedish = LocalizedDateRecognizer(locales: ["sv-SE"])
        assertFindsOneLocalizedDate(swedish, in: "Den 1 oktober 2019 introducerade", written: "1 oktober 2019",
                           expected: "2019-10-01")
        assertFindsOneLocalizedDate(swedish, in: "fram till 31 januari 2020.", written: "31 januari 2020", expected: "2020-01-31")
    }

    func testFrenchOrdinalFirstDay() {
        for locale in ["fr", "fr-FR"] {
            let french = LocalizedDateRecognizer(locales: [locale])
            assertFindsOneLocalizedDate(french, in: "Le 1er octobre 2019, Microsoft", written: "1er octobre 2019",
                               expected: "2019-10-01")
            assertFindsOneLocalizedDate(french, in: "jusqu’au 31 janvier 2020.", written: "31 janvier 2020", expected: "2020-01-31")
            assertFindsOneLocalizedDate(french, in: "au 31 janv. 2020.", written: "31 janv. 2020", expected: "2020-01-31")
        }
    }

    func testChineseAndJapaneseWithAndWithoutSpaces() {
        for locale in ["zh-CN", "ja-JP"] {
            let recognizer = LocalizedDateRecognizer(locales: [locale])
            assertFindsOneLocalizedDate(recognizer, in: "自 2019 年 10 月 1 日起", written: "2019 年 10 月 1 日", expected: "2019-10-01")
            assertFindsOneLocalizedDate(recognizer, in: "自2019年10月1日起", written: "2019年10月1日", expected: "2019-10-01")
        }
    }

    func testKoreanWithAndWithoutSpaces() {
        let korean = LocalizedDateRecognizer(locales: ["ko-KR"])
        assertFindsOneLocalizedDate(korean, in: "2019년 10월 1일에 Microsoft는", written: "2019년 10월 1일", expected: "2019-10-01")
        assertFindsOneLocalizedDate(korean, in: "2020년1월31일까지", written: "2020년1월31일", expected: "2020-01-31")
    }

    func testISO8601InEveryLocale() {
        for locale in ["en-US", "de-DE", "zh-CN", "sv-SE", "nl-NL", "ja-JP", "fr", "ko-KR", "da-DK"] {
            let recognizer = LocalizedDateRecognizer(locales: [locale])
            assertFindsOneLocalizedDate(recognizer, in: "(2020-11-24)", written: "2020-11-24", expected: "2020-11-24")
        }
    }

    func testYearlessFormsUseFallbackYear() {
        let english = LocalizedDateRecognizer(locales: ["en-US"])
        assertFindsOneLocalizedDate(english, in: "Starting November 18, partners", written: "November 18", expected: "2019-11-18",
                           yearInferred: true, fallbackYear: 2019)
        assertFindsOneLocalizedDate(LocalizedDateRecognizer(locales: ["de-DE"]), in: "Ab dem 18. November gilt",
                           written: "18. November", expected: "2019-11-18", yearInferred: true, fallbackYear: 2019)
        assertFindsOneLocalizedDate(LocalizedDateRecognizer(locales: ["zh-CN"]), in: "从11月18日开始", written: "11月18日",
                           expected: "2019-11-18", yearInferred: true, fallbackYear: 2019)
    }

    func testYearlessFormsWithoutFallbackYearAreNotDates() {
        let english = LocalizedDateRecognizer(locales: ["en-US"])
        XCTAssertEqual(english.dates(in: "Starting November 18, partners"), [])
        XCTAssertNil(english.parse("November 18"))
        XCTAssertEqual(english.dates(in: "Starting November 18, partners", fallbackYear: 2019).count, 1)
    }

    func testAYearInTheTextWinsOverTheFallbackYear() {
        let english = LocalizedDateRecognizer(locales: ["en-US"])
        assertFindsOneLocalizedDate(english, in: "Starting November 18, 2019.", written: "November 18, 2019",
                           expected: "2019-11-18", fallbackYear: 2018)
    }
}
