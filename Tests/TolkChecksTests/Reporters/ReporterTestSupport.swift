import Foundation
@testable import TolkChecks
import TolkModel
import XCTest

/// Reports built by hand for the reporter tests: findings of every severity,
/// with and without segment and locale, several in one file, a check that
/// found nothing and a check id the report does not describe.
enum ReporterFixtures {
    static let checks = [
        CheckDescriptor(id: "span-unpaired", category: .pairs, defaultSeverity: .warning,
                        summary: "a target span without its source span, or the reverse"),
        CheckDescriptor(id: "link-mismatch", category: .content, defaultSeverity: .error,
                        summary: "a target whose links differ from its source's"),
        CheckDescriptor(id: "date-mismatch", category: .content, defaultSeverity: .warning,
                        summary: "a target whose dates differ from its source's"),
        CheckDescriptor(id: "frontmatter-missing", category: .reading, defaultSeverity: .warning,
                        summary: "the file has no YAML front matter"),
    ]

    static func finding(_ check: String, _ severity: Severity, _ path: String, _ line: Int, _ column: Int,
                        segment: String? = nil, locale: String? = nil, _ message: String) -> Finding {
        Finding(check: check, severity: severity, path: path, line: line, column: column,
                segment: segment, locale: locale, message: message)
    }

    /// Six findings in four files; `extra` findings are added before sorting.
    static func report(extra: [Finding] = [], suppressed: Int = 0, baselined: Int = 0) -> CheckReport {
        var findings = [
            finding("span-unpaired", .error, "de-DE/roles.md", 3, 1, segment: "12-3", locale: "de-DE",
                    "target span '12-3' has no source span"),
            finding("link-mismatch", .warning, "de-DE/roles.md", 5, 14, segment: "14-1", locale: "de-DE",
                    "the target links to 'a.md', the source to 'b.md'"),
            finding("link-mismatch", .warning, "de-DE/roles.md", 9, 2, locale: "de-DE",
                    "the target has 2 links, the source 3"),
            finding("span-unpaired", .note, "sv-SE/dir with space/ö#1.md", 2, 5, locale: "sv-SE",
                    "source span '2-1' has no target span"),
            finding("frontmatter-missing", .warning, "nl-NL/TOC.md", 1, 1,
                    "no YAML front matter: the file does not start with a '---' line"),
            finding("mystery-check", .error, "/abs/path/x.md", 7, 3, "a check the catalog does not know"),
        ] + extra
        findings.sort(by: Finding.reportOrder)
        CheckRunner.assignFingerprints(&findings)
        let files = [
            file("de-DE/roles.md", "de-DE", "roles"),
            file("sv-SE/dir with space/ö#1.md", "sv-SE", "odd"),
            file("nl-NL/TOC.md", "nl-NL", "toc"),
            file("nl-NL/clean.md", "nl-NL", "roles"),
        ]
        let summary = CheckSummary(files: files.count, documents: 3, locales: ["de-DE", "nl-NL", "sv-SE"],
                                   findings: findings, suppressed: suppressed, baselined: baselined)
        return CheckReport(findings: findings, checks: checks, files: files, summary: summary)
    }

    /// A run with files but no findings.
    static func clean() -> CheckReport {
        let files = [file("nl-NL/clean.md", "nl-NL", "roles")]
        let summary = CheckSummary(files: 1, documents: 1, locales: ["nl-NL"], findings: [], suppressed: 0, baselined: 0)
        return CheckReport(findings: [], checks: checks, files: files, summary: summary)
    }

    static func file(_ path: String, _ locale: String, _ document: String) -> FileStatus {
        FileStatus(path: path, locale: locale, document: document, title: nil, current: true,
                   sourceDate: nil, handoffDate: nil, translation: "MT", segments: 4, isSource: false)
    }

    /// Count of findings per severity name.
    static func levels(_ findings: [Finding]) -> [String: Int] {
        findings.reduce(into: ["error": 0, "warning": 0, "note": 0]) { $0[$1.severity.rawValue, default: 0] += 1 }
    }
}

/// Runs `python3` (and the Python tools the reporter tests read their output
/// with) in a child process. A missing interpreter or module fails the test
/// with what to install; it is never a skip. `scripts/test` installs them
/// (`ensure_python_modules jsonschema junitparser sarif=sarif-tools`).
enum ReporterPython {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// `python3 ARGUMENTS…`, its standard output and error kept apart.
    static func run(_ arguments: [String], in directory: ReporterScratch) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        let out = directory.url("stdout-\(UUID().uuidString)")
        let err = directory.url("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Outcome(status: process.terminationStatus,
                       output: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                       errors: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Throws `Missing` (failing the test) unless `python3` can import `module`.
    static func require(_ module: String, pipPackage: String, in directory: ReporterScratch) throws {
        let check = try run(["-c", "import \(module)"], in: directory)
        guard check.status == 0 else {
            let what = check.status == 127 ? "python3 is not on PATH" : "the Python module '\(module)' is missing"
            let detail = check.errors.split(separator: "\n").last.map(String.init) ?? ""
            throw Missing(description: "\(what): the reporter tests read Tolk's output with it. "
                          + "scripts/test installs it (ensure_python_modules in scripts/lib/ensure-deps.sh); "
                          + "by hand: python3 -m pip install \(pipPackage). (\(detail))")
        }
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a script; a non-zero exit throws (failing the test) with its error output.
    static func script(_ source: String, _ arguments: [String], in directory: ReporterScratch) throws -> String {
        let outcome = try run(["-c", source] + arguments, in: directory)
        guard outcome.status == 0 else {
            throw Failed(description: "python3 exited with \(outcome.status): \(outcome.errors)")
        }
        return outcome.output
    }

    /// Parses a script's JSON output.
    static func json(_ output: String, file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(output.utf8))
        } catch {
            XCTFail("not JSON: \(output)", file: file, line: line)
            throw error
        }
    }
}

/// A fresh directory, removed when released.
final class ReporterScratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tolk-reporters-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func url(_ name: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(name) }

    /// Writes `text` to `name` and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        let url = url(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
