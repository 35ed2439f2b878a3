import Foundation
import TolkModel

/// Finds dates written the way given locales write them, using ICU/CLDR's date patterns,
/// month names and ordinals (see `LocaleDateVocabulary`), plus ISO 8601.
public struct LocalizedDateRecognizer: Sendable {
    /// The locales whose forms are recognized; when a text fits forms of several (01/10/2019
    /// is January in en-US and October in fr), the first locale's reading wins.
    public let locales: [String]
    private let compiled: CompiledDateForms

    /// Recognizes dates written the way each of `locales` writes them (BCP 47 ids such as "de-DE",
    /// "zh-CN", "en-US", "fr", "ko-KR"), plus ISO 8601 `YYYY-MM-DD` always.
    public init(locales: [String]) {
        self.locales = locales
        self.compiled = CompiledDateForms(locales: locales)
    }

    /// An ICU regular expression (NSRegularExpression syntax) matching one date expression, with no
    /// capturing groups, so callers can embed it as a named group inside bigger patterns. Must be used
    /// with case-insensitive matching.
    public var pattern: String { compiled.pattern }

    /// Parses text that `pattern` matched (exactly one date expression). Year-less forms ("November 18")
    /// use `fallbackYear` and set `yearInferred`; nil when not a real day (31 February) or no year available.
    /// `utf8Range` is `0..<text.utf8.count`.
    public func parse(_ text: String, fallbackYear: Int? = nil) -> RecognizedDate? {
        let whole = NSRange(text.startIndex..., in: text)
        for (form, regex) in compiled.forms {
            guard let match = regex.firstMatch(in: text, options: [], range: whole) else { continue }
            let captured = (1..<match.numberOfRanges).map { index -> String in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
            // Another locale's form may still read the text as a real day (13/10/2019).
            guard let (date, yearInferred) = form.date(fromCaptured: captured, fallbackYear: fallbackYear)
            else { continue }
            return RecognizedDate(date: date, yearInferred: yearInferred, text: text, utf8Range: 0..<text.utf8.count)
        }
        return nil
    }

    /// Every date in `text`, left to right, non-overlapping, longest match first: at one position a
    /// form with a year is tried before a year-less one, so "November 18, 2019" is one date.
    public func dates(in text: String, fallbackYear: Int? = nil) -> [RecognizedDate] {
        // Every form has digits; most sentences have none, and skip the regex entirely.
        guard text.containsUTF8Byte(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return [] }
        let matches = compiled.search.matches(in: text, options: [], range: NSRange(text.startIndex..., in: text))
        var found: [RecognizedDate] = []
        // Offsets are counted on from the previous match, so the text is walked once.
        var offsetIndex = text.startIndex
        var offset = 0
        for match in matches {
            guard let range = Range(match.range, in: text) else { continue }
            let matched = String(text[range])
            guard var date = parse(matched, fallbackYear: fallbackYear) else { continue }
            offset += text.utf8.distance(from: offsetIndex, to: range.lowerBound)
            offsetIndex = range.lowerBound
            date.utf8Range = offset..<(offset + matched.utf8.count)
            found.append(date)
        }
        return found
    }
}

/// The compiled regular expressions of a recognizer, built once and shared by its copies.
///
/// `@unchecked Sendable`: every property is a constant, and NSRegularExpression is immutable
/// and documented as safe to match with from several threads at once.
final class CompiledDateForms: @unchecked Sendable {
    /// The pattern `search` was compiled from.
    let pattern: String
    let search: NSRegularExpression
    /// Each form with its capturing pattern anchored to the whole text, in the order `parse` tries them.
    let forms: [(form: DateForm, regex: NSRegularExpression)]

    init(locales: [String]) {
        let vocabularies = locales.map(LocaleDateVocabulary.init(localeIdentifier:))
        // Forms with a year before year-less ones: the regex takes the first alternative that
        // matches at a position, and "November 18, 2019" must not stop at "November 18".
        let candidates = [DateForm.iso8601]
            + vocabularies.flatMap { vocabulary in
                vocabulary.datedPatterns.compactMap { DateForm(icuPattern: $0, vocabulary: vocabulary) }
            }
            + vocabularies.flatMap { vocabulary in
                vocabulary.yearlessPatterns.compactMap { DateForm(icuPattern: $0, vocabulary: vocabulary) }
            }
        // The same regex with fields in another order is another reading (M/d/y and d/M/y): kept.
        var seen: Set<String> = []
        let unique = candidates.filter { seen.insert("\($0.fields) \($0.pattern)").inserted }
        pattern = DateSearchPattern.combining(unique)
        // The patterns are generated from ICU data and escaped piece by piece; failing to compile
        // one is a bug in this file, not bad input.
        search = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        forms = unique.map { form in
            (form, try! NSRegularExpression(pattern: #"\A(?:"# + form.capturingPattern + #")\z"#,
                                            options: [.caseInsensitive]))
        }
    }
}
