/// Why a `rules.json` could not be loaded, and where in its text.
///
/// Reads like a compiler diagnostic, `file:line:column: error: message (at $.path)`,
/// so that editors jump to the offending value.
public struct RuleTableLoadError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the caller named it.
    public var file: String
    /// The offending value, `$.rules[3].effective.from`; for a missing key, the
    /// key that should be there.
    public var jsonPath: String
    /// 1-based line of the offending value (for a missing key, of the object
    /// that lacks it; for an unknown key, of the key itself).
    public var line: Int
    /// 1-based column in UTF-8 bytes, as the CLI's diagnostics count them.
    public var column: Int
    public var message: String

    public init(file: String, jsonPath: String, line: Int, column: Int, message: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(file):\(line):\(column): error: \(message) (at \(jsonPath))"
    }
}

/// Why a rule table could not be read or written as a file: a missing file,
/// an extension that names no format, an SQLite file of another schema or
/// with rows that do not make a table.
public struct RuleTableStoreError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}

/// Messages shared by the JSON and SQLite readers, so both say the same thing.
enum RuleTableMessages {
    static func unsupportedSchema(found: String) -> String {
        "unsupported schema \"\(found)\": this build reads \"\(RuleTable.schemaVersion)\""
    }

    static let missingSchema = "missing \"schema\": expected \"\(RuleTable.schemaVersion)\""
}
