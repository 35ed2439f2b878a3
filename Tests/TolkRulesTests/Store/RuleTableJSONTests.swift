import Foundation
import TolkModel
import TolkRules
import XCTest

/// `rules.json`: what the writer writes, and that the strict reader gives it back.
final class RuleTableJSONTests: XCTestCase {
    func testEveryKindRoundTripsToAnEqualTable() throws {
        let table = RuleTableFixtures.everyKind()
        XCTAssertEqual(Set(table.rules.map(\.kind)), Set(RuleKind.allCases), "the fixture must cover every kind")
        let decoded = try RuleTableJSON.decode(try RuleTableJSON.encode(table), file: "rules.json")
        XCTAssertEqual(decoded, table)
        // Field by field too, so that a failure says which rule differs.
        for (read, written) in zip(decoded.rules, table.rules) { XCTAssertEqual(read, written, written.id) }
    }

    func testEmptyTableRoundTrips() throws {
        let table = RuleTableFixtures.empty()
        XCTAssertEqual(try RuleTableJSON.decode(try RuleTableJSON.encode(table), file: "rules.json"), table)
    }

    func testEncodingIsDeterministic() throws {
        let first = try RuleTableJSON.encode(RuleTableFixtures.everyKind())
        // A second, independently built table: dictionaries hash in another order.
        let second = try RuleTableJSON.encode(RuleTableFixtures.everyKind())
        XCTAssertEqual(first, second)
        XCTAssertEqual(first, try RuleTableJSON.encode(try RuleTableJSON.decode(first, file: "rules.json")))
        let rehashed = RuleTableFixtures.rehashed(RuleTableFixtures.everyKind())
        XCTAssertNotEqual(rehashed.generated.counts.byKind.keys.map { $0 },
                          RuleTableFixtures.everyKind().generated.counts.byKind.keys.map { $0 },
                          "the rehashed copy must iterate in another order for this test to mean anything")
        XCTAssertEqual(try RuleTableJSON.encode(rehashed), first)
    }

    func testRulesKeepTheirSortedOrderAndKeysAreSorted() throws {
        let table = RuleTableFixtures.everyKind()
        let text = String(decoding: try RuleTableJSON.encode(table), as: UTF8.self)
        let idLines = text.split(separator: "\n").filter { $0.hasPrefix("      \"id\" : ") }
        let ids = idLines.map { String($0.dropFirst("      \"id\" : \"".count).dropLast(2)) }
        XCTAssertEqual(ids, table.rules.map(\.id))
        XCTAssertEqual(ids, ids.sorted())
        // Top-level keys in sorted order.
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(topKeys, ["documents", "findings", "generated", "rules", "schema"])
    }

    func testFormatIsPrettySortedUnescapedWithFinalNewline() throws {
        let data = try RuleTableJSON.encode(RuleTableFixtures.everyKind())
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(data.last, UInt8(ascii: "\n"))
        XCTAssertFalse(text.hasSuffix("\n\n"))
        XCTAssertTrue(text.hasPrefix("{\n  \"documents\" : ["), String(text.prefix(40)))
        XCTAssertTrue(text.contains("\"https://partner.microsoft.com/dashboard\""), "slashes must not be escaped")
        XCTAssertTrue(text.contains("添加客户"), "non-ASCII text is written as is")
        XCTAssertTrue(text.contains("\"schema\" : \"tolk.rules/1\""))
    }

    func testOptionalValuesAreOmittedNotNull() throws {
        let text = String(decoding: try RuleTableJSON.encode(RuleTableFixtures.everyKind()), as: UTF8.self)
        XCTAssertFalse(text.contains("null"))
        // The open-ended interval of the supported-until rule has only `until`.
        XCTAssertTrue(text.contains("\"effective\" : {\n        \"until\" : \"2020-02-01\"\n      }"))
    }

    func testDatesAreWrittenAsISODays() throws {
        let text = String(decoding: try RuleTableJSON.encode(RuleTableFixtures.everyKind()), as: UTF8.self)
        XCTAssertTrue(text.contains("\"on\" : \"2019-10-01\""))
        XCTAssertTrue(text.contains("\"lastDay\" : \"2020-01-31\""))
    }
}
