import Foundation

/// Writes the three files of a compiled rule table into one directory.
public enum RuleTableWriter: Sendable {
    public static let jsonFileName = "rules.json"
    public static let sqliteFileName = "rules.sqlite"

    /// Writes `rules.json`, `rules.sqlite` and `rules.schema.json` into
    /// `directory` (created with its parents when missing), each replaced in
    /// one step. Returns the paths written, in that order.
    @discardableResult
    public static func write(_ table: RuleTable, toDirectory directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: directory)
        let json = base.appendingPathComponent(jsonFileName).path
        let sqlite = base.appendingPathComponent(sqliteFileName).path
        let schema = base.appendingPathComponent(RuleTableSchema.fileName).path
        // Encode before touching any file, so an encoding failure changes nothing.
        let jsonData = try RuleTableJSON.encode(table)
        try AtomicFileWriter.write(jsonData, to: json)
        try RuleTableSQLite.write(table, to: sqlite)
        try AtomicFileWriter.write(try RuleTableSchema.data, to: schema)
        return [json, sqlite, schema]
    }
}
