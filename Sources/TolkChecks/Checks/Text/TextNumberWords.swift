import Foundation
import TolkModel

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
    /// Every beginning of three letters or more of a full month name (as written and
    /// capitalized) → its month, the first name's when two share one: an abbreviation ICU
    /// does not give ("Sept") is one. Looked up once per word.
    private let fullMonthBeginnings: [String: Int]
    /// Whether a byte is the first UTF-8 byte of a month name, in the case it is written
    /// in or capitalized (indexed by the byte).
    private let startsMonthName: [Bool]
    /// Scripts that write numbers with numeral characters (`二十一`) inside words without
    /// spaces: the characters the locale's digits 0…9 are spelled with.
    private let numerals: Set<Character>
    private let numeralScalars: Set<Unicode.Scalar>
    /// Lower-case first letters of every number word and month name: a word starting with
    /// another letter is none of them.
    private let firstLetters: Set<Unicode.Scalar>
    /// `firstLetters` for ASCII, indexed by the lower-case letter's value: most words are
    /// passed over on their first letter, without lower-casing or hashing it.
    private let asciiFirstLetters: [Bool]
    /// The first four letters of number words of four letters or more (not "one"), which
    /// compounds start with.
    private let compoundStarts: Set<String>
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

        numeralScalars = Set(numerals.flatMap(\.unicodeScalars))
        compoundStarts = Set(spelled.filter { $0.key.count >= 4 && $0.value != 1 }.map { String($0.key.prefix(4)) })

        let formatter = DateFormatter()
        formatter.locale = locale
        var months: [String: Int] = [:]
        var fullMonths: [(name: String, month: Int)] = []
        for (index, name) in formatter.monthSymbols.enumerated() where name.count > 3 && name.allSatisfy(\.isLetter) {
            fullMonths.append((name, index + 1))
            let capitalized = name.prefix(1).uppercased() + name.dropFirst()
            if capitalized != name { fullMonths.append((capitalized, index + 1)) }
        }
        var beginnings: [String: Int] = [:]
        for (name, month) in fullMonths {
            let characters = Array(name) // full names have more than three letters
            for length in 3...characters.count {
                let beginning = String(characters[..<length])
                if beginnings[beginning] == nil { beginnings[beginning] = month }
            }
        }
        fullMonthBeginnings = beginnings
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
        let firstBytes = Set(months.keys.compactMap(\.utf8.first))
        startsMonthName = (0...255).map { firstBytes.contains(UInt8($0)) }
        let names = Array(spelled.keys) + months.keys.map { $0.lowercased() } + fullMonths.map { $0.name.lowercased() }
        firstLetters = Set(names.compactMap(\.unicodeScalars.first))
        let letters = firstLetters
        asciiFirstLetters = (0..<128).map { letters.contains(Unicode.Scalar(UInt8($0))) }
    }

    /// The numbers one text writes in words.
    struct Values: Sendable {
        /// Number words and month names; a number word before a scale word counts scaled
        /// ("eine Million" is 1000000).
        var words: [Int] = []
        /// The same with inflected forms of "one" ("einer") and compounds that start with a
        /// number word ("zwölfmal", "zweiten").
        var inflectedWords: [Int] = []
        /// Runs of numeral characters (`二十一`, also inside ordinary words such as `进一步`).
        var numerals: [Int] = []

        var all: [Int] { words + numerals }
        var allInflected: [Int] { inflectedWords + numerals }
    }

    /// The values of the number words, month names and numerals in `text`, one per occurrence.
    func values(in text: String) -> Values {
        var out = Values()
        // Whether the word before was a number word as written, or only as an inflected form.
        var lastExact = false, lastInflected = false
        let scalars = text.unicodeScalars
        var wordStart: String.UnicodeScalarView.Index?
        var numeralRun = ""
        func flushWord(at end: String.UnicodeScalarView.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            var word = Substring(scalars[start..<end])
            while word.hasSuffix("-") { word = word.dropLast() }
            guard !word.isEmpty else { return }
            if lastExact || lastInflected, let zeros = scale(startingWith: word) {
                let factor = Int(pow(10, Double(zeros)))
                if lastExact, let last = out.words.last, last <= Int.max / factor {
                    out.words[out.words.count - 1] = last * factor
                }
                if let last = out.inflectedWords.last, last <= Int.max / factor {
                    out.inflectedWords[out.inflectedWords.count - 1] = last * factor
                }
                lastExact = false
                lastInflected = false
                return
            }
            let (exact, inflected) = evaluate(word)
            if let exact { out.words.append(exact) }
            if let inflected = exact ?? inflected { out.inflectedWords.append(inflected) }
            lastExact = exact != nil
            lastInflected = exact == nil && inflected != nil
            if exact == nil, inflected == nil, word.utf8.contains(UInt8(ascii: "-")) {
                // "mid-June", "five-year": the parts are words of their own.
                for part in word.split(separator: "-") {
                    let (exact, inflected) = evaluate(part)
                    if let exact { out.words.append(exact) }
                    if let inflected = exact ?? inflected { out.inflectedWords.append(inflected) }
                }
            }
        }
        func flushNumerals() {
            guard !numeralRun.isEmpty else { return }
            if let value = spelled[numeralRun] {
                out.numerals.append(value)
            } else {
                // A run no number is spelled as (`一一`): each character on its own.
                for character in numeralRun {
                    if let value = spelled[String(character)] { out.numerals.append(value) }
                }
            }
            numeralRun = ""
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if !numerals.isEmpty, numeralScalars.contains(scalar) {
                flushWord(at: index)
                numeralRun.unicodeScalars.append(scalar)
            } else {
                flushNumerals()
                if ScalarProperties.isAlphabetic(scalar) || (scalar == "-" && wordStart != nil) {
                    if wordStart == nil { wordStart = index }
                } else {
                    flushWord(at: index)
                }
            }
            index = scalars.index(after: index)
        }
        flushNumerals()
        flushWord(at: scalars.endIndex)
        return out
    }

    /// A word's value as written (number word or month name), and as an inflected or
    /// compound form. Words that cannot be either are passed over without allocating.
    private func evaluate(_ word: Substring) -> (exact: Int?, inflected: Int?) {
        guard let first = word.unicodeScalars.first else { return (nil, nil) }
        if first.isASCII {
            let value = first.value &- 0x41 < 26 ? first.value | 0x20 : first.value
            guard asciiFirstLetters[Int(value)] else { return (nil, nil) }
        } else {
            guard firstLetters.contains(first.properties.lowercaseMapping.unicodeScalars.first ?? first) else {
                return (nil, nil)
            }
        }
        let text = String(word)
        if let value = month(text) ?? spelled[text.lowercased()] { return (value, nil) }
        let lowered = text.lowercased()
        if let oneStem, lowered.hasPrefix(oneStem), lowered.count <= oneStem.count + 2 { return (nil, 1) }
        // Compounds and ordinals that start with a number word: "zwölfmal", "zweiten", "vierde".
        // Not "one": its spelled form starts too many unrelated words ("Einstellungen").
        guard lowered.count > 4, !lowered.utf8.contains(UInt8(ascii: "-")), compoundStarts.contains(String(lowered.prefix(4))) else {
            return (nil, nil)
        }
        for length in stride(from: min(lowered.count - 1, 14), through: 4, by: -1) {
            if let value = spelled[String(lowered.prefix(length))], value != 1 { return (nil, value) }
        }
        return (nil, nil)
    }

    /// Whether `text` names a month. Only words that start with the first letter of a month
    /// name (in the case ICU writes it, or capitalized) are looked up.
    func containsMonthName(_ text: String) -> Bool {
        // Bytes: ASCII letters and every byte of a non-ASCII character count as word bytes,
        // which is enough to find where words start; only candidates are decoded.
        func isWordByte(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte >= 0x80 }
        return text.withUTF8Bytes { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard isWordByte(byte) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                if startsMonthName[Int(byte)], end - index >= 3,
                   month(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)) != nil {
                    return true
                }
                index = end
            }
            return false
        }
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
        months[word] ?? fullMonthBeginnings[word]
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
