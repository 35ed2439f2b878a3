import Foundation
import TolkChecks
import TolkModel
import TolkParser
import TolkRules
import XCTest

/// Runs checks across locales on fixture trees and on the shared corpus.
enum LocalesTestSupport {
    /// The repository root (four levels above this file).
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/TolkChecksTests/Fixtures/locales`.
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/locales")

    /// `../shared/corpus` beside the repository.
    static let corpus: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// A corpus folder; the test is skipped when the shared corpus is absent.
    static func corpusPath(_ name: String) throws -> String {
        let path = corpus.appendingPathComponent(name).path
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "the shared corpus is not at \(path)")
        return path
    }

    /// The bundled rules configuration, extended by `yaml` when given.
    static func rules(extendedBy yaml: String? = nil) throws -> RulesConfiguration {
        let defaults = try ConfigurationLoader.defaults()
        guard let yaml else { return defaults }
        return try ConfigurationLoader.load(yaml: yaml, path: "locales-test.yml", base: defaults)
    }

    /// Loads every Markdown file under `paths`, runs `checks` through the
    /// runner (`checkFile` per document, then `finish`) and returns the report.
    static func run(_ paths: [String], checks: [any LocaleGroupCheck],
                    rules: RulesConfiguration? = nil) throws -> CheckReport {
        let catalog = CheckCatalog(documentChecks: [], groupChecks: checks)
        let runner = CheckRunner(catalog: catalog, configuration: CheckConfiguration(),
                                 rules: try rules ?? Self.rules(), tree: ContentTree.scan(paths))
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        XCTAssertTrue(errors.isEmpty, "\(errors)")
        XCTAssertFalse(files.isEmpty, "no Markdown under \(paths)")
        let loader = ContentLoader(jobs: 1)
        return runner.finish(files.map { runner.checkFile(loader.load($0)) }, reread: loader.load)
    }

    /// The findings of one check.
    static func findings(_ report: CheckReport, _ id: String) -> [Finding] {
        report.findings.filter { $0.check == id }
    }

    /// The parsed file.
    static func document(_ path: String) -> Document {
        ContentLoader(jobs: 1).load(path)
    }

    /// The 1-based line of the first line of the file that starts with `prefix`
    /// (after leading spaces).
    static func line(in path: String, startingWith prefix: String,
                     file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { $0.drop { $0 == " " }.hasPrefix(prefix) }
        return try XCTUnwrap(index, "no line starting with \(prefix) in \(path)", file: file, line: line) + 1
    }

    /// The 1-based line of the first line of the file that contains `text`.
    static func line(in path: String, containing text: String,
                     file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let content = try String(contentsOfFile: path, encoding: .utf8)
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { $0.contains(text) }
        return try XCTUnwrap(index, "no line containing \(text) in \(path)", file: file, line: line) + 1
    }

    /// The locale folder a finding's file is in.
    static func folder(_ finding: Finding) -> String {
        URL(fileURLWithPath: finding.path).deletingLastPathComponent().lastPathComponent
    }

    /// Days between two dates, counted by Foundation's Gregorian calendar in UTC.
    static func days(from a: CalendarDate, to b: CalendarDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let da = calendar.date(from: DateComponents(year: a.year, month: a.month, day: a.day))!
        let db = calendar.date(from: DateComponents(year: b.year, month: b.month, day: b.day))!
        return calendar.dateComponents([.day], from: da, to: db).day!
    }
}
