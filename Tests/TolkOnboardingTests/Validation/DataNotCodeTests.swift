import Foundation
import TolkModel
import TolkOnboarding
import TolkRules
import XCTest

/// The validator knows no date of its own: move the last day of the old
/// agreement in a copy of `Content/`, recompile, and the same record's
/// verdict moves with it.
final class DataNotCodeTests: XCTestCase {
    func testMovingTheLastDayInTheDocumentsMovesTheVerdict() throws {
        let original = try OnboardingInputs.table()
        let rule = try XCTUnwrap(original.rules(of: .agreementSupportedUntil).first)
        guard case .agreementSupportedUntil(let payload) = rule.payload else { return XCTFail("payload") }
        // The copy states a last day four weeks later.
        var moved = payload.lastDay
        for _ in 0..<28 { moved = moved.nextDay }
        let copy = try OnboardingInputs.temporaryDirectory(for: self).appendingPathComponent("Content")
        try FileManager.default.copyItem(at: OnboardingInputs.content, to: copy)
        let changed = try Self.replaceDate(payload.lastDay, with: moved, in: copy)
        XCTAssertGreaterThan(changed, 1, "the en-US page and the English sources of the pairs state the date")

        var record = try OnboardingInputs.validRecord()
        record.agreement?.name = payload.agreement
        record.submittedOn = payload.lastDay.nextDay.nextDay
        record.agreement?.acceptedOn = payload.lastDay
        let before = Validator(rules: original).validate(record, asOf: day("2100-01-01"))
        XCTAssertTrue(before.violations.contains { $0.check == "agreement-required" && $0.rule == rule.id },
                      "after the stated last day the old agreement is refused: \(before.violations.map(\.detail))")

        let recompiled = try OnboardingInputs.compile(copy)
        let newRule = try XCTUnwrap(recompiled.rules(of: .agreementSupportedUntil).first)
        XCTAssertEqual(newRule.effective.until, moved.nextDay)
        let after = Validator(rules: recompiled).validate(record, asOf: day("2100-01-01"))
        XCTAssertFalse(after.violations.contains { $0.check == "agreement-required" },
                       "the same record is inside the moved window: \(after.violations.map(\.detail))")
    }

    /// Rewrites `date` as the English source states it ("January 31, 2020")
    /// in every file, and as Danish states it in the plain da-DK translation;
    /// returns how many files changed.
    static func replaceDate(_ date: CalendarDate, with new: CalendarDate, in root: URL) throws -> Int {
        let english = (date: Self.spelled(date, "en_US", "MMMM d, y"), new: Self.spelled(new, "en_US", "MMMM d, y"))
        let danish = (date: Self.spelled(date, "da_DK", "d. MMMM y"), new: Self.spelled(new, "da_DK", "d. MMMM y"))
        var changed = 0
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "md" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let updated = text.replacingOccurrences(of: english.date, with: english.new)
                .replacingOccurrences(of: danish.date, with: danish.new)
            if updated != text {
                try updated.write(to: url, atomically: true, encoding: .utf8)
                changed += 1
            }
        }
        return changed
    }

    /// `date` written in `locale` with `format`, by Foundation (ICU).
    static func spelled(_ date: CalendarDate, _ locale: String, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        var parts = DateComponents()
        (parts.year, parts.month, parts.day) = (date.year, date.month, date.day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return formatter.string(from: calendar.date(from: parts)!)
    }
}
