import Foundation
import TolkModel
import TolkRules

/// Picks a rule's sentence for a requested locale with BCP 47 fallback:
/// the locale itself (`de-AT`), the language's likely locale (`de-DE`), the
/// bare language (`de`), another locale of the language, and only then the
/// source locale (`en-US`), which is reported as a fallback.
struct MessageLocalizer: Sendable {
    let sourceLocale: String
    /// Fallback chains by requested locale: CLDR's likely subtags are an ICU
    /// call, too slow to repeat for every violation of a million records.
    private let chains = ChainCache()

    struct Choice: Equatable {
        var text: String
        var locale: String
        var fellBack: Bool
    }

    func choose(_ text: [String: String], for requested: String) -> Choice? {
        for candidate in chains.chain(for: requested) {
            if let sentence = text[candidate] { return Choice(text: sentence, locale: candidate, fellBack: false) }
        }
        let language = TestNameSet.language(of: requested)
        if let sibling = text.keys.sorted().first(where: { TestNameSet.language(of: $0) == language }) {
            return Choice(text: text[sibling]!, locale: sibling, fellBack: false)
        }
        let sameLanguageAsSource = language == TestNameSet.language(of: sourceLocale)
        if let source = text[sourceLocale] { return Choice(text: source, locale: sourceLocale, fellBack: !sameLanguageAsSource) }
        guard let any = text.keys.sorted().first else { return nil }
        return Choice(text: text[any]!, locale: any, fellBack: true)
    }

    /// `de-AT` → `de-AT`, `de-DE`, `de`: the likely region comes from CLDR's
    /// likely subtags (Foundation), not a list of our own.
    static func chain(for requested: String) -> [String] {
        let canonical = LocaleTag(requested)?.identifier ?? requested
        let language = TestNameSet.language(of: canonical)
        var out = [canonical]
        if let region = Locale.Language(identifier: language).maximalIdentifier
            .split(separator: "-").last(where: { $0.count == 2 && $0.uppercased() == $0 }) {
            out.append("\(language)-\(region)")
        }
        out.append(language)
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }
}

/// Requested locale → fallback chain, filled on first use, shared by threads.
private final class ChainCache: @unchecked Sendable {
    private var chains: [String: [String]] = [:]
    private let lock = NSLock()

    func chain(for requested: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let known = chains[requested] { return known }
        let chain = MessageLocalizer.chain(for: requested)
        chains[requested] = chain
        return chain
    }
}
