import TolkModel

/// The outcome of a run: findings in report order and what reporters need
/// around them (check metadata, counts, the files and their documents).
public struct CheckReport: Sendable {
    public var findings: [Finding]
    /// Every check known, for SARIF rule metadata and summaries.
    public var checks: [CheckDescriptor]
    public var files: [FileStatus]
    public var summary: CheckSummary

    public init(findings: [Finding], checks: [CheckDescriptor], files: [FileStatus], summary: CheckSummary) {
        self.findings = findings
        self.checks = checks
        self.files = files
        self.summary = summary
    }

    /// The most severe finding, `nil` when there is none.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// Every check the report speaks of, once each: the described checks in
    /// their order, then, sorted, the ids of findings no descriptor describes
    /// (their descriptor `nil`). What the JUnit suites and the SARIF rules list.
    var reportedChecks: [(id: String, descriptor: CheckDescriptor?)] {
        var seen = Set<String>()
        var out: [(id: String, descriptor: CheckDescriptor?)] = checks.compactMap { check in
            seen.insert(check.id).inserted ? (check.id, check) : nil
        }
        for id in Set(findings.map(\.check)).subtracting(seen).sorted() { out.append((id, nil)) }
        return out
    }
}

/// One checked file: which document it belongs to and its version.
public struct FileStatus: Sendable, Codable, Hashable {
    public var path: String
    public var locale: String
    /// The document group's key (asset id or path key).
    public var document: String
    /// The document's title in this file (first `#` heading, else front matter `title`).
    public var title: String?
    /// Whether this is the newest file of its locale in the group.
    public var current: Bool
    public var sourceDate: CalendarDate?
    public var handoffDate: CalendarDate?
    /// `MT`, `HT` …, as the front matter says.
    public var translation: String?
    /// Span pairs in the file.
    public var segments: Int
    /// Whether the file is an English source (no pairs, source language).
    public var isSource: Bool

    public init(path: String, locale: String, document: String, title: String?, current: Bool,
                sourceDate: CalendarDate?, handoffDate: CalendarDate?, translation: String?,
                segments: Int, isSource: Bool) {
        self.path = path
        self.locale = locale
        self.document = document
        self.title = title
        self.current = current
        self.sourceDate = sourceDate
        self.handoffDate = handoffDate
        self.translation = translation
        self.segments = segments
        self.isSource = isSource
    }
}

/// Counts printed at the end of every report.
public struct CheckSummary: Sendable, Codable, Hashable {
    public var files: Int
    public var documents: Int
    public var locales: [String]
    public var findings: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    /// Findings silenced by inline comments.
    public var suppressed: Int
    /// Findings already in the `--baseline` file.
    public var baselined: Int
    /// Check id → findings reported.
    public var byCheck: [String: Int]

    public init(files: Int, documents: Int, locales: [String], findings: [Finding], suppressed: Int, baselined: Int) {
        self.files = files
        self.documents = documents
        self.locales = locales
        self.findings = findings.count
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        notes = findings.count { $0.severity == .note }
        self.suppressed = suppressed
        self.baselined = baselined
        byCheck = findings.reduce(into: [:]) { $0[$1.check, default: 0] += 1 }
    }
}
