import ArgumentParser
import Foundation
import TolkModel
import TolkParser
import TolkRender
import TolkRules

/// `tolk guide PROCEDURE --locale L [--as-of DATE] [--format F] [--content PATH | --rules FILE]`
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Show a procedure as a step guide in one locale, as it stood on a date.",
        discussion: """
            PROCEDURE is a guide id, a document name (add-a-new-customer) or a procedure anchor. \
            Locales fall back as BCP 47 does (de-AT → de → de-DE → the source locale), and say so; \
            untranslated steps show the English source, marked (English). Exit status: 0 shown, \
            2 unknown procedure (the available ones are listed), unreadable input or bad usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, json }

    @Argument(help: "The guide: its id, document name or procedure anchor.")
    var procedure: String

    @Option(name: .long, help: "The reader's locale (BCP 47, e.g. de-AT).")
    var locale: String

    @Option(name: .long, help: "Show what was in force on this date (YYYY-MM-DD; default: today).")
    var asOf: CalendarDate?

    @Option(name: .long, help: "text, markdown, html or json.")
    var format: Format = .text

    @Option(name: .long, help: "Wrap text at this many columns (default: COLUMNS, the terminal's width, else 80).")
    var width: Int?

    @OptionGroup var input: GuideInputOptions

    func validate() throws {
        if LocaleTag(locale) == nil { throw ValidationError("--locale: not a BCP 47 tag: \(locale)") }
        if let width, width < 20 { throw ValidationError("--width must be at least 20.") }
        try input.check()
    }

    func run() throws {
        let catalog = try input.catalog()
        let entry: GuideEntry
        switch catalog.find(procedure) {
        case .success(let found): entry = found
        case .failure(let error): throw InputError(description: error.description.trimmingCharacters(in: .newlines))
        }
        let guide = catalog.guide(entry, locale: LocaleTag(locale)!, asOf: asOf ?? CalendarDate.today)
        switch format {
        case .text:
            let renderer = TextGuideRenderer(width: width ?? Terminal.columns(FileHandle.standardOutput),
                                             color: Terminal.wantsColor(FileHandle.standardOutput))
            Output.standardOutput(renderer.render(guide))
        case .markdown: Output.standardOutput(MarkdownGuideRenderer().render(guide))
        case .html: Output.standardOutput(HTMLGuideRenderer().render(guide))
        case .json: Output.standardOutput(try JSONGuideRenderer().render(guide))
        }
    }
}

/// Where guides come from: content (parsed and compiled here) or a compiled table.
struct GuideInputOptions: ParsableArguments {
    @Option(name: .long, help: "Content to read guides from (default: Content/). Richer than --rules: link text, lists, code.")
    var content: [String] = []

    @Option(name: .long, help: "A compiled rules.json or rules.sqlite to read guides from instead of content.")
    var rules: String?

    @OptionGroup var configuration: RulesConfigurationOptions

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    func check() throws {
        if rules != nil, !content.isEmpty { throw ValidationError("Give --content or --rules, not both.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    /// The catalog of guides from `--rules`, else from the content paths
    /// (`--content`, else `paths`, else `Content`).
    func catalog(paths: [String] = []) throws -> GuideCatalog {
        if let rules {
            let table: RuleTable
            do { table = try RuleTableLoader.load(path: rules) } catch { throw InputError(description: "\(error)") }
            return GuideCatalog(table: table, configuration: try self.configuration.load(contentPaths: []))
        }
        let roots = !paths.isEmpty ? paths : !content.isEmpty ? content : ["Content"]
        let configuration = try self.configuration.load(contentPaths: roots)
        let (files, errors) = ContentLoader.markdownFiles(in: roots)
        for error in errors { Output.standardError("\(error.path): error: \(error.reason)\n") }
        guard errors.isEmpty else { throw ExitCode(2) }
        let extractor = RuleExtractor(configuration: configuration)
        let reader = GuideSourceReader(sourceLocale: configuration.sourceLocale)
        let loader = ContentLoader(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // Each worker keeps the extraction and the procedures of its file; no tree outlives it.
        let results = loader.map(files) { document in (extractor.extract(document), reader.read(document)) }
        let table = RuleTableBuilder(configuration: configuration).build(results.map(\.0))
        return GuideCatalog(table: table, sources: results.flatMap(\.1), configuration: configuration)
    }
}

extension Terminal {
    /// `COLUMNS` when set, else the terminal's width when `handle` is one, else 80.
    static func columns(_ handle: FileHandle) -> Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        var size = winsize()
        if isatty(handle.fileDescriptor) == 1, ioctl(handle.fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
