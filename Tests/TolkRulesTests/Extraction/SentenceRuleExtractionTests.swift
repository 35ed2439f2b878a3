import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Sentences into rules: the units a page is read in, patterns on the
/// source side of pairs or on the plain target, dates that differ between a
/// target and its source, and the dated statements left for review.
final class SentenceRuleExtractionTests: XCTestCase {
    func testUnitsAreOnePerPairOrOnePerSentence() {
        let paired = RuleFixture.document("""
            # Seite

            \(RuleFixture.pair("s-1", "Erster Satz.", "First sentence.")) \(RuleFixture.pair("s-2", "Zweiter Satz.", "Second sentence."))
            """, path: "de-DE/a.md", locale: "de-DE")
        let units = TextUnitCollector(document: paired, sourceLocale: "en-US").collect().filter { $0.kind == .paragraph }
        XCTAssertEqual(units.map(\.segment), ["s-1", "s-2"])
        XCTAssertEqual(units.map(\.target), ["Erster Satz.", "Zweiter Satz."])
        XCTAssertEqual(units.map(\.source), ["First sentence.", "Second sentence."])
        XCTAssertEqual(Set(units.map(\.location.line)), [RuleFixture.frontMatterLines() + 3])

        let plain = RuleFixture.document("# Seite\n\nErster Satz. Zweiter Satz.\n", path: "de-DE/b.md", locale: "de-DE")
        let sentences = TextUnitCollector(document: plain, sourceLocale: "en-US").collect().filter { $0.kind == .paragraph }
        XCTAssertEqual(sentences.map(\.target), ["Erster Satz.", "Zweiter Satz."])
        XCTAssertEqual(sentences.map(\.source), [nil, nil], "a plain translation has no English side")
        XCTAssertEqual(sentences.map(\.segment), [nil, nil])
        XCTAssertEqual(sentences.first?.headings.path, ["Seite"])
    }

    /// A pair is read on its English source: the target's wording does not
    /// matter. (Content's wording and patterns, from Content/tolk.yml.)
    func testPatternsRunOnTheSourceOfAPair() throws {
        let line = RuleFixture.pair("d-1", "Irgendein Text ohne Muster, 1. Oktober 2019.",
                                "The Microsoft Customer Agreement was introduced on October 1, 2019, and replaces the Microsoft Cloud Agreement.")
        let table = try RuleFixture.table([RuleFixture.document("# Seite\n\n\(line)\n", path: "de-DE/a.md", locale: "de-DE")],
                                      configuration: CompiledRules.content.get().configuration)
        let rule = try table.requireRule("agreementIntroduced.microsoft-customer-agreement")
        XCTAssertEqual(rule.asIntroduced?.on, calendarDay("2019-10-01"))
        XCTAssertEqual(rule.asIntroduced?.replaces, "microsoft-cloud-agreement")
        XCTAssertEqual(rule.places, [RulePlace(path: "de-DE/a.md", locale: "de-DE", line: RuleFixture.frontMatterLines() + 3,
                                           segment: "d-1")])
        XCTAssertEqual(rule.text["de-DE"], "Irgendein Text ohne Muster, 1. Oktober 2019.")
        XCTAssertEqual(table.findings, [], "the target states the same date")
    }

    /// Provenance names the section a rule is stated in: the heading's own
    /// anchor, else a slug of its English words (the pair's source), else of
    /// its own words in a plain translation.
    func testProvenanceNamesTheAnchorOfTheNearestHeading() throws {
        let line = RuleFixture.pair("d-1", "Irgendein Text, 1. Oktober 2019.",
                                    "The Microsoft Customer Agreement was introduced on October 1, 2019, and replaces the Microsoft Cloud Agreement.")
        let heading = RuleFixture.pair("h-1", "Vertrag bestätigen", "Confirm the agreement")
        let configuration = try CompiledRules.content.get().configuration
        func anchor(_ body: String, locale: String) throws -> String? {
            let table = try RuleFixture.table([RuleFixture.document(body, path: "\(locale)/a.md", locale: locale)],
                                              configuration: configuration)
            return try table.requireRule("agreementIntroduced.microsoft-customer-agreement").provenance.first?.anchor
        }
        XCTAssertEqual(try anchor("# Seite\n\n## \(heading)\n\n\(line)\n", locale: "de-DE"), "confirm-the-agreement")
        XCTAssertEqual(try anchor("# Seite\n\n## <a name=\"mca\"></a>\(heading)\n\n\(line)\n", locale: "de-DE"), "mca")
        XCTAssertEqual(try anchor("\(line)\n", locale: "de-DE"), nil, "no heading above it")
        let danish = "Microsoft-kundeaftalen blev indført den 1. oktober 2019 og erstatter Microsoft Cloud-aftalen."
        XCTAssertEqual(try anchor("# Side\n\n## Bekræft aftalen\n\n\(danish)\n", locale: "da-DK"), "bekræft-aftalen")
    }

    /// A target whose date differs from its source's is reported at the pair.
    func testATargetWithAnotherDateIsReported() throws {
        let line = RuleFixture.pair("m-1", "Der Vertrag wird bis zum 31. Januar 2019 unterstützt.",
                                "The Microsoft Cloud Agreement will be supported in the CSP program until January 31, 2020.")
        let table = try RuleFixture.table([RuleFixture.document("# Seite\n\n\(line)\n", path: "de-DE/a.md", locale: "de-DE")])
        let mismatch = table.findings.filter { $0.code == .dateMismatch }
        XCTAssertEqual(mismatch.count, 1)
        XCTAssertEqual(mismatch.first?.segment, "m-1")
        XCTAssertEqual(mismatch.first?.line, RuleFixture.frontMatterLines() + 3)
        XCTAssertTrue(mismatch.first?.message.contains("2019-01-31") == true, mismatch.first?.message ?? "")
        XCTAssertTrue(mismatch.first?.message.contains("2020-01-31") == true, mismatch.first?.message ?? "")
        // The rule follows the English source.
        XCTAssertEqual(table.rules(of: .agreementSupportedUntil).first?.asSupportedUntil?.lastDay, calendarDay("2020-01-31"))
    }

    /// Every other sentence with a date is a dated statement; a day without a
    /// year takes the version's year and says so.
    func testDatedStatementsForReview() throws {
        let page = RuleFixture.document("""
            # Page

            Starting November 18, 2020, partners see a new page. Date: 2020-11-24

            Starting November 18, the page changes.
            """, path: "en-US/page.md", locale: "en-US", date: "2021-02-01")
        let table = try RuleFixture.table([page])
        let statements = table.rules(of: .datedStatement).compactMap(\.asDated)
            .map { "\($0.date) \($0.yearInferred)" }.sorted()
        XCTAssertEqual(statements, ["2020-11-18 false", "2020-11-24 false", "2021-11-18 true"])
        for rule in table.rules(of: .datedStatement) {
            XCTAssertEqual(rule.effective.from, rule.asDated?.date, rule.id)
            XCTAssertEqual(rule.asDated?.document, "page")
        }
    }

    /// A plain translation (no pairs) is read in its own language: its
    /// locale's patterns and its locale's dates (Content's Danish pattern).
    func testAPlainTranslationIsReadInItsLanguage() throws {
        let sentence = "Microsoft-kundeaftalen blev indført den 1. oktober 2019 og erstatter Microsoft Cloud-aftalen."
        let table = try RuleFixture.table([RuleFixture.document("# Side\n\n\(sentence) Se mere.\n", path: "da-DK/a.md", locale: "da-DK")],
                                      configuration: CompiledRules.content.get().configuration)
        let rule = try table.requireRule("agreementIntroduced.microsoft-customer-agreement")
        XCTAssertEqual(rule.asIntroduced, AgreementIntroduced(agreement: "microsoft-customer-agreement",
                                                              replaces: "microsoft-cloud-agreement", on: calendarDay("2019-10-01")))
        XCTAssertEqual(rule.text, ["da-DK": sentence])
        XCTAssertEqual(rule.missingText, ["en-US"], "no English text was read, and none is made up")
        // The same sentence in a German page: not Danish, so no Danish pattern applies.
        let german = try RuleFixture.table([RuleFixture.document("# Seite\n\n\(sentence)\n", path: "de-DE/a.md", locale: "de-DE")],
                                       configuration: CompiledRules.content.get().configuration)
        XCTAssertEqual(german.rules(of: .agreementIntroduced).count, 0)
    }
}
