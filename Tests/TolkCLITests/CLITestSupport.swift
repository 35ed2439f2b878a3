import Foundation
import XCTest

/// Runs the built `tolk` executable and captures what it writes.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
        var summary: String { "exit \(status)\n--- stderr:\n\(stderrText.prefix(2000))" }
    }

    /// The repository root: three levels above this file.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let content: URL = repository.appendingPathComponent("Content")

    /// `../shared/corpus/seeds` beside the repository.
    static let seeds: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")

    /// The products directory: the parent of the `.xctest` bundle, where
    /// SwiftPM also puts the `tolk` executable.
    static let executable: URL? = {
        var candidates: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        // On Linux the test bundle is an executable file; the main bundle is its folder.
        candidates.append(Bundle.main.bundleURL)
        if let first = CommandLine.arguments.first, first.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for directory in candidates {
            let tolk = directory.appendingPathComponent("tolk")
            if FileManager.default.isExecutableFile(atPath: tolk.path) { return tolk }
        }
        return nil
    }()

    /// Runs `tolk arguments…` in `directory`, stdin empty (or `stdin`), output
    /// captured in files (no pipe can fill up and block the child).
    static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil,
                    file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        let tolk = try XCTUnwrap(executable, "the tolk executable was not found next to the test bundle", file: file, line: line)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = tolk
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        if let stdin {
            let inURL = scratch.appendingPathComponent("stdin")
            try stdin.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        XCTAssertEqual(process.terminationReason, .exit, "tolk \(arguments) was killed by a signal", file: file, line: line)
        return Result(status: process.terminationStatus,
                      stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
    }

    /// A fresh temporary directory, removed when the test ends.
    static func temporaryDirectory(for test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-cli-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every `.md` file below `root`, sorted by path bytes.
    static func markdownFiles(under root: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { $0.pathExtension.lowercased() == "md" }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }

    /// The views of a file computed independently of Tolk: every well-formed
    /// pair replaced by one of its sides (group 2 = target, 3 = source).
    static func substitutePairs(_ text: String, keeping group: Int) throws -> String {
        let regex = try NSRegularExpression(
            pattern: #"<span data-ttu-id="([^"]*)">(.*?)</span><span class="sxs-lookup"><span data-stu-id="\1">(.*?)</span></span>"#,
            options: [.dotMatchesLineSeparators])
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                              withTemplate: "$\(group)")
    }
}
