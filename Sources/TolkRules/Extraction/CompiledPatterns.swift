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
    /// A class: every sentence is tried against every pattern, and copying a
    /// struct of references for each try retained and released all of them.
    private final class Compiled {
        let pattern: SentencePattern
        let regex: NSRegularExpression
        let placeholders: [PatternTemplate.Placeholder]
        /// The UTF-8 of a lower-case literal every match contains: a cheap test before the regex.
        let literal: [UInt8]?
        let needsDigit: Bool

        init(pattern: SentencePattern, regex: NSRegularExpression, placeholders: [PatternTemplate.Placeholder],
             literal: [UInt8]?, needsDigit: Bool) {
            self.pattern = pattern
            self.regex = regex
            self.placeholders = placeholders
            self.literal = literal
            self.needsDigit = needsDigit
        }
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
                            literal: Self.longestLiteral(template).map { Array($0.utf8) }, needsDigit: template.placeholders.contains { $0.type == .date })
        }
    }

    /// Every pattern that matches `sentence`, first match each.
    func matches(in sentence: String, fallbackYear: Int?) -> [PatternMatch] {
        guard !compiled.isEmpty else { return [] }
        let lower = sentence.lowercased()
        let hasDigit = sentence.containsUTF8Byte { $0 >= 0x30 && $0 <= 0x39 }
        var out: [PatternMatch] = []
        let ns = sentence as NSString
        for entry in compiled {
            if entry.needsDigit && !hasDigit { continue }
            if let literal = entry.literal, !lower.containsBytes(literal) { continue }
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
        text.split(whereSeparator: { $0 == "," || $0 == "|" || $0 == ";" || $0 == "、" }).compactMap { raw -> [PlaceholderValue.ListEntry]? in
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
            return [PlaceholderValue.ListEntry(id: lookups[type]?[item.labelKey], text: item, marker: marker)]
        }.flatMap { entries in entries.flatMap { splitOnConjunction($0, type: type) } }
    }

    /// "land og postnummer" (no comma before the last item) is two items
    /// when the whole is unknown and every part is known; "state or region"
    /// stays one when the vocabulary knows it.
    private func splitOnConjunction(_ entry: PlaceholderValue.ListEntry, type: PlaceholderType) -> [PlaceholderValue.ListEntry] {
        guard entry.id == nil else { return [entry] }
        for word in conjunctions {
            let parts = entry.text.components(separatedBy: " \(word) ").map { $0.trimmingCharacters(in: .labelTrim) }
            guard parts.count > 1 else { continue }
            let ids = parts.map { lookups[type]?[$0.labelKey] }
            if ids.allSatisfy({ $0 != nil }) {
                return zip(parts, ids).map { PlaceholderValue.ListEntry(id: $1, text: $0, marker: entry.marker) }
            }
        }
        return [entry]
    }

    /// The longest run of plain letters and spaces outside any group in the
    /// template's regex text: a substring every match must contain (case
    /// folded). None when the pattern has a top-level alternation.
    private static func longestLiteral(_ template: PatternTemplate) -> String? {
        var best = ""
        for case .regex(let text) in template.pieces {
            var run = ""
            var depth = 0
            var escaped = false
            var inClass = false
            for ch in text {
                if escaped {
                    // `\s`, `\d`, `\(`: an escape ends the run.
                    escaped = false
                    if run.count > best.count { best = run }
                    run = ""
                    continue
                }
                switch ch {
                case "\\": escaped = true
                case "[": inClass = true
                case "]": inClass = false
                case "(" where !inClass: depth += 1
                case ")" where !inClass: depth -= 1
                case "|" where !inClass && depth == 0: return nil
                default: break
                }
                let special = "\\.^$|?*+()[]{}".contains(ch) || inClass || depth > 0
                if special {
                    // A character before a quantifier is optional: it ends the run without it.
                    if ch == "?" || ch == "*" || ch == "{" { run = String(run.dropLast()) }
                    if run.count > best.count { best = run }
                    run = ""
                } else {
                    run.append(ch)
                }
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
