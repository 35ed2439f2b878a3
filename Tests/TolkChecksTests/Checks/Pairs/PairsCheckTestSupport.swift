import Foundation
@testable import TolkChecks
import TolkModel
import TolkParser
import TolkRules
import XCTest

/// Shared by the tests of the pair and content checks: parsing Markdown,
/// running one check, reading fixtures and the corpus, finding positions
/// in a text the way the parser counts them.
enum PairsCheckTestSupport {
    /// The bundled defaults: no-loc terms, function words, rules vocabulary.
    static let settings: CheckSettings = {
        do {
            let checks = try CheckConfigurationLoader().defaults()
            let rules = try ConfigurationLoader.defaults()
            return CheckSettings(sourceLocale: rules.sourceLocale, noLocTerms: checks.noLocTerms,
                                 functionWords: checks.functionWords, rules: rules)
        } catch {
            fatalError("bundled configuration does not load: \(error)")
        }
    }()

    /// The root of the worktree (the folder holding Package.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Pairs
        .deletingLastPathComponent()   // Checks
        .deletingLastPathComponent()   // TolkChecksTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()

    /// `../shared/corpus` next to the worktree.
    static let corpus: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func fixtureURL(_ folder: String, _ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/TolkChecksTests/Fixtures/\(folder)/\(name)")
    }

    static func read(_ url: URL, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            XCTFail("cannot read \(url.path): \(error)", file: file, line: line)
            throw error
        }
    }

    static func fixture(_ folder: String, _ name: String) throws -> String {
        try read(fixtureURL(folder, name))
    }

    static func parse(_ markdown: String, path: String = "de-DE/test.md", locale: String? = nil) -> Document {
        DocumentParser().parse(Data(markdown.utf8), path: path, pathLocale: locale.flatMap(LocaleTag.init))
    }

    /// `document` as checks see it, with the bundled settings.
    static func settingsFile(_ document: Document) -> FileUnderCheck {
        FileUnderCheck(document: document, settings: settings, tree: ContentTree(files: []))
    }

    /// The findings of `check` on `document`.
    static func findings(_ check: some DocumentCheck, in document: Document) -> [Finding] {
        let file = FileUnderCheck(document: document, settings: settings, tree: ContentTree(files: []))
        var collector = FindingCollector(check: type(of: check).descriptor, path: document.path, locale: file.locale)
        check.check(file, into: &collector)
        return collector.findings
    }

    static func findings(_ check: some DocumentCheck, in markdown: String, path: String = "de-DE/test.md",
                         locale: String? = nil) -> [Finding] {
        findings(check, in: parse(markdown, path: path, locale: locale))
    }

    /// Every check of the Pairs and Content folders.
    static var allChecks: [any DocumentCheck] { PairChecks.all + ContentChecks.all }

    /// The findings of every check of the two folders.
    static func allFindings(in document: Document) -> [Finding] {
        allChecks.flatMap { findings($0, in: document) }
    }

    /// A `CheckRunner` with only `checks`, the bundled defaults.
    static func runner(_ checks: [any DocumentCheck]) -> CheckRunner {
        CheckRunner(catalog: CheckCatalog(documentChecks: checks, groupChecks: []),
                    configuration: (try? CheckConfigurationLoader().defaults()) ?? CheckConfiguration(),
                    rules: settings.rules, tree: ContentTree(files: []))
    }

    /// Where the `occurrence`-th (1-based) `needle` starts in `text`: line
    /// (lines end at LF, CRLF or CR) and column in UTF-8 bytes, a leading
    /// byte order mark not counted. `nil` when there is no such occurrence.
    static func location(of needle: String, in text: String, occurrence: Int = 1) -> SourceLocation? {
        locations(of: needle, in: text).dropFirst(occurrence - 1).first
    }

    /// Every place `needle` starts in `text`, counted as `location(of:in:)` does.
    static func locations(of needle: String, in text: String) -> [SourceLocation] {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return [] }
        var out: [SourceLocation] = []
        var line = 1
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = 0
        while i < bytes.count {
            if i + pattern.count <= bytes.count, Array(bytes[i..<(i + pattern.count)]) == pattern {
                out.append(SourceLocation(line: line, column: i - lineStart + 1))
            }
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            } else if bytes[i] == 0x0D {
                line += 1
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        return out
    }

    /// A pair as side-by-side files write it.
    static func pair(_ id: String, _ target: String, _ source: String, sourceID: String? = nil) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(sourceID ?? id)\">\(source)</span></span>"
    }

    /// Front matter for a file of `locale`.
    static func frontMatter(_ locale: String) -> String {
        "---\ntitle: Test\nms.date: 01/15/2021\nms.contentlocale: \(locale)\n---\n"
    }
}
