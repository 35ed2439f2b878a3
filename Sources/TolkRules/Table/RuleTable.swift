import TolkModel

/// The compiled rule table (schema `tolk.rules/1`): what a content tree says
/// about procedures, roles, audiences and agreements, with provenance and
/// per-locale text. Written as `rules.json` and `rules.sqlite`; read by the
/// onboarding validator and the guide renderer.
public struct RuleTable: Sendable, Codable, Equatable {
    /// The only schema this build reads and writes.
    public static let schemaVersion = "tolk.rules/1"

    public var schema: String
    public var generated: Generated
    /// Every document and its versions per locale, with the current one marked.
    public var documents: [DocumentRecord]
    /// Sorted by `id`.
    public var rules: [Rule]
    /// What extraction could not settle: unknown labels, dates that differ
    /// between a target and its source, overlapping or contradictory rules.
    public var findings: [RuleFinding]

    public init(generated: Generated, documents: [DocumentRecord], rules: [Rule], findings: [RuleFinding]) {
        self.schema = Self.schemaVersion
        self.generated = generated
        self.documents = documents
        self.rules = rules
        self.findings = findings
    }

    /// Facts about the compilation; deliberately no timestamp, so that the
    /// same content gives the same bytes.
    public struct Generated: Sendable, Codable, Equatable {
        /// FNV-1a 64 over every input file's path and bytes, in path order (hex).
        public var contentHash: String
        /// The locale of the English source side of the pairs.
        public var sourceLocale: String
        /// Every locale seen, source included, sorted.
        public var locales: [String]
        public var counts: Counts

        public init(contentHash: String, sourceLocale: String, locales: [String], counts: Counts) {
            self.contentHash = contentHash
            self.sourceLocale = sourceLocale
            self.locales = locales
            self.counts = counts
        }
    }

    public struct Counts: Sendable, Codable, Equatable {
        public var files: Int
        public var documents: Int
        public var rules: Int
        /// Rules per kind (every kind listed, zero included).
        public var byKind: [String: Int]
        public var findings: Int

        public init(files: Int, documents: Int, rules: Int, byKind: [String: Int], findings: Int) {
            self.files = files
            self.documents = documents
            self.rules = rules
            self.byKind = byKind
            self.findings = findings
        }
    }

    /// Rules of `kind` in effect on `date` (all of that kind when `date` is nil).
    public func rules(of kind: RuleKind? = nil, asOf date: CalendarDate? = nil) -> [Rule] {
        rules.filter { rule in
            (kind == nil || rule.kind == kind) && (date == nil || rule.effective.contains(date!))
        }
    }
}
