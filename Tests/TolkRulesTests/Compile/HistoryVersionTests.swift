import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Versions over time in `corpus/history`: one document per folder whatever
/// the files' front matter, one current version per locale, rules that keep
/// their version's date, and variants that follow each other or are reported.
final class HistoryVersionTests: XCTestCase {
    private func compiled() throws -> CompiledRules { try CompiledRules.history.get() }

    private func folder(_ path: String) -> String { ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent }

    /// Many old files carry no `ms.assetid`; they still join the document
    /// their same-named (same-folder) siblings' asset id names.
    func testEveryFolderIsOneDocument() throws {
        let compiled = try compiled()
        let documents = compiled.table.documents
        XCTAssertEqual(documents.count, 4)
        XCTAssertEqual(documents.map { $0.versions.count }.reduce(0, +), compiled.files.count)
        for document in documents {
            XCTAssertEqual(Set(document.versions.map { folder($0.path) }).count, 1, document.key)
        }
        let addCustomer = try compiled.table.requireDocument(withFile: "add-a-new-customer/2021-06-19.31472528.md")
        XCTAssertEqual(addCustomer.key, "4f53dfaf-1792-4e91-bbeb-e9a65026a81c")
        let withoutAsset = try addCustomer.versions.filter { try !MarkdownOracle($0.path).hasAssetID }
        XCTAssertFalse(withoutAsset.isEmpty, "the folder has files without ms.assetid")
        XCTAssertEqual(addCustomer.versions.count, compiled.files.filter { folder($0) == "add-a-new-customer" }.count)
        // Folders whose files never carry an asset id are keyed by their name.
        XCTAssertEqual(Set(documents.map(\.key)), ["4f53dfaf-1792-4e91-bbeb-e9a65026a81c",
                                                   "934ff7d8-fae4-4c14-8dff-7e2b0ff039dc",
                                                   "agreements", "confirm-customer-agreement"])
    }

    /// Exactly one current version per document and locale: the newest by
    /// `ms.date`, then hand-off date, then path (read from the files here).
    func testOneCurrentVersionPerDocumentAndLocale() throws {
        var cache: [String: MarkdownOracle] = [:]
        func key(_ version: DocumentRecord.Version) throws -> (String, String, String) {
            if cache[version.path] == nil { cache[version.path] = try MarkdownOracle(version.path) }
            let file = cache[version.path]!
            return (file.msDate ?? "", file.handoff ?? "", version.path)
        }
        for document in try compiled().table.documents {
            let byLocale = Dictionary(grouping: document.versions, by: \.locale)
            for (locale, versions) in byLocale {
                XCTAssertEqual(versions.filter(\.current).count, 1, "\(document.key) \(locale)")
                let newest = try versions.max { try key($0) < key($1) }
                XCTAssertEqual(versions.first(where: \.current)?.path, newest?.path, "\(document.key) \(locale)")
            }
            let order = document.versions.map { ($0.locale, $0.date?.description ?? "", $0.path) }
            XCTAssertTrue(zip(order, order.dropFirst()).allSatisfy { $0 <= $1 }, "versions sorted: \(document.key)")
        }
        let confirm = try compiled().table.requireDocument(withFile: "confirm-customer-agreement/2021-06-17.fc6988fe.md")
        let current = try XCTUnwrap(confirm.versions.first(where: \.current))
        XCTAssertTrue(current.path.hasSuffix("2021-06-17.fc6988fe.md"), "same ms.date as 2021-03-27: the later hand-off wins")
        XCTAssertEqual(current.date, calendarDay("2021-03-24"))
    }

    /// A rule keeps the date of each version it was read in: `ms.date`, else the hand-off date.
    func testProvenanceCarriesEachVersionsDate() throws {
        var files: [String: MarkdownOracle] = [:]
        for rule in try compiled().table.rules {
            for place in rule.provenance {
                if files[place.path] == nil { files[place.path] = try MarkdownOracle(place.path) }
                let file = files[place.path]!
                XCTAssertEqual(place.version?.description, file.msDate ?? file.handoff, "\(rule.id) \(place.path)")
            }
        }
        XCTAssertTrue(files.values.contains { $0.msDate == nil && $0.handoff != nil }, "some rules come from undated versions")
    }

    /// The roles lists in history never changed their value, they only
    /// appeared: one rule per document, in force from the first version that
    /// lists them and never ended.
    func testRolesStandFromTheFirstVersionThatListsThem() throws {
        let compiled = try compiled()
        var checked = 0
        for documentFolder in Set(compiled.files.map(folder)) {
            var lists: [[String]: [String]] = [:]   // English labels → version dates
            for path in compiled.files where folder(path) == documentFolder {
                let file = try MarkdownOracle(path)
                guard let (line, _) = file.pair(withSourceContaining: "**Appropriate roles**") else { continue }
                let inline = MarkdownOracle.inlineItems(file.sourceText(line))
                let labels = inline.isEmpty ? file.bulletLines(after: line).map { file.itemText($0, source: true) } : inline
                lists[labels, default: []].append(file.msDate ?? file.handoff ?? "")
            }
            guard !lists.isEmpty else { continue }
            checked += 1
            let rules = compiled.table.rules(of: .roles).filter { folder($0.provenance[0].path) == documentFolder }
            XCTAssertEqual(rules.count, lists.count, documentFolder)
            guard lists.count == 1, let (labels, dates) = lists.first, let rule = rules.first else { continue }
            XCTAssertEqual(rule.asTerms?.terms.map { $0.labels["en-US"] }, labels, documentFolder)
            XCTAssertEqual(rule.effective, EffectiveInterval(from: CalendarDate(iso: dates.min()!)), documentFolder)
            XCTAssertEqual(rule.provenance.count, dates.count, documentFolder)
        }
        XCTAssertEqual(checked, 4, "every document lists roles in some version")
    }

    /// Where versions of one document disagree (audiences, procedures), each
    /// value stands with its interval: consecutive variants meet without
    /// overlapping, or the overlap — versions with the same date that
    /// disagree — is a finding naming both.
    func testChangedValuesFollowEachOtherOrAreReported() throws {
        let table = try compiled().table
        let overlaps = table.findings.filter { $0.code == .ruleOverlap }
        var checked = 0
        for (key, variants) in Dictionary(grouping: table.rules.filter { !IntervalResolver.isDated($0.kind) }, by: \.key)
        where variants.count > 1 {
            let ordered = variants.sorted { $0.effective.from! < $1.effective.from! }
            for rule in ordered {
                XCTAssertEqual(rule.effective.from, rule.provenance.compactMap(\.version).min(), rule.id)
                if let until = rule.effective.until { XCTAssertLessThan(rule.effective.from!, until, rule.id) }
            }
            for (a, b) in zip(ordered, ordered.dropFirst()) {
                checked += 1
                if a.effective.until == b.effective.from { continue }
                let finding = overlaps.first { [a.id, b.id].contains($0.rule) && $0.message.contains(a.id) && $0.message.contains(b.id) }
                XCTAssertNotNil(finding, "\(key): \(a.id) \(a.effective.formatted) vs \(b.id) \(b.effective.formatted)")
                // The overlap comes from versions sharing a date and disagreeing.
                let aDates = Set(a.provenance.compactMap(\.version)), bDates = Set(b.provenance.compactMap(\.version))
                XCTAssertFalse(aDates.isDisjoint(with: bDates), "\(a.id) and \(b.id) share no version date")
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 4)
        let audience = table.rules(of: .audience).filter { $0.id.hasPrefix("audience.add-a-new-customer@") }
        XCTAssertEqual(audience.map { $0.asTerms?.ids.count }, [3, 2, 3],
                       "with Germany until 2018, without it, then with the CSP partners")
        XCTAssertTrue(audience[0].asTerms?.ids.contains("partner-center-germany") == true)
        XCTAssertTrue(audience[2].asTerms?.ids.contains("csp-partners") == true)
    }
}
