@testable import TolkChecks
import TolkParser
import TolkRules
import XCTest

/// The extraction plan foresees, from file heads, the files whose rules
/// `rule-mismatch` reads; a wrong forecast changes the time, not the report.
final class ExtractionPlanTests: XCTestCase {
    private func corpusFiles(_ folders: [String]) throws -> [String] {
        let paths = try folders.map { try LocalesTestSupport.corpusPath($0) }
        return ContentLoader.markdownFiles(in: paths).files
    }

    /// On real trees the forecast names exactly the current files of groups
    /// whose rules can differ, as grouping the parsed documents does.
    func testForecastMatchesTheGroupsOfTheParsedDocuments() throws {
        let files = try corpusFiles(["seeds", "history"])
        let loader = ContentLoader(jobs: 2)
        let members = loader.map(files) { document in
            GroupMember(document: document, locale: document.locale?.identifier ?? "und")
        }
        let needed = DocumentGroup.group(members).filter { CheckRunner.rulesCanDiffer($0.current) }
            .flatMap(\.current).map(\.path)
        XCTAssertFalse(needed.isEmpty, "the seeds and versions have locales built from different sources")
        XCTAssertEqual(ExtractionPlan.foresee(files, jobs: 2).paths, Set(needed))
    }

    /// The report is the same with the plan, with none (every file read again
    /// at the end) and with a wrong one (files that need no rules).
    func testTheReportDoesNotDependOnThePlan() throws {
        let files = try corpusFiles(["seeds"])
        let paths = [try LocalesTestSupport.corpusPath("seeds")]
        let rules = try ConfigurationLoader.resolve(contentPaths: paths, explicitPath: nil).configuration
        let checks = try CheckConfigurationLoader().resolve(contentPaths: paths, explicitPath: nil)
        let loader = ContentLoader(jobs: 2)
        func report(_ plan: ExtractionPlan) -> [Finding] {
            let runner = CheckRunner(configuration: checks, rules: rules, tree: ContentTree.scan(paths), jobs: 2, plan: plan)
            return runner.finish(loader.map(files) { runner.checkFile($0) }, reread: loader.load).findings
        }
        let planned = report(ExtractionPlan.foresee(files, jobs: 2))
        XCTAssertTrue(planned.contains { $0.check == "rule-mismatch" }, "the seeds state different agreements")
        XCTAssertEqual(report(.none), planned)
        XCTAssertEqual(report(ExtractionPlan(paths: Set(files.prefix(2)))), planned)
    }
}
