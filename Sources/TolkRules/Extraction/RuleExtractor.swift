import Foundation
import TolkModel

/// Reads one parsed document and returns the rules it states, ready to be
/// merged with the other locales and versions by `RuleTableBuilder`.
/// Safe to use from many threads at once.
public struct RuleExtractor: Sendable {
    public let configuration: RulesConfiguration
    let library: PatternLibrary

    public init(configuration: RulesConfiguration) {
        self.configuration = configuration
        self.library = PatternLibrary(configuration: configuration)
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        let front = document.frontMatter
        let context = self.context(document)
        let slug = context.documentSlug, versionDate = context.versionDate
        var candidates = ProcedureExtractor(context: context).extract()
        candidates += TermListExtractor(context: context).extract()
        let units = TextUnitCollector(document: document, sourceLocale: configuration.sourceLocale).collect()
        let sentences = SentenceRuleExtractor(context: context, library: library).extract(units)
        candidates += sentences.candidates
        var findings = sentences.findings
        if versionDate == nil, !candidates.isEmpty {
            findings.append(RuleFinding(.versionUndated, .note,
                                        "no ms.date or ms.lasthandoff: the rules of this file have no version date",
                                        path: document.path, line: 1, column: 1, locale: context.locale))
        }
        return DocumentExtraction(
            path: document.path, locale: context.locale, slug: slug,
            assetID: front?.assetID.map { $0.lowercased() }, date: front?.sourceDate, handoff: front?.handoffDate,
            translation: front?.translationType?.code, pairs: document.segments.count,
            title: title(document, context), contentHash: FNV1a.hash(document.render(.original).utf8),
            candidates: candidates, findings: findings)
    }

    /// What the extractors of one document share.
    func context(_ document: Document) -> ExtractionContext {
        let front = document.frontMatter
        return ExtractionContext(document: document, configuration: configuration, slug: Self.slug(forPath: document.path),
                                 versionDate: front?.sourceDate ?? front?.handoffDate)
    }

    private func title(_ document: Document, _ context: ExtractionContext) -> String? {
        for block in document.blocks {
            if case .heading(1, _, let content) = block.kind { return context.text.plain(content, .target) }
        }
        return document.frontMatter?.title
    }

    /// `add-a-new-customer` for `…/add-a-new-customer.2019-11-13.md` and
    /// `…/add-a-new-customer/2019-11-13.ab12.md`: the name without a version
    /// date, or the folder when the name is only a version.
    public static func slug(forPath path: String) -> String {
        let (name, folder) = nameAndFolder(path)
        var stem = name
        if let dot = stem.utf8.firstIndex(of: UInt8(ascii: ".")), stem[stem.index(after: dot)...].first?.isNumber == true,
           stem.prefix(upTo: dot).contains(where: \.isLetter) {
            stem = String(stem[..<dot])
        }
        // Only a date names a version (`2019-11-13.ab12`); `2020-april` is a page of its own.
        let isVersionName = stem.isEmpty || stem.hasPrefix(".") || Self.startsWithISODate(stem)
        return isVersionName ? folder : stem
    }

    /// The file name without its extension, and the name of its folder. Plain
    /// paths (`a/b/name.md`) are split as text: building a `URL` for each cost
    /// more than the rest of grouping a corpus. Anything else (a bare file
    /// name, whose folder is the working directory's; an odd extension) goes
    /// through `URL`, which the text split agrees with on plain paths.
    private static func nameAndFolder(_ path: String) -> (name: String, folder: String) {
        // The last two components, found from the end on bytes (as the file system splits).
        let components = PathText.lastComponents(path, 2)
        if components.count >= 2, let file = components.last, let dot = file.lastIndex(of: "."), dot != file.startIndex {
            let folder = components[components.count - 2], pathExtension = file[file.index(after: dot)...]
            if folder != ".", folder != "..", !pathExtension.isEmpty,
               pathExtension.utf8.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 }) {
                return (String(file[..<dot]), String(folder))
            }
        }
        let url = URL(fileURLWithPath: path)
        return (url.deletingPathExtension().lastPathComponent, url.deletingLastPathComponent().lastPathComponent)
    }

    /// `2019-11-13…`; control characters are skipped (the history corpus has
    /// names such as `2017\r-06-14.0ebcaa39`).
    private static func startsWithISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8.lazy.filter { $0 >= 0x20 }.prefix(11))
        guard bytes.count >= 10 else { return false }
        let digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        let shape = bytes[0..<4].allSatisfy(digit) && bytes[4] == 0x2D && bytes[5..<7].allSatisfy(digit)
            && bytes[7] == 0x2D && bytes[8..<10].allSatisfy(digit)
        return shape && (bytes.count == 10 || !digit(bytes[10]))
    }
}
