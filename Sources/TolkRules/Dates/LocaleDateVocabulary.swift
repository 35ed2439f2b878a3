import Foundation

/// What ICU/CLDR knows about how one locale writes dates: its date patterns, month
/// names and ordinal day numbers. Nothing here is written by hand, so a locale ICU
/// knows needs no code.
struct LocaleDateVocabulary: Sendable {
    /// Skeletons (UTS #35 templates) asked of ICU for dates with a year: full and
    /// abbreviated month names, and all-numeric.
    static let datedTemplates = ["yMMMMd", "yMMMd", "yMd"]
    /// Skeletons for dates without a year. Only forms with a month name (or, in CJK,
    /// a month word such as 月): an all-numeric `Md` would turn "2/5" into a date.
    static let yearlessTemplates = ["MMMMd", "MMMd"]

    let localeIdentifier: String
    /// ICU patterns for `datedTemplates`, without duplicates, in template order.
    let datedPatterns: [String]
    let yearlessPatterns: [String]
    /// Every month name ICU gives (format and standalone, full and abbreviated), plus
    /// abbreviations without their final period; longest first so that an alternation
    /// tries "January" before "Jan".
    let monthNamesLongestFirst: [String]
    /// Lowercased month name → 1...12.
    let monthByName: [String: Int]
    /// Day numbers 1...31 as the locale writes ordinals ("1st", "1er", "1."), with the
    /// number, longest first.
    let ordinalDays: [(day: Int, text: String)]
    /// Lowercased ordinal → day number.
    let dayByOrdinal: [String: Int]

    init(localeIdentifier: String) {
        let locale = Locale(identifier: localeIdentifier)
        self.localeIdentifier = localeIdentifier

        func patterns(_ templates: [String]) -> [String] {
            var seen: Set<String> = []
            return templates.compactMap { DateFormatter.dateFormat(fromTemplate: $0, options: 0, locale: locale) }
                .filter { seen.insert($0).inserted }
        }
        datedPatterns = patterns(Self.datedTemplates)
        yearlessPatterns = patterns(Self.yearlessTemplates)

        let formatter = DateFormatter()
        formatter.locale = locale
        var monthByName: [String: Int] = [:]
        let symbolLists = [formatter.monthSymbols, formatter.standaloneMonthSymbols,
                           formatter.shortMonthSymbols, formatter.shortStandaloneMonthSymbols]
        for symbols in symbolLists {
            for (index, name) in symbols.enumerated() where !name.isEmpty {
                monthByName[name.lowercased()] = index + 1
                // ICU abbreviations end in a period ("Jan.", "févr.") that writers often drop.
                if name.count > 2, name.hasSuffix(".") {
                    monthByName[String(name.dropLast()).lowercased()] = index + 1
                }
            }
        }
        self.monthByName = monthByName
        monthNamesLongestFirst = monthByName.keys.sorted(by: Self.longestFirst)

        let ordinalFormatter = NumberFormatter()
        ordinalFormatter.locale = locale
        ordinalFormatter.numberStyle = .ordinal
        var ordinalDays: [(day: Int, text: String)] = []
        var dayByOrdinal: [String: Int] = [:]
        for day in 1...31 {
            guard let text = ordinalFormatter.string(from: NSNumber(value: day)), text != String(day) else { continue }
            ordinalDays.append((day, text))
            dayByOrdinal[text.lowercased()] = day
        }
        self.ordinalDays = ordinalDays.sorted { Self.longestFirst($0.text, $1.text) }
        self.dayByOrdinal = dayByOrdinal
    }

    /// Longer strings first, then alphabetical, so that alternations are deterministic.
    static func longestFirst(_ lhs: String, _ rhs: String) -> Bool {
        lhs.count != rhs.count ? lhs.count > rhs.count : lhs < rhs
    }
}
