import TolkRules

/// The dates found in a text, remembered for the rest of the run.
///
/// ICU's regular expression is the dearest step of the text checks, and
/// documentation repeats itself: the same English source sentence sits in
/// every locale's file, boilerplate sentences in many pages, and a history
/// of a page in every version. A text read with the same recognizer and
/// fallback year always yields the same dates, so each is read once.
final class TextDateMemo: Sendable {
    /// The memo the whole process shares.
    static let shared = TextDateMemo()

    /// Texts remembered before the memo starts over: bounds memory on any corpus.
    static let capacity = 50_000

    private struct Key: Hashable, Sendable {
        let locales: [String]
        let fallbackYear: Int
        let text: String
    }

    private let known = LockedValue<[Key: [RecognizedDate]]>([:])

    /// `recognizer.dates(in: text, fallbackYear: fallbackYear)`, read once per run.
    func dates(in text: String, recognizer: LocalizedDateRecognizer, fallbackYear: Int) -> [RecognizedDate] {
        let key = Key(locales: recognizer.locales, fallbackYear: fallbackYear, text: text)
        if let dates = known.withLock({ $0[key] }) { return dates }
        let dates = recognizer.dates(in: text, fallbackYear: fallbackYear)
        known.withLock { known in
            if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
            known[key] = dates
        }
        return dates
    }
}
