import TolkModel
import TolkRules

/// One check of a record against the rules of one concern. Each check reads
/// its rules from the table through `RuleIndex`; none knows a date, an
/// agreement, a role or a name of its own.
protocol OnboardingCheck: Sendable {
    /// Stable id (`agreement-required`), used in verdicts and documentation.
    var id: String { get }
    /// `nil` when the table has no rule in effect for this check on the
    /// record's date: the verdict then lists the check as unchecked.
    func run(_ context: CheckContext) -> [CheckFinding]?
}

/// What a check sees of one record.
struct CheckContext {
    let record: OnboardingRecord
    /// The day of judgement: dates after it are in the future.
    let asOf: CalendarDate
    let rules: RuleIndex

    /// Rules are taken on the day the record was submitted.
    var date: CalendarDate { record.submittedOn }
}

/// A rule broken, before its message is put in the requested language.
struct CheckFinding {
    var rule: Rule
    var field: String
    var detail: String
    var severity: ViolationSeverity = .error
}

extension String {
    /// Nil, empty and white space only are all "not given".
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

extension Optional where Wrapped == String {
    var isBlank: Bool { self?.isBlank ?? true }
}
