import TolkModel
import TolkRules

/// Reports a pair whose target does not state the numbers its source states
/// (compared as multisets): a translation that says 60 days where the
/// source says 30 misinforms its readers, and machine translation does this.
///
/// Numbers are read the same whatever the locale's digit grouping and
/// decimal mark (`1,000`, `1.000`, `1 000`; `1.5`, `1,5`), with scale
/// suffixes and words (`10K`, `30 万`, "1 million") and on a 24-hour clock
/// (`7 PM` is 19). Full-width digits count as digits (messages quote them
/// in ASCII). Code spans, `no-loc` terms, HTML and web addresses are left
/// out. Numbers inside dates are left to `date-mismatch`: `2020年5月4日` in
/// the target and `May 4, 2020` in the source is not a number mismatch.
///
/// What the other side writes in words is the same number: spelled-out
/// numbers and month names from ICU/CLDR ("zwölf", "May" for `5 月`), and
/// `FY21` for 2021. Some numbers count only beside a number that plainly
/// differs, because translations legitimately write them as words: one and
/// two ("a", "once", `两`), ordinals ("1st", "8."), quarters and halves
/// (`Q3`, `H2`), compounds (`3-year`), `24x7`, `100%` ("in full"), numbers
/// inside names when the target's script has numerals of its own
/// (`21Vianet`, `COVID-19`), and a number one side merely repeats.
struct NumberMismatchCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "number-mismatch", category: .content, defaultSeverity: .warning,
        summary: "A pair's target states other numbers than its source.")

    /// At most this many numbers are named in one message.
    private static let listed = 4

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard file.hasTranslatedPairs else { return }
        var context: Context?
        let segments = file.document.segments
        for pair in file.numberedPairs.pairs {
            let targetProse = pair.targetProse, sourceProse = pair.sourceProse
            guard TextProse.hasDigit(targetProse) || TextProse.hasDigit(sourceProse) else { continue }
            let target = pair.targetNumbers, source = pair.sourceNumbers
            guard !Self.agree(target, source) else { continue }
            // Only now are dates and number words worth reading: most pairs agree without.
            if context == nil { context = Context(file: file) }
            guard let context else { continue }
            let targetSide = Side(prose: targetProse, words: context.targetWords,
                                  dates: context.dates.targetDates(targetProse))
            let sourceSide = Side(prose: sourceProse, words: context.sourceWords,
                                  dates: context.dates.sourceDates(sourceProse))
            var (missing, extra) = Self.unexplained(target: targetSide, source: sourceSide)
            Self.cancelWords(missing: &missing, extra: &extra, target: targetSide, source: sourceSide)
            Self.cancelYears(missing: &missing, extra: &extra, target: target, source: source)
            // A number the other side may have written as a word ("Q1", "1st", "24x7", "21Vianet")
            // counts only beside a number that plainly differs.
            // So does a number one side repeats (a name stated twice, or a pronoun in its place).
            if extra.isEmpty {
                let names = context.targetWords.writesNumeralCharacters
                let stated = targetSide.stated(digits: target)
                missing.removeAll { sourceSide.isSoft($0, namesToo: names) || stated.contains($0.canonical) }
            }
            if missing.isEmpty {
                let stated = sourceSide.stated(digits: source)
                extra.removeAll { targetSide.isSoft($0, namesToo: false) || stated.contains($0.canonical) }
            }
            guard !Self.agree(extra, missing), let message = Self.message(missing: missing, extra: extra) else {
                continue
            }
            findings.add(message, at: segments[pair.index].location, segment: segments[pair.index].id)
        }
    }

    /// What one file's pairs are read with, made when a pair first needs it.
    private struct Context {
        let dates: TextDateReader
        let sourceWords: TextNumberWords
        let targetWords: TextNumberWords

        init(file: FileUnderCheck) {
            dates = TextDateReader(file: file)
            let sourceLocale = file.settings.sourceLocale
            sourceWords = TextNumberWords.forLocale(sourceLocale)
            targetWords = TextNumberWords.forLocale(file.locale ?? sourceLocale)
        }
    }

    /// One side of a pair: its prose, the numbers outside its dates (scaled by words such
    /// as "million"), and the dates.
    private struct Side {
        let prose: String
        let bytes: [UInt8]
        let words: TextNumberWords
        let dates: [RecognizedDate]
        let numbers: [TextNumber]
        /// The numbers the side writes in words.
        let wordValues: TextNumberWords.Values

        init(prose: String, words: TextNumberWords, dates: [RecognizedDate]) {
            wordValues = words.values(in: prose)
            self.prose = prose
            self.words = words
            self.dates = dates
            let bytes = Array(prose.utf8)
            self.bytes = bytes
            numbers = TextNumberScanner.numbers(in: prose, masked: dates.map(\.utf8Range)).map { number in
                var scaled = number
                var after = number.utf8Range.upperBound
                if after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
                if after < bytes.count, let zeros = words.scale(startingWith: Self.substring(bytes, from: after)) {
                    scaled.canonical = TextNumberScanner.shifted(number.canonical, by: zeros)
                }
                return scaled
            }
        }

        private static func substring(_ bytes: [UInt8], from start: Int) -> Substring {
            Substring(String(decoding: bytes[start..<min(bytes.count, start + 40)], as: UTF8.self))
        }

        /// Every value the side states, in `digits` or in words.
        func stated(digits: [TextNumber]) -> Set<String> {
            Set(digits.map(\.canonical)).union(wordValues.all.map(String.init))
        }

        /// One or two, an ordinal ("1st", "8.", "第1"), a quarter or half ("Q3", "H2"), "24x7x365",
        /// "100%", the number of a compound ("3-year") — and with
        /// `namesToo`, a number inside a name ("21Vianet", "COVID-19").
        func isSoft(_ number: TextNumber, namesToo: Bool) -> Bool {
            // One and two are as often "a", "once", "both" or `两`.
            if number.canonical == "24x7" || number.canonical == "1" || number.canonical == "2" { return true }
            let start = number.utf8Range.lowerBound, end = number.utf8Range.upperBound
            let before = start > 0 ? bytes[start - 1] : 0x20
            let beforeThat = start > 1 ? bytes[start - 2] : 0x20
            let after = end < bytes.count ? bytes[end] : 0x20
            // "24x7x365" is "all year round"; "100%" is "in full".
            if number.canonical == "365", before | 0x20 == UInt8(ascii: "x") || before == UInt8(ascii: "/") { return true }
            if number.canonical == "100", after == UInt8(ascii: "%") || hasSuffix(" %", at: end) { return true }
            if let value = Int(number.canonical), value <= 31 {
                if (before == UInt8(ascii: "Q") || before == UInt8(ascii: "H")) && !isLetter(beforeThat) && value <= 4 {
                    return true
                }
                if words.ordinalSuffixes.contains(where: { hasSuffix($0, at: end) })
                    || words.ordinalPrefixes.contains(where: { hasPrefix($0, endingAt: start) }) {
                    return true
                }
            }
            // "1-dimensional", "3-year": compounds a translation writes as one word.
            if after == UInt8(ascii: "-"), end + 1 < bytes.count, isLetter(bytes[end + 1]) { return true }
            guard namesToo else { return false }
            return isLetter(before) || isLetter(after) || (before == UInt8(ascii: "-") && isLetter(beforeThat))
        }

        private func hasSuffix(_ suffix: String, at end: Int) -> Bool {
            let suffixBytes = Array(suffix.utf8)
            guard end + suffixBytes.count <= bytes.count,
                  zip(bytes[end...], suffixBytes).allSatisfy({ lower($0) == lower($1) }) else { return false }
            let next = end + suffixBytes.count
            return next >= bytes.count || !isASCIILetter(bytes[next])
        }

        private func hasPrefix(_ prefix: String, endingAt start: Int) -> Bool {
            var prefixStart = start
            // `第 1`: the prefix may stand a space away.
            if prefixStart > 0, bytes[prefixStart - 1] == UInt8(ascii: " ") { prefixStart -= 1 }
            let prefixBytes = Array(prefix.utf8)
            guard prefixStart >= prefixBytes.count else { return false }
            return Array(bytes[(prefixStart - prefixBytes.count)..<prefixStart]) == prefixBytes
        }

        private func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
        private func isLetter(_ byte: UInt8) -> Bool { isASCIILetter(byte) || byte >= 0x80 }
    }

    /// Whether two sides state the same numbers: as read, or digit group by digit group
    /// (`08.07` and `7/8` are both 8 and 7; one side's grouping may read as the other's decimals).
    private static func agree(_ a: [TextNumber], _ b: [TextNumber]) -> Bool {
        guard a.map(\.canonical).sorted() != b.map(\.canonical).sorted() else { return true }
        return a.flatMap(atoms).sorted() == b.flatMap(atoms).sorted()
    }

    private static func atoms(_ number: TextNumber) -> [String] {
        number.text.split { !$0.isASCII || !$0.isNumber }.map { part in
            let trimmed = part.drop { $0 == "0" }
            return trimmed.isEmpty ? "0" : String(trimmed)
        }
    }

    /// The numbers of each side that the other lacks. A date one side writes in a form the
    /// recognizer misses leaves its parts behind as numbers: they belong to the unmatched
    /// date of the other side.
    private static func unexplained(target: Side, source: Side) -> (missing: [TextNumber], extra: [TextNumber]) {
        var targetNumbers = target.numbers
        var sourceNumbers = source.numbers
        let pairing = TextDatePairing(source: source.dates, target: target.dates)
        removeParts(of: pairing.unmatchedSource, from: &targetNumbers)
        removeParts(of: pairing.unmatchedTarget, from: &sourceNumbers)
        return difference(target: targetNumbers, source: sourceNumbers)
    }

    /// A number one side writes as a word ("five", "zwölf", a month name) that the other
    /// side writes in digits is the same number. The target's inflected "one" ("einer")
    /// only explains a source's `1`.
    private static func cancelWords(missing: inout [TextNumber], extra: inout [TextNumber],
                                    target: Side, source: Side) {
        guard !missing.isEmpty || !extra.isEmpty else { return }
        var onlySource = counts(source.wordValues.all)
        // Numeral characters stand inside ordinary words (`进一步`): they explain a target's
        // digits, but do not take a month name of the source away.
        for value in target.wordValues.words {
            if let count = onlySource[value], count > 0 { onlySource[value] = count - 1 }
        }
        var onlyTarget = counts(target.wordValues.allInflected)
        for value in source.wordValues.all {
            if let count = onlyTarget[value], count > 0 { onlyTarget[value] = count - 1 }
        }
        extra.removeAll { number in take(number.canonical, from: &onlySource) }
        missing.removeAll { number in take(number.canonical, from: &onlyTarget) }
    }

    private static func counts(_ values: [Int]) -> [Int: Int] {
        values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    private static func take(_ canonical: String, from counts: inout [Int: Int]) -> Bool {
        guard let value = Int(canonical), let count = counts[value], count > 0 else { return false }
        counts[value] = count - 1
        return true
    }

    /// `FY21` in one language is `2021` in another: a two-digit year the other side writes
    /// with its century (or states both ways) is the same number.
    private static func cancelYears(missing: inout [TextNumber], extra: inout [TextNumber],
                                    target: [TextNumber], source: [TextNumber]) {
        func century(_ number: TextNumber) -> String? {
            guard number.canonical.count == 2, let value = Int(number.canonical) else { return nil }
            return String(2000 + value)
        }
        let targetCenturies = Set(target.compactMap(century))
        let sourceCenturies = Set(source.compactMap(century))
        let targetValues = Set(target.map(\.canonical))
        let sourceValues = Set(source.map(\.canonical))
        missing.removeAll { number in
            century(number).map(targetValues.contains) == true || targetCenturies.contains(number.canonical)
        }
        extra.removeAll { number in
            century(number).map(sourceValues.contains) == true || sourceCenturies.contains(number.canonical)
        }
    }

    /// Day, month and year of each date, one of each per date: numbers a side wrote a date
    /// with. A year-less "December 19" may mean December 2019, so 2019 stands in too.
    private static func removeParts(of dates: [RecognizedDate], from numbers: inout [TextNumber]) {
        for found in dates {
            let date = found.date
            var wanted = [[String(date.day)], [String(date.month)], [String(date.year), String(date.year % 100)]]
            if found.yearInferred { wanted[2] += [String(2000 + date.day)] }
            for choices in wanted {
                if let index = numbers.firstIndex(where: { choices.contains($0.canonical) }) {
                    numbers.remove(at: index)
                }
            }
        }
    }

    /// Source numbers the target lacks, and target numbers the source lacks, in text order.
    static func difference(target: [TextNumber], source: [TextNumber]) -> (missing: [TextNumber], extra: [TextNumber]) {
        var targetCounts: [String: Int] = [:]
        for number in target { targetCounts[number.canonical, default: 0] += 1 }
        var missing: [TextNumber] = []
        for number in source {
            if let count = targetCounts[number.canonical], count > 0 {
                targetCounts[number.canonical] = count - 1
            } else {
                missing.append(number)
            }
        }
        var extra: [TextNumber] = []
        for number in target.reversed() {
            if let count = targetCounts[number.canonical], count > 0 {
                targetCounts[number.canonical] = count - 1
                extra.append(number)
            }
        }
        return (missing, extra.reversed())
    }

    static func message(missing: [TextNumber], extra: [TextNumber]) -> String? {
        switch (missing.isEmpty, extra.isEmpty) {
        case (true, true):
            return nil
        case (false, true):
            let noun = missing.count == 1 ? "number" : "numbers"
            let verb = missing.count == 1 ? "is" : "are"
            return "\(noun) \(list(missing)) of the source \(verb) missing in the target"
        case (true, false):
            let noun = extra.count == 1 ? "number" : "numbers"
            return "the target has \(noun) \(list(extra)) that the source does not have"
        case (false, false):
            return "the target has \(list(extra)) where the source has \(list(missing))"
        }
    }

    private static func list(_ numbers: [TextNumber]) -> String {
        var quoted = numbers.prefix(listed).map { "'\(TextProse.excerpt($0.text, limit: 20))'" }
        if numbers.count > listed { quoted.append("…") }
        return quoted.joined(separator: ", ")
    }
}
