import TolkModel

/// What `tolk check --list` prints about a check, and what SARIF calls a rule.
public struct CheckDescriptor: Hashable, Sendable, Codable {
    /// Where a check looks.
    public enum Category: String, Hashable, Sendable, Codable, CaseIterable {
        /// The span pairs of one file.
        case pairs
        /// A pair's target against its source.
        case content
        /// One file as a whole: front matter, language, links.
        case document
        /// The locales and versions of one document against each other.
        case locales
        /// Problems found while reading a file (the parser's diagnostics).
        case reading
    }

    /// Stable id (`span-unpaired`): reports stay comparable across releases.
    public var id: String
    public var category: Category
    public var defaultSeverity: Severity
    /// One sentence: what the check reports.
    public var summary: String

    public init(id: String, category: Category, defaultSeverity: Severity, summary: String) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.summary = summary
    }
}
