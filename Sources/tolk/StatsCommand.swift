import ArgumentParser
import Foundation
import TolkModel
import TolkParser

/// `tolk stats PATH... [--format text|json]`
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count blocks, segments, diagnostics and bytes per file and in total."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files or directories (searched recursively for *.md).")
    var paths: [String]

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        for error in errors { Output.standardError("\(error.path): error: \(error.reason)\n") }
        let loader = ContentLoader(jobs: reading.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // Each worker reduces its document to a few numbers; no tree outlives its file.
        let results = loader.map(files) { document in
            (stats: ContentStatistics.File(document), diagnostics: document.diagnostics)
        }
        var worst: Int32 = errors.isEmpty ? 0 : 2
        for (stats, diagnostics) in results {
            Output.report(diagnostics, path: stats.path)
            worst = max(worst, ExitStatus.forDiagnostics(diagnostics, strict: reading.strict))
        }
        let report = ContentStatistics(files: results.map(\.stats))
        switch format {
        case .json: Output.standardOutput(try Output.json(report))
        case .text: Output.standardOutput(report.table())
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
