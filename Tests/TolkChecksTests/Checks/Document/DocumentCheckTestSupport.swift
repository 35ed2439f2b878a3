import Foundation
import TolkChecks
import TolkModel
import TolkParser
import TolkRules
import XCTest

/// Runs one document check on Markdown given as text or read from disk,
/// with the bundled check defaults (function words, no-loc terms).
enum DocumentCheckHarness {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Document
        .deletingLastPathComponent() // Checks
        .deletingLastPathComponent() // TolkChecksTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// `Tests/TolkChecksTests/Fixtures/document`.
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/document")

    /// `../shared/corpus`, standardized.
    static let corpus: URL = repositoryRoot.appendingPathComponent("../shared/corpus").standardizedFileURL

    static func settings() throws -> CheckSettings {
        let configuration = try CheckConfigurationLoader().defaults()
        return CheckSettings(sourceLocale: "en-US", noLocTerms: configuration.noLocTerms,
                             functionWords: configuration.functionWords, rules: RulesConfiguration())
    }

    /// Parses `markdown` as the file at `path` (its locale folder counts, as
    /// when loading a tree) and runs `check` on it.
    static func run(_ check: some DocumentCheck, markdown: String, path: String,
                    tree: ContentTree = ContentTree(files: [])) throws -> [Finding] {
        let document = DocumentParser().parse(markdown, path: path, pathLocale: ContentLoader.locale(fromPath: path))
        return try run(check, document: document, tree: tree)
    }

    /// Reads and runs `check` on the file at `url`; the tree is `tree`, or the file's own folder.
    static func run(_ check: some DocumentCheck, fileAt url: URL, tree: ContentTree? = nil) throws -> [Finding] {
        let path = url.standardizedFileURL.path
        XCTAssertTrue(FileManager.default.fileExists(atPath: path), "missing test input \(path)")
        let document = ContentLoader().load(path)
        let scanned = tree ?? ContentTree.scan([url.deletingLastPathComponent().path])
        return try run(check, document: document, tree: scanned)
    }

    static func run(_ check: some DocumentCheck, document: Document, tree: ContentTree) throws -> [Finding] {
        let file = FileUnderCheck(document: document, settings: try settings(), tree: tree)
        var collector = FindingCollector(check: type(of: check).descriptor, path: document.path,
                                         locale: file.locale)
        check.check(file, into: &collector)
        return collector.findings
    }

    /// The 1-based number of the first line of `text` for which `matches` holds.
    static func line(in text: String, where matches: (String) -> Bool,
                     file: StaticString = #filePath, line: UInt = #line) -> Int? {
        for (index, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where matches(String(content)) {
            return index + 1
        }
        XCTFail("no line matches", file: file, line: line)
        return nil
    }

    /// Reads a corpus file; fails (does not skip) when the corpus is missing.
    static func corpusText(_ relative: String, file: StaticString = #filePath, line: UInt = #line) throws -> (URL, String) {
        let url = corpus.appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("the corpus file \(url.path) is missing", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return (url, String(decoding: data, as: UTF8.self))
    }
}
