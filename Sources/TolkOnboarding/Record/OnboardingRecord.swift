import TolkModel

/// One customer onboarding record: what a partner enters in the "add a new
/// customer" flow. The JSON form is documented in
/// `Resources/onboarding-record.schema.json` (schema `tolk.onboarding/1`);
/// other tools write it, so the member names are fixed.
///
/// Only `id`, `submittedOn` and `partnerType` are structural and required.
/// Everything a rule can ask for is optional here, so that a record that
/// lacks it gets a violation naming the rule, not a decoding error. Types are
/// strict: a number where a string belongs is a decoding error with its path.
public struct OnboardingRecord: Sendable, Equatable {
    /// The only record schema this build reads; `schemaVersion` may be left out.
    public static let schemaVersion = "tolk.onboarding/1"

    public var id: String
    /// The day the record was submitted: the rules in effect that day judge it.
    public var submittedOn: CalendarDate
    /// The BCP 47 locale the partner works in (`sv-SE`): the default language
    /// of messages and the language of test names looked for.
    public var locale: String?
    /// The acting user's role: an English name the documents use or a vocabulary id.
    public var actorRole: String?
    public var partnerType: PartnerType
    /// The customer already has a record (with this partner or another).
    public var existingCustomer: Bool?
    public var customer: Customer?
    public var agreement: Agreement?
    public var indirectReseller: IndirectReseller?
    public var subscriptions: [Subscription]?

    public init(id: String, submittedOn: CalendarDate, locale: String? = nil, actorRole: String? = nil,
                partnerType: PartnerType, existingCustomer: Bool? = nil, customer: Customer? = nil,
                agreement: Agreement? = nil, indirectReseller: IndirectReseller? = nil,
                subscriptions: [Subscription]? = nil) {
        self.id = id
        self.submittedOn = submittedOn
        self.locale = locale
        self.actorRole = actorRole
        self.partnerType = partnerType
        self.existingCustomer = existingCustomer
        self.customer = customer
        self.agreement = agreement
        self.indirectReseller = indirectReseller
        self.subscriptions = subscriptions
    }

    /// Who enters the record.
    public enum PartnerType: String, Sendable, Codable, CaseIterable {
        case direct
        case indirectProvider = "indirect-provider"
        case indirectReseller = "indirect-reseller"
    }
}
