import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// `DocumentCatalog`: which files are one document (same `ms.assetid`, else
/// the asset id their same-named siblings carry, else the name), and which
/// version of it is current in each locale.
final class CatalogTests: XCTestCase {
    private func extraction(_ path: String, locale: String = "de-DE", date: String? = "2020-01-01",
                            handoff: String? = nil, assetID: String? = nil) throws -> DocumentExtraction {
        try RuleExtractor(configuration: RuleFixture.defaults)
            .extract(RuleFixture.document("# Title\n", path: path, locale: locale, date: date, handoff: handoff, assetID: assetID))
    }

    func testFilesWithoutAssetIDJoinTheirSameNamedSiblings() throws {
        let files = [
            try extraction("de-DE/guide.md", assetID: "4F53DFAF-AAAA"),
            try extraction("sv-SE/guide.md", locale: "sv-SE"),
            try extraction("nl-NL/guide.2021-04-27.md", locale: "nl-NL"),
            try extraction("nl-NL/other.md", locale: "nl-NL"),
        ]
        let catalog = DocumentCatalog(files)
        XCTAssertEqual(files.map(catalog.key), ["4f53dfaf-aaaa", "4f53dfaf-aaaa", "4f53dfaf-aaaa", "other"])
        XCTAssertEqual(catalog.name(of: "4f53dfaf-aaaa"), "guide")
        XCTAssertEqual(catalog.localesByKey["4f53dfaf-aaaa"], ["de-DE", "sv-SE", "nl-NL"])
    }

    /// Siblings that disagree on the asset id give no answer: the file keeps its name.
    func testAmbiguousSiblingsLeaveTheName() throws {
        let files = [
            try extraction("de-DE/dup.md", assetID: "A1"),
            try extraction("fr-FR/dup.md", locale: "fr-FR", assetID: "A2"),
            try extraction("sv-SE/dup.md", locale: "sv-SE"),
        ]
        XCTAssertEqual(files.map(DocumentCatalog(files).key), ["a1", "a2", "dup"])
    }

    /// The newest version is current: by ms.date, then hand-off, then path.
    func testCurrentVersionByDateThenHandoffThenPath() throws {
        let files = [
            try extraction("de-DE/guide/2020-01-01.a.md", date: "2020-01-01", handoff: "2021-06-01"),
            try extraction("de-DE/guide/2020-02-01.b.md", date: "2020-02-01", handoff: "2020-03-01"),
            try extraction("de-DE/guide/2020-02-01.c.md", date: "2020-02-01", handoff: "2020-02-15"),
            try extraction("de-DE/guide/.undated.md", date: nil, handoff: nil),
            try extraction("sv-SE/guide/2019-05-01.x.md", locale: "sv-SE", date: "2019-05-01", handoff: "2019-06-01"),
            try extraction("sv-SE/guide/2019-05-01.y.md", locale: "sv-SE", date: "2019-05-01", handoff: "2019-06-01"),
        ]
        let records = DocumentCatalog(files).records()
        XCTAssertEqual(records.map(\.key), ["guide"])
        let current = records[0].versions.filter(\.current).map(\.path)
        XCTAssertEqual(current, ["de-DE/guide/2020-02-01.b.md", "sv-SE/guide/2019-05-01.y.md"])
        XCTAssertEqual(records[0].versions.map(\.path), [
            "de-DE/guide/.undated.md", "de-DE/guide/2020-01-01.a.md", "de-DE/guide/2020-02-01.b.md",
            "de-DE/guide/2020-02-01.c.md", "sv-SE/guide/2019-05-01.x.md", "sv-SE/guide/2019-05-01.y.md",
        ], "sorted by locale, date, path")
    }

    func testTheOrderOfFilesDoesNotMatter() throws {
        let files = [
            try extraction("de-DE/guide.md", handoff: "2020-02-01", assetID: "G"),
            try extraction("de-DE/guide.2019.md", date: "2019-01-01"),
            try extraction("sv-SE/guide.md", locale: "sv-SE"),
        ]
        XCTAssertEqual(DocumentCatalog(files.reversed()).records(), DocumentCatalog(files).records())
    }

    func testSlugsOfVersionedNames() {
        XCTAssertEqual(RuleExtractor.slug(forPath: "seeds/de-DE/add-a-new-customer.2019-11-13.md"), "add-a-new-customer")
        XCTAssertEqual(RuleExtractor.slug(forPath: "history/de-DE/agreements/2019-01-08.419a5e26.md"), "agreements")
        XCTAssertEqual(RuleExtractor.slug(forPath: "history/de-DE/agreements/.298ab891.md"), "agreements")
        XCTAssertEqual(RuleExtractor.slug(forPath: "history/de-DE/customer-accounts/2017\r-06-14.0ebcaa39.md"),
                       "customer-accounts")
        XCTAssertEqual(RuleExtractor.slug(forPath: "Content/en-US/add-a-customer.md"), "add-a-customer")
    }

    /// Paths are split as text where that agrees with `URL`; the rest go through
    /// `URL`. Every corpus path, and odd ones, give what `URL` gives.
    func testSlugsAgreeWithURLOnEveryCorpusPathAndOddOnes() throws {
        func viaURL(_ path: String) -> String {
            let url = URL(fileURLWithPath: path)
            var stem = url.deletingPathExtension().lastPathComponent
            if let dot = stem.firstIndex(of: "."), stem[stem.index(after: dot)...].first?.isNumber == true,
               stem.prefix(upTo: dot).contains(where: \.isLetter) {
                stem = String(stem[..<dot])
            }
            let bytes = Array(stem.utf8.lazy.filter { $0 >= 0x20 }.prefix(11))
            let digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
            let isDate = bytes.count >= 10 && bytes[0..<4].allSatisfy(digit) && bytes[4] == 0x2D
                && bytes[5..<7].allSatisfy(digit) && bytes[7] == 0x2D && bytes[8..<10].allSatisfy(digit)
                && (bytes.count == 10 || !digit(bytes[10]))
            return stem.isEmpty || stem.hasPrefix(".") || isDate ? url.deletingLastPathComponent().lastPathComponent : stem
        }
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus").path
        let paths = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".md") }
            .map { "../shared/corpus/" + $0 }
        XCTAssertGreaterThan(paths.count, 1000)
        let odd = ["page.md", "2019-11-13.md", "./a/2019-11-13.md", "a/../2019-11-13.md", "a/b/.hidden",
                   "a/b/name.tar.gz", "a/b/name.", "a/b/na me.m d", "a/./x.md", "a//b//c.md", "/abs/x/2020-01-01.ab12.md"]
        for path in paths + odd {
            XCTAssertEqual(RuleExtractor.slug(forPath: path), viaURL(path), path)
        }
        // The version rule on its own, written out: a date names a version (its folder is the
        // name), a year-led word does not, and control characters inside the date are skipped.
        XCTAssertEqual(RuleExtractor.slug(forPath: "x/add-a-new-customer.2019-11-13.md"), "add-a-new-customer")
        XCTAssertEqual(RuleExtractor.slug(forPath: "history/de-DE/agreements/2019-07-31.b09a9e28.md"), "agreements")
        XCTAssertEqual(RuleExtractor.slug(forPath: "history/de-DE/doc/2017\r-06-14.0ebcaa39.md"), "doc")
        XCTAssertEqual(RuleExtractor.slug(forPath: "pc/sv-SE/announcements/2020-april.md"), "2020-april")
        XCTAssertEqual(RuleExtractor.slug(forPath: "a/2019-11-135.md"), "2019-11-135")
    }

    /// In the seeds, the sv-SE and nl-NL files carry no ms.assetid and still
    /// are versions of add-a-new-customer; every file is current in its locale.
    func testSeedTranslationsWithoutAssetIDJoinTheirDocument() throws {
        let compiled = try CompiledRules.seeds.get()
        let record = try compiled.table.requireDocument(withFile: "zh-CN/add-a-new-customer.2019-03-21.md")
        XCTAssertEqual(record.key, "4f53dfaf-1792-4e91-bbeb-e9a65026a81c")
        let named = compiled.files.filter { ($0 as NSString).lastPathComponent.hasPrefix("add-a-new-customer.") }
        XCTAssertEqual(Set(record.versions.map(\.path)), Set(named))
        let withoutAsset = try named.filter { try !MarkdownOracle($0).hasAssetID }.map { ($0 as NSString).pathComponents.suffix(2).first! }
        XCTAssertEqual(Set(withoutAsset), ["sv-SE", "nl-NL"])
        XCTAssertTrue(record.versions.allSatisfy(\.current))
        XCTAssertEqual(record.versions.map(\.pairs), [0, 0, 33, 21], "de-DE, nl-NL plain; sv-SE, zh-CN paired")
        XCTAssertEqual(compiled.table.documents.count, 2)
    }
}
