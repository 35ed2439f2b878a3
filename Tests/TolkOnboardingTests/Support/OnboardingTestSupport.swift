import Foundation
import TolkModel
import TolkOnboarding
import TolkParser
import TolkRules
import XCTest

/// Where the onboarding tests read their inputs: the repository (found from
/// this file), its `Content/` and the fixtures beside the tests.
enum OnboardingInputs {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()
    static let content = repository.appendingPathComponent("Content")
    static let fixtures = repository.appendingPathComponent("Tests/TolkOnboardingTests/Fixtures")
    static let schema = repository.appendingPathComponent("Sources/TolkOnboarding/Resources/onboarding-record.schema.json")

    /// Compiles a content tree (with its `tolk.yml`) into a rule table through
    /// the library, as `tolk compile` does.
    static func compile(_ root: URL) throws -> RuleTable {
        let configuration = try ConfigurationLoader.resolve(contentPaths: [root.path], explicitPath: nil).configuration
        let (files, errors) = ContentLoader.markdownFiles(in: [root.path])
        if let error = errors.first { throw TestInputError(description: error.description) }
        let extractor = RuleExtractor(configuration: configuration)
        let extractions = ContentLoader(jobs: 2).map(files) { extractor.extract($0) }
        return RuleTableBuilder(configuration: configuration).build(extractions)
    }

    /// `Content/` compiled once per test process.
    static let contentTable = Result { try compile(content) }

    static func table() throws -> RuleTable { try contentTable.get() }

    /// The valid fixture record, decoded.
    static func validRecord() throws -> OnboardingRecord {
        try JSONDecoder().decode(OnboardingRecord.self, from: Data(contentsOf: fixtures.appendingPathComponent("valid-record.json")))
    }

    /// A fresh temporary directory, removed after the test.
    static func temporaryDirectory(for test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-onboarding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}

struct TestInputError: Error, CustomStringConvertible {
    var description: String
}

extension RuleTable {
    func requireRule(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Rule {
        try XCTUnwrap(rules.first { $0.id == id }, "no rule '\(id)' among \(rules.map(\.id))", file: file, line: line)
    }
}

extension Verdict {
    /// Ids of the rules the violations cite.
    var citedRules: Set<String> { Set(violations.map(\.rule)) }
}

func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
