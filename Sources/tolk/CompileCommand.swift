import ArgumentParser
import Foundation
import TolkModel
import TolkParser
import TolkRules

/// `tolk compile PATH... --out DIR [--config FILE]`
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile procedures, roles and dated agreement rules into build/rules.json and rules.sqlite."
    )

    @Argument(help: "Content files or directories (searched recursively for *.md).")
    var paths: [String]

    @Option(name: .long, help: "Output directory for rules.json, rules.sqlite and rules.schema.json.")
    var out: String = "build"

    @OptionGroup var rules: RulesConfigurationOptions

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let configuration = try rules.load(contentPaths: paths)
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        for error in errors { Output.standardError("\(error.path): error: \(error.reason)\n") }
        // A mistyped path must not replace a good table with a smaller one.
        guard errors.isEmpty else { throw ExitCode(2) }
        let loader = ContentLoader(jobs: reading.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let extractor = RuleExtractor(configuration: configuration)
        // Each worker turns its document into the (small) extraction; no tree outlives its file.
        let results = loader.map(files) { document in (extractor.extract(document), document.diagnostics) }
        var worst: Int32 = errors.isEmpty ? 0 : 2
        for (extraction, diagnostics) in results {
            Output.report(diagnostics, path: extraction.path)
            worst = max(worst, ExitStatus.forDiagnostics(diagnostics, strict: reading.strict))
        }
        let table = RuleTableBuilder(configuration: configuration).build(results.map(\.0))
        Output.report(table.findings)
        if reading.strict, table.findings.contains(where: { $0.severity >= .warning }) { worst = max(worst, 1) }
        do {
            let written = try RuleTableWriter.write(table, toDirectory: out)
            Output.standardOutput(CompileSummary(table: table, written: written).text)
        } catch {
            throw InputError(description: "\(out): error: cannot write the rule table: \(error)")
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}

/// What `compile` prints when it is done.
struct CompileSummary {
    let table: RuleTable
    let written: [String]

    var text: String {
        let counts = table.generated.counts
        let kinds = RuleKind.allCases.map { "\($0.rawValue) \(counts.byKind[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        return """
            compiled \(counts.files) files (\(counts.documents) documents, locales \(table.generated.locales.joined(separator: " ")))
            \(counts.rules) rules: \(kinds)
            \(counts.findings) findings
            wrote \(written.joined(separator: ", "))

            """
    }
}

/// `--config FILE`: the rules configuration (default: `tolk.yml` at the root of each content path).
struct RulesConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: "Rules configuration (default: tolk.yml at the root of the content paths).")
    var config: String?

    func load(contentPaths: [String]) throws -> RulesConfiguration {
        do {
            return try ConfigurationLoader.resolve(contentPaths: contentPaths, explicitPath: config).configuration
        } catch let error as ConfigurationError {
            throw InputError(description: error.description)
        }
    }
}

extension Output {
    /// Extraction findings, one per line, to stderr.
    static func report(_ findings: [RuleFinding]) {
        guard !findings.isEmpty else { return }
        standardError(findings.map { $0.formatted + "\n" }.joined())
    }
}
