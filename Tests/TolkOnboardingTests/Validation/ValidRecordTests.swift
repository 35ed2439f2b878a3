import Foundation
import TolkModel
import TolkOnboarding
import TolkRules
import XCTest

/// The fixture record written to satisfy our pages, judged on a day when
/// every rule of Content is in force: every check runs, none objects.
final class ValidRecordTests: XCTestCase {
    func testFixtureIsValidWhenEveryRuleIsInForce() throws {
        let table = try OnboardingInputs.table()
        var record = try OnboardingInputs.validRecord()
        // The first day on which every rule without an end is in force.
        let latest = try XCTUnwrap(table.rules.compactMap(\.effective.from).max())
        record.submittedOn = latest
        record.agreement?.acceptedOn = latest
        let verdict = Validator(rules: table).validate(record, asOf: latest)
        XCTAssertEqual(verdict.violations, [])
        XCTAssertTrue(verdict.valid)
        XCTAssertEqual(verdict.unchecked, [], "every check has a rule in Content")
    }

    func testChecksWithoutRulesAreListedNotGuessed() throws {
        let table = try OnboardingInputs.table()
        var record = try OnboardingInputs.validRecord()
        record.actorRole = "Nobody"
        record.customer?.legalName = "FHAB"
        // A table without roles and verification rules cannot judge roles or names.
        var reduced = table
        reduced.rules.removeAll { $0.kind == .roles || $0.kind == .verification }
        let verdict = Validator(rules: reduced).validate(record, asOf: record.submittedOn)
        XCTAssertTrue(verdict.unchecked.contains("actor-role"))
        XCTAssertTrue(verdict.unchecked.contains("legal-name"))
        XCTAssertTrue(verdict.unchecked.contains("address-complete"))
        XCTAssertFalse(verdict.violations.contains { $0.check == "actor-role" || $0.check == "legal-name" })
        // The same record against the whole table is judged on both.
        let full = Validator(rules: table).validate(record, asOf: record.submittedOn)
        XCTAssertTrue(full.violations.contains { $0.check == "actor-role" })
        XCTAssertTrue(full.violations.contains { $0.check == "legal-name" && $0.severity == .warning })
    }

    /// `Validator` is a value shared by many tasks: the same verdicts, whatever the interleaving.
    func testValidatorIsSharedAcrossTasks() async throws {
        let validator = Validator(rules: try OnboardingInputs.table())
        let base = try OnboardingInputs.validRecord()
        let records: [OnboardingRecord] = (0..<200).map { index in
            var record = base
            record.id = "r-\(index)"
            record.submittedOn = day("2019-09-01")
            for _ in 0..<(index * 7 % 2000) { record.submittedOn = record.submittedOn.nextDay }
            record.agreement?.acceptedOn = record.submittedOn
            if index % 3 == 0 { record.agreement?.name = "microsoft-cloud-agreement" }
            return record
        }
        let serial = records.map { validator.validate($0, asOf: day("2030-01-01")) }
        let parallel = await withTaskGroup(of: (Int, Verdict).self) { group in
            for (index, record) in records.enumerated() {
                group.addTask { (index, validator.validate(record, asOf: day("2030-01-01"))) }
            }
            var out = [Verdict?](repeating: nil, count: records.count)
            for await (index, verdict) in group { out[index] = verdict }
            return out.compactMap { $0 }
        }
        XCTAssertEqual(parallel, serial)
        XCTAssertTrue(serial.contains { !$0.valid } && serial.contains(where: \.valid), "both kinds of verdict occur")
    }
}
