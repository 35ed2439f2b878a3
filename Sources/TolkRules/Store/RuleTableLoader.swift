import Foundation

/// Reads a rule table from either of its files.
public enum RuleTableLoader: Sendable {
    /// Reads `path` as JSON (`.json`) or SQLite (`.sqlite`, `.db`), by its
    /// extension. A missing file or another extension is a `RuleTableStoreError`;
    /// a JSON file that does not hold a table is a `RuleTableLoadError` with its
    /// line and column; an SQLite one a `RuleTableStoreError`.
    public static func load(path: String) throws -> RuleTable {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RuleTableStoreError(path: path, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw RuleTableStoreError(path: path, message: "is a directory; expected rules.json or rules.sqlite")
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json":
            return try RuleTableJSON.decode(try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        case "sqlite", "db":
            return try RuleTableSQLite.read(from: path)
        case let other:
            let found = other.isEmpty ? "no extension" : "unknown extension \".\(other)\""
            throw RuleTableStoreError(path: path, message: "\(found): expected .json, .sqlite or .db")
        }
    }
}
