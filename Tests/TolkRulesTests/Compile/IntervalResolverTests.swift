import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// `IntervalResolver` and `ConflictFinder` on small, made-up rule variants.
final class IntervalResolverTests: XCTestCase {
    /// A variant of `roles/doc` (or of another kind) read in versions `dates`.
    private func variant(_ id: String, _ kind: RuleKind = .roles, read dates: [String?],
                         effective: EffectiveInterval = EffectiveInterval()) -> Rule {
        let provenance = dates.enumerated().map { index, date in
            Provenance(document: "doc", path: "de-DE/doc.\(index).\(id).md", locale: "de-DE", line: 3, column: 1,
                       segment: nil, headingPath: [], version: date.flatMap { CalendarDate(iso: $0) })
        }
        let payload: RulePayload = kind == .roles
            ? .roles(TermList(document: "doc", scope: nil, terms: [], unresolved: []))
            : .agreementSupportedUntil(AgreementSupportedUntil(agreement: "a", lastDay: calendarDay("2020-01-31")))
        return Rule(id: id, kind: kind, key: "\(kind.rawValue)/doc", payload: payload, effective: effective,
                    provenance: provenance, text: [:], missingText: [])
    }

    private func settled(_ variants: [Rule]) -> [Rule] {
        var variants = variants
        IntervalResolver.settle(&variants)
        return variants
    }

    func testAValueHoldsUntilTheFirstLaterVersionThatStatesAnother() {
        let rules = settled([variant("a", read: ["2019-01-10", "2019-05-01"]), variant("b", read: ["2019-09-01", "2020-02-01"])])
        XCTAssertEqual(rules[0].effective, EffectiveInterval(from: calendarDay("2019-01-10"), until: calendarDay("2019-09-01")))
        XCTAssertEqual(rules[1].effective, EffectiveInterval(from: calendarDay("2019-09-01")), "the newest value has no end")
        XCTAssertEqual(ConflictFinder.findings(rules), [], "adjacent intervals do not overlap")
    }

    func testAValueThatComesBackOverlapsAndIsReported() {
        // a is stated in 2019 and again in 2021; b in 2020: a's interval spans b's.
        let rules = settled([variant("a", read: ["2019-01-10", "2021-01-10"]), variant("b", read: ["2020-01-10"])])
        XCTAssertEqual(rules[0].effective, EffectiveInterval(from: calendarDay("2019-01-10")))
        XCTAssertEqual(rules[1].effective, EffectiveInterval(from: calendarDay("2020-01-10"), until: calendarDay("2021-01-10")))
        let findings = ConflictFinder.findings(rules)
        XCTAssertEqual(findings.map(\.code), [.ruleOverlap])
        XCTAssertEqual(findings.first?.rule, "b", "reported at the variant read in fewer places")
        XCTAssertEqual(findings.first?.path, rules[1].provenance.last?.path)
        XCTAssertTrue(findings.first?.message.contains("'a'") == true)
    }

    func testTwoValuesOnTheSameVersionDateOverlap() {
        let rules = settled([variant("a", read: ["2019-01-10", "2019-03-01"]), variant("b", read: ["2019-03-01"])])
        XCTAssertEqual(rules[0].effective, EffectiveInterval(from: calendarDay("2019-01-10")))
        XCTAssertEqual(rules[1].effective, EffectiveInterval(from: calendarDay("2019-03-01")))
        XCTAssertEqual(ConflictFinder.findings(rules).map(\.code), [.ruleOverlap])
    }

    func testUndatedVersionsGiveAnOpenInterval() {
        let rules = settled([variant("a", read: [nil])])
        XCTAssertEqual(rules[0].effective, EffectiveInterval())
        XCTAssertEqual(ConflictFinder.findings(rules), [], "one variant never conflicts")
    }

    /// Dated kinds keep the interval their sentence states; two values for
    /// one key contradict each other whatever their intervals.
    func testDatedKindsKeepTheirIntervalAndContradict() {
        let a = variant("a", .agreementSupportedUntil, read: ["2019-01-01", "2019-02-01"],
                        effective: EffectiveInterval(until: calendarDay("2019-02-01")))
        let b = variant("b", .agreementSupportedUntil, read: ["2019-06-01"],
                        effective: EffectiveInterval(until: calendarDay("2020-02-01")))
        let rules = settled([a, b])
        XCTAssertEqual(rules.map(\.effective), [a.effective, b.effective])
        let findings = ConflictFinder.findings(rules)
        XCTAssertEqual(findings.map(\.code), [.ruleContradiction])
        XCTAssertEqual(findings.first?.rule, "b")
        XCTAssertEqual(findings.first?.severity, .warning)
    }

    func testOverlapsWithOpenEnds() {
        func interval(_ from: String?, _ until: String?) -> EffectiveInterval {
            EffectiveInterval(from: from.map { calendarDay($0) }, until: until.map { calendarDay($0) })
        }
        XCTAssertFalse(ConflictFinder.overlaps(interval("2019-01-01", "2019-06-01"), interval("2019-06-01", nil)),
                       "adjacent: the first ends where the second starts")
        XCTAssertTrue(ConflictFinder.overlaps(interval("2019-01-01", "2019-06-02"), interval("2019-06-01", nil)),
                      "one shared day")
        XCTAssertFalse(ConflictFinder.overlaps(interval(nil, "2019-01-01"), interval("2019-01-01", nil)))
        XCTAssertTrue(ConflictFinder.overlaps(interval(nil, "2019-01-02"), interval("2019-01-01", nil)))
        XCTAssertTrue(ConflictFinder.overlaps(interval(nil, nil), interval("2019-01-01", "2019-01-02")),
                      "open on both ends overlaps everything")
        XCTAssertTrue(ConflictFinder.overlaps(interval("2019-01-01", nil), interval("2020-01-01", nil)))
        XCTAssertFalse(ConflictFinder.overlaps(interval("2019-01-01", "2019-02-01"), interval("2019-03-01", "2019-04-01")))
    }

    func testContainsIsHalfOpen() {
        let interval = EffectiveInterval(from: calendarDay("2019-10-01"), until: calendarDay("2020-02-01"))
        XCTAssertFalse(interval.contains(calendarDay("2019-09-30")))
        XCTAssertTrue(interval.contains(calendarDay("2019-10-01")))
        XCTAssertTrue(interval.contains(calendarDay("2020-01-31")))
        XCTAssertFalse(interval.contains(calendarDay("2020-02-01")))
        XCTAssertTrue(EffectiveInterval().contains(calendarDay("2000-02-29")))
    }
}
