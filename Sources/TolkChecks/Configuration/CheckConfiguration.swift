import TolkModel

/// The `checks:` section of tolk.yml: which checks run, how severe their
/// findings are, what stays untranslated, and per-path overrides.
///
/// ```yaml
/// checks:
///   disable: [end-punctuation]
///   severity: {whitespace: note, untranslated: error}
///   noLoc: [Contoso Portal]
///   overrides:
///     - paths: ["announcements/**"]
///       disable: [structure-mismatch]
/// ```
public struct CheckConfiguration: Sendable, Equatable {
    /// What a configuration says about one check: a severity, or `off`.
    public enum Setting: Sendable, Equatable {
        case off
        case severity(Severity)
    }

    /// Settings that apply to paths matching any of `paths` (globs).
    public struct Override: Sendable, Equatable {
        public var paths: [PathGlob]
        public var settings: [String: Setting]

        public init(paths: [PathGlob], settings: [String: Setting]) {
            self.paths = paths
            self.settings = settings
        }

        func applies(to path: String) -> Bool { paths.contains { $0.matches(path) } }
    }

    /// Check id → setting, for the whole run.
    public var settings: [String: Setting]
    /// Terms that stay as they are in every locale: product names, `no-loc` terms.
    public var noLocTerms: [String]
    /// Later overrides win over earlier ones and over `settings`.
    public var overrides: [Override]
    /// Language (`nl`) → its most frequent function words (articles,
    /// prepositions, conjunctions), lower case: how `wrong-language` tells
    /// languages apart and how `emphasis-mismatch` sees bold moved onto them.
    public var functionWords: [String: Set<String>]

    public init(settings: [String: Setting] = [:], noLocTerms: [String] = [], overrides: [Override] = [],
                functionWords: [String: Set<String>] = [:]) {
        self.settings = settings
        self.noLocTerms = noLocTerms
        self.overrides = overrides
        self.functionWords = functionWords
    }

    /// The setting for `check` in the file at `path`; `nil` keeps the check's default.
    public func setting(for check: String, path: String) -> Setting? {
        var result = settings[check]
        for override in overrides where override.settings[check] != nil && override.applies(to: path) {
            result = override.settings[check]
        }
        return result
    }

    /// The severity a finding of `descriptor` at `path` gets, `nil` when the check is off there.
    public func severity(for descriptor: CheckDescriptor, path: String, found: Severity? = nil) -> Severity? {
        switch setting(for: descriptor.id, path: path) {
        case .off: nil
        case .severity(let severity): severity
        case nil: found ?? descriptor.defaultSeverity
        }
    }

    /// Whether `check` is off everywhere: its work can be skipped.
    public func isOffEverywhere(_ check: String) -> Bool {
        settings[check] == .off && !overrides.contains { override in
            if case .severity = override.settings[check] { return true }
            return false
        }
    }

    /// `other` on top of this one: its settings win, terms and overrides add up.
    public func extended(by other: CheckConfiguration) -> CheckConfiguration {
        CheckConfiguration(settings: settings.merging(other.settings) { $1 },
                           noLocTerms: noLocTerms + other.noLocTerms.filter { !noLocTerms.contains($0) },
                           overrides: overrides + other.overrides,
                           functionWords: functionWords.merging(other.functionWords) { $0.union($1) })
    }
}

/// A path pattern: `*` matches within one folder, `**` any number of
/// folders, `?` one character. A pattern without a leading `/` matches the
/// end of a path at a folder boundary (`announcements/**` matches
/// `corpus/de-DE/announcements/x.md`), as in `.gitignore`.
public struct PathGlob: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    private let parts: [String]
    private let anchored: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        anchored = pattern.hasPrefix("/")
        parts = pattern.split(separator: "/").map(String.init)
    }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        let components = path.split(separator: "/").map(String.init).filter { $0 != "." }
        if anchored { return Self.match(parts[...], components[...]) }
        for start in components.indices where Self.match(parts[...], components[start...]) { return true }
        return false
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for skip in 0...path.count where match(rest, path.dropFirst(skip)) { return true }
            return false
        }
        guard let component = path.first, matchComponent(Array(first), Array(component)) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one path component.
    private static func matchComponent(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0, star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1; t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p; mark = t; p += 1
            } else if star >= 0 {
                p = star + 1; mark += 1; t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
