import TolkModel
import TolkRules

/// Reports a pair whose target states other dates than its source: the
/// target says 4 April where the source says 4 May. Dates are what the
/// rules of a document hang on (an agreement accepted until a day), so a
/// wrong day in a translation is a wrong rule for its readers.
///
/// Dates are recognized per locale with ICU/CLDR's month names and patterns
/// (`TolkRules`' `LocalizedDateRecognizer`): the target with its locale's
/// forms and the source language's, the source with the source language's.
/// A date without a year ("May 4") matches the same month and day with one.
/// A date one side states that the other side writes in a form the
/// recognizer does not know (`2/11/17`, `11 May 2020` in an en-US source) is
/// not reported: the other side holding its day, its month (as a number or
/// a month name) and its year is taken as the same date written otherwise.
/// Only pairs with a digit on either side are read: every date form has one.
struct DateMismatchCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "date-mismatch", category: .content, defaultSeverity: .error,
        summary: "A pair's target states other dates than its source.")

    /// At most this many dates are named in one message.
    private static let listed = 3

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard file.hasTranslatedPairs else { return }
        var reader: TextDateReader?
        let sourceLocale = file.settings.sourceLocale
        let sourceWords = TextNumberWords.forLocale(sourceLocale)
        let targetWords = TextNumberWords.forLocale(file.locale ?? sourceLocale)
        let segments = file.document.segments
        for pair in file.numberedPairs.pairs {
            let targetProse = pair.targetProse, sourceProse = pair.sourceProse
            guard TextDatePrefilter.mayDiffer(pair, targetWords: targetWords, sourceWords: sourceWords) else { continue }
            if reader == nil { reader = TextDateReader(file: file) }
            guard let reader else { continue }
            var pairing = TextDatePairing(source: reader.sourceDates(sourceProse), target: reader.targetDates(targetProse))
            guard !pairing.isClean else { continue }
            let sourceParts = WrittenParts(prose: sourceProse, numbers: pair.sourceNumbers, words: sourceWords)
            let targetParts = WrittenParts(prose: targetProse, numbers: pair.targetNumbers, words: targetWords)
            pairing.unmatchedSource.removeAll(where: targetParts.holds)
            pairing.unmatchedTarget.removeAll(where: sourceParts.holds)
            guard let message = Self.message(pairing) else { continue }
            findings.add(message, at: segments[pair.index].location, segment: segments[pair.index].id)
        }
    }

    /// The numbers and month names of one side, to tell whether it writes a date of the
    /// other side in a form the recognizer missed.
    private struct WrittenParts {
        let numbers: [Int]
        let monthNames: [Int]

        /// `scanned`: the numbers of `prose` (`TextNumberScanner.numbers(in:)`), read once per pair.
        init(prose: String, numbers scanned: [TextNumber], words: TextNumberWords) {
            numbers = scanned.flatMap { number in
                // `11.02.2017` reads as one number; its groups are the parts of a date.
                number.text.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
            }
            monthNames = words.monthValues(in: prose)
        }

        /// Whether the side holds the date's day, month and year (two digits will do; a
        /// date read without a year needs none), each number used once.
        func holds(_ found: RecognizedDate) -> Bool {
            var numbers = numbers
            func take(_ candidates: [Int]) -> Bool {
                guard let index = numbers.firstIndex(where: candidates.contains) else { return false }
                numbers.remove(at: index)
                return true
            }
            let date = found.date
            let hasMonth = monthNames.contains(date.month)
            // "December 19" may mean December 2019, as the other side writes it.
            if found.yearInferred, hasMonth, numbers.contains(2000 + date.day) { return true }
            guard take([date.day]) else { return false }
            guard hasMonth || take([date.month]) else { return false }
            return found.yearInferred || take([date.year, date.year % 100])
        }
    }

    static func message(_ pairing: TextDatePairing) -> String? {
        let missing = pairing.unmatchedSource, extra = pairing.unmatchedTarget
        switch (missing.isEmpty, extra.isEmpty) {
        case (true, true):
            return nil
        case (false, true):
            let noun = missing.count == 1 ? "date" : "dates"
            let verb = missing.count == 1 ? "is" : "are"
            return "\(noun) \(list(missing)) of the source \(verb) missing in the target"
        case (true, false):
            let noun = extra.count == 1 ? "date" : "dates"
            return "the target states \(noun) \(list(extra)) that the source does not"
        case (false, false):
            return "the target states \(list(extra)) where the source states \(list(missing))"
        }
    }

    /// `'4. April 2020' (2020-04-04)`; a year-less date shows month and day only.
    private static func list(_ dates: [RecognizedDate]) -> String {
        var quoted = dates.prefix(listed).map { found -> String in
            let day = found.date.description
            let shown = found.yearInferred ? String(day.dropFirst(5)) : day
            return "'\(TextProse.excerpt(found.text, limit: 30))' (\(shown))"
        }
        if dates.count > listed { quoted.append("…") }
        return quoted.joined(separator: ", ")
    }
}
