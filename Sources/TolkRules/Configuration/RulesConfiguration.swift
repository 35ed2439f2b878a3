import TolkModel

/// What turns text into rules: vocabularies and sentence patterns. Defaults
/// for the Partner Center docset ship as `default-rules.yml`; a `tolk.yml` at
/// the root of a content tree extends or replaces them.
public struct RulesConfiguration: Sendable, Equatable {
    /// The locale of the English source side of the pairs (`en-US`).
    public var sourceLocale: String
    public var agreements: [Term]
    public var roles: [Term]
    public var audiences: [Term]
    /// UI field labels → onboarding record field paths (`agreement.signer.email`).
    public var fields: [Term]
    /// Address parts (`city`, `postalCode` …) as documents name them.
    public var addressComponents: [Term]
    /// Names that mark a customer name as a test entry (`Test`, `Demo` …),
    /// per language: a verification rule that lists them carries their names.
    public var testNames: [Term]
    /// Headings or bold lead-ins that introduce a roles list ("Appropriate roles").
    public var rolesHeadings: Term
    /// Headings or bold lead-ins that introduce an audience list ("Applies to").
    public var audienceHeadings: Term
    /// Words that mark a listed field as optional ("(optional)").
    public var optionalMarkers: Term
    /// Words that mark a listed field as required ("(required)").
    public var requiredMarkers: Term
    /// Words that join the last items of a list ("and", "or"), stripped from items.
    public var conjunctions: Term
    public var patterns: [SentencePattern]

    public init(sourceLocale: String = "en-US", agreements: [Term] = [], roles: [Term] = [],
                audiences: [Term] = [], fields: [Term] = [], addressComponents: [Term] = [], testNames: [Term] = [],
                rolesHeadings: Term = Term(id: "roles", names: [:]),
                audienceHeadings: Term = Term(id: "audience", names: [:]),
                optionalMarkers: Term = Term(id: "optional", names: [:]),
                requiredMarkers: Term = Term(id: "required", names: [:]),
                conjunctions: Term = Term(id: "conjunctions", names: [:]),
                patterns: [SentencePattern] = []) {
        self.sourceLocale = sourceLocale
        self.agreements = agreements
        self.roles = roles
        self.audiences = audiences
        self.fields = fields
        self.addressComponents = addressComponents
        self.testNames = testNames
        self.rolesHeadings = rolesHeadings
        self.audienceHeadings = audienceHeadings
        self.optionalMarkers = optionalMarkers
        self.requiredMarkers = requiredMarkers
        self.conjunctions = conjunctions
        self.patterns = patterns
    }

    /// A vocabulary entry: a stable id and the names documents use for it,
    /// per language or locale (`en`, `de`, `zh-CN` …).
    public struct Term: Sendable, Equatable {
        public var id: String
        /// Language or locale tag → names. A tag matches a locale when it is
        /// the locale itself or its language (`de` matches `de-DE`, `de-AT`).
        public var names: [String: [String]]
        /// Where the entry is written, for messages.
        public var location: ConfigurationLocation?

        public init(id: String, names: [String: [String]], location: ConfigurationLocation? = nil) {
            self.id = id
            self.names = names
            self.location = location
        }

        /// The names that apply to `locale`: its own, then its language's.
        public func names(for locale: String) -> [String] {
            var out = names[locale] ?? []
            let language = String(locale.prefix { $0 != "-" })
            if language != locale { out += names[language] ?? [] }
            return out
        }

        public static func == (lhs: Term, rhs: Term) -> Bool { lhs.id == rhs.id && lhs.names == rhs.names }
    }

    /// The vocabulary a placeholder type refers to.
    public func vocabulary(_ type: PlaceholderType) -> [Term] {
        switch type {
        case .agreement: agreements
        case .role: roles
        case .audience: audiences
        case .field: fields
        case .addressComponent: addressComponents
        case .testName: testNames
        case .date: []
        }
    }
}

/// A file, line and column in a configuration file.
public struct ConfigurationLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }
}

/// A sentence pattern: an ICU regular expression in which `{name:type}`
/// placeholders stand for a date or a vocabulary term (`{date}`,
/// `{agreement}`, `{replaces:agreement}`, `{fields:field[]}` for a list).
/// Matched case-insensitively against each sentence of the given language.
public struct SentencePattern: Sendable, Equatable {
    public var id: String
    public var kind: RuleKind
    /// Language or locale the pattern is written in (`en` for the source side).
    public var language: String
    public var match: String
    /// For `verification`.
    public var check: VerificationCheck?
    /// For `fieldConstraint` without a `field[]` placeholder.
    public var field: String?
    public var constraint: FieldConstraintKind?
    public var location: ConfigurationLocation?

    public init(id: String, kind: RuleKind, language: String = "en", match: String,
                check: VerificationCheck? = nil, field: String? = nil, constraint: FieldConstraintKind? = nil,
                location: ConfigurationLocation? = nil) {
        self.id = id
        self.kind = kind
        self.language = language
        self.match = match
        self.check = check
        self.field = field
        self.constraint = constraint
        self.location = location
    }

    public static func == (lhs: SentencePattern, rhs: SentencePattern) -> Bool {
        (lhs.id, lhs.kind, lhs.language, lhs.match, lhs.field) == (rhs.id, rhs.kind, rhs.language, rhs.match, rhs.field)
            && lhs.check == rhs.check && lhs.constraint == rhs.constraint
    }

    /// Whether the pattern is written for `locale` (`en` for `en-US`, `de` for `de-DE`).
    public func applies(to locale: String) -> Bool {
        language == locale || language == String(locale.prefix { $0 != "-" })
    }
}

/// What a placeholder stands for.
public enum PlaceholderType: String, Sendable, CaseIterable {
    case date, agreement, role, audience, field, addressComponent, testName
}

/// A configuration file that cannot be used.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: ConfigurationLocation
    public var message: String

    public init(_ message: String, at location: ConfigurationLocation) {
        self.message = message
        self.location = location
    }

    /// `path:line:column: error: message`
    public var description: String { "\(location): error: \(message)" }
}
