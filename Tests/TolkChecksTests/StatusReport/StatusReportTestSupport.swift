import Foundation
import TolkChecks
import TolkModel
import TolkParser
import TolkRules
import XCTest

/// Runs the checks the way `tolk report` does, and reads what the tests
/// compare against straight from the files (not through Tolk's parser).
enum StatusReportSupport {
    /// `Tests/TolkChecksTests`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture tree written for these tests: en-US, de-DE, sv-SE, nl-NL.
    static let fixture = testsFolder.appendingPathComponent("Fixtures/report")

    /// `../shared/corpus/seeds` beside the repository.
    static let seeds = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")

    /// The check run over `root` with the default configuration.
    static func report(_ root: URL, jobs: Int = 2) throws -> CheckReport {
        let paths = [root.path]
        let rules = try ConfigurationLoader.resolve(contentPaths: paths, explicitPath: nil).configuration
        let checks = try CheckConfigurationLoader().resolve(contentPaths: paths, explicitPath: nil)
        let runner = CheckRunner(configuration: checks, rules: rules, tree: ContentTree.scan(paths))
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        XCTAssertTrue(errors.isEmpty, "\(errors)")
        XCTAssertFalse(files.isEmpty, "no Markdown files under \(root.path)")
        let loader = ContentLoader(jobs: jobs)
        let results = loader.map(files) { runner.checkFile($0) }
        return runner.finish(results, reread: loader.load)
    }

    /// A file as the test reads it: locale folder, `ms.date`, `ms.assetid`, name stem.
    struct RawFile {
        var path: String
        var locale: String
        var date: DateComponents?
        var assetID: String?
        /// The file name before its first dot: `add-a-new-customer`.
        var stem: String
    }

    /// Every `.md` below `root`, with its front matter read by regular expressions.
    static func rawFiles(under root: URL) throws -> [RawFile] {
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var out: [RawFile] = []
        for case let url as URL in enumerator where url.pathExtension == "md" {
            let text = try String(contentsOf: url, encoding: .utf8)
            var date: DateComponents?
            if let m = text.firstMatch(of: /(?m)^ms\.date:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/) {
                date = DateComponents(year: Int(m.3)!, month: Int(m.1)!, day: Int(m.2)!)
            }
            let asset = text.firstMatch(of: /(?m)^ms\.assetid:\s*(\S+)\s*$/).map { String($0.1).lowercased() }
            let name = url.lastPathComponent
            out.append(RawFile(path: url.path, locale: url.deletingLastPathComponent().lastPathComponent,
                               date: date, assetID: asset, stem: String(name.prefix { $0 != "." })))
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Days from `a` to `b` by Foundation's Gregorian calendar in UTC: an
    /// independent count to hold the report's own arithmetic against.
    static func days(from a: DateComponents, to b: DateComponents) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.day], from: calendar.date(from: a)!, to: calendar.date(from: b)!).day!
    }

    static func iso(_ c: DateComponents) -> String {
        String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    static func isEarlier(_ a: DateComponents, _ b: DateComponents) -> Bool {
        (a.year!, a.month!, a.day!) < (b.year!, b.month!, b.day!)
    }

    /// Findings of `report` in the file at `path` (the report's paths are as given, the test's absolute).
    static func findings(_ report: CheckReport, in path: String) -> [Finding] {
        report.findings.filter { URL(fileURLWithPath: $0.path).standardizedFileURL.path == path }
    }

    static func samePath(_ a: String?, _ b: String) -> Bool {
        a.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}

/// Builders for reports written by hand: what a run would produce, without parsing.
enum HandReport {
    static func file(_ path: String, _ locale: String, document: String, title: String?, current: Bool = true,
                     date: String?, segments: Int, isSource: Bool = false, translation: String? = "MT") -> FileStatus {
        FileStatus(path: path, locale: locale, document: document, title: title, current: current,
                   sourceDate: date.flatMap(CalendarDate.init(iso:)), handoffDate: nil, translation: translation,
                   segments: segments, isSource: isSource)
    }

    static func finding(_ check: String, _ severity: Severity, _ path: String, segment: String? = nil,
                        message: String = "m") -> Finding {
        Finding(check: check, severity: severity, path: path, line: 1, column: 1, segment: segment, message: message)
    }

    static func report(files: [FileStatus], findings: [Finding]) -> CheckReport {
        let locales = Array(Set(files.map(\.locale))).sorted()
        let summary = CheckSummary(files: files.count, documents: Set(files.map(\.document)).count, locales: locales,
                                   findings: findings, suppressed: 0, baselined: 0)
        return CheckReport(findings: findings, checks: [], files: files, summary: summary)
    }
}
