import ArgumentParser
import Foundation
import TolkChecks
import TolkModel
import TolkParser

/// `tolk report PATH... --out DIR [--config FILE] [--jobs N]`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a translation status report: DIR/index.html and DIR/status.json.",
        discussion: """
            Runs the checks like `tolk check`, then writes, for every document and locale, whether the \
            translation is current, stale (by how many days) or missing, its untranslated share and its \
            findings by severity. Exit status: 0 when the report was written, 2 for a path that does not \
            exist, unreadable files, a bad configuration, or an output directory that cannot be written.
            """
    )

    @Argument(help: "Content files or directories (searched recursively for *.md).")
    var paths: [String]

    @Option(name: .long, help: "Output directory for index.html and status.json (created when absent).")
    var out: String

    @OptionGroup var rules: RulesConfigurationOptions

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one content path.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let setup = try CheckSetup.load(paths: paths, configPath: rules.config, baselinePath: nil)
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        for error in errors { Output.standardError("\(error.path): error: \(error.reason)\n") }
        // A mistyped path would report every document of it as missing: refuse instead.
        guard errors.isEmpty else { throw ExitCode(2) }
        let (report, unreadable) = setup.check(files, paths: paths, jobs: jobs)
        let status = TranslationStatus(report: report)
        let outputs = [
            ("index.html", StatusHTMLWriter().render(status)),
            ("status.json", StatusJSONWriter().render(status)),
        ]
        var written: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for (name, text) in outputs {
                let url = URL(fileURLWithPath: out).appendingPathComponent(name)
                // Atomic: a reader never sees half a page.
                try Data(text.utf8).write(to: url, options: .atomic)
                written.append(url.path)
            }
        } catch {
            throw InputError(description: "\(out): error: cannot write the report: \(Self.reason(error))")
        }
        let s = status.summary
        Output.standardOutput("""
            report on \(s.files) files (\(s.documents) documents, locales \(status.locales.joined(separator: " ")))
            \(s.findings.errors) errors, \(s.findings.warnings) warnings, \(s.findings.notes) notes
            wrote \(written.joined(separator: ", "))

            """)
        if unreadable { throw ExitCode(2) }
    }

    /// Foundation's file errors say "The operation could not be completed";
    /// the POSIX error underneath ("Not a directory") says why.
    static func reason(_ error: Error) -> String {
        // On Linux the underlying error is stored as a Swift `Error`, not an `NSError`.
        if let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? Error).map({ $0 as NSError }),
           underlying.domain == NSPOSIXErrorDomain, let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        return (error as NSError).localizedDescription
    }
}
