import Foundation
import TolkModel

/// One way of writing a date (one ICU pattern of one locale, or ISO 8601), as regular
/// expressions: one without capturing groups to join into a recognizer's pattern, and
/// one that captures each field to read the date back.
struct DateForm: Sendable {
    /// ICU regex for the form, with no capturing groups; used case-insensitively.
    let pattern: String
    /// The same, with one capturing group per entry of `fields`, in order.
    let capturingPattern: String
    let fields: [DateField]
    /// Every character a match can start with, in both cases.
    let firstCharacters: Set<Character>
    /// Lowercased month names and ordinals of the form's locale, to read captured text.
    let monthByName: [String: Int]
    let dayByOrdinal: [String: Int]

    var hasYear: Bool { fields.contains(.year) }

    /// The form ICU writes as `icuPattern` in `vocabulary`'s locale; nil when the pattern
    /// uses a field Tolk does not read (weekday, era, narrow month) or lacks a day or month.
    init?(icuPattern: String, vocabulary: LocaleDateVocabulary) {
        guard let tokens = DatePatternToken.tokenize(icuPattern) else { return nil }
        self.init(tokens: tokens, vocabulary: vocabulary, strictWidths: false)
    }

    /// ISO 8601 `YYYY-MM-DD`, recognized whatever the locales: it is written the same
    /// everywhere and needs exactly two digits for month and day.
    static let iso8601 = DateForm(
        tokens: [.field(.year, width: 4), .literal("-"), .field(.month, width: 2), .literal("-"), .field(.day, width: 2)],
        vocabulary: nil, strictWidths: true)!

    private init?(tokens: [DatePatternToken], vocabulary: LocaleDateVocabulary?, strictWidths: Bool) {
        let fields = tokens.compactMap { token -> DateField? in
            if case .field(let field, _) = token { return field }
            return nil
        }
        guard fields.filter({ $0 == .month }).count == 1, fields.filter({ $0 == .day }).count == 1,
              fields.filter({ $0 == .year }).count <= 1
        else { return nil }
        let builder = DateFormRegexBuilder(vocabulary: vocabulary, strictWidths: strictWidths)
        guard let pattern = builder.regex(for: tokens, capturing: false),
              let capturingPattern = builder.regex(for: tokens, capturing: true),
              let firstCharacters = builder.firstCharacters(of: tokens)
        else { return nil }
        self.firstCharacters = firstCharacters
        self.pattern = pattern
        self.capturingPattern = capturingPattern
        self.fields = fields
        self.monthByName = vocabulary?.monthByName ?? [:]
        self.dayByOrdinal = vocabulary?.dayByOrdinal ?? [:]
    }

    /// The date named by the text captured for each of `fields`; nil when it is not a
    /// real day, or has no year and `fallbackYear` is nil.
    func date(fromCaptured captured: [String], fallbackYear: Int?) -> (date: CalendarDate, yearInferred: Bool)? {
        guard captured.count == fields.count else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        for (field, text) in zip(fields, captured) {
            switch field {
            case .year: year = Int(text)
            case .month: month = Int(text) ?? monthByName[text.lowercased()]
            case .day: day = Int(text) ?? dayByOrdinal[text.lowercased()]
            }
        }
        let yearInferred = !hasYear
        guard let year = year ?? (yearInferred ? fallbackYear : nil), let month, let day,
              let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (date, yearInferred)
    }
}
