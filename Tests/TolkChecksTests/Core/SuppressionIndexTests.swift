import TolkChecks
import TolkModel
import XCTest

/// `<!-- tolk-disable… -->` comments silence findings on the lines they name.
final class SuppressionIndexTests: XCTestCase {
    private func headingFindings(_ body: String) throws -> (kept: [Int], suppressed: Int) {
        let runner = try CoreFixture.runner()
        let document = CoreFixture.parse(CoreFixture.frontMatter + body)
        let report = runner.finish([runner.checkFile(document)], reread: CoreFixture.reread([document]))
        return (report.findings.filter { $0.check == "test-heading" }.map(\.line), report.summary.suppressed)
    }

    /// The front matter takes lines 1–5, so the body starts on line 6.
    func testDisableNextLineSilencesOnlyTheNextNonBlankLine() throws {
        let result = try headingFindings("""
            <!-- tolk-disable-next-line test-heading -->

            # One

            # Two
            """)
        XCTAssertEqual(result.kept, [10])
        XCTAssertEqual(result.suppressed, 1)
    }

    func testDisableEnableRangeForOneCheck() throws {
        let result = try headingFindings("""
            # Before

            <!-- tolk-disable test-heading -->
            # Inside
            <!-- tolk-enable test-heading -->

            # After
            """)
        XCTAssertEqual(result.kept, [6, 12])
        XCTAssertEqual(result.suppressed, 1)
    }

    func testOtherChecksAreNotSilenced() throws {
        let result = try headingFindings("""
            <!-- tolk-disable-next-line link-mismatch -->
            # Still reported
            """)
        XCTAssertEqual(result.kept, [7])
    }

    func testDisableWithoutIdsSilencesEverythingToTheEnd() throws {
        let result = try headingFindings("""
            # Kept

            <!-- tolk-disable -->
            # Silenced

            # Silenced too
            """)
        XCTAssertEqual(result.kept, [6])
        XCTAssertEqual(result.suppressed, 2)
    }

    func testOnlyTolkCommentsCountAndIdsMaySeparateByCommas() {
        let document = CoreFixture.parse("text <!-- not-tolk -->\n<!-- tolk-disable-line a, b -->\n")
        let index = SuppressionIndex(document: document)
        XCTAssertTrue(index.suppresses(check: "a", line: 2))
        XCTAssertTrue(index.suppresses(check: "b", line: 2))
        XCTAssertFalse(index.suppresses(check: "c", line: 2))
        XCTAssertFalse(index.suppresses(check: "a", line: 1))
    }
}
