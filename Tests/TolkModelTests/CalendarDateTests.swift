import Foundation
import TolkModel
import XCTest

final class CalendarDateTests: XCTestCase {

    private func date(_ year: Int, _ month: Int, _ day: Int,
                      file: StaticString = #filePath, line: UInt = #line) -> CalendarDate {
        guard let d = CalendarDate(year: year, month: month, day: day) else {
            XCTFail("\(year)-\(month)-\(day) should be a date", file: file, line: line)
            return CalendarDate(year: 2000, month: 1, day: 1)!
        }
        return d
    }

    // MARK: - Parsing

    func testISO() {
        let d = CalendarDate(iso: "2019-10-01")
        XCTAssertEqual(d?.year, 2019)
        XCTAssertEqual(d?.month, 10)
        XCTAssertEqual(d?.day, 1)
        XCTAssertEqual(d?.description, "2019-10-01")
        XCTAssertEqual(CalendarDate(iso: "2020-02-29"), date(2020, 2, 29))
    }

    func testISORejects() {
        for text in ["2019-10-1", "19-10-01", "2019/10/01", "2019-13-01", "2019-00-10", "2019-02-29",
                     "2019-04-31", "2019-10-01x", "", "2019-10", "abcd-ef-gh", "2019--10-01"] {
            XCTAssertNil(CalendarDate(iso: text), "\"\(text)\" must not parse as ISO")
        }
    }

    func testUSSlashed() {
        XCTAssertEqual(CalendarDate(usSlashed: "11/13/2019"), date(2019, 11, 13))
        XCTAssertEqual(CalendarDate(usSlashed: "1/5/2020"), date(2020, 1, 5))
        XCTAssertEqual(CalendarDate(usSlashed: " 04/27/2020 "), date(2020, 4, 27))
        // Leap day: 2020 is a leap year, 2019 is not; 2000 is, 1900 is not.
        XCTAssertEqual(CalendarDate(usSlashed: "02/29/2020"), date(2020, 2, 29))
        XCTAssertNil(CalendarDate(usSlashed: "02/29/2019"))
        XCTAssertNotNil(CalendarDate(usSlashed: "02/29/2000"))
        XCTAssertNil(CalendarDate(usSlashed: "02/29/1900"))
    }

    func testUSSlashedRejects() {
        for text in ["02/30/2020", "13/01/2020", "00/10/2020", "04/31/2020", "12/32/2020", "2020/01/02",
                     "1/2/20", "001/02/2020", "01-02-2020", "01/02", "", "aa/bb/cccc"] {
            XCTAssertNil(CalendarDate(usSlashed: text), "\"\(text)\" must not parse as MM/DD/YYYY")
        }
    }

    func testMemberwiseRejectsImpossibleDays() {
        XCTAssertNil(CalendarDate(year: 2021, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 2021, month: 6, day: 31))
        XCTAssertNil(CalendarDate(year: 2021, month: 0, day: 1))
        XCTAssertNil(CalendarDate(year: 2021, month: 1, day: 0))
        XCTAssertNil(CalendarDate(year: 0, month: 1, day: 1))
        XCTAssertNotNil(CalendarDate(year: 2021, month: 12, day: 31))
    }

    // MARK: - Arithmetic and order

    /// Day counts against Foundation's Gregorian calendar (UTC): chosen dates across
    /// leap years and centuries, and random ones.
    func testDayCountsAgreeWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func foundationDays(_ a: CalendarDate, _ b: CalendarDate) throws -> Int {
            let from = try XCTUnwrap(calendar.date(from: DateComponents(year: a.year, month: a.month, day: a.day)))
            let to = try XCTUnwrap(calendar.date(from: DateComponents(year: b.year, month: b.month, day: b.day)))
            return try XCTUnwrap(calendar.dateComponents([.day], from: from, to: to).day)
        }
        var pairs = [("2019-03-21", "2020-04-27"), ("1999-12-31", "2000-03-01"), ("2100-02-28", "2100-03-01"),
                     ("2024-02-28", "2024-03-01"), ("2021-04-27", "2019-03-21"), ("1970-01-01", "1970-01-01")]
            .map { (CalendarDate(iso: $0.0)!, CalendarDate(iso: $0.1)!) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            guard let a = CalendarDate(year: Int.random(in: 1583...2400, using: &generator),
                                       month: Int.random(in: 1...12, using: &generator),
                                       day: Int.random(in: 1...28, using: &generator)),
                  let b = CalendarDate(year: Int.random(in: 1583...2400, using: &generator), month: 2,
                                       day: Int.random(in: 27...29, using: &generator)) else { continue }
            pairs.append((a, b))
        }
        for (a, b) in pairs { XCTAssertEqual(a.days(to: b), try foundationDays(a, b), "\(a) → \(b)") }
        XCTAssertEqual(CalendarDate(iso: "1970-01-02")?.dayNumber, 1)
    }

    func testNextDay() {
        XCTAssertEqual(date(2020, 1, 30).nextDay, date(2020, 1, 31))
        XCTAssertEqual(date(2020, 1, 31).nextDay, date(2020, 2, 1))
        XCTAssertEqual(date(2020, 2, 28).nextDay, date(2020, 2, 29))
        XCTAssertEqual(date(2020, 2, 29).nextDay, date(2020, 3, 1))
        XCTAssertEqual(date(2019, 2, 28).nextDay, date(2019, 3, 1))
        XCTAssertEqual(date(2020, 4, 30).nextDay, date(2020, 5, 1))
        XCTAssertEqual(date(2019, 12, 31).nextDay, date(2020, 1, 1))
    }

    func testOrdering() {
        XCTAssertLessThan(date(2019, 12, 31), date(2020, 1, 1))
        XCTAssertLessThan(date(2020, 1, 31), date(2020, 2, 1))
        XCTAssertLessThan(date(2020, 2, 1), date(2020, 2, 2))
        XCTAssertFalse(date(2020, 2, 2) < date(2020, 2, 2))
        XCTAssertEqual([date(2020, 3, 1), date(2019, 12, 31), date(2020, 1, 15)].sorted(),
                       [date(2019, 12, 31), date(2020, 1, 15), date(2020, 3, 1)])
    }

    // MARK: - Codable

    func testCodableRoundTripAsISOString() throws {
        let dates = [date(2020, 2, 29), date(1999, 12, 31)]
        let data = try JSONEncoder().encode(dates)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2020-02-29","1999-12-31"]"#)
        XCTAssertEqual(try JSONDecoder().decode([CalendarDate].self, from: data), dates)
    }

    func testDecodingRejectsOtherForms() {
        for json in [#"["02/29/2020"]"#, #"["2019-02-29"]"#, #"["2020-2-3"]"#] {
            XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data(json.utf8)), json) { error in
                guard case DecodingError.dataCorrupted = error else {
                    return XCTFail("expected dataCorrupted for \(json), got \(error)")
                }
            }
        }
        // Not a string at all.
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data("[20200229]".utf8)))
    }

    // MARK: - EffectiveInterval

    func testIntervalIsHalfOpen() {
        let interval = EffectiveInterval(from: date(2019, 10, 1), until: date(2020, 2, 1))
        XCTAssertFalse(interval.contains(date(2019, 9, 30)))
        XCTAssertTrue(interval.contains(date(2019, 10, 1)))
        XCTAssertTrue(interval.contains(date(2020, 1, 31)))
        XCTAssertFalse(interval.contains(date(2020, 2, 1)), "`until` itself is outside")
        XCTAssertFalse(interval.contains(date(2020, 2, 2)))
    }

    func testIntervalWithOpenEnds() {
        XCTAssertTrue(EffectiveInterval().contains(date(1, 1, 1)))
        let since = EffectiveInterval(from: date(2019, 10, 1))
        XCTAssertFalse(since.contains(date(2019, 9, 30)))
        XCTAssertTrue(since.contains(date(9999, 12, 31)))
        let before = EffectiveInterval(until: date(2020, 2, 1))
        XCTAssertTrue(before.contains(date(1900, 1, 1)))
        XCTAssertTrue(before.contains(date(2020, 1, 31)))
        XCTAssertFalse(before.contains(date(2020, 2, 1)))
        // An empty interval contains nothing.
        XCTAssertFalse(EffectiveInterval(from: date(2020, 1, 1), until: date(2020, 1, 1)).contains(date(2020, 1, 1)))
    }

    func testIntervalCodable() throws {
        let interval = EffectiveInterval(from: date(2019, 10, 1), until: nil)
        let data = try JSONEncoder().encode(interval)
        XCTAssertEqual(try JSONDecoder().decode(EffectiveInterval.self, from: data), interval)
    }
}

/// Front matter keys are found as written, else ignoring case (ASCII and not).
final class FrontMatterEntryTests: XCTestCase {
    func testKeysAreFoundAsWrittenElseIgnoringCase() {
        let at = SourceLocation(line: 2, column: 1)
        let frontMatter = FrontMatter(entries: [
            FrontMatter.Entry(key: "Description", value: "upper", location: at),
            FrontMatter.Entry(key: "description", value: "exact", location: at),
            FrontMatter.Entry(key: "MS.Date", value: "11/13/2019", location: at),
            FrontMatter.Entry(key: "TİTLE", value: "dotted", location: at),
            FrontMatter.Entry(key: "Ünique", value: "umlaut", location: at),
        ], raw: "", lines: 1...6)
        XCTAssertEqual(frontMatter["description"], "exact", "an exact spelling wins")
        XCTAssertEqual(frontMatter["DESCRIPTION"], "upper", "else the first that matches ignoring case")
        XCTAssertEqual(frontMatter.sourceDate, CalendarDate(year: 2019, month: 11, day: 13))
        XCTAssertEqual(frontMatter["ünique"], "umlaut")
        XCTAssertEqual(frontMatter["ÜNIQUE"], "umlaut")
        // `İ` lower-cases to `i̇`, not `i`: "title" is not that key.
        XCTAssertNil(frontMatter["title"])
        XCTAssertEqual(frontMatter["tİtle"], "dotted")
        XCTAssertNil(frontMatter["ms.dat"])
    }
}
