import Foundation
import TolkChecks
import TolkModel
import TolkRules
import XCTest

/// The runner applies configuration, turns parser diagnostics into findings,
/// sorts, fingerprints and filters by baseline.
final class CheckRunnerTests: XCTestCase {
    func testConfiguredSeverityAndPerPathOverride() throws {
        var configuration = CheckConfiguration(settings: ["test-heading": .severity(.error)])
        configuration.overrides = [.init(paths: [PathGlob("drafts/**")], settings: ["test-heading": .off])]
        let runner = try CoreFixture.runner(configuration)
        let kept = CoreFixture.parse(CoreFixture.frontMatter + "# A\n", path: "c/en-US/a.md")
        let draft = CoreFixture.parse(CoreFixture.frontMatter + "# B\n", path: "c/drafts/en-US/b.md")
        let report = runner.finish([runner.checkFile(kept), runner.checkFile(draft)], reread: CoreFixture.reread([kept, draft]))
        XCTAssertEqual(report.findings.map(\.path), ["c/en-US/a.md"])
        XCTAssertEqual(report.findings.first?.severity, .error)
    }

    func testParserDiagnosticsBecomeReadingFindings() throws {
        let runner = try CoreFixture.runner()
        let document = CoreFixture.parse("no front matter here\n")
        let report = runner.finish([runner.checkFile(document)], reread: CoreFixture.reread([document]))
        let missing = try XCTUnwrap(report.findings.first { $0.check == DiagnosticCode.frontMatterMissing.rawValue })
        XCTAssertEqual(missing.path, "content/en-US/page.md")
        XCTAssertEqual(missing.locale, "en-US")
        XCTAssertTrue(report.checks.contains { $0.id == "frontmatter-missing" && $0.category == .reading })
    }

    func testFindingsAreSortedAndFingerprintsSurviveMovedLines() throws {
        let runner = try CoreFixture.runner()
        let before = CoreFixture.parse(CoreFixture.frontMatter + "# Same\n\n# Same\n\n# Other\n")
        let after = CoreFixture.parse(CoreFixture.frontMatter + "Intro.\n\n# Same\n\n# Same\n\n# Other\n")
        let first = runner.finish([runner.checkFile(before)], reread: CoreFixture.reread([before])).findings
        let second = runner.finish([runner.checkFile(after)], reread: CoreFixture.reread([after])).findings
        XCTAssertEqual(first.map(\.line), first.map(\.line).sorted())
        XCTAssertNotEqual(first.map(\.line), second.map(\.line))
        XCTAssertEqual(first.map(\.fingerprint), second.map(\.fingerprint))
        XCTAssertEqual(Set(first.map(\.fingerprint)).count, 3, "two equal headings get distinct occurrence numbers")
    }

    func testBaselineHidesKnownFindingsAndReportsNewOnes() throws {
        let runner = try CoreFixture.runner()
        let oldDocument = CoreFixture.parse(CoreFixture.frontMatter + "# Old\n")
        let old = runner.finish([runner.checkFile(oldDocument)], reread: CoreFixture.reread([oldDocument]))
        let baselineFile = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: baselineFile) }
        try Data(JSONReporter().render(old).utf8).write(to: baselineFile)
        let baseline = try Baseline.load(path: baselineFile.path)
        let new = CoreFixture.parse(CoreFixture.frontMatter + "Moved down.\n\n# Old\n\n# New\n")
        let report = runner.finish([runner.checkFile(new)], baseline: baseline, reread: CoreFixture.reread([new]))
        XCTAssertEqual(report.findings.map(\.message), ["heading 'New'"])
        XCTAssertEqual(report.summary.baselined, 1)
    }

    func testABaselineThatIsNotAReportIsRefusedClearly() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"findings": [{"check": "x"}]}"#.utf8).write(to: file)
        XCTAssertThrowsError(try Baseline.load(path: file.path)) { error in
            XCTAssertTrue("\(error)".contains("missing 'path'"), "\(error)")
        }
        XCTAssertThrowsError(try Baseline.load(path: "/nonexistent/baseline.json"))
    }

    func testGroupsJoinFilesByAssetIdOrPathKey() {
        XCTAssertEqual(DocumentGroup.pathKey("corpus/seeds/de-DE/add-a-new-customer.2019-11-13.md"),
                       "corpus/seeds/*/add-a-new-customer")
        XCTAssertEqual(DocumentGroup.pathKey("Content/sv-SE/roles.md"), "Content/*/roles")
        XCTAssertEqual(DocumentGroup.pathKey("pc/sv-SE/announcements/2020-april.md"), "pc/*/announcements/2020-april",
                       "a name that starts with a year but is no date is a page, not a version")
        XCTAssertEqual(DocumentGroup.pathKey("history/de-DE/agreements/2019-07-31.b09a9e28.md"),
                       "history/*/agreements/agreements")
    }

    /// The key built on bytes is the key its definition spells out: the folders,
    /// the nearest locale folder as `*`, then the slug; on every corpus path and odd ones.
    func testPathKeyIsItsDefinitionOnEveryCorpusPath() {
        func defined(_ path: String) -> String {
            var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            components.removeLast()
            if let folder = LocaleTag.nearestFolder(inPath: path) { components[folder.index] = "*" }
            return (components + [RuleExtractor.slug(forPath: path)]).joined(separator: "/")
        }
        let corpus = DocumentCheckHarness.corpus.path
        let paths = ContentTree.scan([corpus]).files.sorted()
            + ["a.md", "/a.md", "//de-DE//x.md", "de-DE/", "x/sv/y/z.md", "x/sv-SE/2019-01-02.md"]
        XCTAssertGreaterThan(paths.count, 1_400)
        for path in paths { XCTAssertEqual(DocumentGroup.pathKey(path), defined(path), path) }
    }
}
