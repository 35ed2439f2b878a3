import Foundation

/// Findings accepted earlier (`tolk check --format json > baseline.json`):
/// with `--baseline`, only findings not in it are reported. Findings match
/// by fingerprint (check, path, segment, message and occurrence), so lines
/// that move do not make old findings new.
public struct Baseline: Sendable {
    public let fingerprints: Set<String>

    public init(fingerprints: Set<String>) {
        self.fingerprints = fingerprints
    }

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    private struct File: Decodable {
        struct Entry: Decodable {
            var fingerprint: String?
            var check: String
            var path: String
            var segment: String?
            var message: String
        }
        var findings: [Entry]
    }

    /// Reads a `--format json` report. Entries without a fingerprint (hand-written
    /// baselines) match by check, path, segment and message.
    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): error: cannot read the baseline file")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw LoadError(description: "\(path): error: not a 'tolk check --format json' report: \(Self.describe(error))")
        }
        var counts: [String: Int] = [:]
        var prints: Set<String> = []
        for entry in file.findings {
            if let print = entry.fingerprint, !print.isEmpty {
                prints.insert(print)
            } else {
                let hash = Finding(check: entry.check, severity: .warning, path: entry.path, line: 0, column: 0,
                                   segment: entry.segment, message: entry.message).identityHash
                counts[hash, default: 0] += 1
                prints.insert("\(hash)/\(counts[hash]!)")
            }
        }
        return Baseline(fingerprints: prints)
    }

    private static func describe(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            return context.debugDescription + " at " + context.codingPath.map(\.stringValue).joined(separator: ".")
        default:
            return "\(error)"
        }
    }
}
