import TolkChecks
import TolkModel
import XCTest

final class FrontMatterLocaleCheckTests: XCTestCase {
    let check = FrontMatterLocaleCheck()

    private func markdown(locale: String) -> String {
        """
        ---
        title: Sida
        ms.contentlocale: \(locale)
        ---
        Text.
        """
    }

    func testLocaleDisagreeingWithTheFolderIsAnError() throws {
        let findings = try DocumentCheckHarness.run(check, markdown: markdown(locale: "sv-SE"),
                                                    path: "/docs/de-DE/articles/page.md")
        XCTAssertEqual(findings.map(\.message), ["ms.contentlocale 'sv-SE' disagrees with the folder 'de-DE' the file is in"])
        XCTAssertEqual(findings.first?.line, 3)
        XCTAssertEqual(findings.first?.severity, .error)
    }

    func testMatchingLocaleInAnyLetterCaseIsNotReported() throws {
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown(locale: "de-de"),
                                                    path: "/docs/de-DE/page.md"), [])
        // A folder naming only the language agrees with any region of it.
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown(locale: "de-AT"),
                                                    path: "/docs/de/page.md"), [])
        // No locale folder: nothing to compare with.
        XCTAssertEqual(try DocumentCheckHarness.run(check, markdown: markdown(locale: "sv-SE"),
                                                    path: "/docs/articles/page.md"), [])
    }

    func testValueThatIsNotATagIsReportedInsteadOfTheParserDiagnostic() throws {
        let findings = try DocumentCheckHarness.run(check, markdown: markdown(locale: "German"),
                                                    path: "/docs/de-DE/page.md")
        XCTAssertEqual(findings.map(\.message), ["ms.contentlocale 'German' is not a locale tag; expected a tag such as 'de-DE'"])
        XCTAssertTrue(FrontMatterLocaleCheck.claimedDiagnostics.contains(.frontMatterLocale))
        XCTAssertFalse(CheckCatalog.standard.readingCodes.contains(.frontMatterLocale))
    }
}
