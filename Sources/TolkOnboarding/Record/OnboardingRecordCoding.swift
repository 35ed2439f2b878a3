import TolkModel

// Decoding is strict about types (JSONDecoder's own checks, with the field
// path) and reports members no type knows through `UnknownFieldLog`, since
// JSONDecoder would silently drop them and a misspelt optional field would
// then look like a missing one.

extension OnboardingRecord: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, submittedOn, locale, actorRole, partnerType, existingCustomer, customer, agreement,
             indirectReseller, subscriptions
    }

    public init(from decoder: Decoder) throws {
        try UnknownFieldLog.note(decoder, known: CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let version = try c.decodeIfPresent(String.self, forKey: .schemaVersion), version != Self.schemaVersion {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription: "schema version \"\(version)\" is not supported; this build reads \"\(Self.schemaVersion)\"")
        }
        id = try c.decode(String.self, forKey: .id)
        submittedOn = try c.decode(CalendarDate.self, forKey: .submittedOn)
        locale = try c.decodeIfPresent(String.self, forKey: .locale)
        if let locale, LocaleTag(locale) == nil {
            throw DecodingError.dataCorruptedError(forKey: .locale, in: c,
                                                   debugDescription: "\"\(locale)\" is not a BCP 47 locale tag")
        }
        actorRole = try c.decodeIfPresent(String.self, forKey: .actorRole)
        partnerType = try c.decode(PartnerType.self, forKey: .partnerType)
        existingCustomer = try c.decodeIfPresent(Bool.self, forKey: .existingCustomer)
        customer = try c.decodeIfPresent(Customer.self, forKey: .customer)
        agreement = try c.decodeIfPresent(Agreement.self, forKey: .agreement)
        indirectReseller = try c.decodeIfPresent(IndirectReseller.self, forKey: .indirectReseller)
        subscriptions = try c.decodeIfPresent([Subscription].self, forKey: .subscriptions)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(submittedOn, forKey: .submittedOn)
        try c.encodeIfPresent(locale, forKey: .locale)
        try c.encodeIfPresent(actorRole, forKey: .actorRole)
        try c.encode(partnerType, forKey: .partnerType)
        try c.encodeIfPresent(existingCustomer, forKey: .existingCustomer)
        try c.encodeIfPresent(customer, forKey: .customer)
        try c.encodeIfPresent(agreement, forKey: .agreement)
        try c.encodeIfPresent(indirectReseller, forKey: .indirectReseller)
        try c.encodeIfPresent(subscriptions, forKey: .subscriptions)
    }
}

extension OnboardingRecord.PartnerType {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "\"\(text)\" is not a partner type; expected one of: "
                    + Self.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = value
    }
}

