import Foundation
import TolkModel
import TolkParser
import XCTest
@testable import TolkRules

/// Where the rule tests read their inputs: the repository (found from this
/// file), `../shared/corpus` beside it, and our own `Content/`. A missing
/// corpus makes the tests fail, never skip.
enum RulesTestInputs {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let seeds = corpus.appendingPathComponent("seeds").path
    static let history = corpus.appendingPathComponent("history").path
    static let content = repository.appendingPathComponent("Content").path
}

struct RuleTestInputError: Error, CustomStringConvertible {
    var description: String
}

/// One input set read, extracted and built into a table.
struct CompiledRules: Sendable {
    var files: [String]
    var extractions: [DocumentExtraction]
    var table: RuleTable
    var configuration: RulesConfiguration

    /// Parses every Markdown file under `paths` with `jobs` workers, extracts
    /// each document and builds the table.
    static func compile(_ paths: [String], configuration: RulesConfiguration, jobs: Int = 2) throws -> CompiledRules {
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        if let error = errors.first { throw RuleTestInputError(description: error.description) }
        guard !files.isEmpty else { throw RuleTestInputError(description: "no Markdown files under \(paths)") }
        let extractor = RuleExtractor(configuration: configuration)
        let extractions = ContentLoader(jobs: jobs).map(files) { extractor.extract($0) }
        let table = RuleTableBuilder(configuration: configuration).build(extractions)
        return CompiledRules(files: files, extractions: extractions, table: table, configuration: configuration)
    }

    // Each input set is compiled once per test process; every class shares it.
    static let seeds = Result { try compile([RulesTestInputs.seeds], configuration: ConfigurationLoader.defaults()) }
    static let history = Result { try compile([RulesTestInputs.history], configuration: ConfigurationLoader.defaults()) }
    static let content = Result {
        let resolved = try ConfigurationLoader.resolve(contentPaths: [RulesTestInputs.content], explicitPath: nil)
        guard resolved.files.count == 1 else { throw RuleTestInputError(description: "Content/tolk.yml not found") }
        return try compile([RulesTestInputs.content], configuration: resolved.configuration)
    }
}

extension RuleTable {
    /// The rule with `id`, or a test failure listing the ids there are.
    func requireRule(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Rule {
        try XCTUnwrap(rules.first { $0.id == id }, "no rule '\(id)' among \(rules.map(\.id))", file: file, line: line)
    }

    /// The record of the document whose versions include a file named like `suffix`.
    func requireDocument(withFile suffix: String, file: StaticString = #filePath, line: UInt = #line) throws -> DocumentRecord {
        try XCTUnwrap(documents.first { $0.versions.contains { $0.path.hasSuffix(suffix) } },
                      "no document has a file ending in \(suffix)", file: file, line: line)
    }
}

extension Rule {
    var asProcedure: Procedure? { if case .procedure(let p) = payload { p } else { nil } }
    var asTerms: TermList? {
        switch payload {
        case .roles(let list), .audience(let list): list
        default: nil
        }
    }
    var asIntroduced: AgreementIntroduced? { if case .agreementIntroduced(let p) = payload { p } else { nil } }
    var asSupportedUntil: AgreementSupportedUntil? {
        if case .agreementSupportedUntil(let p) = payload { p } else { nil }
    }
    var asSigner: SignerInformationRequired? {
        if case .signerInformationRequired(let p) = payload { p } else { nil }
    }
    var asVerification: Verification? { if case .verification(let p) = payload { p } else { nil } }
    var asField: FieldConstraint? { if case .fieldConstraint(let p) = payload { p } else { nil } }
    var asDated: DatedStatement? { if case .datedStatement(let p) = payload { p } else { nil } }

    /// (file name, locale, line, segment) of every provenance entry, for readable comparisons.
    var places: [RulePlace] { provenance.map(RulePlace.init) }
}

/// A provenance entry reduced to what the tests compare.
struct RulePlace: Hashable, CustomStringConvertible {
    var path: String
    var locale: String
    var line: Int
    var segment: String?

    init(path: String, locale: String, line: Int, segment: String?) {
        self.path = path
        self.locale = locale
        self.line = line
        self.segment = segment
    }

    init(_ provenance: Provenance) {
        self.init(path: provenance.path, locale: provenance.locale, line: provenance.line,
                  segment: provenance.segment)
    }

    var description: String {
        "\((path as NSString).lastPathComponent):\(line) \(locale) \(segment ?? "-")"
    }
}

/// `YYYY-MM-DD` as a date (the test fails on a typo rather than crashing).
func calendarDay(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> CalendarDate {
    guard let date = CalendarDate(iso: iso) else {
        XCTFail("not a date: \(iso)", file: file, line: line)
        return CalendarDate(year: 1, month: 1, day: 1)!
    }
    return date
}
