import TolkChecks
import TolkModel
import XCTest

final class WrongLanguageCheckTests: XCTestCase {
    let check = WrongLanguageCheck()

    private func german(_ body: String) -> String {
        "---\ntitle: Seite\nms.contentlocale: de-DE\n---\n" + body
    }

    func testEnglishParagraphInGermanFileIsReportedAndGermanIsNot() throws {
        let markdown = german("""
            Hier steht ein deutscher Absatz, der die Einstellungen für das Konto beschreibt.

            Open the settings page and then choose the account you want to change.

            ## Die nächsten Schritte für Sie
            """)
        let findings = try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/de-DE/page.md")
        XCTAssertEqual(findings.map(\.line), [7])
        XCTAssertEqual(findings.first?.column, 1)
        XCTAssertEqual(findings.first?.message,
                       "English text in a de-DE file: 'Open the settings page and then choose the account you want…'")
    }

    func testEnglishSentenceInsideAGermanParagraphIsFoundAtItsStart() throws {
        let markdown = german("""
            Wählen Sie das Konto aus, das Sie ändern möchten. After that you can save the new name of the account.
            """)
        let findings = try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/de-DE/page.md")
        XCTAssertEqual(findings.map(\.line), [5])
        // The English sentence starts after the German one and its space.
        XCTAssertEqual(findings.first?.column, "Wählen Sie das Konto aus, das Sie ändern möchten. ".utf8.count + 1)
    }

    func testUILabelsProductNamesAndShortTextAreNotReported() throws {
        let markdown = german("""
            Wählen Sie **Save and continue to the next page** aus, wenn Sie fertig sind.

            - Dynamics 365 for Sales Enterprise Edition for Students and Faculty
            - Read the guide
            - Partner Center für Microsoft Cloud for US Government

            `select the account and then open it in the editor for you`
            """)
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/de-DE/page.md"), [])
    }

    func testPairTargetsAreReadAndUntranslatedPairsLeftToThePairChecks() throws {
        let markdown = german("""
            <span data-ttu-id="ab-1">You can change the name of the account at any time.</span><span class="sxs-lookup"><span data-stu-id="ab-1">Change the name of the account whenever you like.</span></span>

            <span data-ttu-id="ab-2">Close the page when you are done with the changes.</span><span class="sxs-lookup"><span data-stu-id="ab-2">Close the page when you are done with the changes.</span></span>

            <span data-ttu-id="ab-3">Schließen Sie die Seite, wenn Sie mit den Änderungen fertig sind.</span><span class="sxs-lookup"><span data-stu-id="ab-3">Close the page when you are finished with the changes.</span></span>
            """)
        let findings = try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/de-DE/page.md")
        XCTAssertEqual(findings.map(\.segment), ["ab-1"])
        XCTAssertEqual(findings.map(\.line), [5])
    }

    func testChineseFileReportsProseWithoutChineseCharacters() throws {
        let markdown = """
            ---
            title: 页面
            ms.contentlocale: zh-CN
            ---
            在合作伙伴中心中选择 **Customers**，然后打开 Microsoft 365 的帐户页面。

            Select the customer and then open the page for the account you want.

            Microsoft 365 Business Premium for Faculty and Students
            """
        let findings = try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/zh-CN/page.md")
        XCTAssertEqual(findings.map(\.line), [7])
        XCTAssertEqual(findings.first?.message.hasPrefix("English text in a zh-CN file: 'Select the customer"), true)
    }

    func testFileWithoutKnownLanguageIsNotJudged() throws {
        let markdown = "Open the settings page and then choose the account you want to change.\n"
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/misc/page.md"), [])
    }

    /// Seed fact: in the German machine translation of add-a-new-customer,
    /// steps 4 and 5 and the IMPORTANT alert were left in English.
    func testSeedEnglishStepsAndAlertAreReportedAndGermanStepsAreNot() throws {
        let (url, text) = try DocumentCheckHarness.corpusText("seeds/de-DE/add-a-new-customer.2019-11-13.md")
        let step4 = try XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.hasPrefix("4. ") })
        let step5 = try XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.hasPrefix("5. ") })
        let alert = try XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.lowercased().hasPrefix(">[!important]") })
        // The alert's text is on the quoted line after its marker.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[alert].hasPrefix(">"))
        let alertText = alert + 1

        let findings = try DocumentCheckHarness.run(check, fileAt: url)
        XCTAssertEqual(findings.map(\.line).sorted(), [alertText, step4, step5])
        XCTAssertTrue(findings.allSatisfy { $0.message.hasPrefix("English text in a de-DE file") })
        for step in ["1. ", "2. ", "3. ", "6. ", "7. "] {
            let german = try XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.hasPrefix(step) })
            XCTAssertFalse(findings.contains { $0.line == german }, "German step \(step) reported")
        }
    }
}
