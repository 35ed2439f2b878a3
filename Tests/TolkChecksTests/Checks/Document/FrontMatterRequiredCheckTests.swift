import TolkChecks
import TolkModel
import XCTest

final class FrontMatterRequiredCheckTests: XCTestCase {
    let check = FrontMatterRequiredCheck()

    func testTranslatedFileLackingKeysIsReportedOncePerKey() throws {
        let markdown = """
            ---
            title: Ein Testdokument
            author: someone
            ---
            # Überschrift
            """
        let findings = try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/de-DE/page.md")
        XCTAssertEqual(findings.map(\.message), [
            "the front matter has no 'description' key",
            "the front matter has no 'ms.date' key",
            "the front matter has no 'ms.contentlocale' key",
        ])
        XCTAssertTrue(findings.allSatisfy { $0.line == 1 && $0.check == "frontmatter-required" })
    }

    func testCompleteSourceFileIsNotReported() throws {
        // A source-language file needs no ms.contentlocale.
        let markdown = """
            ---
            title: A test page
            description: What this page is about.
            ms.date: 03/14/2021
            ---
            Some text.
            """
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/en-US/page.md"), [])
    }

    func testKeyInOtherLetterCaseCountsAsPresent() throws {
        // `Description` is frontmatter-key-case's to report, not a missing key.
        let markdown = """
            ---
            title: Ein Testdokument
            Description: Worum es geht.
            ms.date: 03/14/2021
            ms.contentlocale: de-DE
            ---
            Text.
            """
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/de-DE/page.md"), [])
    }

    func testEmptyTitleIsReportedAtItsLine() throws {
        let markdown = """
            ---
            description: What this page is about.
            title: ""
            ms.date: 03/14/2021
            ---
            Text.
            """
        let findings = try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/en-US/page.md")
        XCTAssertEqual(findings.map(\.message), ["the front matter's 'title' is empty"])
        XCTAssertEqual(findings.first?.line, 3)
    }

    func testFileWithoutFrontMatterIsLeftToTheParser() throws {
        let findings = try DocumentCheckHarness.run(check, markdown: "# Nur Text\n", path: "/docs/de-DE/page.md")
        XCTAssertEqual(findings, [])
    }
}
