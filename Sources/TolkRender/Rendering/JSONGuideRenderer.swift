import Foundation

/// The guide as JSON (`tolk.guide/1`): the `Guide` value with sorted keys,
/// plus the sentences the other formats print (`notes`), so a program sees
/// the same fallback and notice wording a reader does.
public struct JSONGuideRenderer: Sendable {
    public static let schema = "tolk.guide/1"

    public init() {}

    public func render(_ guide: Guide) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(schema: Self.schema, guide: guide, notes: Notes(
            locale: guide.locale.note, agreement: guide.agreement?.summary(on: guide.asOf),
            signer: guide.signer?.summary, englishFallback: guide.hasEnglishFallback))
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        let schema: String
        let guide: Guide
        let notes: Notes
    }

    struct Notes: Encodable {
        let locale: String?
        let agreement: String?
        let signer: String?
        /// True when some step or note shows the English source.
        let englishFallback: Bool

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            // Explicit nulls: a reader can tell "no fallback" from "field missing".
            try c.encode(locale, forKey: .locale)
            try c.encode(agreement, forKey: .agreement)
            try c.encode(signer, forKey: .signer)
            try c.encode(englishFallback, forKey: .englishFallback)
        }

        enum CodingKeys: String, CodingKey { case locale, agreement, signer, englishFallback }
    }
}
