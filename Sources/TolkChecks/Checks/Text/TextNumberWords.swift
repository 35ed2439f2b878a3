import Foundation

/// Numbers written as words in one locale: cardinal numbers spelled out
/// ("five", "zwölf", "tre", "二十一") and month names ("May", "maj"), both
/// from ICU/CLDR through Foundation. A target that writes `5 月` where its
/// source writes "May", or "zwölf" where the source writes `12`, states the
/// same number.
struct TextNumberWords: Sendable {
    /// Lower-cased spelled-out number → value (0…100).
    private let spelled: [String: Int]
    /// The stem of the spelled-out one ("ein" of "eins"): inflected forms ("einer",
    /// "einen") are the article-like one that sentences use where the source writes `1`.
    private let oneStem: String?
    /// Month name as ICU writes it, and with a capital first letter → month number.
    private let months: [String: Int]
    /// Full month names (as written and capitalized) with their numbers: an abbreviation ICU
    /// does not give ("Sept") is a prefix of one.
    private let fullMonths: [(name: String, month: Int)]
    /// Scripts that write numbers with numeral characters (`二十一`) inside words without
    /// spaces: the characters the locale's digits 0…9 are spelled with.
    private let numerals: Set<Character>
    /// What the locale writes around a digit to make an ordinal (`st`, `.`, `:e`, `第`), from
    /// ICU's ordinal format of 1…31.
    let ordinalPrefixes: [String]
    let ordinalSuffixes: [String]
    /// Words that scale the number before them ("million" → 6 zeros, "Millionen", "miljoner").
    private let scales: [(word: String, zeros: Int)]

    /// Whether the locale writes numbers with numeral characters of its own script
    /// (Chinese, Japanese, Korean); such translations also write names that hold
    /// digits in English ("21Vianet", "COVID-19") in their own words.
    var writesNumeralCharacters: Bool { !numerals.isEmpty }

    init(localeIdentifier: String) {
        let locale = Locale(identifier: localeIdentifier)
        let speller = NumberFormatter()
        speller.locale = locale
        speller.numberStyle = .spellOut
        var spelled: [String: Int] = [:]
        let hundreds = stride(from: 200, through: 1000, by: 100)
        for value in Array(0...100) + Array(hundreds) + Array(stride(from: 2000, through: 10000, by: 1000)) {
            // ICU marks syllable breaks in compounds ("vier­und­zwanzig") with soft hyphens.
            guard let word = speller.string(from: NSNumber(value: value))?
                .replacingOccurrences(of: "\u{AD}", with: "").lowercased(),
                  !word.contains(" "), word != String(value) else { continue }
            if spelled[word] == nil { spelled[word] = value }
        }
        if locale.language.languageCode?.identifier == "en" {
            for (word, value) in spelled where value > 0 && value <= 31 {
                spelled[Self.englishOrdinal(word)] = value
            }
        }
        self.spelled = spelled
        let one = spelled.first { $0.value == 1 }?.key
        oneStem = one.flatMap { $0.count >= 4 ? String($0.dropLast()) : nil }
        let digitWords = spelled.filter { $0.value < 10 }.keys
        numerals = digitWords.count == 10 && digitWords.allSatisfy { $0.count == 1 }
            ? Set(digitWords.compactMap(\.first)) : []

        var scales: [(word: String, zeros: Int)] = []
        for zeros in [6, 9] {
            // "one million", "eine Million", "en miljon": the last word; `一百万` has none of its own.
            let spelledOut = speller.string(from: NSNumber(value: Int(pow(10, Double(zeros))))) ?? ""
            if let last = spelledOut.split(separator: " ").last.map({ $0.lowercased() }),
               spelledOut.contains(" "), last.count >= 3, last.allSatisfy(\.isLetter) {
                scales.append((last, zeros))
            }
        }
        self.scales = scales

        let ordinals = NumberFormatter()
        ordinals.locale = locale
        ordinals.numberStyle = .ordinal
        var prefixes: Set<String> = [], suffixes: Set<String> = []
        for value in 1...31 {
            guard let text = ordinals.string(from: NSNumber(value: value)) else { continue }
            let digits = String(value)
            if text.hasPrefix(digits), text.count > digits.count {
                suffixes.insert(String(text.dropFirst(digits.count)))
            } else if text.hasSuffix(digits), text.count > digits.count {
                prefixes.insert(String(text.dropLast(digits.count)))
            }
        }
        ordinalPrefixes = prefixes.sorted()
        ordinalSuffixes = suffixes.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }

        let formatter = DateFormatter()
        formatter.locale = locale
        var months: [String: Int] = [:]
        var fullMonths: [(name: String, month: Int)] = []
        for (index, name) in formatter.monthSymbols.enumerated() where name.count > 3 && name.allSatisfy(\.isLetter) {
            fullMonths.append((name, index + 1))
            let capitalized = name.prefix(1).uppercased() + name.dropFirst()
            if capitalized != name { fullMonths.append((capitalized, index + 1)) }
        }
        self.fullMonths = fullMonths
        for symbols in [formatter.monthSymbols, formatter.standaloneMonthSymbols,
                        formatter.shortMonthSymbols, formatter.shortStandaloneMonthSymbols] {
            for (index, symbol) in symbols.enumerated() {
                let name = symbol.hasSuffix(".") ? String(symbol.dropLast()) : symbol
                // Names written with digits (`5月`) are numbers already.
                guard name.count > 1, name.allSatisfy(\.isLetter) else { continue }
                months[name] = index + 1
                months[name.prefix(1).uppercased() + name.dropFirst()] = index + 1
            }
        }
        self.months = months
    }

    /// The values of the number words and month names in `text`, one per occurrence; a
    /// number word before a scale word counts scaled ("eine Million" is 1000000). With
    /// `inflected`, forms of "one" that inflect ("einer") count too; with `numeralRuns`,
    /// numeral characters (`二十一`, also inside words such as `进一步`) count.
    func values(in text: String, inflected: Bool = false, numeralRuns: Bool = true) -> [Int] {
        var out: [Int] = []
        var lastWasNumber = false
        var word = ""
        var numeralRun = ""
        func flushWord() {
            if word.hasSuffix("-") { word.removeLast() }
            guard !word.isEmpty else { return }
            if lastWasNumber, let zeros = scale(startingWith: Substring(word)), let last = out.last,
               last <= Int.max / 1_000_000_000 {
                out[out.count - 1] = last * Int(pow(10, Double(zeros)))
                lastWasNumber = false
            } else if let value = value(of: word, inflected: inflected) {
                out.append(value)
                lastWasNumber = true
            } else if word.contains("-") {
                lastWasNumber = false
                // "mid-June", "five-year": the parts are words of their own.
                for part in word.split(separator: "-") {
                    if let value = value(of: String(part), inflected: inflected) { out.append(value) }
                }
            } else {
                lastWasNumber = false
            }
            word = ""
        }
        func flushNumerals() {
            guard !numeralRun.isEmpty else { return }
            if let value = spelled[numeralRun] {
                out.append(value)
            } else {
                // A run no number is spelled as (`一一`): each character on its own.
                for character in numeralRun {
                    if let value = spelled[String(character)] { out.append(value) }
                }
            }
            numeralRun = ""
        }
        for character in text {
            if numeralRuns, numerals.contains(character) {
                numeralRun.append(character)
                continue
            }
            flushNumerals()
            if character.isLetter || (character == "-" && !word.isEmpty) {
                word.append(character)
            } else {
                flushWord()
            }
        }
        flushNumerals()
        flushWord()
        return out
    }

    /// The month numbers of the month names in `text`, one per occurrence.
    func monthValues(in text: String) -> [Int] {
        var out: [Int] = []
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
                continue
            }
            if let month = month(word) { out.append(month) }
            word = ""
        }
        if let month = month(word) { out.append(month) }
        return out
    }

    /// "eighth" from "eight", "twenty-first" from "twenty-one": CLDR's spelled-out ordinals are
    /// not reachable through Foundation, and English forms them by these rules.
    static func englishOrdinal(_ cardinal: String) -> String {
        var parts = cardinal.split(separator: "-").map(String.init)
        guard let last = parts.popLast() else { return cardinal }
        let irregular = ["one": "first", "two": "second", "three": "third", "five": "fifth",
                         "eight": "eighth", "nine": "ninth", "twelve": "twelfth"]
        let ordinal: String
        if let form = irregular[last] {
            ordinal = form
        } else if last.hasSuffix("y") {
            ordinal = last.dropLast() + "ieth"
        } else {
            ordinal = last + "th"
        }
        return (parts + [ordinal]).joined(separator: "-")
    }

    /// The number of zeros a scale word at the start of `text` stands for ("million users" → 6).
    func scale(startingWith text: Substring) -> Int? {
        let word = text.prefix { $0.isLetter }.lowercased()
        guard !word.isEmpty else { return nil }
        // Plurals and inflections: "millions", "Millionen", "miljoner".
        return scales.first { word.hasPrefix($0.word) && word.count <= $0.word.count + 3 }?.zeros
    }

    /// The month a word names: a month name or abbreviation, or the start of a full name
    /// ("Sept" of "September"), in the name's case or capitalized.
    private func month(_ word: String) -> Int? {
        if let month = months[word] { return month }
        guard word.count >= 3 else { return nil }
        return fullMonths.first { $0.name.hasPrefix(word) }?.month
    }

    private func value(of word: String, inflected: Bool) -> Int? {
        if let value = month(word) ?? spelled[word.lowercased()] { return value }
        guard inflected else { return nil }
        let lowered = word.lowercased()
        if let oneStem, lowered.hasPrefix(oneStem), lowered.count <= oneStem.count + 2 { return 1 }
        // Compounds and ordinals that start with a number word: "zwölfmal", "zweiten", "vierde".
        // Not "one": its spelled form starts too many unrelated words ("Einstellungen").
        for length in stride(from: min(lowered.count - 1, 12), through: 4, by: -1) {
            if let value = spelled[String(lowered.prefix(length))], value != 1 { return value }
        }
        return nil
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: TextNumberWords] = [:]

    /// The words of `localeIdentifier`, built once per process.
    static func forLocale(_ localeIdentifier: String) -> TextNumberWords {
        if let cached = lock.withLock({ cache[localeIdentifier] }) { return cached }
        let built = TextNumberWords(localeIdentifier: localeIdentifier)
        return lock.withLock {
            if let stored = cache[localeIdentifier] { return stored }
            cache[localeIdentifier] = built
            return built
        }
    }
}
