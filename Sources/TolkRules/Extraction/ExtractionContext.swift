import TolkModel

/// What every extractor needs to know about the document it reads.
struct ExtractionContext {
    let document: Document
    let configuration: RulesConfiguration
    let text: InlineText
    /// The document's locale (`und` when unknown).
    let locale: String
    let sourceLocale: String
    /// Whether the English source is at hand: the file has pairs, or it is
    /// itself written in the source locale.
    let hasSource: Bool
    let isSourceDocument: Bool
    let documentSlug: String
    let versionDate: CalendarDate?

    init(document: Document, configuration: RulesConfiguration, slug: String, versionDate: CalendarDate?) {
        self.document = document
        self.configuration = configuration
        self.text = InlineText(document)
        self.locale = document.locale?.identifier ?? "und"
        self.sourceLocale = configuration.sourceLocale
        self.isSourceDocument = Self.isSourceDocument(document, sourceLocale: configuration.sourceLocale)
        self.hasSource = Self.hasSource(document, isSourceDocument: isSourceDocument)
        self.documentSlug = slug
        self.versionDate = versionDate
    }

    static func isSourceDocument(_ document: Document, sourceLocale: String) -> Bool {
        document.isSourceDocument(sourceLocale: sourceLocale)
    }

    /// Whether a document's English words are known: it has pairs, or it is written in the source locale.
    static func hasSource(_ document: Document, isSourceDocument: Bool) -> Bool {
        !document.segments.isEmpty || isSourceDocument
    }

    func provenance(at location: SourceLocation, segment: String?, headings: HeadingStack) -> Provenance {
        Provenance(document: "", path: document.path, locale: locale, line: location.line, column: location.column,
                   segment: segment, headingPath: headings.path, anchor: headings.anchor, version: versionDate)
    }

    /// Names of `term` that apply to this document: its locale's and the source language's.
    func names(_ term: RulesConfiguration.Term, includeSource: Bool = true) -> [String] {
        var out = term.names(for: locale)
        if includeSource { out += term.names(for: sourceLocale) }
        return out
    }
}

extension String {
    /// Lower case, whitespace collapsed, trailing colons and spaces dropped: how labels are compared.
    var labelKey: String {
        let key = lowercased().collapsingWhitespace().trimmingCharacters(in: .labelTrim)
        return key.utf8.contains(0xE2) ? key.replacingOccurrences(of: "’", with: "'") : key
    }
}

extension Document {
    /// A file without pairs in the source language: its own words are the source.
    public func isSourceDocument(sourceLocale: String) -> Bool {
        segments.isEmpty && locale?.language == String(sourceLocale.prefix { $0 != "-" })
    }
}
