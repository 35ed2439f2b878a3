import ArgumentParser
import Foundation

/// `tolk`: the command line of the Tolk compiler. Subcommands only wire
/// options to the libraries.
@main
struct Tolk: ParsableCommand {
    /// Reported by `--version` and in SARIF's `tool.driver.version`.
    static let version = "0.4.0"

    static let configuration = CommandConfiguration(
        commandName: "tolk",
        abstract: "Compile localized Microsoft-Docs-style Markdown.",
        discussion: """
            Exit status: 0 success, 1 diagnostics found (with --strict; for check, findings at --fail-on),
            2 unreadable input or bad usage.
            Diagnostics are written to standard error as path:line:column: severity: message [code];
            columns count UTF-8 bytes.
            """,
        version: Tolk.version,
        subcommands: [InspectCommand.self, StatsCommand.self, CompileCommand.self, RulesCommand.self,
                      CheckCommand.self, ReportCommand.self, ValidateCommand.self, GuideCommand.self,
                      SiteCommand.self]
    )

    /// ArgumentParser exits 64 (EX_USAGE) on bad usage; Tolk's convention is
    /// 2 for bad usage and unreadable input alike, so map it here.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                // --help, --version.
                print(fullMessage(for: error))
                Self.exit(withError: ExitCode.success)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Self.exit(withError: ExitCode(2))
        }
    }
}

/// Options shared by the commands that read content.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Exit 1 when any warning or error diagnostic is found.")
    var strict = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }
}
