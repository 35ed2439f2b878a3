import Foundation
import TolkOnboarding
import XCTest

/// The JSON Schema in the repository and the Codable types describe the
/// same record: the same member names at every level, and the fixtures
/// (and what the encoder writes) validate with Python's `jsonschema`.
final class RecordSchemaTests: XCTestCase {
    private func schema() throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: OnboardingInputs.schema)) as? [String: Any])
    }

    /// Every object's property names in the schema, by path.
    private func schemaPaths(_ node: [String: Any], prefix: String = "") -> Set<String> {
        var out: Set<String> = []
        if let properties = node["properties"] as? [String: Any] {
            for (name, child) in properties {
                let path = prefix.isEmpty ? name : "\(prefix).\(name)"
                out.insert(path)
                if let child = child as? [String: Any] { out.formUnion(schemaPaths(child, prefix: path)) }
            }
        }
        if let items = node["items"] as? [String: Any] { out.formUnion(schemaPaths(items, prefix: prefix)) }
        return out
    }

    func testSchemaAndCodableAgreeOnFieldNames() throws {
        // A record with every member set, encoded, lists every member the types know.
        var record = try OnboardingInputs.validRecord()
        record.existingCustomer = true
        record.agreement?.signer?.phone = "+46"
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(record))
        var encodedPaths = Self.paths(encoded)
        encodedPaths.insert("schemaVersion") // decoded and checked, never written back
        XCTAssertEqual(schemaPaths(try schema()), encodedPaths)
        // And the CSV columns are exactly the leaves, the subscriptions being one column of their own form.
        let leaves = encodedPaths.filter { path in !encodedPaths.contains { $0.hasPrefix(path + ".") } }
        XCTAssertEqual(Set(OnboardingCSV.columns),
                       Set(leaves.map { $0.hasPrefix("subscriptions.") ? "subscriptions" : $0 }))
    }

    func testFixturesAndEncodedRecordsValidateWithJSONSchema() throws {
        let directory = try OnboardingInputs.temporaryDirectory(for: self)
        var record = try OnboardingInputs.validRecord()
        record.subscriptions?.append(.init(offer: "B", licenses: 2))
        let encoded = directory.appendingPathComponent("encoded.json")
        try JSONEncoder().encode(record).write(to: encoded)
        let bad = directory.appendingPathComponent("bad.json")
        try Data(#"{"id":"x","submittedOn":"2024-01-01","partnerType":"direct","customer":{"legalName":5}}"#.utf8).write(to: bad)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            for path in sys.argv[2:]:
                errors = list(validator.iter_errors(json.load(open(path))))
                print(path.rsplit('/', 1)[-1], len(errors))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, OnboardingInputs.schema.path,
                             OnboardingInputs.fixtures.appendingPathComponent("valid-record.json").path, encoded.path, bad.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "python3 with jsonschema (scripts/test installs it)")
        XCTAssertEqual(output, "valid-record.json 0\nencoded.json 0\nbad.json 1\n")
    }

    static func paths(_ value: Any, prefix: String = "") -> Set<String> {
        var out: Set<String> = []
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                out.insert(path)
                out.formUnion(paths(child, prefix: path))
            }
        } else if let array = value as? [Any] {
            for child in array { out.formUnion(paths(child, prefix: prefix)) }
        }
        return out
    }
}
