/// One step of a path into a JSON document: an object member or an array element.
enum JSONPathComponent: Equatable, Sendable {
    case key(String)
    case index(Int)
}

/// JSONPath-style rendering (`$.rules[3].text["de-DE"]`) of the paths the
/// strict loader reports.
enum JSONPath {
    static func render(_ components: [JSONPathComponent]) -> String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where isIdentifier(key):
                text += ".\(key)"
            case .key(let key):
                // Locales (`de-DE`) and other data keys are not identifiers.
                let escaped = key.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"")
                text += "[\"\(escaped)\"]"
            }
        }
        return text
    }

    /// The path of a `DecodingError`. JSONDecoder names array elements with
    /// keys whose `intValue` is the index and whose `stringValue` is "Index n".
    static func components(from codingPath: [any CodingKey]) -> [JSONPathComponent] {
        codingPath.map { key in
            if let index = key.intValue, key.stringValue == "Index \(index)" { return .index(index) }
            return .key(key.stringValue)
        }
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first == "_" || first.properties.isAlphabetic && first.isASCII
        else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
