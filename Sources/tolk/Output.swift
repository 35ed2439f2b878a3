import Foundation
import TolkModel

/// Where the commands write: machine output on stdout, diagnostics on stderr.
enum Output {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Every diagnostic of `document`, one per line, to stderr.
    static func report(_ diagnostics: [Diagnostic], path: String) {
        guard !diagnostics.isEmpty else { return }
        standardError(diagnostics.map { $0.formatted(path: path) + "\n" }.joined())
    }

    /// JSON with sorted keys, so the same input gives the same bytes.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// The exit statuses of DESIGN.md.
enum ExitStatus {
    static func forDiagnostics(_ diagnostics: [Diagnostic], strict: Bool) -> Int32 {
        if diagnostics.contains(where: { $0.code == .unreadable }) { return 2 }
        if strict, diagnostics.contains(where: { $0.severity >= .warning }) { return 1 }
        return 0
    }
}

/// Input that cannot be read (exit 2, without the usage text that
/// `ValidationError` would print).
struct InputError: Error, CustomStringConvertible {
    let description: String
}
