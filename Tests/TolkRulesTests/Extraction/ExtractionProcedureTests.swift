import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// `ProcedureExtractor` on small pages: ids, numbering, labels, links and
/// the alerts that are nested under a step.
final class ExtractionProcedureTests: XCTestCase {
    private func procedure(_ body: String, locale: String = "en-US", path: String = "en-US/page.md") throws -> Rule {
        let table = try RuleFixture.table([RuleFixture.document(body, path: path, locale: locale)])
        let rules = table.rules(of: .procedure)
        XCTAssertEqual(rules.count, 1, rules.map(\.id).joined(separator: ", "))
        return try XCTUnwrap(rules.first)
    }

    func testIdFromTheAnchorAndStepsInOrder() throws {
        let rule = try procedure("""
            # Page

            ## <a name="to-do-it"></a>To do it

            1. Select **Customers**, and then select **Add customer**.
            2. See [the guide](guide.md) and select **Next: Review**.
            3. Wait.
            """)
        XCTAssertEqual(rule.id, "procedure.page.to-do-it")
        let steps = try XCTUnwrap(rule.asProcedure?.steps)
        XCTAssertEqual(steps.map(\.number), [1, 2, 3])
        XCTAssertEqual(steps.map { $0.uiLabels["en-US"] ?? [] }, [["Customers", "Add customer"], ["Next: Review"], []])
        XCTAssertEqual(steps.map(\.links), [[], ["guide.md"], []])
        XCTAssertEqual(steps[2].text["en-US"], "Wait.")
        let first = RuleFixture.frontMatterLines() + 5
        XCTAssertEqual(steps.map { $0.provenance.first?.line }, [first, first + 1, first + 2])
        XCTAssertEqual(steps[0].provenance.first?.headingPath, ["Page", "To do it"])
    }

    func testIdFromTheHeadingTextWithoutAnchor() throws {
        let rule = try procedure("# Page\n\n### Confirm the order\n\n1. Select **Save**.\n")
        XCTAssertEqual(rule.asProcedure?.anchor, "confirm-the-order")
    }

    func testAHeadingWithoutANumberedListIsNoProcedure() throws {
        let table = try RuleFixture.table([RuleFixture.document("# Page\n\n## Notes\n\n- Select **Save**.\n\nText.\n",
                                                        path: "en-US/page.md", locale: "en-US")])
        XCTAssertEqual(table.rules(of: .procedure).count, 0)
    }

    func testAlertsIndentedUnderAStepBelongToIt() throws {
        let rule = try procedure("""
            # Page

            ## <a name="steps"></a>Steps

            1. Fill in the **Account info** page.

               > [!NOTE]
               > Use the **legal name**.

               > [!IMPORTANT]
               > Check the agreement.

            2. Select **Submit**.
            """)
        let steps = try XCTUnwrap(rule.asProcedure?.steps)
        XCTAssertEqual(steps.map { $0.alerts.map(\.kind) }, [["NOTE", "IMPORTANT"], []])
        XCTAssertEqual(steps[0].alerts.first?.text["en-US"], "Use the legal name.")
        XCTAssertEqual(steps[0].uiLabels["en-US"], ["Account info"], "an alert's bold text is not the step's label")
        XCTAssertEqual(steps[0].text["en-US"], "Fill in the Account info page.")
    }

    /// An alert at the left margin between two items splits the list (as in
    /// the de-DE seed); it still belongs to the step before it, and the
    /// numbering goes on.
    func testAnAlertThatSplitsTheListBelongsToTheStepBefore() throws {
        let rule = try procedure("""
            # Page

            ## <a name="steps"></a>Steps

            1. First.

            2. Second.

            >[!IMPORTANT]
            > Read this.

            3. Third.
            """)
        let steps = try XCTUnwrap(rule.asProcedure?.steps)
        XCTAssertEqual(steps.map(\.number), [1, 2, 3])
        XCTAssertEqual(steps.map { $0.alerts.map(\.kind) }, [[], ["IMPORTANT"], []])
    }

    /// A tip that follows the whole list, at the left margin, is about the
    /// section, not nested under the last step.
    func testAnAlertAfterTheLastStepIsNotNestedUnderIt() throws {
        let rule = try procedure("""
            # Page

            ## <a name="steps"></a>Steps

            1. First.

            2. Select **Save**.

            > [!TIP]
            > Keep a copy.

            ## Next steps
            """)
        let steps = try XCTUnwrap(rule.asProcedure?.steps)
        XCTAssertEqual(steps.map { $0.alerts.map(\.kind) }, [[], []])
    }

    /// A paired page: labels and text per side, the first pair of each step
    /// as its segment.
    func testPairedStepsKeepBothSides() throws {
        let body = """
            # Seite

            ## <a name="steps"></a>\(RuleFixture.pair("p-1", "Schritte", "Steps"))

            1. \(RuleFixture.pair("p-2", "Wählen Sie **Kunden** aus.", "Select **Customers**.")) \(RuleFixture.pair("p-3", "Dann **Speichern**.", "Then **Save**."))
            """
        let rule = try procedure(body, locale: "de-DE", path: "de-DE/page.md")
        let step = try XCTUnwrap(rule.asProcedure?.steps.first)
        XCTAssertEqual(step.uiLabels["de-DE"], ["Kunden", "Speichern"])
        XCTAssertEqual(step.uiLabels["en-US"], ["Customers", "Save"])
        XCTAssertEqual(step.text["de-DE"], "Wählen Sie Kunden aus. Dann Speichern.")
        XCTAssertEqual(step.text["en-US"], "Select Customers. Then Save.")
        XCTAssertEqual(step.provenance.first?.segment, "p-2")
        XCTAssertEqual(rule.places.first?.segment, "p-1")
        XCTAssertEqual(rule.text, ["de-DE": "Schritte", "en-US": "Steps"])
    }

    /// The English page's own words win over the English source side of a
    /// translation's pairs, for steps as for every other text.
    func testEnglishStepLabelsComeFromTheEnglishPage() throws {
        let english = RuleFixture.document("# Page\n\n## <a name=\"steps\"></a>Steps\n\n1. Select **Add customer**.\n",
                                       path: "en-US/page.md", locale: "en-US", date: "2024-03-14", assetID: "P")
        let stale = RuleFixture.document("""
            # Seite

            ## <a name="steps"></a>\(RuleFixture.pair("q-1", "Schritte", "Steps"))

            1. \(RuleFixture.pair("q-2", "Wählen Sie **Kunden hinzufügen** aus.", "Select **Add a customer**."))
            """, path: "de-DE/page.md", locale: "de-DE", date: "2024-03-14", handoff: "2024-04-02", assetID: "P")
        let table = try RuleFixture.table([english, stale])
        let step = try XCTUnwrap(table.rules(of: .procedure).first?.asProcedure?.steps.first)
        XCTAssertEqual(step.uiLabels["de-DE"], ["Kunden hinzufügen"])
        XCTAssertEqual(step.uiLabels["en-US"], ["Add customer"])
        XCTAssertEqual(step.text["en-US"], "Select Add customer.")
    }
}
