import Foundation
import GRDB

/// `rules.sqlite`: the rule table as relational rows (see `RuleTableSQLiteSchema`).
public enum RuleTableSQLite: Sendable {
    /// Writes `table` to a new database at `path`, replacing any file there
    /// in one step (built beside it, then renamed).
    ///
    /// The same table gives the same bytes: fixed page size, rollback journal
    /// (no WAL), rows inserted in the table's order, and a VACUUM at the end
    /// that lays the pages out afresh.
    public static func write(_ table: RuleTable, to path: String) throws {
        try AtomicFileWriter.write(to: path) { temporaryPath in
            var configuration = Configuration()
            configuration.journalMode = .default
            configuration.prepareDatabase { db in
                // Only takes effect on an empty database, which this always is.
                try db.execute(sql: "PRAGMA page_size = \(RuleTableSQLiteSchema.pageSize)")
            }
            let queue = try DatabaseQueue(path: temporaryPath, configuration: configuration)
            try queue.write { db in
                for statement in RuleTableSQLiteSchema.statements { try db.execute(sql: statement) }
                try RuleTableSQLiteRows.insert(table, into: db)
            }
            try queue.vacuum()
            try queue.close()
        }
    }

    /// Reads a table written by `write`. Refuses a database of another schema
    /// version, or rows that do not make a table, with a `RuleTableStoreError`.
    public static func read(from path: String) throws -> RuleTable {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RuleTableStoreError(path: path, message: "no such file")
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in try RuleTableSQLiteRows.table(from: db, path: path) }
        } catch let error as RuleTableStoreError {
            throw error
        } catch {
            throw RuleTableStoreError(path: path, message: "cannot read the rule table: \(error)")
        }
    }
}
