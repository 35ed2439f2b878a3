import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// The add-a-new-customer procedure of the five seeds: two variants over time
/// (the 2019 versions in de-DE and zh-CN, the 2020/2021 versions in sv-SE and
/// nl-NL, whose step 2 carries a NOTE before its IMPORTANT), seven steps each,
/// labels per locale, nested alerts, provenance per step.
final class SeedProcedureTests: XCTestCase {
    private static let anchor = "to-add-a-new-customer-in-partner-center"

    /// The two variants, oldest first.
    private func variants(file: StaticString = #filePath, line: UInt = #line) throws -> (early: Rule, late: Rule) {
        let table = try CompiledRules.seeds.get().table
        let rules = table.rules(of: .procedure).filter { $0.asProcedure?.anchor == Self.anchor }
            .sorted { ($0.effective.from?.description ?? "") < ($1.effective.from?.description ?? "") }
        let base = "procedure.add-a-new-customer." + Self.anchor
        XCTAssertEqual(rules.map(\.id), [base + "@2019-03-21", base + "@2020-04-27"], file: file, line: line)
        guard rules.count == 2 else { throw RuleTestInputError(description: "expected two procedure variants") }
        return (rules[0], rules[1])
    }

    private func steps(_ rule: Rule) throws -> [Procedure.Step] { try XCTUnwrap(rule.asProcedure).steps }

    func testTwoVariantsWithConsecutiveIntervalsAndSevenStepsEach() throws {
        let (early, late) = try variants()
        XCTAssertEqual(early.effective, EffectiveInterval(from: calendarDay("2019-03-21"), until: calendarDay("2020-04-27")))
        XCTAssertEqual(late.effective, EffectiveInterval(from: calendarDay("2020-04-27")))
        XCTAssertEqual(Set(early.provenance.map(\.locale)), ["de-DE", "zh-CN"])
        XCTAssertEqual(Set(late.provenance.map(\.locale)), ["sv-SE", "nl-NL"])
        XCTAssertEqual(Set(early.provenance.compactMap(\.version)), [calendarDay("2019-03-21"), calendarDay("2019-11-13")])
        XCTAssertEqual(Set(late.provenance.compactMap(\.version)), [calendarDay("2020-04-27"), calendarDay("2021-04-27")])
        for rule in [early, late] {
            XCTAssertEqual(try steps(rule).map(\.number), Array(1...7), rule.id)
            XCTAssertEqual(rule.asProcedure?.document, "4f53dfaf-1792-4e91-bbeb-e9a65026a81c")
        }
        // What splits the variants: the alerts nested under step 2.
        XCTAssertEqual(try steps(early).map { $0.alerts.map(\.kind) }, [[], ["IMPORTANT"], [], [], [], ["NOTE"], []])
        XCTAssertEqual(try steps(late).map { $0.alerts.map(\.kind) },
                       [[], ["NOTE", "IMPORTANT"], [], [], [], ["NOTE"], []])
    }

    func testStepOneNamesCustomersAndAddCustomerInEveryLocale() throws {
        let (early, late) = try variants()
        let first = try (steps(early)[0], steps(late)[0])
        XCTAssertEqual(first.0.uiLabels["en-US"], ["Customers", "Add customer"])
        XCTAssertEqual(first.0.uiLabels["de-DE"], ["Kunden", "Kunde hinzufügen"])
        XCTAssertEqual(first.0.uiLabels["zh-CN"], ["客户", "添加客户"])
        XCTAssertEqual(first.1.uiLabels["en-US"], ["Customers", "Add customer"])
        XCTAssertEqual(first.1.uiLabels["sv-SE"], ["kunder", "Lägg till kund"])
        XCTAssertEqual(first.1.uiLabels["nl-NL"], ["Klanten", "Klant toevoegen"])
    }

    func testNextButtonsOfStepsFourAndFive() throws {
        let (early, late) = try variants()
        for rule in [early, late] {
            let steps = try steps(rule)
            XCTAssertEqual(steps[3].uiLabels["en-US"], ["Next: Subscriptions"], rule.id)
            XCTAssertEqual(steps[4].uiLabels["en-US"], ["Subscriptions", "Next: Review"], rule.id)
            XCTAssertEqual(steps[2].uiLabels["en-US"], [], "step 3 names no UI element")
        }
        // The German machine translation left these two steps in English.
        XCTAssertEqual(try steps(early)[3].uiLabels["de-DE"], ["Next: Subscriptions"])
    }

    /// Each step's labels are the bold spans of its own line (alerts apart),
    /// target side per locale, source side for en-US.
    func testEveryStepsLabelsAreTheBoldSpansOfItsLine() throws {
        let (early, late) = try variants()
        for rule in [early, late] {
            for step in try steps(rule) {
                for place in step.provenance {
                    let file = try MarkdownOracle(place.path)
                    let expected = MarkdownOracle.boldSpans(file.targetText(place.line))
                    XCTAssertEqual(step.uiLabels[place.locale], expected, "step \(step.number) \(place.locale)")
                    if place.segment != nil {
                        XCTAssertEqual(step.uiLabels["en-US"], MarkdownOracle.boldSpans(file.sourceText(place.line)),
                                       "step \(step.number) en-US from \(place.locale)")
                    }
                }
                XCTAssertEqual(Set(step.text.keys), Set(rule.provenance.map(\.locale) + ["en-US"]), "step \(step.number)")
            }
        }
    }

    /// Every step points at the line of its number ("1.", "2." … after the
    /// procedure's heading) in every file, with the line's first pair id in
    /// paired files and none in plain ones.
    func testEveryStepIsTracedToTheLineOfItsNumber() throws {
        let (early, late) = try variants()
        for rule in [early, late] {
            for heading in rule.provenance {
                let file = try MarkdownOracle(heading.path)
                XCTAssertEqual(heading.line, file.line(containing: "<a name=\"\(Self.anchor)\">"), heading.path)
                for step in try steps(rule) {
                    let place = try XCTUnwrap(step.provenance.first { $0.path == heading.path },
                                              "step \(step.number) not read in \(heading.path)")
                    let expected = try XCTUnwrap(file.line(startingWith: "\(step.number). ", from: heading.line))
                    XCTAssertEqual(place.line, expected, "step \(step.number) in \(heading.locale)")
                    XCTAssertEqual(place.segment, file.firstSegment(onLine: expected), "step \(step.number)")
                    XCTAssertEqual(place.version, heading.version)
                    XCTAssertEqual(place.document, "4f53dfaf-1792-4e91-bbeb-e9a65026a81c")
                }
            }
            XCTAssertEqual(Set(rule.provenance.map { $0.segment == nil }), [true, false],
                           "one plain and one paired file per variant")
        }
    }

    func testHeadingTextPerLocale() throws {
        let (early, late) = try variants()
        for rule in [early, late] {
            XCTAssertEqual(Set(rule.text.keys), Set(rule.provenance.map(\.locale) + ["en-US"]))
            for place in rule.provenance {
                let file = try MarkdownOracle(place.path)
                let expected = place.segment == nil
                    ? MarkdownOracle.plain(file.text(place.line)).trimmingCharacters(in: CharacterSet(charactersIn: "# "))
                    : MarkdownOracle.plain(file.targetText(place.line))
                XCTAssertEqual(rule.text[place.locale], expected, place.locale)
                if place.segment != nil {
                    XCTAssertEqual(rule.text["en-US"], MarkdownOracle.plain(file.sourceText(place.line)))
                }
            }
        }
    }

    func testAlertsKeepTheirTextPerLocale() throws {
        let (early, late) = try variants()
        let important = try XCTUnwrap(steps(early)[1].alerts.first)
        XCTAssertEqual(Set(important.text.keys), ["de-DE", "zh-CN", "en-US"])
        XCTAssertTrue(important.text["zh-CN"]?.contains("2018 年 11 月 7 日") == true, "\(important.text)")
        XCTAssertTrue(important.text["en-US"]?.contains("November 7, 2018") == true, "\(important.text)")
        XCTAssertTrue(important.text["de-DE"]?.contains("31. Januar 2020") == true, "\(important.text)")
        let lateAlerts = try steps(late)[1].alerts
        XCTAssertTrue(lateAlerts.last?.text["nl-NL"]?.contains("1 oktober 2019") == true)
        XCTAssertTrue(lateAlerts.last?.text["sv-SE"]?.contains("1 oktober 2019") == true)
        for rule in [early, late] {
            let note = try XCTUnwrap(steps(rule)[5].alerts.first)
            XCTAssertEqual(Set(note.text.keys), Set(rule.provenance.map(\.locale) + ["en-US"]), rule.id)
            XCTAssertFalse(note.text.values.contains(""), rule.id)
        }
    }

    func testStepTwoLinksToTheAgreements() throws {
        let (early, late) = try variants()
        for rule in [early, late] {
            XCTAssertEqual(try steps(rule)[1].links, ["agreements.md"], rule.id)
            XCTAssertEqual(try steps(rule)[0].links, [], rule.id)
        }
    }
}
