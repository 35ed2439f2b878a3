import TolkChecks
import TolkModel
import XCTest

final class FrontMatterKeyCaseCheckTests: XCTestCase {
    let check = FrontMatterKeyCaseCheck()

    func testWronglyCasedKeysNameTheStandardSpelling() throws {
        let markdown = """
            ---
            Title: A page
            description: About it.
            MS.Date: 01/02/2021
            Custom.Key: not a standard key, left alone
            ---
            Text.
            """
        let findings = try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/en-US/page.md")
        XCTAssertEqual(findings.map(\.message), [
            "front matter key 'Title' should be spelled 'title'",
            "front matter key 'MS.Date' should be spelled 'ms.date'",
        ])
        XCTAssertEqual(findings.map(\.line), [2, 4])
    }

    func testStandardSpellingsAreNotReported() throws {
        let markdown = """
            ---
            title: A page
            titleSuffix: Docs
            description: About it.
            ms.date: 01/02/2021
            ms.contentlocale: en-US
            ---
            Text.
            """
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/en-US/page.md"), [])
    }

    /// Seed fact: the German customer-accounts page spells `Description`.
    func testSeedDescriptionIsReportedAtItsLine() throws {
        let (url, text) = try DocumentCheckHarness.corpusText("seeds/de-DE/customer-accounts.2020-04-07.md")
        let expected = try XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.hasPrefix("Description:") })
        let findings = try DocumentCheckHarness.run(check, fileAt: url)
        XCTAssertEqual(findings.map(\.line), [expected])
        XCTAssertEqual(findings.first?.message, "front matter key 'Description' should be spelled 'description'")
    }
}
