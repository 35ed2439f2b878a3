import Foundation
import XCTest

/// A fresh directory per test, removed afterwards.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tolk-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Names in the directory, hidden ones (temporaries) included, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs Python's `jsonschema` (a real JSON Schema implementation, not ours) on
/// instances. scripts/test installs it (scripts/lib/ensure-deps.sh).
enum PythonJSONSchema {
    struct Outcome {
        var valid: Bool
        /// One line per violation: `path/in/instance: message`.
        var output: String
    }

    struct NotRunnable: Error, CustomStringConvertible {
        var description: String
    }

    /// Prints `<instance index>\t<path>: <message>` per violation; one process
    /// for all instances, since starting Python costs more than validating.
    private static let script = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        for index, path in enumerate(sys.argv[2:]):
            instance = json.load(open(path, encoding="utf-8"))
            for e in sorted(validator.iter_errors(instance), key=lambda e: str(list(e.absolute_path))):
                print(str(index) + "\t" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message)
        print("done")
        """

    static func validate(_ instance: Data, against schema: Data) throws -> Outcome {
        try validate([instance], against: schema)[0]
    }

    static func validate(_ instances: [Data], against schema: Data) throws -> [Outcome] {
        let directory = try TemporaryDirectory()
        let schemaPath = directory.file("schema.json")
        try schema.write(to: URL(fileURLWithPath: schemaPath))
        var instancePaths: [String] = []
        for (index, instance) in instances.enumerated() {
            instancePaths.append(directory.file("instance-\(index).json"))
            try instance.write(to: URL(fileURLWithPath: instancePaths[index]))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaPath] + instancePaths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, output.hasSuffix("done\n") else {
            throw NotRunnable(description: "python3 with jsonschema did not run (exit \(process.terminationStatus));"
                              + " scripts/test installs it: \(output)")
        }
        var violations = Array(repeating: [String](), count: instances.count)
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2, let index = Int(parts[0]), violations.indices.contains(index) {
                violations[index].append(String(parts[1]))
            }
        }
        return violations.map { Outcome(valid: $0.isEmpty, output: $0.joined(separator: "\n")) }
    }
}
