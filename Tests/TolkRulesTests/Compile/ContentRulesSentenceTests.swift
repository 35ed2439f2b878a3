import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// The sentence rules of our Content — agreements, signer information,
/// verification checks, field constraints — each read in every locale that
/// has its page, at the line and pair that state it, with no locale missing.
final class ContentRulesSentenceTests: XCTestCase {
    /// Where each rule is stated: the page, an English phrase of the sentence
    /// (found in the en-US page and in the sources of the pairs) and, for the
    /// add-a-customer page, a phrase of the plain Danish translation.
    private let statements: [(id: String, page: String, english: String, danish: String?)] = [
        ("agreementIntroduced.microsoft-customer-agreement", "add-a-customer.md", "introduced on October 1, 2019",
         "indført den 1. oktober 2019"),
        ("agreementSupportedUntil.microsoft-cloud-agreement", "add-a-customer.md", "accepted until January 31, 2020",
         "indtil 31. januar 2020"),
        ("signerInformationRequired.any", "confirm-agreement.md", "Starting November 7, 2018", nil),
        ("verification.exact-legal-name", "add-a-customer.md", "Enter the exact legal name", "virksomhedens nøjagtige juridiske navn"),
        ("verification.no-acronyms", "add-a-customer.md", "acronyms or short forms", "akronymer"),
        ("verification.no-test-names", "add-a-customer.md", "Never enter a test name", "testnavn"),
        ("verification.no-existing-customer", "add-a-customer.md", "don't add a duplicate", "tilføje en dublet"),
        ("fieldConstraint.indirect-reseller", "add-a-customer.md", "choose the indirect reseller", "vælge den indirekte forhandler"),
        ("fieldConstraint.subscriptions", "add-a-customer.md", "set the number of licenses", "antallet af licenser"),
        ("verification.complete-address", "add-a-customer.md", "Give the full address", "fulde adresse"),
        ("fieldConstraint.agreement-signer-first-name", "confirm-agreement.md", "First name (required)", nil),
        ("fieldConstraint.agreement-signer-last-name", "confirm-agreement.md", "Last name (required)", nil),
        ("fieldConstraint.agreement-signer-email", "confirm-agreement.md", "Email address (required)", nil),
        ("fieldConstraint.agreement-signer-phone", "confirm-agreement.md", "Phone number (optional)", nil),
        ("fieldConstraint.agreement-accepted-on", "confirm-agreement.md", "can't be in the future", nil),
    ]

    func testEveryStatementInEveryLocaleAtItsLineAndPair() throws {
        let table = try CompiledRules.content.get().table
        for statement in statements {
            let rule = try table.requireRule(statement.id)
            let pages = try ContentRulesProcedureTests.pages(statement.page)
            var expected: Set<RulePlace> = []
            for (locale, file) in pages {
                if let pair = file.pair(withSourceContaining: statement.english) {
                    expected.insert(RulePlace(path: file.path, locale: locale, line: pair.line, segment: pair.id))
                } else {
                    let phrase = locale == "da-DK" ? try XCTUnwrap(statement.danish) : statement.english
                    let lines = file.lines(containing: phrase)
                    XCTAssertEqual(lines.count, 1, "\(phrase) in \(file.path)")
                    expected.insert(RulePlace(path: file.path, locale: locale, line: lines.first ?? 0, segment: nil))
                }
            }
            XCTAssertEqual(Set(rule.places), expected, statement.id)
            XCTAssertEqual(rule.provenance.count, pages.count, "\(statement.id): once per page")
            XCTAssertEqual(Set(rule.text.keys), Set(pages.keys), statement.id)
            XCTAssertEqual(rule.missingText, [], statement.id)
            for place in rule.places {
                let text = try XCTUnwrap(rule.text[place.locale])
                XCTAssertTrue(try MarkdownOracle(place.path).plain(place.line).contains(text), "\(statement.id) \(place)")
            }
        }
        let covered = Set(statements.map(\.id))
        let sentenceKinds: Set<RuleKind> = [.agreementIntroduced, .agreementSupportedUntil, .signerInformationRequired,
                                            .verification, .fieldConstraint, .datedStatement]
        XCTAssertEqual(Set(table.rules.filter { sentenceKinds.contains($0.kind) }.map(\.id)), covered,
                       "no other sentence rule, no dated statement left over")
    }

    func testPayloads() throws {
        let table = try CompiledRules.content.get().table
        XCTAssertEqual(try table.requireRule("agreementIntroduced.microsoft-customer-agreement").asIntroduced,
                       AgreementIntroduced(agreement: "microsoft-customer-agreement",
                                           replaces: "microsoft-cloud-agreement", on: calendarDay("2019-10-01")))
        let until = try table.requireRule("agreementSupportedUntil.microsoft-cloud-agreement")
        XCTAssertEqual(until.asSupportedUntil?.lastDay, calendarDay("2020-01-31"))
        XCTAssertEqual(until.effective, EffectiveInterval(until: calendarDay("2020-02-01")))
        let signer = try table.requireRule("signerInformationRequired.any")
        XCTAssertEqual(signer.asSigner, SignerInformationRequired(agreement: nil, from: calendarDay("2018-11-07")))
        XCTAssertEqual(signer.effective, EffectiveInterval(from: calendarDay("2018-11-07")))
        XCTAssertEqual(table.rules(of: .verification).compactMap(\.asVerification), [
            Verification(check: .completeAddress, components: ["lines", "city", "region", "country", "postalCode"]),
            Verification(check: .exactLegalName), Verification(check: .noAcronyms),
            Verification(check: .noExistingCustomer),
            Verification(check: .noTestNames, components: ["test", "demo", "sample", "dummy"],
                         names: Self.contentTestNames),
        ])
        XCTAssertEqual(table.rules(of: .fieldConstraint).compactMap(\.asField), [
            FieldConstraint(field: "agreement.acceptedOn", constraint: .notInFuture),
            FieldConstraint(field: "agreement.signer.email", constraint: .required),
            FieldConstraint(field: "agreement.signer.firstName", constraint: .required),
            FieldConstraint(field: "agreement.signer.lastName", constraint: .required),
            FieldConstraint(field: "agreement.signer.phone", constraint: .optional),
            FieldConstraint(field: "indirectReseller", constraint: .required),
            FieldConstraint(field: "subscriptions", constraint: .required),
        ])
        // Rules without a date of their own hold from their page's version.
        XCTAssertEqual(try table.requireRule("verification.no-test-names").effective, EffectiveInterval(from: calendarDay("2024-03-14")))
        XCTAssertEqual(try table.requireRule("fieldConstraint.agreement-signer-phone").effective,
                       EffectiveInterval(from: calendarDay("2024-02-20")))
    }

    /// Every language's names of the four test names `Content/tolk.yml` lists
    /// (`test`, `demo`, `sample`, `dummy`), written out from that file, sorted.
    private static let contentTestNames: [String: [String]] = [
        "en": ["Demo", "Dummy", "Example", "Sample", "Test"],
        "de": ["Beispiel", "Demo", "Dummy", "Muster", "Test"],
        "fr": ["Demo", "Démo", "Exemple", "Fictif", "Test", "Échantillon"],
        "nl": ["Demo", "Dummy", "Test", "Voorbeeld"],
        "sv": ["Demo", "Dummy", "Exempel", "Test"],
        "da": ["Demo", "Dummy", "Eksempel", "Test"],
        "zh": ["测试", "演示", "示例", "虚拟"],
        "ja": ["サンプル", "ダミー", "テスト", "デモ"],
    ]

    /// A rule's text is its sentence, not the paragraph: the sentence after
    /// the supported-until date ("To record the customer's acceptance…") is
    /// not part of it, in the English page or the plain Danish one.
    func testSupportedUntilTextIsOneSentenceInEveryLocale() throws {
        let rule = try CompiledRules.content.get().table.requireRule("agreementSupportedUntil.microsoft-cloud-agreement")
        XCTAssertEqual(rule.text["en-US"], "The Microsoft Cloud Agreement is still accepted until January 31, 2020.")
        XCTAssertEqual(rule.text["da-DK"], "Microsoft Cloud-aftalen accepteres stadig indtil 31. januar 2020.")
        XCTAssertEqual(rule.text["de-DE"], "Der Microsoft Cloud-Vertrag wird noch bis zum 31. Januar 2020 akzeptiert.")
    }
}
