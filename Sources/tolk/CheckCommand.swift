import ArgumentParser
import Foundation
import TolkChecks
import TolkModel
import TolkParser
import TolkRules

/// `tolk check PATH... [--format F] [--fail-on S] [--baseline FILE] [--config FILE] | --list`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check translations: span pairs, content against its source, front matter, links, locales.",
        discussion: """
            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for unreadable input,
            a bad configuration or baseline, or bad usage. Configure checks in the `checks:` section of
            tolk.yml; silence one line with <!-- tolk-disable-next-line check-id -->.
            """
    )

    @Argument(help: "Content files or directories (searched recursively for *.md).")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json, sarif or junit.")
    var format: CheckFormatOption = .text

    @Option(name: .long, help: "Exit 1 when a finding is at least this severe: error, warning, note or never.")
    var failOn: FailThresholdOption = .error

    @Option(name: .long, help: "A previous '--format json' report: only findings not in it are reported.")
    var baseline: String?

    @Flag(name: .long, help: "List every check with its id, default severity and description, then exit.")
    var list = false

    @OptionGroup var rules: RulesConfigurationOptions

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if !list, paths.isEmpty { throw ValidationError("Give at least one content path, or --list.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        if list {
            Output.standardOutput(CheckList.text(CheckCatalog.standard.descriptors))
            return
        }
        let setup = try CheckSetup.load(paths: paths, configPath: rules.config, baselinePath: baseline)
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        for error in errors { Output.standardError("\(error.path): error: \(error.reason)\n") }
        let (report, unreadable) = setup.check(files, paths: paths, jobs: jobs)
        let color = format == .text && Terminal.wantsColor(FileHandle.standardOutput)
        Output.standardOutput(format.value.reporter(color: color, toolVersion: Tolk.version).render(report))
        let status: Int32 = !errors.isEmpty || unreadable ? 2 : failOn.value.isReached(by: report) ? 1 : 0
        // Like clang's -disable-free: the process ends here, so freeing every
        // document tree first (5 % of a run on the corpus) would be wasted work.
        Foundation.exit(status)
    }
}

/// Configuration, rules vocabulary and baseline, read before any file so a
/// typo fails fast with exit 2.
struct CheckSetup {
    let checks: CheckConfiguration
    let rules: RulesConfiguration
    let baseline: Baseline?

    static func load(paths: [String], configPath: String?, baselinePath: String?) throws -> CheckSetup {
        do {
            let rules = try ConfigurationLoader.resolve(contentPaths: paths, explicitPath: configPath).configuration
            let checks = try CheckConfigurationLoader().resolve(contentPaths: paths, explicitPath: configPath)
            let baseline = try baselinePath.map(Baseline.load(path:))
            return CheckSetup(checks: checks, rules: rules, baseline: baseline)
        } catch let error as ConfigurationError {
            throw InputError(description: error.description)
        } catch let error as Baseline.LoadError {
            throw InputError(description: error.description)
        }
    }

    /// Checks `files` (the Markdown files found under `paths`) on `jobs` threads
    /// (default: every core): the run `tolk check` and `tolk report` share. The
    /// runner is planned before any file is parsed, and a file it missed is read again.
    func check(_ files: [String], paths: [String], jobs: Int?) -> (report: CheckReport, anyUnreadable: Bool) {
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let loader = ContentLoader(jobs: jobs)
        let runner = CheckRunner(configuration: checks, rules: rules, tree: ContentTree.scan(paths), jobs: jobs)
            .planned(for: files)
        let results = loader.map(files) { runner.checkFile($0) }
        let report = runner.finish(results, baseline: baseline, reread: loader.load)
        return (report, results.contains { $0.member.isUnreadable })
    }
}

/// What `tolk check --list` prints: id, default severity, category, description.
enum CheckList {
    static func text(_ descriptors: [CheckDescriptor]) -> String {
        let width = descriptors.map(\.id.count).max() ?? 0
        return descriptors.map { d in
            d.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + d.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  "
                + d.category.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + d.summary + "\n"
        }.joined()
    }
}

/// Colour only for a terminal, and never when `NO_COLOR` is set (no-color.org).
enum Terminal {
    static func wantsColor(_ handle: FileHandle) -> Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(handle.fileDescriptor) == 1
    }
}

struct CheckFormatOption: ExpressibleByArgument, Equatable {
    let value: ReportFormat
    static let text = CheckFormatOption(value: .text)
    init(value: ReportFormat) { self.value = value }
    init?(argument: String) {
        guard let format = ReportFormat(rawValue: argument) else { return nil }
        value = format
    }
    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}

struct FailThresholdOption: ExpressibleByArgument, Equatable {
    let value: FailThreshold
    static let error = FailThresholdOption(value: .error)
    init(value: FailThreshold) { self.value = value }
    init?(argument: String) {
        guard let threshold = FailThreshold(rawValue: argument) else { return nil }
        value = threshold
    }
    static var allValueStrings: [String] { FailThreshold.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}
