import TolkModel
import TolkOnboarding
import TolkRules
import XCTest

/// Records in several locales get each rule's own sentence in their locale,
/// with BCP 47 fallback; English stands in only when the language has no
/// text, and the violation says so.
final class LocalizedMessageTests: XCTestCase {
    /// A record that breaks the legal-name and signer rules.
    private func brokenRecord(locale: String?) throws -> OnboardingRecord {
        var record = try OnboardingInputs.validRecord()
        record.locale = locale
        record.customer?.legalName = nil
        record.agreement?.signer?.email = nil
        return record
    }

    func testMessagesFollowTheRecordLocale() throws {
        let table = try OnboardingInputs.table()
        let validator = Validator(rules: table)
        let source = table.generated.sourceLocale
        // requested → the locale whose text must be shown, and whether that is a fallback.
        let expectations: [(String?, String, Bool)] = [
            ("de-DE", "de-DE", false), ("sv-SE", "sv-SE", false), ("zh-CN", "zh-CN", false), ("ja-JP", "ja-JP", false),
            ("de-AT", "de-DE", false), ("fr-CA", "fr-FR", false), ("pt-BR", source, true), (nil, source, false),
        ]
        for (requested, expected, fellBack) in expectations {
            let verdict = validator.validate(try brokenRecord(locale: requested), asOf: day("2100-01-01"))
            let checked = verdict.violations.filter { ["legal-name", "signer-information"].contains($0.check) }
            XCTAssertEqual(checked.count, 2, "\(requested ?? "none"): \(verdict.violations.map(\.rule))")
            for violation in checked {
                let rule = try table.requireRule(violation.rule)
                XCTAssertEqual(violation.locale, expected, "\(requested ?? "none") \(violation.rule)")
                XCTAssertEqual(violation.message, rule.text[expected], "\(requested ?? "none") \(violation.rule)")
                XCTAssertEqual(violation.fellBack, fellBack, "\(requested ?? "none") \(violation.rule)")
                XCTAssertEqual(violation.provenance?.locale, expected, "the source is shown in the message's locale")
            }
        }
    }

    func testALocaleWithoutThePageFallsBackToEnglishAndSaysSo() throws {
        let table = try OnboardingInputs.table()
        // da-DK has the add-a-customer page but not the agreement confirmation page.
        let signerRule = try table.requireRule("fieldConstraint.agreement-signer-email")
        XCTAssertNil(signerRule.text["da-DK"])
        let legal = try table.requireRule("verification.exact-legal-name")
        XCTAssertNotNil(legal.text["da-DK"])
        let verdict = Validator(rules: table).validate(try brokenRecord(locale: "da-DK"), asOf: day("2100-01-01"))
        let signer = try XCTUnwrap(verdict.violations.first { $0.rule == signerRule.id })
        XCTAssertEqual(signer.locale, table.generated.sourceLocale)
        XCTAssertTrue(signer.fellBack)
        let name = try XCTUnwrap(verdict.violations.first { $0.rule == legal.id })
        XCTAssertEqual(name.locale, "da-DK")
        XCTAssertFalse(name.fellBack)
    }

    func testExplicitLocaleWinsOverTheRecords() throws {
        let table = try OnboardingInputs.table()
        let verdict = Validator(rules: table).validate(try brokenRecord(locale: "sv-SE"), asOf: day("2100-01-01"),
                                                       locale: "nl-NL")
        XCTAssertFalse(verdict.violations.isEmpty)
        XCTAssertTrue(verdict.violations.allSatisfy { $0.locale == "nl-NL" })
    }

    func testTestNamesInTheRecordsLanguage() throws {
        let table = try OnboardingInputs.table()
        let rule = try XCTUnwrap(table.rules(of: .verification).first {
            if case .verification(let v) = $0.payload { return v.check == .noTestNames }
            return false
        })
        guard case .verification(let verification) = rule.payload else { return XCTFail("payload") }
        let chinese = try XCTUnwrap(verification.names?["zh"]?.first)
        var record = try OnboardingInputs.validRecord()
        record.customer?.legalName = "\(chinese)科技有限公司"
        record.locale = "zh-CN"
        let validator = Validator(rules: table)
        XCTAssertTrue(validator.validate(record, asOf: day("2100-01-01")).citedRules.contains(rule.id))
        // A Swedish record is not held to Chinese test names.
        record.locale = "sv-SE"
        XCTAssertFalse(validator.validate(record, asOf: day("2100-01-01")).citedRules.contains(rule.id))
        // A word that only contains a test name is not one ("Demonstration" is not "Demo").
        let english = try XCTUnwrap(verification.names?["en"]?.first)
        record.customer?.legalName = "\(english)nstration Holding AB"
        XCTAssertFalse(validator.validate(record, asOf: day("2100-01-01")).citedRules.contains(rule.id))
    }
}
