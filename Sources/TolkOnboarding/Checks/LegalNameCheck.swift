import Foundation
import TolkModel
import TolkRules

/// `legal-name`: the customer's legal name is given (`exactLegalName`), is
/// not a test name (`noTestNames`, with the names the rule carries for the
/// record's language and the source language, or for every language when
/// the record states none) and does not look like an acronym or short form
/// (`noAcronyms`; a heuristic, so a warning).
struct LegalNameCheck: OnboardingCheck {
    let id = "legal-name"
    static let field = "customer.legalName"

    func run(_ context: CheckContext) -> [CheckFinding]? {
        let exact = context.rules.verifications(.exactLegalName, at: context.date)
        let tests = context.rules.verifications(.noTestNames, at: context.date)
        let acronyms = context.rules.verifications(.noAcronyms, at: context.date)
        guard !exact.isEmpty || !tests.isEmpty || !acronyms.isEmpty else { return nil }
        guard let name = context.record.customer?.legalName, !name.isBlank else {
            // Without a name there is nothing to look for test names or acronyms in.
            guard let rule = (exact.first ?? tests.first ?? acronyms.first)?.rule else { return [] }
            return [CheckFinding(rule: rule, field: Self.field, detail: "no legal name given")]
        }
        var out: [CheckFinding] = []
        let words = TestNameSet.words(of: name)
        let languages = TestNameSet.languages(record: context.record.locale, source: context.rules.sourceLocale)
        for (rule, _) in tests {
            if let found = context.rules.testNames[rule.id]?.firstTestName(in: name, words: words, languages: languages) {
                out.append(CheckFinding(rule: rule, field: Self.field, detail: "\"\(name)\" contains the test name \"\(found)\""))
            }
        }
        if let rule = acronyms.first?.rule, let reason = AcronymHeuristic.reason(name) {
            out.append(CheckFinding(rule: rule, field: Self.field, detail: "\"\(name)\" \(reason)", severity: .warning))
        }
        return out
    }
}

/// Test names found in a legal name: whole words in scripts that separate
/// words with spaces ("Demo AB", not "Democratic"), anywhere in scripts that
/// do not ("测试有限公司"). Prepared once per rule.
struct TestNameSet: Sendable {
    struct Names: Sendable {
        /// Folded (case, diacritics, width) → as the rule writes it.
        var words: [String: String] = [:]
        var unspaced: [String] = []
    }

    /// Language → names.
    private var byLanguage: [String: Names] = [:]

    init(_ names: [String: [String]]) {
        for tag in names.keys.sorted() {
            let language = Self.language(of: tag)
            for name in names[tag]! {
                if Self.isUnspaced(name) {
                    byLanguage[language, default: Names()].unspaced.append(name)
                } else if byLanguage[language]?.words[Self.fold(name)] == nil {
                    byLanguage[language, default: Names()].words[Self.fold(name)] = name
                }
            }
        }
    }

    /// The record's language and the source language; nil for every language.
    static func languages(record locale: String?, source: String) -> Set<String>? {
        guard let locale else { return nil }
        return [language(of: locale), language(of: source)]
    }

    static func language(of tag: String) -> String { String(tag.prefix { $0 != "-" }).lowercased() }

    static func words(of name: String) -> [String] {
        name.split { !$0.isLetter && !$0.isNumber }.map { fold(String($0)) }
    }

    func firstTestName(in name: String, words: [String], languages: Set<String>?) -> String? {
        for language in byLanguage.keys.sorted() where languages?.contains(language) ?? true {
            let names = byLanguage[language]!
            if let found = words.lazy.compactMap({ names.words[$0] }).first { return found }
            if let found = names.unspaced.first(where: name.contains) { return found }
        }
        return nil
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Han, kana, hangul: scripts written without spaces between words.
    private static func isUnspaced(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
        }
    }
}

/// What makes a name look like an acronym or a short form.
enum AcronymHeuristic {
    static func reason(_ name: String) -> String? {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        let cased = name.filter { $0.isUppercase || $0.isLowercase }
        // "FHAB": only capitals, and no word long enough to be spelt out.
        if cased.count >= 2, !cased.contains(where: \.isLowercase),
           words.allSatisfy({ $0.filter(\.isLetter).count <= 5 }) {
            return "looks like an acronym (capitals only)"
        }
        // "F.H.A.": initials with full stops.
        if words.contains(where: isInitials) { return "looks like an acronym (initials)" }
        // "Fabrikam Intl. Holding": a shortened word before the end (a final
        // "Inc." or "Ltd." is a legal form, not a short form of the name).
        if words.dropLast().contains(where: { $0.hasSuffix(".") && $0.filter(\.isLetter).count <= 4 }) {
            return "looks like a short form (abbreviated word)"
        }
        return nil
    }

    private static func isInitials(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts.last == "" && parts.dropLast().allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }
}
