import Foundation
import TolkRules
import XCTest

/// `rules.schema.json` checked by a JSON Schema implementation that is not
/// ours (Python's `jsonschema`): it accepts what the writer writes and refuses
/// what the strict loader refuses.
final class RuleTableSchemaTests: XCTestCase {
    private func validate(_ instance: Data) throws -> PythonJSONSchema.Outcome {
        try PythonJSONSchema.validate(instance, against: try RuleTableSchema.data)
    }

    /// The fixture's JSON with `edit` applied to its parsed form.
    private func edited(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(
            with: try RuleTableJSON.encode(RuleTableFixtures.everyKind())) as? [String: Any])
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    private func editRule(_ id: String, _ edit: @escaping (inout [String: Any]) -> Void) throws -> Data {
        try edited { table in
            var rules = table["rules"] as! [[String: Any]]
            let index = rules.firstIndex { $0["id"] as? String == id }!
            edit(&rules[index])
            table["rules"] = rules
        }
    }

    func testSchemaIsADraft202012SchemaForTheCurrentVersion() throws {
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: try RuleTableSchema.data) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        XCTAssertEqual((properties["schema"] as? [String: Any])?["const"] as? String, RuleTable.schemaVersion)
        let kinds = ((schema["$defs"] as? [String: Any])?["kind"] as? [String: Any])?["enum"] as? [String]
        XCTAssertEqual(kinds, RuleKind.allCases.map(\.rawValue))
    }

    func testEncodedTablesAreValid() throws {
        for table in [RuleTableFixtures.everyKind(), RuleTableFixtures.empty()] {
            let outcome = try validate(try RuleTableJSON.encode(table))
            XCTAssertTrue(outcome.valid, outcome.output)
        }
    }

    func testAnExtraKeyAnywhereIsInvalid() throws {
        let top = try validate(try edited { $0["extra"] = 1 })
        XCTAssertFalse(top.valid)
        XCTAssertTrue(top.output.contains("extra"), top.output)
        let inProvenance = try validate(try editRule("agreementIntroduced.mca") { rule in
            var provenance = rule["provenance"] as! [[String: Any]]
            provenance[0]["colour"] = "red"
            rule["provenance"] = provenance
        })
        XCTAssertFalse(inProvenance.valid)
        XCTAssertTrue(inProvenance.output.contains("rules/"), inProvenance.output)
    }

    func testAPayloadOfAnotherKindIsInvalid() throws {
        let outcome = try validate(try editRule("agreementIntroduced.mca") { $0["kind"] = "roles" })
        XCTAssertFalse(outcome.valid)
        XCTAssertTrue(outcome.output.contains("payload"), outcome.output)
        // Every kind's payload shape is checked, not only one.
        let kinds = RuleKind.allCases.filter { $0 != .agreementIntroduced }
        let instances = try kinds.map { kind in try editRule("agreementIntroduced.mca") { $0["kind"] = kind.rawValue } }
        for (kind, outcome) in zip(kinds, try PythonJSONSchema.validate(instances, against: try RuleTableSchema.data)) {
            XCTAssertFalse(outcome.valid, "an agreementIntroduced payload passed as \(kind)")
        }
    }

    func testValuesTheLoaderRefusesAreInvalid() throws {
        let cases: [(String, Data)] = [
            ("kind foo", try editRule("agreementIntroduced.mca") { $0["kind"] = "foo" }),
            ("month 13", try editRule("agreementIntroduced.mca") { $0["effective"] = ["from": "2020-13-01"] }),
            ("February 30", try editRule("agreementIntroduced.mca") { $0["effective"] = ["until": "2021-02-30"] }),
            ("null end", try editRule("agreementIntroduced.mca") { $0["effective"] = ["from": NSNull()] }),
            ("schema 2", try edited { $0["schema"] = "tolk.rules/2" }),
            ("no schema", try edited { $0["schema"] = nil }),
            ("no text", try editRule("agreementIntroduced.mca") { $0["text"] = nil }),
            ("documents object", try edited { $0["documents"] = [:] as [String: Any] }),
            ("line string", try editRule("agreementIntroduced.mca") { rule in
                var provenance = rule["provenance"] as! [[String: Any]]
                provenance[0]["line"] = "12"
                rule["provenance"] = provenance
            }),
        ]
        let outcomes = try PythonJSONSchema.validate(cases.map(\.1), against: try RuleTableSchema.data)
        for ((name, _), outcome) in zip(cases, outcomes) {
            XCTAssertFalse(outcome.valid, "\(name) passed the schema")
        }
        XCTAssertTrue(outcomes[1].output.contains("effective/from"), outcomes[1].output)
    }

    func testOpenIntervalsAndOmittedOptionalsAreValid() throws {
        let outcome = try validate(try editRule("agreementIntroduced.mca") { rule in
            rule["effective"] = [:] as [String: Any]
            rule["payload"] = ["agreement": "mca", "on": "2019-10-01"]
        })
        XCTAssertTrue(outcome.valid, outcome.output)
    }
}
