import Foundation
import TolkModel

/// BCP 47 lookup over the locales a guide exists in: the tag itself, its
/// bare language, the available locales of the same language (same script
/// first, so `zh-TW` finds `zh-Hant-*` before `zh-CN`), then the source locale.
public struct LocaleFallback: Sendable {
    public var sourceLocale: String

    public init(sourceLocale: String) {
        self.sourceLocale = sourceLocale
    }

    /// The tags to try for `requested`, in order, without duplicates.
    public func chain(for requested: LocaleTag, available: Set<String>) -> [String] {
        var out = [requested.identifier]
        if requested.language != requested.identifier { out.append(requested.language) }
        let script = Self.script(of: requested.identifier)
        let sameLanguage = available
            .filter { LocaleTag($0)?.language == requested.language }
            .sorted { lhs, rhs in
                let l = Self.script(of: lhs) == script ? 0 : 1
                let r = Self.script(of: rhs) == script ? 0 : 1
                return (l, lhs) < (r, rhs)
            }
        out += sameLanguage
        out.append(sourceLocale)
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// Resolves `requested` against `available`: the tags tried up to the
    /// first one available (the source locale when none is).
    public func resolve(_ requested: LocaleTag, available: Set<String>) -> LocaleResolution {
        let candidates = chain(for: requested, available: available)
        let index = candidates.firstIndex(where: available.contains) ?? (candidates.count - 1)
        let used = candidates[index]
        return LocaleResolution(requested: requested.identifier, used: used, chain: Array(candidates[...index]),
                                isSourceFallback: used == sourceLocale && requested.identifier != sourceLocale)
    }

    /// The script Foundation's likely-subtags data gives the tag (`Hans` for `zh-CN`).
    static func script(of identifier: String) -> String? {
        Locale.Language(identifier: identifier).maximalIdentifier
            .split(separator: "-").first { $0.count == 4 }.map(String.init)
    }
}
