import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// The three dated agreement rules the seeds state, each traced to its
/// document, line and segment, with its sentence in every locale that has it.
/// Expected lines are found in the files by their date, at test time.
final class SeedAgreementTests: XCTestCase {
    private func seed(_ relative: String) throws -> MarkdownOracle {
        try MarkdownOracle(RulesTestInputs.seeds + "/" + relative)
    }

    /// The place where `file` states `date`: its line, and the pair holding it when there is one.
    private func place(_ file: MarkdownOracle, _ locale: String, stating date: String) throws -> RulePlace {
        let lines = file.lines(containing: date)
        XCTAssertEqual(lines.count, 1, "\(date) once in \(file.path)")
        let line = try XCTUnwrap(lines.first)
        return RulePlace(path: file.path, locale: locale, line: line, segment: file.segment(onLine: line, containing: date))
    }

    func testMicrosoftCustomerAgreementIntroducedOnOctoberFirst2019() throws {
        let rule = try CompiledRules.seeds.get().table.requireRule("agreementIntroduced.microsoft-customer-agreement")
        XCTAssertEqual(rule.asIntroduced, AgreementIntroduced(agreement: "microsoft-customer-agreement",
                                                              replaces: "microsoft-cloud-agreement", on: calendarDay("2019-10-01")))
        XCTAssertEqual(rule.effective, EffectiveInterval(from: calendarDay("2019-10-01")))

        let german = try place(seed("de-DE/add-a-new-customer.2019-11-13.md"), "de-DE", stating: "October 1st, 2019")
        let dutch = try place(seed("nl-NL/add-a-new-customer.2021-04-27.md"), "nl-NL", stating: "1 oktober 2019")
        let swedish = try place(seed("sv-SE/add-a-new-customer.2020-04-27.md"), "sv-SE", stating: "1 oktober 2019")
        XCTAssertNil(german.segment)
        XCTAssertNil(dutch.segment)
        XCTAssertNotNil(swedish.segment, "the Swedish sentence is a span pair")
        XCTAssertEqual(Set(rule.places), [german, dutch, swedish])
        XCTAssertEqual(Set(rule.provenance.map(\.document)), ["4f53dfaf-1792-4e91-bbeb-e9a65026a81c"])
        XCTAssertEqual(rule.provenance.first { $0.locale == "sv-SE" }?.version, calendarDay("2020-04-27"))

        XCTAssertEqual(Set(rule.text.keys), ["de-DE", "nl-NL", "sv-SE", "en-US"])
        XCTAssertEqual(rule.missingText, ["zh-CN"], "the 2019 Chinese version does not state it")
        try assertTextStands(rule, at: [german, dutch, swedish])
        XCTAssertTrue(rule.text["nl-NL"]?.hasPrefix("Op 1 oktober 2019") == true, "the Dutch sentence: \(rule.text)")
    }

    func testMicrosoftCloudAgreementSupportedThroughJanuary31st2020() throws {
        let rule = try CompiledRules.seeds.get().table.requireRule("agreementSupportedUntil.microsoft-cloud-agreement")
        XCTAssertEqual(rule.asSupportedUntil,
                       AgreementSupportedUntil(agreement: "microsoft-cloud-agreement", lastDay: calendarDay("2020-01-31")))
        XCTAssertEqual(rule.effective, EffectiveInterval(until: calendarDay("2020-02-01")))
        let german = try place(seed("de-DE/add-a-new-customer.2019-11-13.md"), "de-DE", stating: "31. Januar 2020")
        XCTAssertEqual(rule.places, [german])
        XCTAssertEqual(Array(rule.text.keys), ["de-DE"], "read from the German sentence of a file without pairs")
        XCTAssertTrue(rule.text["de-DE"]?.contains("31. Januar 2020") == true)
        XCTAssertFalse(rule.text["de-DE"]?.contains("October") ?? true, "one sentence, not the English one before it")
        try assertTextStands(rule, at: [german])
        XCTAssertEqual(rule.missingText, ["en-US", "nl-NL", "sv-SE", "zh-CN"])
    }

    func testSignerInformationRequiredFromNovember7th2018() throws {
        let rule = try CompiledRules.seeds.get().table.requireRule("signerInformationRequired.microsoft-cloud-agreement")
        XCTAssertEqual(rule.asSigner, SignerInformationRequired(agreement: "microsoft-cloud-agreement",
                                                                from: calendarDay("2018-11-07")))
        XCTAssertEqual(rule.effective, EffectiveInterval(from: calendarDay("2018-11-07")))
        let chinese = try place(seed("zh-CN/add-a-new-customer.2019-03-21.md"), "zh-CN", stating: "November 7, 2018")
        XCTAssertNotNil(chinese.segment)
        XCTAssertEqual(rule.places, [chinese])
        XCTAssertEqual(Set(rule.text.keys), ["zh-CN", "en-US"])
        XCTAssertTrue(rule.text["zh-CN"]?.contains("2018 年 11 月 7 日") == true)
        XCTAssertTrue(rule.text["en-US"]?.contains("November 7, 2018") == true)
        try assertTextStands(rule, at: [chinese])
        XCTAssertEqual(rule.missingText, ["de-DE", "nl-NL", "sv-SE"])
    }

    /// Only these three dated rules: no other agreement rule, and no dated
    /// statement left over for a date a rule already claims.
    func testNoOtherDatedRules() throws {
        let table = try CompiledRules.seeds.get().table
        let dated: [RuleKind] = [.agreementIntroduced, .agreementSupportedUntil, .signerInformationRequired]
        XCTAssertEqual(dated.flatMap { table.rules(of: $0).map(\.id) }, [
            "agreementIntroduced.microsoft-customer-agreement",
            "agreementSupportedUntil.microsoft-cloud-agreement",
            "signerInformationRequired.microsoft-cloud-agreement",
        ])
        XCTAssertEqual(table.rules(of: .datedStatement).map(\.id), [])
        XCTAssertFalse(table.findings.contains { $0.code == .ruleContradiction || $0.code == .dateMismatch })
    }

    /// Each locale's text is written on the line its provenance names, and the
    /// English text on the paired line when there is one.
    private func assertTextStands(_ rule: Rule, at places: [RulePlace], line: UInt = #line) throws {
        for place in places {
            let file = try MarkdownOracle(place.path)
            let written = file.plain(place.line)
            let text = try XCTUnwrap(rule.text[place.locale], place.description)
            XCTAssertTrue(written.contains(text), "'\(text)' not on \(place)", line: line)
            if place.segment != nil, let english = rule.text["en-US"] {
                XCTAssertTrue(written.contains(english), "'\(english)' not on \(place)", line: line)
            }
        }
    }
}
