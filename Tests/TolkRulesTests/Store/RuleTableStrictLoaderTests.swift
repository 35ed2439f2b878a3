import Foundation
import TolkRules
import XCTest

/// The strict JSON loader: each refusal names the file, line, column and path
/// of the offending value. Lines and columns are counted by hand on `valid`.
final class RuleTableStrictLoaderTests: XCTestCase {
    /// A valid table; line numbers in the comments are the ones the tests expect.
    static let valid = """
        {
          "schema": "tolk.rules/1",
          "generated": {
            "contentHash": "00000000000000aa",
            "sourceLocale": "en-US",
            "locales": ["de-DE", "en-US"],
            "counts": {"files": 2, "documents": 1, "rules": 1, "byKind": {"agreementIntroduced": 1}, "findings": 0}
          },
          "documents": [],
          "rules": [
            {
              "id": "agreementIntroduced.mca",
              "kind": "agreementIntroduced",
              "key": "mca",
              "payload": {"agreement": "mca", "on": "2019-10-01"},
              "effective": {"from": "2019-10-01"},
              "provenance": [
                {
                  "document": "doc-1",
                  "path": "en-US/a.md",
                  "locale": "en-US",
                  "line": 12,
                  "column": 1,
                  "headingPath": ["Agreements"],
                  "version": "2019-10-01"
                }
              ],
              "text": {"en-US": "On October 1, 2019, Microsoft introduced the MCA."},
              "missingText": []
            }
          ],
          "findings": []
        }

        """
    // Lines: 2 schema, 12 id, 13 kind, 15 payload, 16 effective, 18 provenance[0] "{", 22 line, 23 column.

    private func load(replacing target: String, with replacement: String) throws -> RuleTableLoadError {
        let text = Self.valid.replacingOccurrences(of: target, with: replacement)
        XCTAssertNotEqual(text, Self.valid, "the replaced text must occur in the valid table")
        do {
            let table = try RuleTableJSON.decode(Data(text.utf8), file: "out/rules.json")
            XCTFail("loaded a table that should have been refused: \(table.rules.map(\.id))")
        } catch let error as RuleTableLoadError {
            return error
        }
        throw LoadedAnyway()
    }

    private struct LoadedAnyway: Error {}

    private func assertError(_ error: RuleTableLoadError, path: String, line: Int, column: Int, contains words: [String],
                             file: StaticString = #filePath, testLine: UInt = #line) {
        XCTAssertEqual(error.file, "out/rules.json", file: file, line: testLine)
        XCTAssertEqual(error.jsonPath, path, file: file, line: testLine)
        XCTAssertEqual(error.line, line, "line", file: file, line: testLine)
        XCTAssertEqual(error.column, column, "column", file: file, line: testLine)
        for word in words { XCTAssertTrue(error.message.contains(word), "\(error.message) lacks \(word)", file: file, line: testLine) }
    }

    func testTheValidTableLoads() throws {
        let table = try RuleTableJSON.decode(Data(Self.valid.utf8), file: "out/rules.json")
        XCTAssertEqual(table.rules.map(\.id), ["agreementIntroduced.mca"])
        XCTAssertEqual(table.rules[0].provenance[0].line, 12)
    }

    func testUnknownKeyInsideAProvenanceEntry() throws {
        let error = try load(replacing: "\"column\": 1,\n", with: "\"column\": 1,\n          \"colour\": \"red\",\n")
        assertError(error, path: "$.rules[0].provenance[0].colour", line: 24, column: 11, contains: ["unknown key", "colour"])
        XCTAssertEqual(error.description,
                       "out/rules.json:24:11: error: unknown key \"colour\" (at $.rules[0].provenance[0].colour)")
    }

    func testUnknownKeysInPayloadAndAtTheTopAreRejected() throws {
        let payload = try load(replacing: "\"on\": \"2019-10-01\"}", with: "\"on\": \"2019-10-01\", \"lastDay\": \"2020-01-01\"}")
        assertError(payload, path: "$.rules[0].payload.lastDay", line: 15, column: 59, contains: ["lastDay"])
        let top = try load(replacing: "  \"findings\": []\n}", with: "  \"findings\": [],\n  \"extra\": {}\n}")
        assertError(top, path: "$.extra", line: 33, column: 3, contains: ["unknown key \"extra\""])
    }

    func testTheFirstUnknownKeyInTheTextIsReported() throws {
        let error = try load(replacing: "\"documents\": [],", with: "\"zzz\": 1, \"documents\": [], \"aaa\": 2,")
        assertError(error, path: "$.zzz", line: 9, column: 3, contains: ["zzz"])
    }

    func testNullForAnOptionalValueIsRejected() throws {
        let error = try load(replacing: "\"column\": 1,\n", with: "\"column\": 1,\n          \"segment\": null,\n")
        assertError(error, path: "$.rules[0].provenance[0].segment", line: 24, column: 11, contains: ["null", "segment"])
    }

    func testWrongSchemaVersionNamesBothVersions() throws {
        let error = try load(replacing: "\"tolk.rules/1\"", with: "\"tolk.rules/2\"")
        assertError(error, path: "$.schema", line: 2, column: 13, contains: ["tolk.rules/2", "tolk.rules/1"])
    }

    func testMissingSchemaIsRefused() throws {
        let error = try load(replacing: "  \"schema\": \"tolk.rules/1\",\n", with: "")
        assertError(error, path: "$.schema", line: 1, column: 1, contains: ["missing", "tolk.rules/1"])
    }

    func testUnknownKind() throws {
        let error = try load(replacing: "\"kind\": \"agreementIntroduced\"", with: "\"kind\": \"foo\"")
        assertError(error, path: "$.rules[0].kind", line: 13, column: 15, contains: ["unknown kind \"foo\"", "datedStatement"])
    }

    func testImpossibleDate() throws {
        let error = try load(replacing: "\"effective\": {\"from\": \"2019-10-01\"}", with: "\"effective\": {\"from\": \"2020-13-01\"}")
        assertError(error, path: "$.rules[0].effective.from", line: 16, column: 29, contains: ["2020-13-01", "YYYY-MM-DD"])
    }

    func testMissingFieldPointsAtTheObjectThatLacksIt() throws {
        let error = try load(replacing: "          \"line\": 12,\n", with: "")
        assertError(error, path: "$.rules[0].provenance[0].line", line: 18, column: 9, contains: ["missing key \"line\""])
    }

    func testWrongTypes() throws {
        let string = try load(replacing: "\"line\": 12,", with: "\"line\": \"12\",")
        assertError(string, path: "$.rules[0].provenance[0].line", line: 22, column: 19,
                    contains: ["expected an integer", "found a string"])
        let fraction = try load(replacing: "\"line\": 12,", with: "\"line\": 1.5,")
        assertError(fraction, path: "$.rules[0].provenance[0].line", line: 22, column: 19, contains: ["integer"])
        let object = try load(replacing: "\"documents\": [],", with: "\"documents\": {},")
        assertError(object, path: "$.documents", line: 9, column: 16, contains: ["expected an array", "found an object"])
        let null = try load(replacing: "\"key\": \"mca\"", with: "\"key\": null")
        assertError(null, path: "$.rules[0].key", line: 14, column: 14, contains: ["found null"])
    }

    func testPayloadOfAnotherKindIsRefused() throws {
        let error = try load(replacing: "\"kind\": \"agreementIntroduced\"", with: "\"kind\": \"roles\"")
        assertError(error, path: "$.rules[0].payload.document", line: 15, column: 18, contains: ["missing key \"document\""])
    }

    func testLocaleKeysAreRenderedInBrackets() throws {
        let error = try load(replacing: "{\"en-US\": \"On October", with: "{\"en-US\": 7, \"x\": \"On October")
        assertError(error, path: "$.rules[0].text[\"en-US\"]", line: 28, column: 25, contains: ["expected a string"])
    }

    func testInvalidJSONGivesAPosition() throws {
        let error = try load(replacing: "\"key\": \"mca\",", with: "\"key\": mca,")
        XCTAssertEqual(error.jsonPath, "$")
        XCTAssertEqual(error.line, 14)
        XCTAssertTrue(error.message.contains("not valid JSON"), error.message)
    }

    func testTopLevelMustBeAnObject() throws {
        XCTAssertThrowsError(try RuleTableJSON.decode(Data("[]".utf8), file: "f.json")) { error in
            XCTAssertEqual((error as? RuleTableLoadError)?.jsonPath, "$")
            XCTAssertEqual((error as? RuleTableLoadError)?.line, 1)
        }
    }
}
