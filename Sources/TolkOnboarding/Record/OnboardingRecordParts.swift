import TolkModel

// The parts of an onboarding record. Each decodes strictly and notes members
// it does not know (see `UnknownFieldLog`); encoding is synthesized.

extension OnboardingRecord {
    public struct Customer: Sendable, Equatable, Codable {
        public var legalName: String?
        public var address: Address?
        public var primaryContact: Contact?

        public init(legalName: String? = nil, address: Address? = nil, primaryContact: Contact? = nil) {
            self.legalName = legalName
            self.address = address
            self.primaryContact = primaryContact
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case legalName, address, primaryContact }

        public init(from decoder: Decoder) throws {
            try UnknownFieldLog.note(decoder, known: CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            legalName = try c.decodeIfPresent(String.self, forKey: .legalName)
            address = try c.decodeIfPresent(Address.self, forKey: .address)
            primaryContact = try c.decodeIfPresent(Contact.self, forKey: .primaryContact)
        }
    }

    /// The customer's address; member names are the `addressComponents`
    /// vocabulary ids a `completeAddress` rule lists.
    public struct Address: Sendable, Equatable, Codable {
        public var lines: [String]?
        public var city: String?
        public var region: String?
        public var postalCode: String?
        /// ISO 3166-1 alpha-2 (`SE`).
        public var country: String?

        public init(lines: [String]? = nil, city: String? = nil, region: String? = nil,
                    postalCode: String? = nil, country: String? = nil) {
            self.lines = lines
            self.city = city
            self.region = region
            self.postalCode = postalCode
            self.country = country
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case lines, city, region, postalCode, country }

        public init(from decoder: Decoder) throws {
            try UnknownFieldLog.note(decoder, known: CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            lines = try c.decodeIfPresent([String].self, forKey: .lines)
            city = try c.decodeIfPresent(String.self, forKey: .city)
            region = try c.decodeIfPresent(String.self, forKey: .region)
            postalCode = try c.decodeIfPresent(String.self, forKey: .postalCode)
            country = try c.decodeIfPresent(String.self, forKey: .country)
        }
    }

    public struct Contact: Sendable, Equatable, Codable {
        public var name: String?
        public var email: String?
        public var phone: String?

        public init(name: String? = nil, email: String? = nil, phone: String? = nil) {
            self.name = name
            self.email = email
            self.phone = phone
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case name, email, phone }

        public init(from decoder: Decoder) throws {
            try UnknownFieldLog.note(decoder, known: CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(String.self, forKey: .name)
            email = try c.decodeIfPresent(String.self, forKey: .email)
            phone = try c.decodeIfPresent(String.self, forKey: .phone)
        }
    }

    public struct Agreement: Sendable, Equatable, Codable {
        /// An English name the documents use, or a vocabulary id.
        public var name: String?
        public var acceptedOn: CalendarDate?
        public var signer: Signer?

        public init(name: String? = nil, acceptedOn: CalendarDate? = nil, signer: Signer? = nil) {
            self.name = name
            self.acceptedOn = acceptedOn
            self.signer = signer
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case name, acceptedOn, signer }

        public init(from decoder: Decoder) throws {
            try UnknownFieldLog.note(decoder, known: CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(String.self, forKey: .name)
            acceptedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .acceptedOn)
            signer = try c.decodeIfPresent(Signer.self, forKey: .signer)
        }
    }

    /// The person who signed the agreement for the customer.
    public struct Signer: Sendable, Equatable, Codable {
        public var firstName: String?
        public var lastName: String?
        public var email: String?
        public var phone: String?

        public init(firstName: String? = nil, lastName: String? = nil, email: String? = nil, phone: String? = nil) {
            self.firstName = firstName
            self.lastName = lastName
            self.email = email
            self.phone = phone
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case firstName, lastName, email, phone }

        public init(from decoder: Decoder) throws {
            try UnknownFieldLog.note(decoder, known: CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            firstName = try c.decodeIfPresent(String.self, forKey: .firstName)
            lastName = try c.decodeIfPresent(String.self, forKey: .lastName)
            email = try c.decodeIfPresent(String.self, forKey: .email)
            phone = try c.decodeIfPresent(String.self, forKey: .phone)
        }
    }

    /// The reseller an indirect provider names for the customer.
    public struct IndirectReseller: Sendable, Equatable, Codable {
        public var name: String?
        /// The reseller's partner id, when known.
        public var id: String?

        public init(name: String? = nil, id: String? = nil) {
            self.name = name
            self.id = id
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case name, id }

        public init(from decoder: Decoder) throws {
            try UnknownFieldLog.note(decoder, known: CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(String.self, forKey: .name)
            id = try c.decodeIfPresent(String.self, forKey: .id)
        }
    }

    public struct Subscription: Sendable, Equatable, Codable {
        public var offer: String?
        /// A number, not an integer type: a fractional count is a rule
        /// violation (`subscriptions`), not a decoding error.
        public var licenses: Double?

        public init(offer: String? = nil, licenses: Double? = nil) {
            self.offer = offer
            self.licenses = licenses
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case offer, licenses }

        public init(from decoder: Decoder) throws {
            try UnknownFieldLog.note(decoder, known: CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            offer = try c.decodeIfPresent(String.self, forKey: .offer)
            licenses = try c.decodeIfPresent(Double.self, forKey: .licenses)
        }
    }
}
