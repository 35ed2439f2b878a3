import Foundation
@testable import TolkChecks
import TolkModel
import XCTest

/// The documents × locales matrix, computed from a run: on the fixture tree,
/// on the corpus seeds (expected values read from the files' front matter),
/// and on reports written by hand for what the checks do not produce yet.
final class TranslationStatusTests: XCTestCase {
    typealias S = StatusReportSupport

    // MARK: - Fixture tree

    func testFixtureStatesDatesAndTitles() throws {
        let report = try S.report(S.fixture)
        let status = TranslationStatus(report: report)
        let raw = try S.rawFiles(under: S.fixture)
        XCTAssertEqual(status.locales, ["de-DE", "en-US", "nl-NL", "sv-SE"])
        XCTAssertEqual(status.summary.files, raw.count)
        XCTAssertEqual(status.documents.map(\.key), ["0bbb1111-2222-3333-4444-555566667777",
                                                     "0aaa1111-2222-3333-4444-555566667777"],
                       "rows are in title order: the German notes title sorts before the English garden one")

        let notes = status.documents[0]
        XCTAssertEqual(notes.titleLocale, "de-DE", "no English source: the first locale's title")
        XCTAssertEqual(notes.newestSourceDate?.description, "2020-02-28")
        XCTAssertEqual(notes.cell("de-DE")?.state, .current)
        XCTAssertEqual(notes.cell("nl-NL")?.state, .undated, "a file without ms.date")
        XCTAssertEqual(notes.cell("en-US")?.state, .missing)
        XCTAssertEqual(notes.cell("sv-SE")?.state, .missing)

        let garden = status.documents[1]
        XCTAssertEqual(garden.titleLocale, "en-US", "the English source's title wins over the first locale's")
        XCTAssertEqual(garden.title, "Water the garden & check the \"pond\" when a < b")
        XCTAssertEqual(garden.cell("en-US")?.isSource, true)
        XCTAssertEqual(garden.cell("de-DE")?.state, .current)
        XCTAssertEqual(garden.cell("de-DE")?.translation, "HT")
        XCTAssertEqual(garden.cell("nl-NL")?.state, .missing)
        XCTAssertNil(garden.cell("nl-NL")?.path)

        // sv-SE has two versions: the newer (01/01/2021) is current, 68 days behind 03/10/2021.
        let sv = try XCTUnwrap(garden.cell("sv-SE"))
        XCTAssertEqual(sv.state, .stale)
        XCTAssertTrue(sv.path?.hasSuffix("sv-SE/garden.md") == true, sv.path ?? "nil")
        let svRaw = try XCTUnwrap(raw.first { $0.path.hasSuffix("sv-SE/garden.md") })
        let enRaw = try XCTUnwrap(raw.first { $0.path.hasSuffix("en-US/garden.md") })
        XCTAssertEqual(sv.daysBehind, S.days(from: svRaw.date!, to: enRaw.date!))
        XCTAssertEqual(sv.daysBehind, 68)
        XCTAssertEqual(sv.segments, 2)

        // Per-locale totals add up the column.
        let sweden = try XCTUnwrap(status.totals.first { $0.locale == "sv-SE" })
        XCTAssertEqual([sweden.documents, sweden.current, sweden.stale, sweden.missing, sweden.undated], [1, 0, 1, 1, 0])
        XCTAssertEqual(sweden.maxDaysBehind, 68)
        let dutch = try XCTUnwrap(status.totals.first { $0.locale == "nl-NL" })
        XCTAssertEqual([dutch.documents, dutch.undated, dutch.missing], [1, 1, 1])
        XCTAssertEqual(status.generated?.description, "2021-03-10")
    }

    /// Findings land in the cell of their file, never in an older version's or another locale's.
    func testFixtureFindingsAreCountedPerCurrentFile() throws {
        let report = try S.report(S.fixture)
        let status = TranslationStatus(report: report)
        let germanGarden = try XCTUnwrap(status.documents[1].cell("de-DE"))
        let own = S.findings(report, in: try XCTUnwrap(germanGarden.path.map {
            URL(fileURLWithPath: $0).standardizedFileURL.path }))
        XCTAssertTrue(own.contains { $0.check == "span-unpaired" }, "the fixture's lone target span is reported")
        XCTAssertEqual(germanGarden.findings, SeverityCounts(own))
        let untranslated = own.filter { $0.check == "untranslated" }
        XCTAssertEqual(germanGarden.untranslated,
                       Set(untranslated.compactMap(\.segment)).count + untranslated.count { $0.segment == nil })
        XCTAssertEqual(germanGarden.segments, 3, "g-4 has no source, so it is a finding and not a pair")
        var cellTotal = 0
        for document in status.documents { for cell in document.cells { cellTotal += cell.findings.total } }
        let currentPaths = Set(report.files.filter(\.current).map(\.path))
        XCTAssertEqual(cellTotal, report.findings.count { currentPaths.contains($0.path) })
        XCTAssertEqual(status.summary.findings, SeverityCounts(report.findings))
    }

    func testJobsDoNotChangeTheStatus() throws {
        let one = TranslationStatus(report: try S.report(S.fixture, jobs: 1))
        let four = TranslationStatus(report: try S.report(S.fixture, jobs: 4))
        XCTAssertEqual(one, four)
    }

    // MARK: - Corpus seeds

    func testSeedsAgainstTheirFrontMatter() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: S.seeds.path), "no corpus at \(S.seeds.path)")
        let status = TranslationStatus(report: try S.report(S.seeds))
        let raw = try S.rawFiles(under: S.seeds)
        let locales = Set(raw.map(\.locale)).sorted()
        XCTAssertEqual(status.locales, locales)
        // The seeds' documents: one per file-name stem (files without an asset id share their siblings').
        let stems = Dictionary(grouping: raw, by: \.stem)
        XCTAssertEqual(status.documents.count, stems.count)
        XCTAssertEqual(status.generated.map(\.description), raw.compactMap(\.date).max(by: S.isEarlier).map(S.iso))
        for (stem, files) in stems {
            let document = try XCTUnwrap(status.documents.first { doc in
                doc.cells.contains { cell in files.contains { S.samePath(cell.path, $0.path) } }
            }, stem)
            let newest = try XCTUnwrap(files.compactMap(\.date).max(by: S.isEarlier))
            XCTAssertEqual(document.newestSourceDate?.description, S.iso(newest), stem)
            if let asset = files.compactMap(\.assetID).first { XCTAssertEqual(document.key, asset, stem) }
            for locale in locales {
                let cell = try XCTUnwrap(document.cell(locale), "\(stem) \(locale)")
                let mine = files.filter { $0.locale == locale }
                guard let latest = mine.max(by: { S.isEarlier($0.date!, $1.date!) }) else {
                    XCTAssertEqual(cell.state, .missing, "\(stem) \(locale)")
                    continue
                }
                XCTAssertTrue(S.samePath(cell.path, latest.path), "\(stem) \(locale): \(cell.path ?? "nil")")
                XCTAssertEqual(cell.sourceDate?.description, S.iso(latest.date!))
                let behind = S.days(from: latest.date!, to: newest)
                XCTAssertEqual(cell.state, behind > 0 ? .stale : .current, "\(stem) \(locale)")
                XCTAssertEqual(cell.daysBehind, behind > 0 ? behind : nil, "\(stem) \(locale)")
            }
        }
        // At least one seed is stale: the test exercises the day count, not only "current".
        XCTAssertTrue(status.documents.contains { $0.cells.contains { ($0.daysBehind ?? 0) > 300 } })
    }

    // MARK: - Reports written by hand

    /// Two documents; `untranslated` findings (one repeated, one without a
    /// segment id), other findings, an old version whose findings must not
    /// count, titles that differ only by case order.
    static func handReport() -> CheckReport {
        let files = [
            HandReport.file("de/b.md", "de-DE", document: "k-b", title: "Beta", date: "2021-03-01", segments: 8),
            HandReport.file("fr/b.md", "fr-FR", document: "k-b", title: "Bêta", date: "2021-02-24", segments: 4),
            HandReport.file("fr/a.md", "fr-FR", document: "k-a", title: "alpha <b>&\"q\"'", date: "2020-02-28",
                            segments: 3),
            HandReport.file("fr/a.2019.md", "fr-FR", document: "k-a", title: "alpha (old)", current: false,
                            date: "2019-01-01", segments: 3),
        ]
        let findings = [
            HandReport.finding("untranslated", .warning, "de/b.md", segment: "1"),
            HandReport.finding("untranslated", .warning, "de/b.md", segment: "2"),
            HandReport.finding("untranslated", .warning, "de/b.md", segment: "2", message: "again"),
            HandReport.finding("untranslated", .warning, "de/b.md"),
            HandReport.finding("link-mismatch", .error, "de/b.md"),
            HandReport.finding("whitespace", .note, "fr/b.md"),
            HandReport.finding("untranslated", .error, "fr/a.2019.md", segment: "9"),
        ]
        return HandReport.report(files: files, findings: findings)
    }

    func testHandReportSharesSeveritiesAndOrder() throws {
        let status = TranslationStatus(report: Self.handReport())
        XCTAssertEqual(status.documents.map(\.key), ["k-a", "k-b"], "case-insensitive title order (alpha < Beta)")
        let a = status.documents[0]
        XCTAssertEqual(a.cell("de-DE")?.state, .missing)
        XCTAssertEqual(a.cell("fr-FR")?.state, .current, "the only dated fr-FR current file is the newest")
        XCTAssertEqual(a.cell("fr-FR")?.untranslated, 0, "the old version's finding is not counted")
        XCTAssertEqual(a.cell("fr-FR")?.findings, SeverityCounts())

        let b = status.documents[1]
        XCTAssertEqual(b.titleLocale, "de-DE")
        let de = try XCTUnwrap(b.cell("de-DE"))
        XCTAssertEqual(de.untranslated, 3, "segments 1 and 2 once each, plus the one without an id")
        XCTAssertEqual(de.untranslatedShare, 3.0 / 8.0)
        XCTAssertEqual(de.findings, SeverityCounts(errors: 1, warnings: 4, notes: 0))
        let fr = try XCTUnwrap(b.cell("fr-FR"))
        XCTAssertEqual(fr.state, .stale)
        XCTAssertEqual(fr.daysBehind, 5, "2021-02-24 to 2021-03-01 (not a leap year)")
        XCTAssertEqual(fr.findings, SeverityCounts(errors: 0, warnings: 0, notes: 1))

        let french = try XCTUnwrap(status.totals.first { $0.locale == "fr-FR" })
        XCTAssertEqual([french.documents, french.current, french.stale, french.missing], [2, 1, 1, 0])
        XCTAssertEqual(french.segments, 7, "current files only: 4 + 3, not the old version's 3")
        XCTAssertEqual(french.findings.total, 1)
        XCTAssertEqual(status.summary.findings, SeverityCounts(errors: 2, warnings: 4, notes: 1),
                       "the summary counts every finding, old versions included")
        XCTAssertEqual(status.generated?.description, "2021-03-01")
    }

    func testInputOrderDoesNotMatter() {
        let report = Self.handReport()
        var shuffled = report
        shuffled.files.reverse()
        shuffled.findings.reverse()
        XCTAssertEqual(TranslationStatus(report: report), TranslationStatus(report: shuffled))
    }

    func testEmptyAndUndatedReports() {
        let empty = TranslationStatus(report: HandReport.report(files: [], findings: []))
        XCTAssertEqual(empty.documents, [])
        XCTAssertNil(empty.generated)
        let undated = TranslationStatus(report: HandReport.report(files: [
            HandReport.file("x/a.md", "und", document: "a", title: nil, date: nil, segments: 0),
            HandReport.file("y/a.md", "de-DE", document: "a", title: "", date: nil, segments: 2),
        ], findings: []))
        XCTAssertEqual(undated.documents.first?.cells.map(\.state), [.undated, .undated])
        XCTAssertEqual(undated.documents.first?.title, "a", "no title anywhere: the key")
        XCTAssertNil(undated.documents.first?.titleLocale)
    }

    // MARK: - Arithmetic

    func testPercentRounding() {
        XCTAssertEqual(StatusMath.percentText(1, of: 3), "33.3%")
        XCTAssertEqual(StatusMath.percentText(2, of: 3), "66.7%")
        XCTAssertEqual(StatusMath.percentText(0, of: 7), "0.0%")
        XCTAssertEqual(StatusMath.percentText(7, of: 7), "100.0%")
        XCTAssertNil(StatusMath.percentText(0, of: 0))
    }
}
