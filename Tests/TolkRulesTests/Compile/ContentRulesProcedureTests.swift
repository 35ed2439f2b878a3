import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Our own `Content/` (with its `tolk.yml`): both procedures in every locale
/// that has their page, each step with its labels, text, alerts and place.
final class ContentRulesProcedureTests: XCTestCase {
    /// The files of `name` in every locale folder of Content, by locale.
    static func pages(_ name: String) throws -> [String: MarkdownOracle] {
        let root = RulesTestInputs.content
        var out: [String: MarkdownOracle] = [:]
        for locale in try FileManager.default.contentsOfDirectory(atPath: root) {
            let path = root + "/" + locale + "/" + name
            if FileManager.default.fileExists(atPath: path) { out[locale] = try MarkdownOracle(path) }
        }
        return out
    }

    private func procedure(_ id: String, page: String, anchor: String, steps: Int,
                           locales expected: Int) throws -> (Rule, [String: MarkdownOracle]) {
        let rule = try CompiledRules.content.get().table.requireRule(id)
        let pages = try Self.pages(page)
        XCTAssertEqual(pages.count, expected, "\(page) is written in \(expected) locales")
        XCTAssertEqual(rule.asProcedure?.anchor, anchor)
        XCTAssertEqual(rule.asProcedure?.steps.map(\.number), Array(1...steps))
        XCTAssertEqual(Set(rule.provenance.map(\.locale)), Set(pages.keys))
        XCTAssertEqual(Set(rule.text.keys), Set(pages.keys))
        XCTAssertEqual(rule.missingText, [])
        return (rule, pages)
    }

    func testAddACustomerHasSevenStepsInEightLocales() throws {
        let (rule, pages) = try procedure("procedure.add-a-customer.add-a-customer", page: "add-a-customer.md",
                                          anchor: "add-a-customer", steps: 7, locales: 8)
        XCTAssertNotNil(pages["da-DK"], "the plain Danish translation counts")
        try assertStepsFollowTheirLines(rule, pages, anchor: "add-a-customer")
        let steps = try XCTUnwrap(rule.asProcedure?.steps)
        XCTAssertEqual(steps.map { $0.uiLabels["en-US"] ?? ["missing"] }, [
            ["Customers", "Add customer"], ["Account info"], [], ["Next: Subscriptions"],
            ["Subscriptions", "Next: Review"], ["Review", "Submit"], ["Done"],
        ])
        XCTAssertEqual(steps[0].uiLabels["da-DK"], ["Kunder", "Tilføj kunde"])
        XCTAssertEqual(steps.map { $0.alerts.map(\.kind) }, [[], ["NOTE", "IMPORTANT"], [], [], [], [], []])
        for alert in steps[1].alerts {
            XCTAssertEqual(Set(alert.text.keys), Set(pages.keys), alert.kind)
            XCTAssertFalse(alert.text.values.contains(""), alert.kind)
        }
        XCTAssertEqual(steps[1].links, ["confirm-agreement.md"])
    }

    func testConfirmAcceptanceHasSixStepsInSevenLocales() throws {
        let (rule, pages) = try procedure("procedure.confirm-agreement.confirm-acceptance", page: "confirm-agreement.md",
                                          anchor: "confirm-acceptance", steps: 6, locales: 7)
        XCTAssertNil(pages["da-DK"])
        try assertStepsFollowTheirLines(rule, pages, anchor: "confirm-acceptance")
        let steps = try XCTUnwrap(rule.asProcedure?.steps)
        XCTAssertEqual(steps.map { $0.uiLabels["en-US"] ?? ["missing"] }, [
            ["Customers"], ["Account", "Customer agreement"], ["Confirm acceptance"],
            ["First name", "Last name", "Email address", "Phone number"], ["Date of acceptance"], ["Save"],
        ])
        // Nothing is nested under steps 1–5; the TIP after the list is
        // ExtractionProcedureTests.testAnAlertAfterTheLastStepIsNotNestedUnderIt.
        XCTAssertEqual(steps.prefix(5).map { $0.alerts.map(\.kind) }, [[], [], [], [], []])
    }

    func testOnlyTheTwoProcedures() throws {
        let table = try CompiledRules.content.get().table
        XCTAssertEqual(table.rules(of: .procedure).map(\.id), ["procedure.add-a-customer.add-a-customer",
                                                               "procedure.confirm-agreement.confirm-acceptance"])
        XCTAssertEqual(table.findings, [], "Content compiles without findings")
    }

    /// Heading and steps in every locale: the heading line by its anchor, each
    /// step on the line of its number, the first pair of that line, the bold
    /// spans of that line as labels, the line's text as the step's text.
    private func assertStepsFollowTheirLines(_ rule: Rule, _ pages: [String: MarkdownOracle], anchor: String,
                                             line: UInt = #line) throws {
        let steps = try XCTUnwrap(rule.asProcedure?.steps)
        for (locale, page) in pages.sorted(by: { $0.key < $1.key }) {
            let heading = try XCTUnwrap(page.line(containing: "<a name=\"\(anchor)\">"), locale)
            let place = try XCTUnwrap(rule.places.first { $0.locale == locale })
            XCTAssertEqual(place, RulePlace(path: page.path, locale: locale, line: heading,
                                        segment: page.firstSegment(onLine: heading)), line: line)
            XCTAssertEqual(rule.text[locale], MarkdownOracle.plain(page.targetText(heading))
                .trimmingCharacters(in: CharacterSet(charactersIn: "# ")), locale, line: line)
            for step in steps {
                let number = try XCTUnwrap(page.line(startingWith: "\(step.number). ", from: heading), "\(locale) \(step.number)")
                let at = step.places.first { $0.locale == locale }
                XCTAssertEqual(at, RulePlace(path: page.path, locale: locale, line: number,
                                         segment: page.firstSegment(onLine: number)), "step \(step.number)", line: line)
                XCTAssertEqual(step.uiLabels[locale], MarkdownOracle.boldSpans(page.targetText(number)),
                               "\(locale) step \(step.number)", line: line)
                let text = try XCTUnwrap(step.text[locale], "\(locale) step \(step.number)")
                XCTAssertFalse(text.isEmpty, line: line)
                XCTAssertTrue(MarkdownOracle.plain(page.targetText(number)).contains(text),
                              "\(locale) step \(step.number): \(text)", line: line)
            }
        }
    }
}

extension Procedure.Step {
    var places: [RulePlace] { provenance.map(RulePlace.init) }
}
