import Foundation
import GRDB
import TolkModel
import TolkRules
import XCTest

/// `rules.sqlite`: real rows that give the same table back and answer plain SQL.
final class RuleTableSQLiteTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
    }

    override func tearDown() {
        directory = nil
    }

    /// Writes `table` to `rules.sqlite` in this test's directory.
    private func written(_ table: RuleTable = RuleTableFixtures.everyKind()) throws -> String {
        let path = directory.file("rules.sqlite")
        try RuleTableSQLite.write(table, to: path)
        return path
    }

    private func query<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    func testEveryKindRoundTripsToAnEqualTable() throws {
        let table = RuleTableFixtures.everyKind()
        let path = try written(table)
        let read = try RuleTableSQLite.read(from: path)
        XCTAssertEqual(read, table)
        for (got, expected) in zip(read.rules, table.rules) { XCTAssertEqual(got, expected, expected.id) }
        XCTAssertEqual(read.documents, table.documents)
        XCTAssertEqual(read.findings, table.findings)
        XCTAssertEqual(read.generated, table.generated)
        XCTAssertEqual(try directory.contents(), ["rules.sqlite"], "no temporary or journal left behind")
    }

    func testEmptyTableRoundTrips() throws {
        let path = try written(RuleTableFixtures.empty())
        XCTAssertEqual(try RuleTableSQLite.read(from: path), RuleTableFixtures.empty())
    }

    func testWritingTheSameTableTwiceGivesTheSameBytes() throws {
        let path = try written()
        let first = try Data(contentsOf: URL(fileURLWithPath: path))
        let other = directory.file("again.sqlite")
        try RuleTableSQLite.write(RuleTableFixtures.everyKind(), to: other)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), first)
        // Dictionaries that iterate in another order give the same bytes.
        try RuleTableSQLite.write(RuleTableFixtures.rehashed(RuleTableFixtures.everyKind()), to: other)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), first)
        // Replacing the file in place gives the same bytes too.
        try RuleTableSQLite.write(RuleTableFixtures.everyKind(), to: path)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), first)
        // And a different table does not.
        try RuleTableSQLite.write(RuleTableFixtures.empty(), to: other)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: other)), first)
    }

    func testFileIsARollbackJournalDatabaseWithTheFixedPageSize() throws {
        let path = try written()
        let header = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(String(decoding: header.prefix(15), as: UTF8.self), "SQLite format 3")
        // Offset 16: page size, big-endian. Offsets 18/19: 1 = rollback journal, 2 = WAL.
        XCTAssertEqual(Int(header[16]) << 8 | Int(header[17]), 4096)
        XCTAssertEqual(header[18], 1)
        XCTAssertEqual(header[19], 1)
    }

    func testAgreementsIntroducedByADateAreOneQuery() throws {
        let path = try written()
        let ids = try query(path) { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM rules WHERE kind = 'agreementIntroduced' AND effective_from <= '2019-10-01' ORDER BY id
                """)
        }
        XCTAssertEqual(ids, ["agreementIntroduced.mca"])
        let later = try query(path) { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM rules WHERE kind = 'agreementIntroduced' AND effective_from <= '2020-06-01' ORDER BY id
                """)
        }
        XCTAssertEqual(later, ["agreementIntroduced.mca", "agreementIntroduced.mca@2020-01-15"])
    }

    func testRulesInForceOnADayAreOneQuery() throws {
        let path = try written()
        let table = RuleTableFixtures.everyKind()
        for day in ["2019-01-01", "2020-01-31", "2020-02-01", "2021-06-01"] {
            let ids = try query(path) { db in
                try String.fetchAll(db, sql: """
                    SELECT id FROM rules
                    WHERE (effective_from IS NULL OR effective_from <= ?) AND (effective_until IS NULL OR ? < effective_until)
                    ORDER BY ordinal
                    """, arguments: [day, day])
            }
            XCTAssertEqual(ids, table.rules(asOf: RuleTableFixtures.date(day)).map(\.id), day)
        }
    }

    func testTextProvenanceAndDocumentsAreRows() throws {
        let path = try written()
        try query(path) { db in
            let german = try String.fetchAll(db, sql: "SELECT rule_id FROM rule_text WHERE locale = 'de-DE' ORDER BY rule_id")
            XCTAssertEqual(german, ["procedure.add-a-new-customer.to-add"])
            let missing = try String.fetchAll(db, sql: "SELECT locale FROM rule_missing_text ORDER BY rule_id, ordinal")
            XCTAssertEqual(missing, ["nl-NL", "sv-SE"])
            let provenance = try Row.fetchAll(db, sql: """
                SELECT locale, line, "column", segment, heading_path, version FROM provenance
                WHERE rule_id = 'agreementIntroduced.mca' ORDER BY ordinal
                """)
            XCTAssertEqual(provenance.count, 2)
            XCTAssertEqual(provenance[0]["locale"] as String?, "de-DE")
            XCTAssertEqual(provenance[0]["segment"] as String?, "7")
            XCTAssertEqual(provenance[0]["heading_path"] as String?, "[\"Add a customer\"]")
            XCTAssertEqual(provenance[1]["line"] as Int?, 30)
            XCTAssertNil(provenance[1]["version"] as String?)
            let current = try String.fetchAll(db, sql: """
                SELECT path FROM document_versions WHERE "current" = 1 ORDER BY path
                """)
            XCTAssertEqual(current, ["de-DE/add-a-new-customer.md", "en-US/add-a-new-customer.md"])
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'"), "tolk.rules/1")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM findings WHERE severity = 'warning'"), 1)
        }
    }

    func testPayloadColumnIsTheKindsJSONObject() throws {
        let path = try written()
        let payload = try query(path) { db in
            try String.fetchOne(db, sql: "SELECT payload FROM rules WHERE id = 'agreementSupportedUntil.mpa-customer'")
        }
        XCTAssertEqual(payload, #"{"agreement":"mpa-customer","lastDay":"2020-01-31"}"#)
    }

    func testIndexesExist() throws {
        let path = try written()
        let indexes = try query(path) { db in
            try Row.fetchAll(db, sql: "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                .map { "\($0["tbl_name"] as String? ?? ""): \($0["sql"] as String? ?? "")" }
        }
        for column in ["rules(kind)", "rules(effective_from)", "rules(effective_until)", "rule_text(locale)"] {
            XCTAssertTrue(indexes.contains { $0.hasSuffix(column) }, "no index on \(column): \(indexes)")
        }
    }

    func testAnotherSchemaVersionIsRefused() throws {
        let path = try written()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = 'tolk.rules/2' WHERE key = 'schema'") }
        try queue.close()
        XCTAssertThrowsError(try RuleTableSQLite.read(from: path)) { error in
            let message = (error as? RuleTableStoreError)?.message ?? "\(error)"
            XCTAssertTrue(message.contains("\"tolk.rules/2\"") && message.contains("\"tolk.rules/1\""), message)
        }
    }

    func testBadRowsAreNamed() throws {
        let path = try written()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE rules SET effective_from = '2020-13-01' WHERE id = 'agreementIntroduced.mca'")
        }
        try queue.close()
        XCTAssertThrowsError(try RuleTableSQLite.read(from: path)) { error in
            XCTAssertEqual((error as? RuleTableStoreError)?.message, "effective_from \"2020-13-01\" is not a date (YYYY-MM-DD)")
        }
    }

    func testAFileThatIsNotARuleTableIsRefused() throws {
        let path = directory.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        XCTAssertThrowsError(try RuleTableSQLite.read(from: path)) { error in
            XCTAssertEqual("\(error)", "\(path): error: not a rule table: it has no meta table")
        }
        try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try RuleTableSQLite.read(from: path)) { error in
            XCTAssertTrue((error as? RuleTableStoreError)?.message.hasPrefix("cannot read the rule table") == true, "\(error)")
        }
    }
}
