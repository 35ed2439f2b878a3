import ArgumentParser
import Foundation
import TolkModel
import TolkOnboarding
import TolkRules

/// `tolk validate --rules build/rules.json INPUT... [--as-of DATE] [--locale L] [--format text|json]`
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Judge customer onboarding records against a compiled rule table.",
        discussion: """
            INPUT is a JSON record (or an array of them), a JSON Lines file, a CSV file with a header row of \
            record paths, or - for standard input (JSON Lines unless --input-format says otherwise).
            Exit status: 0 every record valid, 1 some record invalid, 2 unreadable input, a line or row that is \
            not a record, or bad usage.
            """
    )

    @Option(name: .long, help: "rules.json or rules.sqlite written by `tolk compile`.")
    var rules: String

    @Argument(help: "Record files (.json, .jsonl, .csv) or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "The day of judgement (YYYY-MM-DD; default: today). Rules are those of each record's submission date.")
    var asOf: CalendarDate?

    @Option(name: .long, help: "Messages in this locale (default: each record's locale, else the table's source locale).")
    var locale: String?

    @Option(name: .long, help: "text or json (one verdict per line, then a summary line).")
    var format: ValidationRun.Format = .text

    @Option(name: .long, help: "jsonl, json or csv (default: by extension; jsonl for standard input).")
    var inputFormat: RecordInputFormat?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    /// The benchmark's baseline: decode the records, judge none.
    @Flag(name: .long, help: .hidden)
    var decodeOnly = false

    func validate() throws {
        if let locale, LocaleTag(locale) == nil { throw ValidationError("--locale: not a BCP 47 tag: \(locale)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once.") }
    }

    func run() throws {
        let table: RuleTable
        do { table = try RuleTableLoader.load(path: rules) } catch {
            throw InputError(description: "\(error)")
        }
        let options = ValidationRun.Options(asOf: asOf ?? CalendarDate.today, locale: locale, format: format,
                                            decodeOnly: decodeOnly,
                                            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let run = ValidationRun(validator: Validator(rules: table), options: options)
        let output = BufferedOutput(descriptor: STDOUT_FILENO)
        let diagnostics = BufferedOutput(descriptor: STDERR_FILENO, capacity: 1 << 12)
        var summary = ValidationRun.Summary()
        for input in inputs {
            let inputFormat = inputFormat ?? (input == "-" ? .jsonl : RecordInputFormat.guess(path: input))
            summary.add(run.run(path: input, format: inputFormat, output: output, diagnostics: diagnostics))
        }
        output.write(run.summaryText(summary))
        output.flush()
        diagnostics.flush()
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

extension ValidationRun.Format: ExpressibleByArgument {}
extension RecordInputFormat: ExpressibleByArgument {}
