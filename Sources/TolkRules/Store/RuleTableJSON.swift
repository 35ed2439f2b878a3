import Foundation

/// `rules.json`: the rule table as JSON, written deterministically and read strictly.
public enum RuleTableJSON: Sendable {
    /// The table as pretty-printed JSON with sorted keys and a final newline.
    ///
    /// The same table always gives the same bytes: keys are sorted, arrays keep
    /// the table's order (rules sorted by id), and nothing depends on the clock.
    public static func encode(_ table: RuleTable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(table)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a table, refusing anything the writer would not have written:
    /// another schema version, unknown keys, kinds, dates or types that do not
    /// fit. Every refusal is a `RuleTableLoadError` naming `file`, line and
    /// column, and the JSON path of the offending value.
    public static func decode(_ data: Data, file: String) throws -> RuleTable {
        try StrictRuleTableDecoder(data: data, file: file).decode()
    }
}

/// The checks of `RuleTableJSON.decode`, in the order a reader would want
/// them: syntax, schema version, kinds, JSONDecoder's own, then unknown keys.
private struct StrictRuleTableDecoder {
    let data: Data
    let file: String
    let locator: JSONPositionLocator

    init(data: Data, file: String) {
        self.data = data
        self.file = file
        locator = JSONPositionLocator(data)
    }

    func decode() throws -> RuleTable {
        let tree = try parseTree()
        guard let root = tree as? [String: Any] else {
            throw error(at: [], "expected an object with \"schema\", \"generated\", \"documents\", \"rules\", \"findings\"")
        }
        try checkSchema(root)
        try checkKinds(root)
        let table: RuleTable
        do {
            table = try JSONDecoder().decode(RuleTable.self, from: data)
        } catch let decodingError as DecodingError {
            throw translate(decodingError, tree: tree)
        }
        let canonical = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(table))
        let unknown = JSONUnknownMembers.unknownKeys(original: tree, canonical: canonical)
        // Several at once: report the first in the text, as a compiler would.
        if let first = unknown.min(by: { keyOffset($0.path) < keyOffset($1.path) }) {
            let position = locator.keyPosition(of: first.path)
            throw RuleTableLoadError(file: file, jsonPath: JSONPath.render(first.path),
                                     line: position.line, column: position.column, message: first.message)
        }
        return table
    }

    private func parseTree() throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data)
        } catch {
            // Foundation says "… around character N." (a byte offset); nothing better is on offer.
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            var offset = 0
            if let range = detail.range(of: #"character [0-9]+"#, options: .regularExpression),
               let number = Int(detail[range].dropFirst("character ".count)) {
                offset = number
            }
            let position = locator.position(ofOffset: offset)
            throw RuleTableLoadError(file: file, jsonPath: "$", line: position.line, column: position.column,
                                     message: "not valid JSON: \(detail)")
        }
    }

    private func checkSchema(_ root: [String: Any]) throws {
        guard let value = root["schema"] else {
            throw error(at: [.key("schema")], RuleTableMessages.missingSchema)
        }
        guard let schema = value as? String else {
            throw error(at: [.key("schema")], "\"schema\" must be the string \"\(RuleTable.schemaVersion)\"")
        }
        guard schema == RuleTable.schemaVersion else {
            throw error(at: [.key("schema")], RuleTableMessages.unsupportedSchema(found: schema))
        }
    }

    /// `kind` chooses the payload's shape, so a wrong one is named as such
    /// rather than as JSONDecoder's generic enum message.
    private func checkKinds(_ root: [String: Any]) throws {
        guard let rules = root["rules"] as? [Any] else { return }
        for (index, rule) in rules.enumerated() {
            guard let kind = (rule as? [String: Any])?["kind"] as? String, RuleKind(rawValue: kind) == nil else { continue }
            let known = RuleKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(at: [.key("rules"), .index(index), .key("kind")], "unknown kind \"\(kind)\": expected one of \(known)")
        }
    }

    private func translate(_ decodingError: DecodingError, tree: Any) -> RuleTableLoadError {
        switch decodingError {
        case .typeMismatch(let type, let context):
            let path = JSONPath.components(from: context.codingPath)
            return error(at: path, "expected \(describe(type)), found \(foundDescription(at: path))")
        case .valueNotFound(let type, let context):
            return error(at: JSONPath.components(from: context.codingPath), "expected \(describe(type)), found null")
        case .keyNotFound(let key, let context):
            return error(at: JSONPath.components(from: context.codingPath) + [.key(key.stringValue)],
                         "missing key \"\(key.stringValue)\"")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // JSONDecoder says "not valid JSON" for a fraction where an Int belongs.
            if let path = JSONUnknownMembers.fractionalNumbers(in: tree).min(by: { valueOffset($0) < valueOffset($1) }) {
                return error(at: path, "expected an integer, found a number with a fraction")
            }
            return error(at: [], context.debugDescription)
        case .dataCorrupted(let context):
            return error(at: JSONPath.components(from: context.codingPath), context.debugDescription)
        @unknown default:
            return error(at: [], "\(decodingError)")
        }
    }

    private func error(at path: [JSONPathComponent], _ message: String) -> RuleTableLoadError {
        let position = locator.valuePosition(of: path)
        return RuleTableLoadError(file: file, jsonPath: JSONPath.render(path), line: position.line,
                                  column: position.column, message: message)
    }

    private func keyOffset(_ path: [JSONPathComponent]) -> Int {
        let location = locator.locate(path)
        return location.keyOffset ?? location.valueOffset
    }

    private func valueOffset(_ path: [JSONPathComponent]) -> Int {
        locator.locate(path).valueOffset
    }

    private func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("Dictionary") { return "an object" }
        if name == "String" { return "a string" }
        if name == "Bool" { return "a boolean" }
        if name.hasPrefix("Int") || name.hasPrefix("UInt") { return "an integer" }
        return name
    }

    /// The JSON type of the value at `path`, from its first byte.
    private func foundDescription(at path: [JSONPathComponent]) -> String {
        switch locator.firstByte(of: path) {
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        case nil: "nothing"
        default: "a number"
        }
    }
}
