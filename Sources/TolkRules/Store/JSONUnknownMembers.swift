import Foundation

/// Finds what JSONDecoder silently accepts: object members that no type knows,
/// and numbers with a fraction where every number of the table is an integer.
///
/// Known keys are not listed by hand: the decoded table is encoded again and
/// the two documents are compared object by object, so a key is known exactly
/// when the encoder writes it. An explicit `null` for an optional field is
/// reported too, since the writer omits such keys.
enum JSONUnknownMembers {
    struct Finding {
        var path: [JSONPathComponent]
        var message: String
    }

    /// Every member of `original` that `canonical` (the re-encoded value) lacks.
    static func unknownKeys(original: Any, canonical: Any) -> [Finding] {
        var findings: [Finding] = []
        var path: [JSONPathComponent] = []
        walk(original, canonical, path: &path, into: &findings)
        return findings
    }

    /// `path` is one stack, pushed and popped, rather than a copy per node:
    /// tables have hundreds of thousands of values.
    private static func walk(_ original: Any, _ canonical: Any, path: inout [JSONPathComponent],
                             into findings: inout [Finding]) {
        if let object = original as? [String: Any], let known = canonical as? [String: Any] {
            for (key, value) in object {
                path.append(.key(key))
                defer { path.removeLast() }
                if let knownValue = known[key] {
                    walk(value, knownValue, path: &path, into: &findings)
                } else if value is NSNull {
                    findings.append(Finding(path: path, message: "unexpected null for \"\(key)\": leave out a key that has no value"))
                } else {
                    findings.append(Finding(path: path, message: "unknown key \"\(key)\""))
                }
            }
        } else if let array = original as? [Any], let known = canonical as? [Any] {
            for (index, element) in zip(array.indices, array) where index < known.count {
                path.append(.index(index))
                defer { path.removeLast() }
                walk(element, known[index], path: &path, into: &findings)
            }
        }
    }

    /// Paths of numbers with a fraction or exponent that is not a whole number.
    /// JSONDecoder refuses them without saying where, so the loader looks for them.
    static func fractionalNumbers(in value: Any, path: [JSONPathComponent] = []) -> [[JSONPathComponent]] {
        if let object = value as? [String: Any] {
            return object.keys.sorted().flatMap { fractionalNumbers(in: object[$0]!, path: path + [.key($0)]) }
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { fractionalNumbers(in: $0.element, path: path + [.index($0.offset)]) }
        }
        if let number = value as? NSNumber, !(value is String) {
            let double = number.doubleValue
            if double.rounded() != double || abs(double) >= 9.2e18 { return [path] }
        }
        return []
    }
}
