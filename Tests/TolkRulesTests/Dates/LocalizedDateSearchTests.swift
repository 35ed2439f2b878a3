import Foundation
import TolkRules
import XCTest

/// Searching text: offsets, several locales at once, the pattern as a building block, the cache.
final class LocalizedDateSearchTests: XCTestCase {
    func testUTF8RangesInChineseText() {
        let text = "微软于2019年10月1日推出了新协议，并于 2020 年 1 月 31 日结束。"
        let found = LocalizedDateRecognizer(locales: ["zh-CN"]).dates(in: text)
        XCTAssertEqual(found.map(\.date.description), ["2019-10-01", "2020-01-31"])
        // "微软于" is three 3-byte characters; "2019年10月1日" is 7 ASCII digits and 3 CJK characters.
        XCTAssertEqual(found.first?.utf8Range, 9..<25)
        for date in found {
            XCTAssertEqual(localizedDateUTF8Slice(text, date.utf8Range), date.text)
        }
        XCTAssertEqual(found.map(\.text), ["2019年10月1日", "2020 年 1 月 31 日"])
    }

    func testUTF8RangesAfterAccentedText() {
        let text = "Jusqu’à la fin, le 1er octobre 2019 et le 31 décembre 2019."
        let found = LocalizedDateRecognizer(locales: ["fr-FR"]).dates(in: text)
        XCTAssertEqual(found.map(\.text), ["1er octobre 2019", "31 décembre 2019"])
        for date in found {
            XCTAssertEqual(localizedDateUTF8Slice(text, date.utf8Range), date.text)
        }
    }

    func testGermanRecognizerWithEnglishSourceFindsBoth() {
        let text = "On October 1st, 2019, the new terms took effect it. Er wird noch bis zum 31. Januar 2020 unterstützt."
        let combined = LocalizedDateRecognizer(locales: ["de-DE", "en-US"])
        XCTAssertEqual(combined.dates(in: text).map(\.date.description), ["2019-10-01", "2020-01-31"])
        XCTAssertEqual(combined.dates(in: text).map(\.text), ["October 1st, 2019", "31. Januar 2020"])
        // German forms alone do not read the English date: the source locale is what finds it.
        XCTAssertEqual(LocalizedDateRecognizer(locales: ["de-DE"]).dates(in: text).map(\.date.description),
                       ["2020-01-31"])
    }

    func testDatesAreFoundLeftToRightWithoutOverlap() {
        let text = "between October 1 and November 18, 2019, and on 2020-11-24"
        let found = LocalizedDateRecognizer(locales: ["en-US"]).dates(in: text, fallbackYear: 2018)
        XCTAssertEqual(found.map(\.text), ["October 1", "November 18, 2019", "2020-11-24"])
        XCTAssertEqual(found.map(\.yearInferred), [true, false, false])
        XCTAssertEqual(found.map(\.date.description), ["2018-10-01", "2019-11-18", "2020-11-24"])
    }

    func testTheFirstLocaleDecidesAmbiguousNumericDates() {
        let frenchFirst = LocalizedDateRecognizer(locales: ["fr-FR", "en-US"])
        let englishFirst = LocalizedDateRecognizer(locales: ["en-US", "fr-FR"])
        XCTAssertEqual(frenchFirst.parse("01/10/2019")?.date.description, "2019-10-01")
        XCTAssertEqual(englishFirst.parse("01/10/2019")?.date.description, "2019-01-10")
        // Month 13 does not exist in the English reading; the French one is a real day.
        XCTAssertEqual(englishFirst.parse("13/10/2019")?.date.description, "2019-10-13")
    }

    func testPatternEmbedsAsANamedGroup() throws {
        let recognizer = LocalizedDateRecognizer(locales: ["de-DE", "en-US"])
        let regex = try NSRegularExpression(pattern: "until (?<date>" + recognizer.pattern + ")",
                                            options: [.caseInsensitive])
        XCTAssertEqual(regex.numberOfCaptureGroups, 1)
        let text = "supported until January 31st, 2020 in CSP"
        let match = try XCTUnwrap(regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)))
        let date = try XCTUnwrap(Range(match.range(withName: "date"), in: text))
        XCTAssertEqual(recognizer.parse(String(text[date]))?.date.description, "2020-01-31")
    }

    func testSharedCacheAddsTheSourceLocale() {
        let german = DateRecognizers.shared.recognizer(for: "de-DE", sourceLocale: "en-US")
        XCTAssertEqual(german.locales, ["de-DE", "en-US"])
        XCTAssertEqual(DateRecognizers.shared.recognizer(for: "de-DE").pattern, german.pattern)
        XCTAssertEqual(DateRecognizers.shared.recognizer(for: "en-US").locales, ["en-US"])
    }

    func testConcurrentSearchesAgree() {
        let recognizer = DateRecognizers.shared.recognizer(for: "nl-NL")
        let text = "Op 1 oktober 2019 en tot 31 januari 2020; since October 1st, 2019."
        let expected = ["2019-10-01", "2020-01-31", "2019-10-01"]
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            results.append(recognizer.dates(in: text).map(\.date.description))
        }
        XCTAssertEqual(results.all, Array(repeating: expected, count: 16))
    }
}

/// Collects results from concurrent work under a lock.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[String]] = []
    func append(_ value: [String]) { lock.withLock { values.append(value) } }
    var all: [[String]] { lock.withLock { values } }
}
