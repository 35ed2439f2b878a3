import ArgumentParser
import Foundation
import TolkModel
import TolkRules

/// `tolk rules build/rules.json [--kind K] [--as-of DATE] [--locale L] [--format text|json]`
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules of a compiled table, optionally those in effect on a date."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "rules.json or rules.sqlite written by `tolk compile`.")
    var table: String

    @Option(name: .long, help: "Only rules of this kind (\(RuleKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var kind: RuleKind?

    @Option(name: .long, help: "Only rules in effect on this date (YYYY-MM-DD).")
    var asOf: CalendarDate?

    @Option(name: .long, help: "Show each rule's sentence in this locale (falls back to the source, and says so).")
    var locale: String?

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func validate() throws {
        if let locale, LocaleTag(locale) == nil { throw ValidationError("--locale: not a BCP 47 tag: \(locale)") }
    }

    func run() throws {
        let loaded: RuleTable
        do { loaded = try RuleTableLoader.load(path: table) } catch {
            throw InputError(description: "\(error)")
        }
        let rules = loaded.rules(of: kind, asOf: asOf)
        switch format {
        case .json:
            Output.standardOutput(try Output.json(RulesListing(asOf: asOf, kind: kind, rules: rules)))
        case .text:
            Output.standardOutput(text(rules, sourceLocale: loaded.generated.sourceLocale))
        }
    }

    private func text(_ rules: [Rule], sourceLocale: String) -> String {
        var out = ""
        let shown = locale ?? sourceLocale
        for rule in rules {
            out += "\(rule.id)  \(rule.effective.formatted)\n  \(rule.summary)\n"
            if let (sentence, fallback) = rule.text(for: shown, sourceLocale: sourceLocale) {
                let label = fallback.map { "\(shown) missing, \($0)" } ?? shown
                out += "  \(label): \(sentence)\n"
            } else {
                out += "  \(shown): (no text)\n"
            }
            if let first = rule.provenance.first {
                let more = rule.provenance.count > 1 ? " (+\(rule.provenance.count - 1) more)" : ""
                out += "  from \(first.path):\(first.line)\(first.segment.map { " [\($0)]" } ?? "")\(more)\n"
            }
        }
        out += "\(rules.count) rule\(rules.count == 1 ? "" : "s")\(asOf.map { " in effect on \($0)" } ?? "")\n"
        return out
    }
}

/// The JSON form of `tolk rules`.
struct RulesListing: Encodable {
    let asOf: CalendarDate?
    let kind: RuleKind?
    let rules: [Rule]
}

extension RuleKind: ExpressibleByArgument {}

extension CalendarDate {
    /// Today in the local time zone, in the Gregorian calendar: the default `--as-of`.
    static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
