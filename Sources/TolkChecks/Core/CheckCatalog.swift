import TolkModel

/// Every check Tolk knows, in `--list` order: pairs, content, document,
/// locales, then the parser's own diagnostics.
public struct CheckCatalog: Sendable {
    public let documentChecks: [any DocumentCheck]
    public let groupChecks: [any LocaleGroupCheck]

    public init(documentChecks: [any DocumentCheck], groupChecks: [any LocaleGroupCheck]) {
        self.documentChecks = documentChecks
        self.groupChecks = groupChecks
    }

    /// The checks `tolk check` runs.
    public static let standard = CheckCatalog(
        documentChecks: PairChecks.all + ContentChecks.all + TextChecks.all + DocumentChecks.all,
        groupChecks: LocaleChecks.all)

    /// Parser diagnostics no check claims: reported under their own code.
    public var readingCodes: [DiagnosticCode] {
        let claimed = documentChecks.reduce(into: Set<DiagnosticCode>()) { $0.formUnion(type(of: $1).claimedDiagnostics) }
        return DiagnosticCode.allCases.filter { !claimed.contains($0) }
    }

    /// Every descriptor: the checks, then one per unclaimed reading diagnostic.
    public var descriptors: [CheckDescriptor] {
        documentChecks.map(\.descriptor) + groupChecks.map(\.descriptor) + readingCodes.map(Self.readingDescriptor)
    }

    public func descriptor(for id: String) -> CheckDescriptor? {
        descriptors.first { $0.id == id }
    }

    public var ids: [String] { descriptors.map(\.id) }

    /// The descriptor of a parser diagnostic reported as a finding.
    static func readingDescriptor(_ code: DiagnosticCode) -> CheckDescriptor {
        CheckDescriptor(id: code.rawValue, category: .reading, defaultSeverity: readingSeverity(code),
                        summary: readingSummaries[code] ?? "the parser reported '\(code.rawValue)'")
    }

    /// The severity `--list` shows for a reading code; findings keep each
    /// diagnostic's own severity unless the configuration sets one.
    private static func readingSeverity(_ code: DiagnosticCode) -> Severity {
        switch code {
        case .unreadable, .invalidUTF8, .nulByte, .frontMatterYAML, .frontMatterUnclosed, .frontMatterNotMapping: .error
        default: .warning
        }
    }

    private static let readingSummaries: [DiagnosticCode: String] = [
        .unreadable: "the file cannot be read",
        .invalidUTF8: "the file is not valid UTF-8 (bad bytes are replaced when reading)",
        .nulByte: "the file holds NUL bytes",
        .empty: "the file is empty",
        .nestingTooDeep: "blocks nest deeper than the parser follows; the rest is kept as text",
        .frontMatterMissing: "the file has no YAML front matter",
        .frontMatterUnclosed: "the front matter's closing '---' is missing",
        .frontMatterYAML: "the front matter is not valid YAML",
        .frontMatterNotMapping: "the front matter is not a mapping of keys to values",
        .spanNested: "a span pair inside another pair",
        .spanOutsideMarkup: "a span pair where Markdown does not allow inline HTML",
        .spanUnlocated: "a span pair whose position could not be found",
        .spanCrossesMarkup: "a span pair that crosses Markdown markup",
        .malformedExtension: "a DocFX extension (alert, :::image, :::no-loc, [!INCLUDE]) that is malformed",
    ]
}
