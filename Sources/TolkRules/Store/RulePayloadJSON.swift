import Foundation

/// A payload alone as compact JSON (sorted keys): the `payload` column of
/// `rules.sqlite`. Its shape is the one `rules.json` gives it; `kind` says
/// which type to read it back as.
enum RulePayloadJSON {
    static func encode(_ payload: RulePayload) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data = switch payload {
        case .procedure(let value): try encoder.encode(value)
        case .roles(let value), .audience(let value): try encoder.encode(value)
        case .agreementIntroduced(let value): try encoder.encode(value)
        case .agreementSupportedUntil(let value): try encoder.encode(value)
        case .signerInformationRequired(let value): try encoder.encode(value)
        case .verification(let value): try encoder.encode(value)
        case .fieldConstraint(let value): try encoder.encode(value)
        case .datedStatement(let value): try encoder.encode(value)
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String, kind: RuleKind) throws -> RulePayload {
        let decoder = JSONDecoder()
        let data = Data(text.utf8)
        return switch kind {
        case .procedure: .procedure(try decoder.decode(Procedure.self, from: data))
        case .roles: .roles(try decoder.decode(TermList.self, from: data))
        case .audience: .audience(try decoder.decode(TermList.self, from: data))
        case .agreementIntroduced: .agreementIntroduced(try decoder.decode(AgreementIntroduced.self, from: data))
        case .agreementSupportedUntil:
            .agreementSupportedUntil(try decoder.decode(AgreementSupportedUntil.self, from: data))
        case .signerInformationRequired:
            .signerInformationRequired(try decoder.decode(SignerInformationRequired.self, from: data))
        case .verification: .verification(try decoder.decode(Verification.self, from: data))
        case .fieldConstraint: .fieldConstraint(try decoder.decode(FieldConstraint.self, from: data))
        case .datedStatement: .datedStatement(try decoder.decode(DatedStatement.self, from: data))
        }
    }

    /// Small JSON values of other columns (`locales`, `heading_path`, `counts.byKind`).
    static func encodeValue<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decodeValue<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
