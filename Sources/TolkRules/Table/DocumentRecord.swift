import TolkModel

/// One document of the content tree: the same `ms.assetid` (else the same path
/// below its locale folder) in every locale and version.
public struct DocumentRecord: Sendable, Codable, Equatable {
    public var key: String
    /// Locale → title of the current version.
    public var title: [String: String]
    /// Sorted by locale, then date, then path.
    public var versions: [Version]

    public init(key: String, title: [String: String], versions: [Version]) {
        self.key = key
        self.title = title
        self.versions = versions
    }

    /// One file: one locale of one version.
    public struct Version: Sendable, Codable, Equatable {
        public var path: String
        public var locale: String
        /// `ms.date`: the date of the English source the file was made from.
        public var date: CalendarDate?
        /// `ms.lasthandoff`.
        public var handoff: CalendarDate?
        /// `MT` or `HT` when the file says.
        public var translation: String?
        /// Span pairs in the file; 0 for plain translations and source files.
        public var pairs: Int
        /// The newest version of this document in this locale (by date, then
        /// hand-off, then path).
        public var current: Bool

        public init(path: String, locale: String, date: CalendarDate?, handoff: CalendarDate?,
                    translation: String?, pairs: Int, current: Bool) {
            self.path = path
            self.locale = locale
            self.date = date
            self.handoff = handoff
            self.translation = translation
            self.pairs = pairs
            self.current = current
        }
    }
}

/// Something extraction could not settle, with where it was read.
public struct RuleFinding: Sendable, Codable, Equatable, Hashable, Comparable {
    public var code: Code
    public var severity: Severity
    public var message: String
    public var path: String
    public var line: Int
    public var column: Int
    public var locale: String?
    public var segment: String?
    /// The rule concerned, when there is one.
    public var rule: String?

    /// The closed set of extraction finding codes.
    public enum Code: String, Sendable, Codable, CaseIterable {
        /// A role label that the vocabulary does not know.
        case unknownRole = "unknown-role"
        /// An audience label that the vocabulary does not know.
        case unknownAudience = "unknown-audience"
        /// A list item of a pattern placeholder that the vocabulary does not know.
        case unknownTerm = "unknown-term"
        /// The dates recognized in a target differ from its source's.
        case dateMismatch = "date-mismatch"
        /// Two variants of the same rule key are in force on the same days.
        case ruleOverlap = "rule-overlap"
        /// Two variants of a dated rule state different values for the same key.
        case ruleContradiction = "rule-contradiction"
        /// A document without `ms.date`: its rules have no version date.
        case versionUndated = "version-undated"
    }

    public init(_ code: Code, _ severity: Severity, _ message: String, path: String, line: Int, column: Int,
                locale: String?, segment: String? = nil, rule: String? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.locale = locale
        self.segment = segment
        self.rule = rule
    }

    /// `path:line:column: severity: message [code]`, as `Diagnostic.formatted` writes reading diagnostics.
    public var formatted: String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }

    public static func < (lhs: RuleFinding, rhs: RuleFinding) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.code.rawValue, lhs.message)
            < (rhs.path, rhs.line, rhs.column, rhs.code.rawValue, rhs.message)
    }
}
