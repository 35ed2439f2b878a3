import TolkModel

/// One rule of the table: a typed statement the documents make, when it holds,
/// where it was read, and its sentence in every locale that states it.
public struct Rule: Sendable, Codable, Equatable {
    /// Stable: `<kind>.<key parts>`, plus `@<from>` when the same key has
    /// several variants over time (`roles.add-a-new-customer.to-add…@2020-04-27`).
    public var id: String
    public var kind: RuleKind
    /// What the rule is about, independent of its value: rules that share a key
    /// are versions of one statement (the roles of one procedure, the
    /// introduction of one agreement). Overlaps are judged per key.
    public var key: String
    public var payload: RulePayload
    /// Half-open `[from, until)`; either end open.
    public var effective: EffectiveInterval
    /// Every place the rule was read, sorted by document, locale, version, line.
    public var provenance: [Provenance]
    /// Locale → the sentence that states the rule (the current version's),
    /// the source locale included.
    public var text: [String: String]
    /// Locales that have the document but not this rule's text: listed, never filled in.
    public var missingText: [String]

    public init(id: String, kind: RuleKind, key: String, payload: RulePayload, effective: EffectiveInterval,
                provenance: [Provenance], text: [String: String], missingText: [String]) {
        self.id = id
        self.kind = kind
        self.key = key
        self.payload = payload
        self.effective = effective
        self.provenance = provenance
        self.text = text
        self.missingText = missingText
    }
}

/// The closed set of rule kinds.
public enum RuleKind: String, Sendable, Codable, CaseIterable, Comparable {
    case procedure
    case roles
    case audience
    case agreementIntroduced
    case agreementSupportedUntil
    case signerInformationRequired
    case verification
    case fieldConstraint
    case datedStatement

    public static func < (lhs: RuleKind, rhs: RuleKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a rule, step or finding was read.
public struct Provenance: Sendable, Codable, Equatable, Hashable, Comparable {
    /// The document key (`ms.assetid`, else the path below the locale folder).
    public var document: String
    public var path: String
    public var locale: String
    public var line: Int
    public var column: Int
    /// The span pair's `data-ttu-id`, when the text came from one.
    public var segment: String?
    /// The headings above the text, outermost first, in the document's language.
    public var headingPath: [String]
    /// The anchor of the nearest heading (`add-a-customer`): the heading's own
    /// anchor, else a slug of its English words; absent above the first heading.
    public var anchor: String?
    /// The version's `ms.date` (the English source's date), when it has one.
    public var version: CalendarDate?

    public init(document: String, path: String, locale: String, line: Int, column: Int,
                segment: String?, headingPath: [String], anchor: String? = nil, version: CalendarDate?) {
        self.document = document
        self.path = path
        self.locale = locale
        self.line = line
        self.column = column
        self.segment = segment
        self.headingPath = headingPath
        self.anchor = anchor
        self.version = version
    }

    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        let l = (lhs.document, lhs.locale, lhs.version?.description ?? "", lhs.path)
        let r = (rhs.document, rhs.locale, rhs.version?.description ?? "", rhs.path)
        if l != r { return l < r }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
