@testable import TolkChecks
import TolkModel
import XCTest

final class StaleTranslationCheckTests: XCTestCase {
    private func front(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> FrontMatter {
        try XCTUnwrap(LocalesTestSupport.document(path).frontMatter, "no front matter in \(path)", file: file, line: line)
    }

    /// de-DE is built from an older `ms.date` than sv-SE; fr-FR from the same
    /// date but another version of the source, handed off earlier. nl-NL has
    /// sv-SE's version, handed off earlier: not stale.
    func testOlderSourceAndEarlierVersionOfTheSameDateAreStale() throws {
        let root = LocalesTestSupport.fixture("stale")
        let report = try LocalesTestSupport.run([root], checks: [StaleTranslationCheck()])
        let found = LocalesTestSupport.findings(report, "stale-translation")
        XCTAssertEqual(found.map(LocalesTestSupport.folder).sorted(), ["de-DE", "fr-FR"], "\(found.map(\.message))")

        let sv = try front(root + "/sv-SE/invoices.md")
        let svDate = try XCTUnwrap(sv.sourceDate), svHandoff = try XCTUnwrap(sv.handoffDate)

        let dePath = root + "/de-DE/invoices.md"
        let deDate = try XCTUnwrap(try front(dePath).sourceDate)
        let de = try XCTUnwrap(found.first { $0.path == dePath })
        let days = LocalesTestSupport.days(from: deDate, to: svDate)
        XCTAssertGreaterThan(days, 1)
        XCTAssertEqual(de.message, "de-DE is built from the source of \(deDate), \(days) days older than sv-SE's \(svDate)")
        XCTAssertEqual(de.line, try LocalesTestSupport.line(in: dePath, startingWith: "ms.date:"))

        let frPath = root + "/fr-FR/invoices.md"
        let fr = try front(frPath)
        let frFinding = try XCTUnwrap(found.first { $0.path == frPath })
        XCTAssertEqual(fr.sourceDate, svDate)
        let handoffDays = LocalesTestSupport.days(from: try XCTUnwrap(fr.handoffDate), to: svHandoff)
        XCTAssertTrue(frFinding.message.contains("earlier version of the \(svDate) source"), frFinding.message)
        XCTAssertTrue(frFinding.message.contains("\(handoffDays) days before sv-SE's"), frFinding.message)
        XCTAssertTrue(frFinding.message.contains(String(try XCTUnwrap(fr.sourceFileHash).prefix(8))), frFinding.message)
        XCTAssertTrue(frFinding.message.contains(String(try XCTUnwrap(sv.sourceFileHash).prefix(8))), frFinding.message)
    }

    /// The same source version (same hash, whatever the commit or hand-off),
    /// the source locale's own file, and a file without `ms.date`: nothing.
    func testSameSourceVersionIsNotStale() throws {
        let report = try LocalesTestSupport.run([LocalesTestSupport.fixture("stale-none")],
                                                checks: [StaleTranslationCheck()])
        XCTAssertEqual(report.summary.files, 4)
        XCTAssertEqual(LocalesTestSupport.findings(report, "stale-translation").map(\.message), [])
    }

    /// Month pages (`2021-may.md`, `2021-june.md`) are separate documents,
    /// not versions of one: de-DE's June page does not make sv-SE's May page stale.
    func testMonthPagesAreNotVersionsOfOneDocument() throws {
        let report = try LocalesTestSupport.run([LocalesTestSupport.fixture("months")],
                                                checks: [StaleTranslationCheck(), MissingTranslationCheck()])
        XCTAssertEqual(report.findings.map(\.message), [])
        XCTAssertEqual(LocaleGroupFacts.documentName("a/de-DE/news/2021-may.md"), "2021-may")
        XCTAssertEqual(LocaleGroupFacts.documentName("h/de-DE/agreements/2019-07-31.b09a9e28.md"), "agreements")
        XCTAssertEqual(LocaleGroupFacts.documentName("s/de-DE/add-a-new-customer.2019-11-13.md"), "add-a-new-customer")
    }

    /// The seeds: every locale of add-a-new-customer older than the newest
    /// one is stale, by the days between the `ms.date`s in the files.
    func testSeedsAreStaleAgainstTheNewestLocale() throws {
        let seeds = try LocalesTestSupport.corpusPath("seeds")
        let report = try LocalesTestSupport.run([seeds], checks: [StaleTranslationCheck()])
        let found = LocalesTestSupport.findings(report, "stale-translation")
        let files = try FileManager.default.subpathsOfDirectory(atPath: seeds)
            .filter { $0.hasSuffix(".md") && $0.contains("add-a-new-customer") }.map { seeds + "/" + $0 }
        XCTAssertEqual(files.count, 4)
        let dated = try files.map { ($0, try XCTUnwrap(try front($0).sourceDate)) }
        let newest = try XCTUnwrap(dated.max { $0.1 < $1.1 })
        let newestLocale = URL(fileURLWithPath: newest.0).deletingLastPathComponent().lastPathComponent
        XCTAssertEqual(found.count, 3, "\(found.map(\.message))")
        for (path, date) in dated where path != newest.0 {
            let finding = try XCTUnwrap(found.first { $0.path == path }, "no finding in \(path)")
            let days = LocalesTestSupport.days(from: date, to: newest.1)
            XCTAssertTrue(finding.message.hasSuffix(
                "built from the source of \(date), \(days) days older than \(newestLocale)'s \(newest.1)"), finding.message)
        }
    }
}
