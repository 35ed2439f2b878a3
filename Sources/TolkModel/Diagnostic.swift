/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found while reading a file: where, how bad, and what.
///
/// `code` is stable (`span-unpaired`, `frontmatter-yaml` …) so tools and
/// tests can rely on it; `message` is for people.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The `data-ttu-id`/`data-stu-id` concerned, for span diagnostics.
    public var segmentID: String?

    public init(_ code: DiagnosticCode, _ severity: Severity, at location: SourceLocation,
                _ message: String, segmentID: String? = nil) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
        self.segmentID = segmentID
    }

    /// `path:line:column: severity: message [code]`, the form compilers use.
    public func formatted(path: String) -> String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

/// The closed set of reading diagnostics.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable {
    // File level
    case unreadable = "file-unreadable"
    case invalidUTF8 = "invalid-utf8"
    case nulByte = "nul-byte"
    case empty = "file-empty"
    case nestingTooDeep = "nesting-too-deep"
    // Front matter
    case frontMatterMissing = "frontmatter-missing"
    case frontMatterUnclosed = "frontmatter-unclosed"
    case frontMatterYAML = "frontmatter-yaml"
    case frontMatterNotMapping = "frontmatter-not-mapping"
    case frontMatterDate = "frontmatter-date"
    case frontMatterLocale = "frontmatter-locale"
    // Span pairs. Each `data-ttu-id` that does not become a segment carries
    // exactly one diagnostic with a code from `SpanDiagnostics.unpairedTarget`.
    case spanUnpaired = "span-unpaired"
    case spanOrphanSource = "span-orphan-source"
    case spanIDMismatch = "span-id-mismatch"
    case spanIDDuplicate = "span-id-duplicate"
    case spanNested = "span-nested"
    case spanOutsideMarkup = "span-outside-markup"
    case spanUnlocated = "span-unlocated"
    case spanCrossesMarkup = "span-crosses-markup"
    // DocFX extensions
    case malformedExtension = "docfx-malformed"

    /// Codes that stand for a `data-ttu-id` occurrence that is not a segment.
    public static let unpairedTarget: Set<DiagnosticCode> = [.spanUnpaired, .spanNested, .spanOutsideMarkup]
}
