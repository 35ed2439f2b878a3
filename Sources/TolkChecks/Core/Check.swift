import TolkModel

/// A check that looks at one file at a time. Runs on many threads at once.
public protocol DocumentCheck: Sendable {
    static var descriptor: CheckDescriptor { get }
    /// The parser diagnostics this check reports itself (`span-unpaired`
    /// reports the parser's unpaired spans). Unclaimed diagnostics become
    /// findings under their own code, in the `reading` category.
    static var claimedDiagnostics: Set<DiagnosticCode> { get }
    /// Adds what is wrong with `file` to `findings`.
    func check(_ file: FileUnderCheck, into findings: inout FindingCollector)
}

/// A check that compares the locales and versions of one document.
public protocol LocaleGroupCheck: Sendable {
    static var descriptor: CheckDescriptor { get }
    /// Adds what is wrong with `group` to `findings`; `corpus` knows every
    /// locale and group of the run.
    func check(_ group: DocumentGroup, in corpus: CorpusUnderCheck, into findings: inout FindingCollector)
}

extension DocumentCheck {
    public var descriptor: CheckDescriptor { Self.descriptor }
    public static var claimedDiagnostics: Set<DiagnosticCode> { [] }
}

extension LocaleGroupCheck {
    public var descriptor: CheckDescriptor { Self.descriptor }
}

/// Gathers one check's findings. The severity is the check's default here;
/// `CheckRunner` applies the configuration's severities afterwards.
public struct FindingCollector: Sendable {
    public let check: CheckDescriptor
    /// The file findings go to unless a call names another.
    public let path: String
    public let locale: String?
    public private(set) var findings: [Finding] = []

    public init(check: CheckDescriptor, path: String, locale: String?) {
        self.check = check
        self.path = path
        self.locale = locale
    }

    /// A finding in the collector's file.
    public mutating func add(_ message: String, at location: SourceLocation, segment: String? = nil) {
        add(message, path: path, locale: locale, at: location, segment: segment)
    }

    /// A finding in another file (checks across locales report in each file concerned).
    public mutating func add(_ message: String, path: String, locale: String?, at location: SourceLocation,
                             segment: String? = nil) {
        findings.append(Finding(check: check.id, severity: check.defaultSeverity, path: path,
                                line: location.line, column: location.column, segment: segment,
                                locale: locale, message: message))
    }
}
