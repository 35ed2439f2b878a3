import TolkModel

/// The typed value of a rule; which case goes with which `RuleKind` is fixed.
public enum RulePayload: Sendable, Equatable {
    case procedure(Procedure)
    case roles(TermList)
    case audience(TermList)
    case agreementIntroduced(AgreementIntroduced)
    case agreementSupportedUntil(AgreementSupportedUntil)
    case signerInformationRequired(SignerInformationRequired)
    case verification(Verification)
    case fieldConstraint(FieldConstraint)
    case datedStatement(DatedStatement)

    /// The kind this payload belongs to.
    public var kind: RuleKind {
        switch self {
        case .procedure: .procedure
        case .roles: .roles
        case .audience: .audience
        case .agreementIntroduced: .agreementIntroduced
        case .agreementSupportedUntil: .agreementSupportedUntil
        case .signerInformationRequired: .signerInformationRequired
        case .verification: .verification
        case .fieldConstraint: .fieldConstraint
        case .datedStatement: .datedStatement
        }
    }
}

/// A heading followed by a numbered list: the steps of a task.
public struct Procedure: Sendable, Codable, Equatable {
    /// The document key.
    public var document: String
    /// The heading's `<a name>` anchor (else a slug of its source text).
    public var anchor: String
    public var steps: [Step]

    public init(document: String, anchor: String, steps: [Step]) {
        self.document = document
        self.anchor = anchor
        self.steps = steps
    }

    public struct Step: Sendable, Codable, Equatable {
        /// 1-based, as the list numbers it.
        public var number: Int
        /// Locale → the step's text (its paragraphs, without nested notes).
        public var text: [String: String]
        /// Locale → the UI labels the step names (its bold spans), in order.
        public var uiLabels: [String: [String]]
        /// Link targets, in order, as written.
        public var links: [String]
        /// Alerts nested under the step.
        public var alerts: [Alert]
        public var provenance: [Provenance]

        public init(number: Int, text: [String: String], uiLabels: [String: [String]], links: [String],
                    alerts: [Alert], provenance: [Provenance]) {
            self.number = number
            self.text = text
            self.uiLabels = uiLabels
            self.links = links
            self.alerts = alerts
            self.provenance = provenance
        }
    }

    public struct Alert: Sendable, Codable, Equatable {
        /// `NOTE`, `IMPORTANT`, `TIP`, `WARNING`, `CAUTION`.
        public var kind: String
        /// Locale → the alert's text.
        public var text: [String: String]

        public init(kind: String, text: [String: String]) {
            self.kind = kind
            self.text = text
        }
    }
}

/// Roles or audiences: vocabulary ids, each with its label per locale.
public struct TermList: Sendable, Codable, Equatable {
    /// The document key, and the procedure anchor the list applies to when
    /// it sits under one (else the whole document).
    public var document: String
    public var scope: String?
    /// Known terms in document order.
    public var terms: [Term]
    /// Labels the vocabulary does not know, kept with their text (each is
    /// also a finding).
    public var unresolved: [LocalizedLabel]

    public init(document: String, scope: String?, terms: [Term], unresolved: [LocalizedLabel]) {
        self.document = document
        self.scope = scope
        self.terms = terms
        self.unresolved = unresolved
    }

    public struct Term: Sendable, Codable, Equatable {
        /// The vocabulary id (`admin-agent`).
        public var id: String
        /// Locale → label as the document writes it.
        public var labels: [String: String]

        public init(id: String, labels: [String: String]) {
            self.id = id
            self.labels = labels
        }
    }

    /// The ids, in order.
    public var ids: [String] { terms.map(\.id) }
}

/// A label in one locale.
public struct LocalizedLabel: Sendable, Codable, Equatable, Hashable {
    public var locale: String
    public var label: String

    public init(locale: String, label: String) {
        self.locale = locale
        self.label = label
    }
}

/// "On {date}, Microsoft introduced the {agreement} … to replace the {replaces}."
public struct AgreementIntroduced: Sendable, Codable, Equatable {
    /// Vocabulary id of the agreement.
    public var agreement: String
    /// The agreement it replaces, when the text says.
    public var replaces: String?
    /// The first day.
    public var on: CalendarDate

    public init(agreement: String, replaces: String?, on: CalendarDate) {
        self.agreement = agreement
        self.replaces = replaces
        self.on = on
    }
}

/// "The {agreement} will be supported … until {date}": `lastDay` is the
/// stated date, the interval ends the day after.
public struct AgreementSupportedUntil: Sendable, Codable, Equatable {
    public var agreement: String
    public var lastDay: CalendarDate

    public init(agreement: String, lastDay: CalendarDate) {
        self.agreement = agreement
        self.lastDay = lastDay
    }
}

/// "Starting {date}, you'll need to confirm … by providing information about
/// the person who signed": from `from`, a confirmation needs signer details.
public struct SignerInformationRequired: Sendable, Codable, Equatable {
    /// The agreement concerned, when the sentence names one.
    public var agreement: String?
    public var from: CalendarDate

    public init(agreement: String?, from: CalendarDate) {
        self.agreement = agreement
        self.from = from
    }
}

/// A requirement on the customer data the partner enters.
public struct Verification: Sendable, Codable, Equatable {
    public var check: VerificationCheck
    /// For `completeAddress`: the address components the text lists
    /// (vocabulary ids: `lines`, `city`, `region`, `country`, `postalCode`);
    /// for `noTestNames`: the test names it lists (`testNames` ids).
    public var components: [String]
    /// For `noTestNames`: language or locale tag → the names of the listed
    /// test names (from the `testNames` vocabulary), so that a validator can
    /// recognize them in every language without the configuration. Absent
    /// for other checks.
    public var names: [String: [String]]?

    public init(check: VerificationCheck, components: [String] = [], names: [String: [String]]? = nil) {
        self.check = check
        self.components = components
        self.names = names
    }
}

/// The closed set of verification checks a validator knows how to run.
public enum VerificationCheck: String, Sendable, Codable, CaseIterable {
    case exactLegalName
    case noAcronyms
    case noTestNames
    case completeAddress
    /// A customer that already has a record is not added again: the partner
    /// requests a relationship with it instead.
    case noExistingCustomer
}

/// A constraint on one field of the onboarding record.
public struct FieldConstraint: Sendable, Codable, Equatable {
    /// Record field path (`agreement.signer.email`), a vocabulary id.
    public var field: String
    public var constraint: FieldConstraintKind

    public init(field: String, constraint: FieldConstraintKind) {
        self.field = field
        self.constraint = constraint
    }
}

/// The closed set of field constraints.
public enum FieldConstraintKind: String, Sendable, Codable, CaseIterable {
    case required
    case optional
    case notInFuture
}

/// Any other sentence that carries a date, kept as a timeline for review.
public struct DatedStatement: Sendable, Codable, Equatable {
    public var document: String
    public var date: CalendarDate
    /// True when the text gives no year and the version's year was assumed.
    public var yearInferred: Bool

    public init(document: String, date: CalendarDate, yearInferred: Bool) {
        self.document = document
        self.date = date
        self.yearInferred = yearInferred
    }
}

// MARK: - Codable: the payload is an object whose shape the rule's `kind` fixes.

extension Rule {
    private enum CodingKeys: String, CodingKey {
        case id, kind, key, payload, effective, provenance, text, missingText
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(RuleKind.self, forKey: .kind)
        key = try c.decode(String.self, forKey: .key)
        switch kind {
        case .procedure: payload = .procedure(try c.decode(Procedure.self, forKey: .payload))
        case .roles: payload = .roles(try c.decode(TermList.self, forKey: .payload))
        case .audience: payload = .audience(try c.decode(TermList.self, forKey: .payload))
        case .agreementIntroduced:
            payload = .agreementIntroduced(try c.decode(AgreementIntroduced.self, forKey: .payload))
        case .agreementSupportedUntil:
            payload = .agreementSupportedUntil(try c.decode(AgreementSupportedUntil.self, forKey: .payload))
        case .signerInformationRequired:
            payload = .signerInformationRequired(try c.decode(SignerInformationRequired.self, forKey: .payload))
        case .verification: payload = .verification(try c.decode(Verification.self, forKey: .payload))
        case .fieldConstraint: payload = .fieldConstraint(try c.decode(FieldConstraint.self, forKey: .payload))
        case .datedStatement: payload = .datedStatement(try c.decode(DatedStatement.self, forKey: .payload))
        }
        effective = try c.decode(EffectiveInterval.self, forKey: .effective)
        provenance = try c.decode([Provenance].self, forKey: .provenance)
        text = try c.decode([String: String].self, forKey: .text)
        missingText = try c.decode([String].self, forKey: .missingText)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(key, forKey: .key)
        switch payload {
        case .procedure(let p): try c.encode(p, forKey: .payload)
        case .roles(let p), .audience(let p): try c.encode(p, forKey: .payload)
        case .agreementIntroduced(let p): try c.encode(p, forKey: .payload)
        case .agreementSupportedUntil(let p): try c.encode(p, forKey: .payload)
        case .signerInformationRequired(let p): try c.encode(p, forKey: .payload)
        case .verification(let p): try c.encode(p, forKey: .payload)
        case .fieldConstraint(let p): try c.encode(p, forKey: .payload)
        case .datedStatement(let p): try c.encode(p, forKey: .payload)
        }
        try c.encode(effective, forKey: .effective)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(text, forKey: .text)
        try c.encode(missingText, forKey: .missingText)
    }
}
