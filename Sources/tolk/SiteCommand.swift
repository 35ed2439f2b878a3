import ArgumentParser
import Foundation
import TolkModel
import TolkRender

/// `tolk site PATH... --out DIR [--as-of DATE] [--config FILE] [--jobs N]`
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write a static site of step guides: an index per locale and one page per guide and locale.",
        discussion: """
            Pages read without JavaScript and from file://; document text is escaped, raw HTML is dropped \
            and only http, https, mailto and relative links are kept. Without --as-of the date is the newest \
            ms.date of the content, so the same content gives the same bytes. Exit status: 0 written, \
            2 unreadable input, an output directory that cannot be written, or bad usage.
            """
    )

    @Argument(help: "Content files or directories (default: Content).")
    var paths: [String] = []

    @Option(name: .long, help: "Output directory (created when absent).")
    var out: String = "build/site"

    @Option(name: .long, help: "Show what was in force on this date (YYYY-MM-DD; default: the content's newest ms.date).")
    var asOf: CalendarDate?

    @OptionGroup var input: GuideInputOptions

    func validate() throws {
        if input.rules != nil { throw ValidationError("tolk site reads content; --rules is for tolk guide.") }
        if !input.content.isEmpty, !paths.isEmpty { throw ValidationError("Give content paths or --content, not both.") }
        try input.check()
    }

    func run() throws {
        let catalog = try input.catalog(paths: paths)
        let newest = catalog.table.documents.flatMap(\.versions).compactMap(\.date).max()
        let writer = SiteWriter(catalog: catalog, asOf: asOf ?? newest ?? CalendarDate.today)
        let count: Int
        do {
            count = try writer.write(to: out, jobs: input.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            throw InputError(description: "\(out): error: cannot write the site: \(ReportCommand.reason(error))")
        }
        Output.standardOutput("""
            site of \(catalog.entries.count) guides in \(writer.locales.count) locales (\(writer.locales.joined(separator: " "))) as of \(writer.asOf)
            wrote \(count) pages to \(out)/index.html

            """)
    }
}
