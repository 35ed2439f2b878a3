import TolkModel
import TolkRules
import XCTest
@testable import TolkRender

/// `--as-of` before, during and after the agreement transition. The dates
/// come from the seeds' rule table at test time (the day before the new
/// agreement, its first day, the last day of the old one, the day after),
/// never from this file.
final class AgreementTimelineTests: XCTestCase {
    private struct Transition {
        var new: String, old: String
        var firstDay: CalendarDate, endOfOld: CalendarDate
    }

    private func transition(_ table: RuleTable) throws -> Transition {
        let intro = try XCTUnwrap(table.rules.lazy.compactMap { rule -> AgreementIntroduced? in
            if case .agreementIntroduced(let a) = rule.payload { a } else { nil }
        }.first)
        let old = try XCTUnwrap(intro.replaces, "the seeds say which agreement the new one replaces")
        let until = try XCTUnwrap(table.rules.first {
            if case .agreementSupportedUntil(let a) = $0.payload { a.agreement == old } else { false }
        }?.effective.until)
        XCTAssertLessThan(intro.on, until, "a transition window exists")
        return Transition(new: intro.agreement, old: old, firstDay: intro.on, endOfOld: until)
    }

    func testBeforeDuringAndAfterTheTransitionGiveThreeNotices() throws {
        let catalog = try RenderTestInputs.seedCatalog.get()
        let t = try transition(catalog.table)
        let dayBefore = try XCTUnwrap(t.firstDay.previousDay)
        let lastDay = try XCTUnwrap(t.endOfOld.previousDay)
        var summaries: [String] = []
        for (date, kind, accepted) in [(dayBefore, AgreementNotice.Kind.single, [t.old]),
                                       (t.firstDay, .either, [t.new, t.old]),
                                       (lastDay, .either, [t.new, t.old]),
                                       (t.endOfOld, .single, [t.new])] {
            for locale in ["de-DE", "zh-CN", "sv-SE", "nl-NL", "fr-FR"] {
                let guide = try RenderTestInputs.guide(catalog, "add-a-new-customer", locale, date)
                let notice = try XCTUnwrap(guide.agreement, "\(locale) on \(date)")
                XCTAssertEqual(notice.kind, kind, "\(locale) on \(date)")
                XCTAssertEqual(notice.accepted.map(\.id), accepted, "\(locale) on \(date)")
                let summary = notice.summary(on: date)
                // Every format says it.
                for (ext, text) in try AllFormats.render(guide) {
                    // Wrapped text reads the same once line breaks and indents are spaces.
                    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    XCTAssertTrue(flat.contains(summary), "\(ext) of \(locale) on \(date) says: \(summary)")
                }
                if locale == "de-DE" { summaries.append(summary.replacingOccurrences(of: "On \(date) ", with: "")) }
            }
        }
        // Before, during (both days read the same) and after: three different notices.
        XCTAssertEqual(Set(summaries).count, 3, summaries.joined(separator: "\n"))
        XCTAssertEqual(summaries[1], summaries[2])
    }

    func testAfterTheTransitionTheOldAgreementIsRetiredAndItsSignerRuleGone() throws {
        let catalog = try RenderTestInputs.seedCatalog.get()
        let t = try transition(catalog.table)
        let after = try RenderTestInputs.guide(catalog, "add-a-new-customer", "sv-SE", t.endOfOld)
        XCTAssertEqual(after.agreement?.retired.map(\.id), [t.old])
        XCTAssertEqual(after.agreement?.retired.first?.lastDay, t.endOfOld.previousDay)
        // The seeds' signer rule names the old agreement: no longer shown once it is retired.
        XCTAssertNil(after.signer)
        let during = try RenderTestInputs.guide(catalog, "add-a-new-customer", "sv-SE", t.firstDay)
        XCTAssertEqual(during.signer?.required, true)
        XCTAssertEqual(during.signer?.agreement?.id, t.old)
    }

    func testSignerRequirementStartsOnItsDate() throws {
        let catalog = try RenderTestInputs.contentCatalog.get()
        let rule = try XCTUnwrap(catalog.table.rules.first { $0.kind == .signerInformationRequired })
        let from = try XCTUnwrap(rule.effective.from)
        let before = try RenderTestInputs.guide(catalog, "confirm-agreement", "de-DE", try XCTUnwrap(from.previousDay))
        let on = try RenderTestInputs.guide(catalog, "confirm-agreement", "de-DE", from)
        XCTAssertEqual(before.signer?.required, false)
        XCTAssertEqual(on.signer?.required, true)
        XCTAssertTrue(TextGuideRenderer().render(before).contains("Not yet required; from \(from)"))
        XCTAssertTrue(TextGuideRenderer().render(on).contains("Required since \(from)"))
    }

    func testRolesAreThoseOfTheVersionThenCurrent() throws {
        let catalog = try RenderTestInputs.seedCatalog.get()
        let roles = catalog.table.rules.filter { $0.kind == .roles && $0.id.hasPrefix("roles.add-a-new-customer") }
        let from = try XCTUnwrap(roles.compactMap(\.effective.from).min())
        let before = try RenderTestInputs.guide(catalog, "add-a-new-customer", "sv-SE", try XCTUnwrap(from.previousDay))
        let on = try RenderTestInputs.guide(catalog, "add-a-new-customer", "sv-SE", from)
        XCTAssertEqual(before.roles.statedFrom, from, "no version stated roles yet: the first list, saying from when")
        XCTAssertNil(on.roles.statedFrom)
        XCTAssertEqual(on.roles.terms.map(\.id), ["global-admin", "user-management-admin", "admin-agent", "sales-agent"])
        XCTAssertEqual(on.roles.terms.map(\.locale), Array(repeating: "sv-SE", count: 4), "labels from the Swedish pairs")
    }
}
