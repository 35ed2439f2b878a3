import Foundation

/// A thread-safe cache: building a recognizer asks ICU for patterns and month names, which is slow.
///
/// `@unchecked Sendable`: the dictionary is only touched under `lock`.
public final class DateRecognizers: @unchecked Sendable {
    /// The cache the whole process shares.
    public static let shared = DateRecognizers()

    private let lock = NSLock()
    private var recognizers: [[String]: LocalizedDateRecognizer] = [:]

    /// An empty cache of its own; most callers use `shared`.
    public init() {}

    /// Recognizer for `locale` that also knows `sourceLocale`'s forms (untranslated English sentences occur in
    /// translated files), e.g. recognizer(for: "de-DE", sourceLocale: "en-US").
    public func recognizer(for locale: String, sourceLocale: String = "en-US") -> LocalizedDateRecognizer {
        let locales = locale == sourceLocale ? [locale] : [locale, sourceLocale]
        if let cached = lock.withLock({ recognizers[locales] }) { return cached }
        // Built outside the lock so that other locales are not kept waiting; if two threads
        // build the same one, the first stored wins and both return it.
        let built = LocalizedDateRecognizer(locales: locales)
        return lock.withLock {
            if let stored = recognizers[locales] { return stored }
            recognizers[locales] = built
            return built
        }
    }
}
