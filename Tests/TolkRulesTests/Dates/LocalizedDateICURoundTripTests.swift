import Foundation
import TolkRules
import XCTest

/// Whatever ICU writes for a locale, the recognizer for that locale reads back: the forms
/// come from ICU, so locales no code mentions work too.
final class LocalizedDateICURoundTripTests: XCTestCase {
    private let locales = ["en-US", "de-DE", "zh-CN", "sv-SE", "nl-NL", "ja-JP", "fr", "ko-KR", "da-DK",
                           "es-ES", "it-IT", "pt-BR", "ru-RU", "pl-PL", "fi-FI", "nb-NO", "tr-TR"]

    /// Days spread over the year (year, month, day), so that every month name is read once.
    private let days = [(2019, 1, 31), (2020, 2, 29), (2019, 3, 1), (2021, 4, 30), (2019, 5, 5), (2020, 6, 15),
                        (2019, 7, 4), (2018, 8, 1), (2019, 9, 9), (2019, 10, 1), (2020, 11, 24), (2019, 12, 31)]

    private func formatted(_ day: (Int, Int, Int), template: String, locale: String) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        formatter.setLocalizedDateFormatFromTemplate(template)
        var components = DateComponents()
        (components.year, components.month, components.day) = day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = formatter.timeZone
        return formatter.string(from: try XCTUnwrap(calendar.date(from: components)))
    }

    func testEveryDatedFormICUWritesIsReadBack() throws {
        for locale in locales {
            let recognizer = LocalizedDateRecognizer(locales: [locale])
            for template in ["yMMMMd", "yMMMd", "yMd"] {
                for day in days {
                    let text = try formatted(day, template: template, locale: locale)
                    let expected = String(format: "%04d-%02d-%02d", day.0, day.1, day.2)
                    XCTAssertEqual(recognizer.dates(in: "(" + text + ")").map(\.date.description), [expected],
                                   "\(locale) \(template): \(text)")
                }
            }
        }
    }

    func testEveryYearlessFormICUWritesIsReadWithTheFallbackYear() throws {
        for locale in locales {
            let recognizer = LocalizedDateRecognizer(locales: [locale])
            for day in days where day.0 == 2019 {
                let text = try formatted(day, template: "MMMMd", locale: locale)
                let found = recognizer.dates(in: "(" + text + ")", fallbackYear: 2019)
                XCTAssertEqual(found.map(\.date.description),
                               [String(format: "2019-%02d-%02d", day.1, day.2)], "\(locale): \(text)")
                XCTAssertEqual(found.map(\.yearInferred), [true], "\(locale): \(text)")
            }
        }
    }
}
