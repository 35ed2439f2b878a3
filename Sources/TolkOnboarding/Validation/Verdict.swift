import TolkModel
import TolkRules

/// The judgement of one record: valid when no violation is an error.
public struct Verdict: Sendable, Equatable {
    /// The record's `id`.
    public var record: String
    public var valid: Bool
    /// In check order, then in the order each check found them.
    public var violations: [Violation]
    /// Ids of the checks that had no rule in effect on the record's date, so
    /// the record was not judged on what they cover.
    public var unchecked: [String]

    public init(record: String, violations: [Violation], unchecked: [String]) {
        self.record = record
        self.valid = !violations.contains { $0.severity == .error }
        self.violations = violations
        self.unchecked = unchecked
    }
}

/// How much a violation counts: errors make the record invalid; warnings
/// (what a heuristic can only suspect, such as an acronym) do not.
public enum ViolationSeverity: String, Sendable, Codable {
    case error, warning
}

/// One rule of the table that the record breaks.
public struct Violation: Sendable, Equatable {
    /// The check that found it (`agreement-required`).
    public var check: String
    /// The rule's id in the table.
    public var rule: String
    public var kind: RuleKind
    public var severity: ViolationSeverity
    /// The record field concerned (`agreement.signer.email`).
    public var field: String
    /// The rule's own sentence in `locale`.
    public var message: String
    /// The locale of `message`.
    public var locale: String
    /// True when the requested locale (or its language) has no text for the
    /// rule and `message` is the source locale's.
    public var fellBack: Bool
    /// What exactly is wrong with this record, in English (ids and dates).
    public var detail: String
    /// Where the rule is written, in `locale` when it was read there.
    public var provenance: Provenance?

    public init(check: String, rule: String, kind: RuleKind, severity: ViolationSeverity, field: String,
                message: String, locale: String, fellBack: Bool, detail: String, provenance: Provenance?) {
        self.check = check
        self.rule = rule
        self.kind = kind
        self.severity = severity
        self.field = field
        self.message = message
        self.locale = locale
        self.fellBack = fellBack
        self.detail = detail
        self.provenance = provenance
    }
}
