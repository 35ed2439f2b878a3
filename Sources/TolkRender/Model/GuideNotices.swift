import TolkModel

/// Which agreement the customer must accept on the guide's date, from the
/// rule table's dated agreement rules (never from dates in code).
public struct AgreementNotice: Sendable, Equatable, Encodable {
    /// `single`: one agreement is accepted; `either`: during a transition,
    /// the new one or the one it replaces.
    public enum Kind: String, Sendable, Encodable { case single, either }

    public var kind: Kind
    /// Accepted on the date, newest first.
    public var accepted: [AgreementTerm]
    /// Replaced and no longer accepted on the date.
    public var retired: [AgreementTerm]
    /// Introduced after the date.
    public var upcoming: [AgreementTerm]
    /// The documents' sentences that state these rules, in the locale used
    /// (or English, marked).
    public var sentences: [LocalizedSentence]

    public init(kind: Kind, accepted: [AgreementTerm], retired: [AgreementTerm], upcoming: [AgreementTerm],
                sentences: [LocalizedSentence]) {
        self.kind = kind
        self.accepted = accepted
        self.retired = retired
        self.upcoming = upcoming
        self.sentences = sentences
    }

    /// One English sentence with the names and dates, the same in every format.
    public func summary(on date: CalendarDate) -> String {
        func name(_ a: AgreementTerm) -> String {
            var dates: [String] = []
            if let since = a.since { dates.append("from \(since)") }
            if let last = a.lastDay { dates.append("through \(last)") }
            return "the \(a.label)" + (dates.isEmpty ? "" : " (" + dates.joined(separator: " ") + ")")
        }
        var out: String
        switch kind {
        case .single:
            out = "On \(date) the customer must accept " + accepted.map(name).joined(separator: " and ") + "."
        case .either:
            out = "On \(date) the customer may accept either " + accepted.map(name).joined(separator: " or ") + "."
        }
        for a in retired {
            out += " The \(a.label) is no longer accepted" + (a.lastDay.map { " (last day \($0))" } ?? "") + "."
        }
        for a in upcoming {
            out += " The \(a.label) is introduced" + (a.since.map { " on \($0)" } ?? " later") + "."
        }
        return out
    }
}

/// An agreement with the label the configuration gives it in the locale.
public struct AgreementTerm: Sendable, Equatable, Encodable {
    /// Vocabulary id (`microsoft-customer-agreement`).
    public var id: String
    public var label: String
    /// First day it is accepted, when the content says.
    public var since: CalendarDate?
    /// First day it is no longer accepted (half-open end), when the content says.
    public var until: CalendarDate?

    public init(id: String, label: String, since: CalendarDate?, until: CalendarDate?) {
        self.id = id
        self.label = label
        self.since = since
        self.until = until
    }

    /// The last day it is accepted.
    public var lastDay: CalendarDate? { until?.previousDay }
}

/// Whether a confirmation needs the signer's details on the guide's date.
public struct SignerNotice: Sendable, Equatable, Encodable {
    public var required: Bool
    /// The first day it is required.
    public var from: CalendarDate
    /// The agreement concerned, when the content names one.
    public var agreement: AgreementTerm?
    public var sentence: LocalizedSentence?

    public init(required: Bool, from: CalendarDate, agreement: AgreementTerm?, sentence: LocalizedSentence?) {
        self.required = required
        self.from = from
        self.agreement = agreement
        self.sentence = sentence
    }

    /// One English sentence, the same in every format.
    public var summary: String {
        let what = "information about the person who signed" + (agreement.map { " the \($0.label)" } ?? " the agreement")
        return required ? "Required since \(from): give \(what)."
            : "Not yet required; from \(from), give \(what)."
    }
}

/// A sentence of the content in one locale.
public struct LocalizedSentence: Sendable, Equatable, Encodable {
    public var text: String
    public var locale: String
    /// True when the locale has no such sentence and the English one is shown.
    public var isEnglishFallback: Bool

    public init(text: String, locale: String, isEnglishFallback: Bool) {
        self.text = text
        self.locale = locale
        self.isEnglishFallback = isEnglishFallback
    }
}
