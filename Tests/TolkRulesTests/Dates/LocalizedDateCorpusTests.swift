import Foundation
import TolkRules
import XCTest

/// Dates in real corpus files, read at test time from ../shared/corpus next to the repository.
final class LocalizedDateCorpusTests: XCTestCase {
    /// The corpus directory, found from this file: Tests/TolkRulesTests/Dates/ → repository → ../shared/corpus.
    private static let corpus: URL = {
        var repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { repository.deleteLastPathComponent() }
        return repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    private func seed(_ relativePath: String) throws -> String {
        try String(contentsOf: Self.corpus.appendingPathComponent("seeds/" + relativePath), encoding: .utf8)
    }

    func testDutchFileStatesTheAgreementDate() throws {
        let text = try seed("nl-NL/add-a-new-customer.2021-04-27.md")
        let found = DateRecognizers.shared.recognizer(for: "nl-NL").dates(in: text)
        let october = found.filter { $0.date.description == "2019-10-01" }
        XCTAssertFalse(october.isEmpty, "found: \(found.map(\.text))")
        for date in october {
            XCTAssertEqual(localizedDateUTF8Slice(text, date.utf8Range), date.text)
            XCTAssertFalse(date.yearInferred)
        }
        // Dutch forms alone find it: the date is written in Dutch.
        XCTAssertTrue(LocalizedDateRecognizer(locales: ["nl-NL"]).dates(in: text)
            .contains { $0.date.description == "2019-10-01" })
    }

    func testGermanFileMixesEnglishAndGermanDates() throws {
        let text = try seed("de-DE/add-a-new-customer.2019-11-13.md")
        let found = DateRecognizers.shared.recognizer(for: "de-DE").dates(in: text)
        let days = Set(found.map(\.date.description))
        XCTAssertTrue(days.contains("2019-10-01"), "found: \(found.map(\.text))")
        XCTAssertTrue(days.contains("2020-01-31"), "found: \(found.map(\.text))")
        for date in found {
            XCTAssertEqual(localizedDateUTF8Slice(text, date.utf8Range), date.text)
        }
    }
}
