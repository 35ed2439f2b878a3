import TolkModel
import TolkRules

/// The date recognizers of one file: the source language's for the sources of
/// its pairs, the file's locale (with the source language's forms, since
/// untranslated words are common) for the targets. Recognizers come from
/// the process-wide cache, so this is cheap to make once per file.
struct TextDateReader: Sendable {
    let source: LocalizedDateRecognizer
    let target: LocalizedDateRecognizer
    /// The year that year-less dates ("May 4") are read in: the same on both
    /// sides, so that they compare.
    let fallbackYear: Int

    init(file: FileUnderCheck) {
        let sourceLocale = file.settings.sourceLocale
        source = DateRecognizers.shared.recognizer(for: sourceLocale, sourceLocale: sourceLocale)
        target = DateRecognizers.shared.recognizer(for: file.locale ?? sourceLocale, sourceLocale: sourceLocale)
        fallbackYear = file.document.frontMatter?.sourceDate?.year ?? 2000
    }

    /// Dates in a target's prose; none without a digit (every recognized form has one).
    func targetDates(_ prose: String) -> [RecognizedDate] {
        TextProse.hasDigit(prose) ? target.dates(in: prose, fallbackYear: fallbackYear) : []
    }

    /// Dates in a source's prose.
    func sourceDates(_ prose: String) -> [RecognizedDate] {
        TextProse.hasDigit(prose) ? source.dates(in: prose, fallbackYear: fallbackYear) : []
    }
}

/// Which dates of a source and a target stand for the same day.
struct TextDatePairing: Sendable {
    /// Source dates without an equal target date, and target dates without an equal source date.
    var unmatchedSource: [RecognizedDate] = []
    var unmatchedTarget: [RecognizedDate] = []

    var isClean: Bool { unmatchedSource.isEmpty && unmatchedTarget.isEmpty }

    /// Pairs equal days first; a year-less date on either side matches by month and day.
    init(source: [RecognizedDate], target: [RecognizedDate]) {
        var remaining = target
        var left: [RecognizedDate] = []
        for date in source {
            if let index = remaining.firstIndex(where: { $0.date == date.date }) {
                remaining.remove(at: index)
            } else {
                left.append(date)
            }
        }
        for date in left {
            if let index = remaining.firstIndex(where: { Self.sameDay(date, $0) }) {
                remaining.remove(at: index)
            } else {
                unmatchedSource.append(date)
            }
        }
        unmatchedTarget = remaining
    }

    private static func sameDay(_ a: RecognizedDate, _ b: RecognizedDate) -> Bool {
        (a.yearInferred || b.yearInferred) && a.date.month == b.date.month && a.date.day == b.date.day
    }
}
