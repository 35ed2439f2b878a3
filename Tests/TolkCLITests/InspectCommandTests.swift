import Foundation
import XCTest

/// `tolk inspect FILE --emit tree|json|original|target|source` on the seeds and on Content.
final class InspectCommandTests: XCTestCase {
    /// The five seeds of `../shared/corpus/seeds`, or a skip when the corpus is absent.
    private func seedFiles() throws -> [URL] {
        let files = CLI.markdownFiles(under: CLI.seeds)
        if files.isEmpty { throw XCTSkip("no corpus seeds at \(CLI.seeds.path)") }
        return files
    }

    private func assertViews(of url: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let bytes = try Data(contentsOf: url)
        let text = String(decoding: bytes, as: UTF8.self)
        let name = url.lastPathComponent

        let original = try CLI.run(["inspect", url.path, "--emit", "original"])
        XCTAssertEqual(original.status, 0, "\(name): \(original.summary)", file: file, line: line)
        XCTAssertTrue(original.stdout == bytes, "\(name): --emit original is not the file's bytes", file: file, line: line)

        let target = try CLI.run(["inspect", url.path, "--emit", "target"])
        XCTAssertEqual(target.status, 0, "\(name): \(target.summary)", file: file, line: line)
        XCTAssertFalse(target.stdoutText.contains("data-ttu-id"), "\(name): target view keeps span tags", file: file, line: line)
        XCTAssertFalse(target.stdoutText.contains("sxs-lookup"), "\(name): target view keeps span tags", file: file, line: line)
        XCTAssertTrue(target.stdoutText == (try CLI.substitutePairs(text, keeping: 2)),
                      "\(name): --emit target differs from the regex substitution", file: file, line: line)

        let source = try CLI.run(["inspect", url.path, "--emit", "source"])
        XCTAssertEqual(source.status, 0, "\(name): \(source.summary)", file: file, line: line)
        XCTAssertTrue(source.stdoutText == (try CLI.substitutePairs(text, keeping: 3)),
                      "\(name): --emit source differs from the regex substitution", file: file, line: line)
        XCTAssertFalse(source.stdoutText.contains("data-stu-id"), "\(name): source view keeps span tags", file: file, line: line)

        let json = try CLI.run(["inspect", url.path, "--emit", "json"])
        XCTAssertEqual(json.status, 0, "\(name): \(json.summary)", file: file, line: line)
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        XCTAssertNotNil(object, "\(name): --emit json is not a JSON object", file: file, line: line)
        let segments = object?["segments"] as? [Any]
        let pairs = text.components(separatedBy: "data-ttu-id").count - 1
        XCTAssertEqual(segments?.count, pairs, "\(name): segments in JSON", file: file, line: line)

        let tree = try CLI.run(["inspect", url.path, "--emit", "tree"])
        XCTAssertEqual(tree.status, 0, "\(name): \(tree.summary)", file: file, line: line)
        XCTAssertTrue(tree.stdoutText.hasPrefix("document "), "\(name): tree starts with \(tree.stdoutText.prefix(40))",
                      file: file, line: line)
        let defaultEmit = try CLI.run(["inspect", url.path])
        XCTAssertEqual(defaultEmit.stdout, tree.stdout, "\(name): the default is not --emit tree", file: file, line: line)
    }

    func testSeedViews() throws {
        for url in try seedFiles() { try assertViews(of: url) }
    }

    func testContentViews() throws {
        let files = CLI.markdownFiles(under: CLI.content)
        XCTAssertGreaterThan(files.count, 0)
        for url in files { try assertViews(of: url) }
    }

    func testSeedWithPairsHasChangedViews() throws {
        // At least one seed has pairs, so the views really differ from the original.
        let withPairs = try seedFiles().filter {
            (try? String(contentsOf: $0, encoding: .utf8))?.contains("data-ttu-id") ?? false
        }
        XCTAssertFalse(withPairs.isEmpty)
        for url in withPairs {
            let original = try CLI.run(["inspect", url.path, "--emit", "original"])
            let source = try CLI.run(["inspect", url.path, "--emit", "source"])
            let target = try CLI.run(["inspect", url.path, "--emit", "target"])
            XCTAssertNotEqual(original.stdout, source.stdout)
            XCTAssertNotEqual(source.stdout, target.stdout)
        }
    }

    func testCRLFAndBOMFileRoundTrips() throws {
        let dir = try CLI.temporaryDirectory(for: self)
        let url = dir.appendingPathComponent("crlf.md")
        let text = "---\r\ntitle: T\r\n---\r\n# " + CLI.pair("c-1", "Kop", "Head") + "\r\n\r\n" + CLI.pair("c-2", "Zin", "Sentence") + "\r\n"
        try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: url)
        let original = try CLI.run(["inspect", url.path, "--emit", "original"])
        XCTAssertEqual(original.status, 0, original.summary)
        XCTAssertEqual(original.stdout, try Data(contentsOf: url))
        let target = try CLI.run(["inspect", url.path, "--emit", "target"])
        XCTAssertEqual(target.stdout, Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntitle: T\r\n---\r\n# Kop\r\n\r\nZin\r\n".utf8))
    }
}
