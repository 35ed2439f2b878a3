import Foundation

/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// Documents state dates ("October 1, 2019"), not instants; comparing them as
/// `Date` values would drag time zones into rules that have none.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the year, month and day name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses the `MM/DD/YYYY` form of Microsoft Docs front matter (`ms.date`);
    /// one-digit months and days are accepted, as authors write them.
    public init?(usSlashed text: String) {
        // A value that starts and ends with a digit has nothing to trim: Foundation's
        // trimming is the dearest part of reading the dates of every file.
        let isDigit = { (byte: UInt8) in byte &- UInt8(ascii: "0") < 10 }
        let untrimmed = text.utf8.first.map(isDigit) == true && text.utf8.last.map(isDigit) == true
        let parts = (untrimmed ? text : text.trimmingCharacters(in: .whitespaces))
            .split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4,
              let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard
    /// Hinnant's `days_from_civil`): exact for every date, with no time zone involved.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12 // March = 0
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Days from this date to `later` (negative when `later` is before it).
    public func days(to later: CalendarDate) -> Int {
        later.dayNumber - dayNumber
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The following day.
    public var nextDay: CalendarDate {
        if day < CalendarDate.daysIn(month: month, year: year) {
            return CalendarDate(year: year, month: month, day: day + 1)!
        }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1)! }
        return CalendarDate(year: year + 1, month: 1, day: 1)!
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Hand-padded: String(format:) showed up in compile profiles (dates are sort keys).
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A half-open interval of calendar days, `[from, until)`; either end may be open.
///
/// "Supported until January 31, 2020" is `until: 2020-02-01`: the last day
/// is inside, the next is not.
public struct EffectiveInterval: Hashable, Sendable, Codable {
    public var from: CalendarDate?
    public var until: CalendarDate?

    public init(from: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.from = from
        self.until = until
    }

    /// Whether `date` lies inside the interval.
    public func contains(_ date: CalendarDate) -> Bool {
        if let from, date < from { return false }
        if let until, date >= until { return false }
        return true
    }
}

extension CalendarDate {
    /// The day before; `nil` before 0001-01-01.
    public var previousDay: CalendarDate? {
        if day > 1 { return CalendarDate(year: year, month: month, day: day - 1) }
        if month > 1 {
            return CalendarDate(year: year, month: month - 1, day: CalendarDate.daysIn(month: month - 1, year: year))
        }
        return CalendarDate(year: year - 1, month: 12, day: 31)
    }
}
