import Foundation
import TolkModel

/// A placeholder's value in one match.
enum PlaceholderValue: Sendable {
    case date(CalendarDate, yearInferred: Bool)
    /// A vocabulary term: its id and the text as written.
    case term(id: String, text: String)
    /// A list: each item's id (nil when unknown), text and marker.
    case list([ListEntry])

    struct ListEntry: Sendable {
        var id: String?
        var text: String
        var marker: Marker?
        enum Marker: Sendable { case optional, required }
    }
}

/// A sentence pattern that matched.
struct PatternMatch: Sendable {
    var pattern: SentencePattern
    var values: [String: PlaceholderValue]

    func date(_ name: String) -> CalendarDate? {
        if case .date(let date, _) = values[name] { return date }
        return nil
    }

    func term(_ name: String) -> String? {
        if case .term(let id, _) = values[name] { return id }
        return nil
    }
}

/// The sentence patterns that apply to one locale, compiled once: each
/// placeholder becomes a named group of the vocabulary's names in that
/// locale and the source language, or of the locale's date expressions.
final class CompiledPatterns: @unchecked Sendable {
    // NSRegularExpression is immutable once built and documented thread-safe
    // for matching, so one instance serves every worker.
    private struct Compiled {
        var pattern: SentencePattern
        var regex: NSRegularExpression
        var placeholders: [PatternTemplate.Placeholder]
        /// A lower-case literal every match contains: a cheap test before the regex.
        var literal: String?
        var needsDigit: Bool
    }

    private let compiled: [Compiled]
    private let dates: LocalizedDateRecognizer
    private let lookups: [PlaceholderType: [String: String]]
    private let optionalMarkers: [String]
    private let requiredMarkers: [String]
    private let conjunctions: [String]

    /// Patterns written for `languages` (locale or language tags), matched in text of `locale`.
    init(configuration: RulesConfiguration, locale: String, patternLocales: [String]) {
        let source = configuration.sourceLocale
        dates = DateRecognizers.shared.recognizer(for: locale, sourceLocale: source)
        func names(_ term: RulesConfiguration.Term) -> [String] {
            Array(Set(term.names(for: locale) + term.names(for: source)))
        }
        var lookups: [PlaceholderType: [String: String]] = [:]
        var alternations: [PlaceholderType: String] = [:]
        for type in PlaceholderType.allCases where type != .date {
            var lookup: [String: String] = [:]
            for term in configuration.vocabulary(type) {
                for name in names(term) where lookup[name.labelKey] == nil { lookup[name.labelKey] = term.id }
            }
            lookups[type] = lookup
            let escaped = configuration.vocabulary(type).flatMap(names)
                .sorted { ($0.count, $0) > ($1.count, $1) }
                .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s+") }
            alternations[type] = escaped.isEmpty ? "(?!)" : escaped.joined(separator: "|")
        }
        self.lookups = lookups
        optionalMarkers = names(configuration.optionalMarkers).map { $0.lowercased() }
        requiredMarkers = names(configuration.requiredMarkers).map { $0.lowercased() }
        conjunctions = names(configuration.conjunctions).map { $0.lowercased() }
        let datePattern = dates.pattern
        compiled = configuration.patterns.compactMap { pattern in
            guard patternLocales.contains(where: { pattern.applies(to: $0) }),
                  let template = try? PatternTemplate(pattern.match) else { return nil }
            let body = template.regex { placeholder in
                let inner: String
                if placeholder.isList { inner = ".+?" }
                else if placeholder.type == .date { inner = datePattern }
                else { inner = alternations[placeholder.type] ?? "(?!)" }
                return "(?<\(placeholder.name)>\(inner))"
            }
            // A configuration the loader accepted compiles; a failure here would
            // be a vocabulary name breaking the regex, so the pattern is skipped.
            guard let regex = try? NSRegularExpression(pattern: body, options: [.caseInsensitive]) else { return nil }
            return Compiled(pattern: pattern, regex: regex, placeholders: template.placeholders,
                            literal: Self.longestLiteral(template), needsDigit: template.placeholders.contains { $0.type == .date })
        }
    }

    /// Every pattern that matches `sentence`, first match each.
    func matches(in sentence: String, fallbackYear: Int?) -> [PatternMatch] {
        guard !compiled.isEmpty else { return [] }
        let lower = sentence.lowercased()
        let hasDigit = sentence.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        var out: [PatternMatch] = []
        let ns = sentence as NSString
        for entry in compiled {
            if entry.needsDigit && !hasDigit { continue }
            if let literal = entry.literal, !lower.contains(literal) { continue }
            guard let result = entry.regex.firstMatch(in: sentence, range: NSRange(location: 0, length: ns.length))
            else { continue }
            var values: [String: PlaceholderValue] = [:]
            var complete = true
            for placeholder in entry.placeholders {
                let range = result.range(withName: placeholder.name)
                guard range.location != NSNotFound else { continue }
                let text = ns.substring(with: range)
                if placeholder.isList {
                    values[placeholder.name] = .list(listEntries(text, type: placeholder.type))
                } else if placeholder.type == .date {
                    guard let date = dates.parse(text, fallbackYear: fallbackYear) else { complete = false; break }
                    values[placeholder.name] = .date(date.date, yearInferred: date.yearInferred)
                } else if let id = lookups[placeholder.type]?[text.labelKey] {
                    values[placeholder.name] = .term(id: id, text: text)
                } else {
                    complete = false
                }
            }
            if complete { out.append(PatternMatch(pattern: entry.pattern, values: values)) }
        }
        return out
    }

    /// Splits "A, B, and C (optional)" into items, strips conjunctions and
    /// markers, and looks each up in the vocabulary.
    private func listEntries(_ text: String, type: PlaceholderType) -> [PlaceholderValue.ListEntry] {
        text.split(whereSeparator: { $0 == "," || $0 == "|" || $0 == ";" || $0 == "、" }).compactMap { raw in
            var item = raw.trimmingCharacters(in: .whitespaces)
            for word in conjunctions where item.lowercased().hasPrefix(word + " ") {
                item = String(item.dropFirst(word.count + 1))
            }
            var marker: PlaceholderValue.ListEntry.Marker?
            for (markers, kind) in [(optionalMarkers, PlaceholderValue.ListEntry.Marker.optional),
                                    (requiredMarkers, .required)] {
                for word in markers {
                    if let range = item.range(of: word, options: .caseInsensitive) {
                        item.removeSubrange(range)
                        marker = kind
                    }
                }
            }
            item = item.trimmingCharacters(in: .labelTrim)
            guard !item.isEmpty else { return nil }
            return PlaceholderValue.ListEntry(id: lookups[type]?[item.labelKey], text: item, marker: marker)
        }
    }

    /// The longest run of plain letters and spaces in the template's regex
    /// text: a substring every match must contain (case folded).
    private static func longestLiteral(_ template: PatternTemplate) -> String? {
        var best = ""
        for case .regex(let text) in template.pieces {
            var run = ""
            var previous: Character = " "
            for ch in text {
                let special = "\\.^$|?*+()[]{}".contains(ch)
                // A letter after a backslash is an escape (\s, \d), and a
                // character before a quantifier is optional: both end a run.
                if special || previous == "\\" {
                    if ch == "?" || ch == "*" || ch == "{" { run = String(run.dropLast()) }
                    if run.count > best.count { best = run }
                    run = ""
                } else {
                    run.append(ch)
                }
                previous = ch
            }
            if run.count > best.count { best = run }
        }
        let literal = best.trimmingCharacters(in: .whitespaces).lowercased()
        return literal.count >= 4 ? literal : nil
    }
}

/// Compiled patterns per (locale, pattern languages), shared by all workers.
final class PatternLibrary: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: CompiledPatterns] = [:]
    let configuration: RulesConfiguration

    init(configuration: RulesConfiguration) { self.configuration = configuration }

    func patterns(locale: String, patternLocales: [String]) -> CompiledPatterns {
        let key = locale + "|" + patternLocales.joined(separator: ",")
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[key] { return hit }
        let built = CompiledPatterns(configuration: configuration, locale: locale, patternLocales: patternLocales)
        cache[key] = built
        return built
    }
}
