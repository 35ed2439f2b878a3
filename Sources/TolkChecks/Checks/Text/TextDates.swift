import Foundation
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
        guard TextProse.hasDigit(prose) else { return [] }
        return TextDateMemo.shared.dates(in: prose, recognizer: target, fallbackYear: fallbackYear)
    }

    /// Dates in a source's prose.
    func sourceDates(_ prose: String) -> [RecognizedDate] {
        guard TextProse.hasDigit(prose) else { return [] }
        return TextDateMemo.shared.dates(in: prose, recognizer: source, fallbackYear: fallbackYear)
    }
}

/// Whether a pair's dates may differ, told without the recognizer (whose regular
/// expression is the dearest part of the text checks). Every date form holds
/// a digit and either a month name or two numbers joined by `/`, `.`, `-`,
/// `年` or `月`; two sides that state the same numbers, name no month and join
/// no numbers that way state the same dates, if any.
enum TextDatePrefilter {
    static func mayDiffer(_ pair: NumberedPairs.Pair, targetWords: TextNumberWords, sourceWords: TextNumberWords) -> Bool {
        let targetProse = pair.targetProse, sourceProse = pair.sourceProse
        guard TextProse.hasDigit(targetProse) || TextProse.hasDigit(sourceProse) else { return false }
        if joinsNumbers(targetProse) || joinsNumbers(sourceProse) { return true }
        let target = pair.targetNumbers.map(\.canonical).sorted()
        let source = pair.sourceNumbers.map(\.canonical).sorted()
        if target != source { return true }
        return targetWords.containsMonthName(targetProse) || sourceWords.containsMonthName(sourceProse)
    }

    /// A digit, then `/`, `.`, `-`, `年` or `月` (`E5 B9 B4`, `E6 9C 88`), then a digit.
    static func joinsNumbers(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < bytes.count, isDigit(bytes[next]) { next += 1 }
            if next + 1 < bytes.count {
                let mark = bytes[next]
                if mark == UInt8(ascii: "/") || mark == UInt8(ascii: ".") || mark == UInt8(ascii: "-") {
                    if isDigit(bytes[next + 1]) { return true }
                } else if next + 3 < bytes.count, mark == 0xE5 || mark == 0xE6,
                          (bytes[next + 1], bytes[next + 2]) == (0xB9, 0xB4) || (bytes[next + 1], bytes[next + 2]) == (0x9C, 0x88) {
                    var after = next + 3
                    while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
                    if after < bytes.count, isDigit(bytes[after]) { return true }
                }
            }
            index = next
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
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
