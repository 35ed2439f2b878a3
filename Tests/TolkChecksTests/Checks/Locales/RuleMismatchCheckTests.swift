@testable import TolkChecks
import TolkModel
import TolkRules
import XCTest

final class RuleMismatchCheckTests: XCTestCase {
    /// Sentence patterns for the fixture, in the fixture's own wording.
    private static let fixturePatterns = """
        version: 1
        defaults: extend
        patterns:
          - id: locales-fixture-switch
            kind: agreementIntroduced
            language: en
            match: 'Since {date}, new customers sign the {agreement} instead of the {replaces:agreement}'
          - id: locales-fixture-signer
            kind: signerInformationRequired
            language: en
            match: 'As of {date}, record who signed the {agreement} for each customer'
        """

    private static let agreementKinds: Set<RuleKind> = [.agreementIntroduced, .agreementSupportedUntil,
                                                        .signerInformationRequired]

    private func stated(_ path: String, _ rules: RulesConfiguration) -> [StatedRule] {
        RuleExtractor(configuration: rules).extract(LocalesTestSupport.document(path)).statedRules
    }

    /// en-US (newest, the source) introduces the Customer Agreement on June 1;
    /// sv-SE, built from an older source, says July 1 and has two steps where
    /// en-US has three; nl-NL keeps a sentence that names the Cloud Agreement.
    /// de-DE's old version says the same as nl-NL but is not current; fr-FR
    /// states no agreement at all; nl-NL's extra step is structure-mismatch's.
    func testOtherValuesAndOtherAgreementsAreReported() throws {
        let root = LocalesTestSupport.fixture("rules")
        let rules = try LocalesTestSupport.rules(extendedBy: Self.fixturePatterns)
        // What the files state, so the expectations below cannot hold vacuously.
        let oldDE = stated(root + "/de-DE/contracts.2020-02-10.md", rules)
        XCTAssertEqual(oldDE.filter { Self.agreementKinds.contains($0.kind) }.map(\.kind), [.signerInformationRequired])
        XCTAssertEqual(stated(root + "/fr-FR/contracts.md", rules).filter { Self.agreementKinds.contains($0.kind) }.count, 0)
        let sv = stated(root + "/sv-SE/contracts.md", rules)
        let svSwitch = try XCTUnwrap(sv.first { $0.kind == .agreementIntroduced })
        let enSwitch = try XCTUnwrap(stated(root + "/en-US/contracts.md", rules).first { $0.kind == .agreementIntroduced })
        XCTAssertEqual(svSwitch.key, enSwitch.key)
        XCTAssertNotEqual(svSwitch.interval?.from, enSwitch.interval?.from)

        let report = try LocalesTestSupport.run([root], checks: [RuleMismatchCheck()], rules: rules)
        let found = LocalesTestSupport.findings(report, "rule-mismatch")
        XCTAssertEqual(found.map(LocalesTestSupport.folder).sorted(), ["nl-NL", "sv-SE", "sv-SE"], "\(found.map(\.message))")

        let svPath = root + "/sv-SE/contracts.md"
        let date = try XCTUnwrap(found.first { $0.path == svPath && $0.message.contains("introduced") })
        XCTAssertEqual(date.line, svSwitch.line)
        XCTAssertEqual(date.line, try LocalesTestSupport.line(in: svPath, containing: "Since July 1, 2021"))
        XCTAssertEqual(date.segment, svSwitch.segment)
        XCTAssertTrue(date.message.hasPrefix("sv-SE states \(svSwitch.summary) (ms.date 2021-03-01); en-US states "
                                             + "\(enSwitch.summary) (ms.date 2021-06-01)"), date.message)
        XCTAssertTrue(date.message.contains("2021-07-01") && date.message.contains("2021-06-01"), date.message)

        let steps = try XCTUnwrap(found.first { $0.path == svPath && $0.message.contains("procedure") })
        XCTAssertEqual(steps.line, try LocalesTestSupport.line(in: svPath, startingWith: "## "))
        XCTAssertTrue(steps.message.contains("'sign-up-a-customer' with 2 steps"), steps.message)
        XCTAssertTrue(steps.message.contains("en-US states procedure 'sign-up-a-customer' with 3 steps"), steps.message)

        let nlPath = root + "/nl-NL/contracts.md"
        let agreements = try XCTUnwrap(found.first { $0.path == nlPath })
        XCTAssertEqual(agreements.line, try LocalesTestSupport.line(in: nlPath, containing: "As of November 7, 2018"))
        XCTAssertTrue(agreements.message.hasPrefix("agreements differ: nl-NL states signer information required from 2018-11-07 for microsoft-cloud-agreement"),
                      agreements.message)
        XCTAssertTrue(agreements.message.contains("en-US states \(enSwitch.summary)"), agreements.message)
    }

    /// The same files with only the ones that agree: nothing to report.
    func testAgreeingCurrentFilesAreNotReported() throws {
        let root = LocalesTestSupport.fixture("rules")
        let paths = ["en-US/contracts.md", "de-DE/contracts.2020-02-10.md", "de-DE/contracts.2021-06-01.md",
                     "fr-FR/contracts.md"].map { root + "/" + $0 }
        let rules = try LocalesTestSupport.rules(extendedBy: Self.fixturePatterns)
        let report = try LocalesTestSupport.run(paths, checks: [RuleMismatchCheck()], rules: rules)
        XCTAssertEqual(report.summary.documents, 1)
        XCTAssertEqual(LocalesTestSupport.findings(report, "rule-mismatch").map(\.message), [])
    }

    /// The seeds: zh-CN (2019-03-21) requires signer information for the
    /// Microsoft Cloud Agreement; sv-SE (2020-04-27) introduces the Microsoft
    /// Customer Agreement from 2019-10-01. The expectations come from the
    /// files: dates from their front matter, keys from the extracted rules.
    func testSeedZhCNStatesAnOlderAgreementThanSvSE() throws {
        let seeds = try LocalesTestSupport.corpusPath("seeds")
        let rules = try LocalesTestSupport.rules()
        let zhPath = seeds + "/zh-CN/add-a-new-customer.2019-03-21.md"
        let svPath = seeds + "/sv-SE/add-a-new-customer.2020-04-27.md"
        let zhRules = stated(zhPath, rules).filter { Self.agreementKinds.contains($0.kind) }
        let svRules = stated(svPath, rules).filter { Self.agreementKinds.contains($0.kind) }
        let zhSigner = try XCTUnwrap(zhRules.first { $0.kind == .signerInformationRequired })
        let svIntroduced = try XCTUnwrap(svRules.first { $0.kind == .agreementIntroduced })
        XCTAssertNotEqual(zhSigner.key, svIntroduced.key)
        XCTAssertTrue(svIntroduced.variant.hasSuffix("|" + zhSigner.key), "sv-SE's agreement replaces zh-CN's")
        let zhDate = try XCTUnwrap(LocalesTestSupport.document(zhPath).frontMatter?.sourceDate)
        let svDate = try XCTUnwrap(LocalesTestSupport.document(svPath).frontMatter?.sourceDate)
        XCTAssertLessThan(zhDate, svDate)
        let introducedOn = try XCTUnwrap(svIntroduced.interval?.from)

        let report = try LocalesTestSupport.run([seeds], checks: [RuleMismatchCheck()], rules: rules)
        let found = LocalesTestSupport.findings(report, "rule-mismatch")
        let finding = try XCTUnwrap(found.first { $0.path == zhPath && $0.message.hasPrefix("agreements differ") },
                                    "\(found.map(\.message))")
        XCTAssertEqual(finding.line, zhRules[0].line)
        XCTAssertEqual(finding.locale, "zh-CN")
        XCTAssertTrue(finding.message.contains("zh-CN states \(zhSigner.summary) (ms.date \(zhDate))"), finding.message)
        XCTAssertTrue(finding.message.contains("\(svIntroduced.key) introduced on \(introducedOn)"), finding.message)
        XCTAssertTrue(finding.message.contains("sv-SE"), finding.message)
        // sv-SE agrees with the newest locale: no agreement finding there.
        XCTAssertFalse(found.contains { $0.path == svPath && $0.message.hasPrefix("agreements differ") })
    }
}
