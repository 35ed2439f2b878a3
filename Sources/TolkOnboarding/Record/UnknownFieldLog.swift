import Foundation

/// Collects the members of a record that no record type knows, by field path
/// (`customer.vatId`). One log belongs to one decoder on one thread: it is
/// handed to `JSONDecoder` through `userInfo` and read after each record
/// (unchecked: `userInfo` wants `Sendable` values, but no log is shared
/// between threads).
public final class UnknownFieldLog: @unchecked Sendable {
    public private(set) var paths: [String] = []

    public init() {}

    /// Empties the log before the next record.
    public func reset() { paths.removeAll(keepingCapacity: true) }

    /// The `userInfo` key under which record types find the log.
    public static let key = CodingUserInfoKey(rawValue: "tolk.onboarding.unknownFields")!

    /// Notes every member of the object `decoder` is at that `Keys` does not list.
    static func note<Keys: CodingKey & CaseIterable>(_ decoder: Decoder, known: Keys.Type) throws {
        guard let log = decoder.userInfo[key] as? UnknownFieldLog else { return }
        let all = try decoder.container(keyedBy: FieldKey.self)
        for key in all.allKeys where Keys(stringValue: key.stringValue) == nil {
            log.paths.append(FieldPath.format(decoder.codingPath + [key]))
        }
    }
}

/// Any member name or array index.
struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

/// Field paths as messages write them: `customer.address.lines[0]`.
public enum FieldPath {
    public static func format(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else {
                if !out.isEmpty { out += "." }
                out += key.stringValue
            }
        }
        return out.isEmpty ? "(record)" : out
    }
}
