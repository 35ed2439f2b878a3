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
        // The SQLite file is built (in a temporary file) while the JSON is
        // encoded: the two take about as long, and a compile has two cores.
        let sqliteResult = ResultBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            sqliteResult.set(Result { try RuleTableSQLite.write(table, to: sqlite) })
        }
        let jsonResult = Result { try RuleTableJSON.encode(table) }
        group.wait()
        try sqliteResult.get()
        try AtomicFileWriter.write(try jsonResult.get(), to: json)
        try AtomicFileWriter.write(try RuleTableSchema.data, to: schema)
        return [json, sqlite, schema]
    }
}

/// The outcome of the SQLite write, handed from its thread to the caller.
private final class ResultBox: @unchecked Sendable {
    // Written once by the worker before `group.wait()` returns; read after.
    private var result: Result<Void, Error> = .success(())

    func set(_ value: Result<Void, Error>) { result = value }
    func get() throws { try result.get() }
}
