@testable import TolkChecks
import TolkModel
import TolkParser
import XCTest

final class StructureMismatchCheckTests: XCTestCase {
    private let root = LocalesTestSupport.fixture("structure")

    /// nl-NL splits the numbered list in two, sv-SE turns the NOTE into a TIP;
    /// both are built from the en-US source's version. fr-FR differs more but
    /// was built from an older version, ja-JP and de-DE match.
    func testDifferingFilesAreReportedAtTheirFirstDifferingBlock() throws {
        let report = try LocalesTestSupport.run([root], checks: [StructureMismatchCheck()])
        let found = LocalesTestSupport.findings(report, "structure-mismatch")
        XCTAssertEqual(found.map(LocalesTestSupport.folder).sorted(), ["nl-NL", "sv-SE"], "\(found.map(\.message))")

        let nlPath = root + "/nl-NL/setup-guide.md"
        let nl = try XCTUnwrap(found.first { $0.path == nlPath })
        XCTAssertEqual(nl.line, try LocalesTestSupport.line(in: nlPath, startingWith: "1. "))
        XCTAssertEqual(nl.locale, "nl-NL")
        XCTAssertTrue(nl.message.hasPrefix("nl-NL has a numbered list of 2 steps where en-US has a numbered list of 3 steps"),
                      nl.message)
        XCTAssertTrue(nl.message.contains("ms.date 2022-02-03"), nl.message)

        let svPath = root + "/sv-SE/setup-guide.md"
        let sv = try XCTUnwrap(found.first { $0.path == svPath })
        XCTAssertEqual(sv.line, try LocalesTestSupport.line(in: svPath, startingWith: "> [!TIP]"))
        XCTAssertTrue(sv.message.hasPrefix("sv-SE has a TIP alert where en-US has a NOTE alert"), sv.message)
        XCTAssertEqual(sv.severity, .warning)
    }

    /// Files that share the source's shape, or were built from another
    /// version of it, are not reported.
    func testMatchingShapesAndOtherSourceVersionsAreNotReported() throws {
        let paths = ["en-US", "de-DE", "ja-JP", "fr-FR"].map { root + "/\($0)/setup-guide.md" }
        let report = try LocalesTestSupport.run(paths, checks: [StructureMismatchCheck()])
        XCTAssertEqual(LocalesTestSupport.findings(report, "structure-mismatch").map(\.message), [])
        XCTAssertEqual(report.summary.files, 4)
    }

    /// Without the source locale, the shape two of three locales share wins;
    /// nl-NL's second section heading is one level deeper.
    func testWithoutTheSourceLocaleTheMajorityShapeIsTheReference() throws {
        let majority = LocalesTestSupport.fixture("structure-majority")
        let report = try LocalesTestSupport.run([majority], checks: [StructureMismatchCheck()])
        let found = LocalesTestSupport.findings(report, "structure-mismatch")
        XCTAssertEqual(found.count, 1, "\(found.map(\.message))")
        let nlPath = majority + "/nl-NL/reports.md"
        let finding = try XCTUnwrap(found.first)
        XCTAssertEqual(finding.path, nlPath)
        XCTAssertEqual(finding.line, try LocalesTestSupport.line(in: nlPath, startingWith: "### "))
        // de-DE and sv-SE share the shape; the tie between them goes to the first by name.
        XCTAssertTrue(finding.message.hasPrefix("nl-NL has a level-3 heading where de-DE has a level-2 heading"),
                      finding.message)
    }

    func testOutlineFollowsNestedBlocksInReadingOrder() {
        let text = """
            # Title

            1. First
               > [!important]
               > Careful.
            2. Second

            > A quote.

            - Bullet
              1. Nested step

            | A | B |
            |---|---|
            | 1 | 2 |
            | 3 | 4 |

            """
        let outline = StructureOutline(DocumentParser().parse(text, path: "x.md"))
        XCTAssertEqual(outline.items.map(\.kind), [
            .heading(level: 1), .steps(count: 2), .alert(.important), .blockQuote, .steps(count: 1), .table(rows: 2),
        ])
        XCTAssertEqual(outline.items.map(\.location.line), [1, 3, 4, 8, 11, 13])
    }

    /// A German date at the start of a bullet ("- 1. Mai: …") opens a
    /// numbered list inside the bullet: one block more, named as such.
    func testAnExtraBlockIsNamedAsOneTheReferenceLacks() {
        let parser = DocumentParser()
        let german = parser.parse("# Termine\n\n- 1. Mai: Start\n- 2. Juni: Ende\n\n## Mehr\n", path: "de-DE/a.md")
        let swedish = parser.parse("# Datum\n\n- 1 maj: start\n- 2 juni: slut\n\n## Mer\n", path: "sv-SE/a.md")
        let member = GroupMember(document: german, locale: "de-DE", statedRules: [])
        let (message, location) = StructureMismatchCheck.firstDifference(
            StructureOutline(german), member: member, against: StructureOutline(swedish), referenceLocale: "sv-SE")
        XCTAssertEqual(message, "de-DE has a numbered list of 1 step here that sv-SE does not have "
                       + "[numbered lists 2 vs 0, steps 2 vs 0]")
        XCTAssertEqual(location, SourceLocation(line: 3, column: 3))

        let (reverse, _) = StructureMismatchCheck.firstDifference(
            StructureOutline(swedish), member: GroupMember(document: swedish, locale: "sv-SE", statedRules: []),
            against: StructureOutline(german), referenceLocale: "de-DE")
        XCTAssertTrue(reverse.hasPrefix("sv-SE lacks a numbered list of 1 step that de-DE has before this point"), reverse)
    }

    /// A file that stops short of the reference's blocks is reported at its
    /// last structural block.
    func testAShorterFileIsReportedAtItsLastStructuralBlock() {
        let parser = DocumentParser()
        let short = parser.parse("# Titel\n\nText.\n\n## Teil\n\nMehr Text.\n", path: "de-DE/b.md")
        let full = parser.parse("# Title\n\nText.\n\n## Part\n\n> [!WARNING]\n> Careful.\n", path: "en-US/b.md")
        let (message, location) = StructureMismatchCheck.firstDifference(
            StructureOutline(short), member: GroupMember(document: short, locale: "de-DE", statedRules: []),
            against: StructureOutline(full), referenceLocale: "en-US")
        XCTAssertEqual(message, "de-DE lacks a WARNING alert that en-US has after this point [alerts 0 vs 1]")
        XCTAssertEqual(location.line, 5)
    }
}
