import TolkModel
import TolkRules

/// One problem a check found: which check, how bad, where, and what.
///
/// `check` is a stable id from `CheckCatalog` (`link-mismatch`); `message`
/// is for people and never holds line numbers, so the `fingerprint` survives
/// edits that move the text.
public struct Finding: Hashable, Sendable, Codable {
    public var check: String
    public var severity: Severity
    public var path: String
    public var line: Int
    public var column: Int
    /// The span pair's `data-ttu-id`, when the finding is about one.
    public var segment: String?
    /// The locale of the file (`de-DE`), when known.
    public var locale: String?
    public var message: String
    /// Stable identity for baselines and SARIF: the check, path, segment and
    /// message, plus the occurrence number among equal ones. Set by `CheckRunner`.
    public var fingerprint: String

    public init(check: String, severity: Severity, path: String, line: Int, column: Int,
                segment: String? = nil, locale: String? = nil, message: String, fingerprint: String = "") {
        self.check = check
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.segment = segment
        self.locale = locale
        self.message = message
        self.fingerprint = fingerprint
    }

    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// The hash part of the fingerprint: what the finding is about, not where.
    public var identityHash: String {
        let basis = [check, path, segment ?? "", message].joined(separator: "\u{1F}")
        return String(FNV1a.hash(basis.utf8), radix: 16)
    }

    /// Orders findings by file, position, check, then message: the order every reporter prints.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.path, a.line, a.column, a.check, a.message) < (b.path, b.line, b.column, b.check, b.message)
    }
}
