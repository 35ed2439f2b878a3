import Foundation
import TolkModel

/// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the log
/// code-scanning services and IDE viewers read: one run whose `tool.driver`
/// lists every known check as a rule, one result per finding.
///
/// * **Rules**: `report.checks` in order, each with `id`, `name` (the id in
///   CamelCase), `shortDescription` and `fullDescription`,
///   `defaultConfiguration.level` and `properties.category`; then any check
///   id a finding uses that the report does not describe (only `id`, `name`
///   and a `shortDescription` saying so), so every `ruleIndex` is valid.
/// * **Results**: `ruleId`, `ruleIndex`, an explicit `level`, `message.text`,
///   one location into `artifacts`, `partialFingerprints["tolkFingerprint/v1"]`
///   (the finding's fingerprint, stable when lines move) and
///   `properties.segment` / `properties.locale` when the finding has them.
/// * **Artifacts**: every file a finding names, once, sorted by path, with
///   role `analysisTarget` when it is a checked file (files without findings
///   are left out, which keeps the log of a large tree small). A relative
///   path is a relative URI reference against `%SRCROOT%` (the directory
///   `tolk check` ran in), percent-encoded per RFC 3986; an absolute path is
///   a `file://` URI.
/// * **Columns** (`columnKind` `utf16CodeUnits`): Tolk counts columns in
///   UTF-8 bytes, SARIF only in UTF-16 code units or code points, and the two
///   differ as soon as the line holds a non-ASCII character before the
///   position. A byte column cannot be converted without the text, so the
///   reporter reads each file with a finding past column 1 (`readSource`, by
///   default from the path, which is the path `tolk check` read) and writes
///   `startColumn` only when the conversion is exact (`SourceColumns`);
///   otherwise the region is the whole line (`startLine` alone, which SARIF
///   reads as column 1 to the end of the line): coarser, never wrong. Column 1
///   needs no text. `newlineSequences` names the line breaks Tolk counts
///   (LF, CRLF and a lone CR; SARIF's default omits the lone CR).
///
/// Keys are sorted and nothing depends on the clock or the machine, so the
/// same files give the same bytes.
public struct SARIFReporter: FindingReporter {
    public let toolVersion: String
    /// The bytes of a finding's file (by its path as given), to turn byte
    /// columns into UTF-16 columns; `nil` when it cannot be read.
    public let readSource: @Sendable (String) -> Data?

    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of Tolk's fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "tolkFingerprint/v1"
    /// The `uriBaseId` of relative paths: the directory the paths are relative to.
    public static let sourceRoot = "%SRCROOT%"

    public init(toolVersion: String, readSource: @escaping @Sendable (String) -> Data? = SARIFReporter.readFile) {
        self.toolVersion = toolVersion
        self.readSource = readSource
    }

    /// Reads a file from the file system (the default `readSource`).
    public static func readFile(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    public func render(_ report: CheckReport) -> String {
        var rules: [ReportingDescriptor] = []
        var ruleIndex: [String: Int] = [:]
        for (id, descriptor) in report.reportedChecks {
            ruleIndex[id] = rules.count
            // A finding of a check the report does not describe still needs a rule to point at.
            rules.append(descriptor.map(Self.rule) ?? ReportingDescriptor(
                id: id, name: Self.camelCase(id),
                shortDescription: Message(text: "findings of '\(id)', a check this report does not describe"),
                fullDescription: nil, defaultConfiguration: nil, properties: nil))
        }

        let checked = Set(report.files.map(\.path))
        let paths = Set(report.findings.map(\.path)).sorted()
        let artifactIndex = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        let artifacts = paths.map { path in
            Artifact(location: Self.artifactLocation(path, index: nil),
                     roles: checked.contains(path) ? ["analysisTarget"] : nil,
                     mimeType: path.lowercased().hasSuffix(".md") ? "text/markdown" : nil)
        }

        var columns = SourceColumns(read: readSource)
        let results = report.findings.map { finding in
            let column = columns.utf16Column(path: finding.path, line: finding.line, column: finding.column)
            let properties = finding.segment == nil && finding.locale == nil
                ? nil : ResultProperties(segment: finding.segment, locale: finding.locale)
            return Result(
                ruleId: finding.check,
                ruleIndex: ruleIndex[finding.check]!,
                level: Self.level(finding.severity),
                message: Message(text: finding.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: Self.artifactLocation(finding.path, index: artifactIndex[finding.path]),
                    region: Region(startLine: max(finding.line, 1), startColumn: column)))],
                partialFingerprints: finding.fingerprint.isEmpty ? nil : [Self.fingerprintKey: finding.fingerprint],
                properties: properties)
        }

        let driver = Driver(
            name: "tolk", version: toolVersion,
            rules: rules)
        let log = Log(schema: Self.schemaURI, version: "2.1.0", runs: [Run(
            tool: Tool(driver: driver),
            invocations: [Invocation(executionSuccessful: true)],
            columnKind: "utf16CodeUnits",
            newlineSequences: ["\r\n", "\n", "\r"],
            artifacts: artifacts,
            results: results)])

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and arrays cannot fail.
        return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self) + "\n"
    }

    private static func rule(_ check: CheckDescriptor) -> ReportingDescriptor {
        ReportingDescriptor(
            id: check.id, name: camelCase(check.id),
            shortDescription: Message(text: check.summary),
            fullDescription: Message(text: fullDescription(check)),
            defaultConfiguration: Configuration(level: level(check.defaultSeverity)),
            properties: RuleProperties(category: check.category.rawValue))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// `span-id-mismatch` → `SpanIdMismatch`: SARIF's `name` is an identifier.
    static func camelCase(_ id: String) -> String {
        id.split { !$0.isLetter && !$0.isNumber }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    private static func fullDescription(_ rule: CheckDescriptor) -> String {
        let looksAt: String
        switch rule.category {
        case .pairs: looksAt = "the span pairs of one file"
        case .content: looksAt = "a pair's target against its source"
        case .document: looksAt = "one file as a whole: front matter, language, links"
        case .locales: looksAt = "the locales and versions of one document against each other"
        case .reading: looksAt = "problems found while reading a file"
        }
        var summary = rule.summary
        if let first = summary.first { summary = first.uppercased() + summary.dropFirst() }
        if !summary.hasSuffix(".") { summary += "." }
        return "\(summary) Category '\(rule.category.rawValue)' (\(looksAt)); "
            + "\(rule.defaultSeverity.rawValue) unless configured otherwise."
    }

    private static func artifactLocation(_ path: String, index: Int?) -> ArtifactLocation {
        if path.hasPrefix("/") {
            return ArtifactLocation(uri: "file://" + percentEncoded(path, relative: false), uriBaseId: nil, index: index)
        }
        return ArtifactLocation(uri: percentEncoded(path, relative: true), uriBaseId: sourceRoot, index: index)
    }

    /// A file path as the path of a URI (RFC 3986): every byte of its UTF-8
    /// that is not a `pchar` or `/` becomes `%XX`. In a relative reference a
    /// colon is encoded too, so `a:b.md` is not read as scheme `a`.
    static func percentEncoded(_ path: String, relative: Bool) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            let keep: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                keep = true
            case UInt8(ascii: ":"):
                keep = !relative
            default:
                // unreserved, sub-delims, "@" and the segment separator
                keep = "-._~!$&'()*+,;=@/".unicodeScalars.contains(scalar)
            }
            if keep {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }

    // MARK: - The log's shape (only the properties Tolk fills; nil ones are left out)

    private struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var columnKind: String
        var newlineSequences: [String]
        var artifacts: [Artifact]
        var results: [Result]
    }

    private struct Tool: Encodable {
        var driver: Driver
    }

    private struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [ReportingDescriptor]
    }

    private struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message?
        var defaultConfiguration: Configuration?
        var properties: RuleProperties?
    }

    private struct Configuration: Encodable {
        var level: String
    }

    private struct RuleProperties: Encodable {
        var category: String
    }

    private struct Invocation: Encodable {
        var executionSuccessful: Bool
    }

    private struct Artifact: Encodable {
        var location: ArtifactLocation
        var roles: [String]?
        var mimeType: String?
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
        var index: Int?
    }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]?
        var properties: ResultProperties?
    }

    private struct Message: Encodable {
        var text: String
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    private struct ResultProperties: Encodable {
        var segment: String?
        var locale: String?
    }
}
