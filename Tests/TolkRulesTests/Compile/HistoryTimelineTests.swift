import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// The agreement timeline across the 2017–2021 versions of four de-DE
/// documents in `corpus/history`. Which files state what is found in the
/// files at test time (by date strings and short phrases).
final class HistoryTimelineTests: XCTestCase {
    private func table() throws -> RuleTable { try CompiledRules.history.get().table }

    /// The history files whose text contains `fragment`, as full paths.
    private func files(containing fragment: String) throws -> Set<String> {
        Set(try CompiledRules.history.get().files.filter {
            try String(contentsOfFile: $0, encoding: .utf8).contains(fragment)
        })
    }

    private func folder(_ path: String) -> String { ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent }

    func testCustomerAgreementIntroducedOnOctober1st2019ByEveryVersionThatSaysSo() throws {
        let rules = try table().rules(of: .agreementIntroduced)
        XCTAssertEqual(rules.map(\.id), ["agreementIntroduced.microsoft-customer-agreement"], "one value, however many versions")
        let rule = try XCTUnwrap(rules.first)
        XCTAssertEqual(rule.asIntroduced, AgreementIntroduced(agreement: "microsoft-customer-agreement",
                                                              replaces: "microsoft-cloud-agreement", on: calendarDay("2019-10-01")))
        XCTAssertEqual(rule.effective, EffectiveInterval(from: calendarDay("2019-10-01")))
        // Every file whose English source dates the introduction ("introduced"
        // once it happened, "will introduce" before) and no other.
        let stating = try files(containing: "Microsoft introduced the **Microsoft Customer Agreement**")
            .union(files(containing: "Microsoft will introduce the **Microsoft Customer Agreement**"))
        XCTAssertEqual(Set(rule.provenance.map(\.path)), stating)
        XCTAssertEqual(rule.provenance.count, stating.count, "one provenance per file")
        XCTAssertEqual(Set(rule.provenance.map { folder($0.path) }), ["add-a-new-customer", "confirm-customer-agreement"])
        let versions = rule.provenance.compactMap(\.version)
        XCTAssertEqual(versions.count, rule.provenance.count, "every stating version has a date")
        XCTAssertEqual(versions.min(), calendarDay("2019-03-21"), "stated (in the future tense) before the day itself")
        XCTAssertEqual(versions.max(), calendarDay("2021-04-27"))
        for place in rule.provenance {
            let file = try MarkdownOracle(place.path)
            XCTAssertEqual(place.segment, file.segment(onLine: place.line, containing: "October 1"),
                           place.path)
            XCTAssertNotNil(place.segment, "every history version is side by side: \(place.path)")
        }
        XCTAssertEqual(Set(rule.text.keys), ["de-DE", "en-US"])
        XCTAssertEqual(rule.missingText, [])
    }

    /// Most versions keep the Cloud Agreement through January 31st, 2020; two
    /// early versions of confirm-customer-agreement say January 31st, 2019.
    /// Both values stand, with their dates, and the odd one is reported.
    func testCloudAgreementLastDayAndTheVersionsThatContradictIt() throws {
        let table = try table()
        let rules = table.rules(of: .agreementSupportedUntil)
        XCTAssertEqual(rules.count, 2, rules.map(\.summary).joined(separator: "; "))
        let main = try XCTUnwrap(rules.first { $0.asSupportedUntil?.lastDay == calendarDay("2020-01-31") })
        let odd = try XCTUnwrap(rules.first { $0.asSupportedUntil?.lastDay == calendarDay("2019-01-31") })
        XCTAssertEqual(main.effective, EffectiveInterval(until: calendarDay("2020-02-01")))
        XCTAssertEqual(odd.effective, EffectiveInterval(until: calendarDay("2019-02-01")))
        XCTAssertEqual(Set(main.provenance.map(\.path)),
                       try files(containing: "January 31st, 2020").union(files(containing: "January 31, 2020")))
        let oddFiles = try files(containing: "January 31st, 2019")
        XCTAssertEqual(oddFiles.count, 2)
        XCTAssertEqual(Set(odd.provenance.map(\.path)), oddFiles)
        XCTAssertEqual(Set(oddFiles.map(folder)), ["confirm-customer-agreement"])

        let contradictions = table.findings.filter { $0.code == .ruleContradiction }
        XCTAssertEqual(contradictions.count, 1, "\(contradictions)")
        let finding = try XCTUnwrap(contradictions.first)
        XCTAssertEqual(finding.rule, odd.id, "reported at the variant read in fewer places")
        XCTAssertTrue(oddFiles.contains(finding.path), finding.path)
        XCTAssertEqual(finding.line, try MarkdownOracle(finding.path).line(containing: "January 31st, 2019"))
        XCTAssertTrue(finding.message.contains(main.id), finding.message)
        XCTAssertEqual(finding.severity, .warning)
        // In force on the day after the odd last day: only the main variant.
        XCTAssertEqual(table.rules(of: .agreementSupportedUntil, asOf: calendarDay("2019-02-01")).map(\.id), [main.id])
        XCTAssertEqual(table.rules(of: .agreementSupportedUntil, asOf: calendarDay("2020-02-01")).map(\.id), [])
    }

    func testSignerInformationRequiredFromNovember7th2018() throws {
        let rules = try table().rules(of: .signerInformationRequired)
        XCTAssertEqual(rules.count, 1)
        let rule = try XCTUnwrap(rules.first)
        XCTAssertEqual(rule.asSigner?.from, calendarDay("2018-11-07"))
        XCTAssertEqual(rule.effective, EffectiveInterval(from: calendarDay("2018-11-07")))
        XCTAssertEqual(Set(rule.provenance.map(\.path)), try files(containing: "November 7, 2018"))
        XCTAssertEqual(Set(rule.provenance.map { folder($0.path) }), ["agreements", "add-a-new-customer"])
    }

    /// The signer's fields and the acceptance date, read from the
    /// agreement-confirmation document only.
    func testFieldConstraintsFromConfirmCustomerAgreement() throws {
        let table = try table()
        let constraints = Dictionary(uniqueKeysWithValues: table.rules(of: .fieldConstraint).compactMap { rule in
            rule.asField.map { ($0.field, $0.constraint) }
        })
        XCTAssertEqual(constraints, [
            "agreement.acceptedOn": .notInFuture,
            "agreement.signer.firstName": .required,
            "agreement.signer.lastName": .required,
            "agreement.signer.email": .required,
            "agreement.signer.phone": .optional,
        ])
        let signerFiles = try files(containing: "**Phone number** (optional) of the person who accepted")
        XCTAssertFalse(signerFiles.isEmpty)
        for rule in table.rules(of: .fieldConstraint) {
            XCTAssertEqual(Set(rule.provenance.map { folder($0.path) }), ["confirm-customer-agreement"], rule.id)
            if rule.asField?.field.hasPrefix("agreement.signer.") == true {
                XCTAssertEqual(Set(rule.provenance.map(\.path)), signerFiles, rule.id)
            }
        }
        let acceptedOn = try table.requireRule("fieldConstraint.agreement-accepted-on")
        XCTAssertEqual(Set(acceptedOn.provenance.map(\.path)), try files(containing: "You cannot set this to a future date"))
        XCTAssertEqual(acceptedOn.effective.from, calendarDay("2019-04-16"), "from the oldest version that states it")
    }

    func testVerificationChecksFromAddANewCustomer() throws {
        let table = try table()
        XCTAssertEqual(table.rules(of: .verification).compactMap { $0.asVerification?.check },
                       [.completeAddress, .exactLegalName, .noAcronyms, .noTestNames])
        let address = try table.requireRule("verification.complete-address")
        XCTAssertEqual(address.asVerification?.components, ["lines", "city", "region", "country", "postalCode"])
        XCTAssertEqual(Set(address.provenance.map(\.path)), try files(containing: "Provide complete, exact address"))
    }
}
