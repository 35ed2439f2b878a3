import TolkChecks
import TolkModel
import XCTest

final class FrontMatterDateCheckTests: XCTestCase {
    let check = FrontMatterDateCheck()

    private func run(date: String, handoff: String = "05/06/2021") throws -> [Finding] {
        let markdown = """
            ---
            title: A page
            ms.date: \(date)
            ms.lasthandoff: \(handoff)
            ---
            Text.
            """
        return try DocumentCheckHarness.run(check, markdown: markdown, path: "/docs/en-US/page.md")
    }

    func testRealDatesAreNotReported() throws {
        XCTAssertEqual(try run(date: "02/29/2020"), [])
        XCTAssertEqual(try run(date: "1/5/2021"), [])
    }

    func testDateThatIsNotMonthDayYearIsReported() throws {
        let findings = try run(date: "2021-01-31")
        XCTAssertEqual(findings.map(\.message), ["ms.date '2021-01-31' is not a date written MM/DD/YYYY"])
        XCTAssertEqual(findings.first?.line, 3)
    }

    func testImpossibleDaysAreNamed() throws {
        XCTAssertEqual(try run(date: "02/30/2021").map(\.message),
                       ["ms.date '02/30/2021' is not a real date: month 2 of 2021 has no day 30"])
        XCTAssertEqual(try run(date: "31/01/2021").map(\.message),
                       ["ms.date '31/01/2021' is not a real date: month 31 does not exist (day and month swapped?)"])
    }

    func testHandoffDateIsCheckedToo() throws {
        let findings = try run(date: "05/06/2021", handoff: "soon")
        XCTAssertEqual(findings.map(\.message), ["ms.lasthandoff 'soon' is not a date written MM/DD/YYYY"])
        XCTAssertEqual(findings.first?.line, 4)
        XCTAssertFalse(CheckCatalog.standard.readingCodes.contains(.frontMatterDate))
    }
}
