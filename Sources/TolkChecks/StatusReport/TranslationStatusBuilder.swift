import TolkModel

extension TranslationStatus {
    /// The check whose findings mark a span pair as untranslated (one finding per pair).
    public static let untranslatedCheck = "untranslated"

    /// Computes the matrix from a run's files and findings.
    ///
    /// A locale is `current` for a document when its current file's `ms.date`
    /// equals the newest `ms.date` among the document's files, `stale` when it
    /// is older (by `daysBehind` days), `missing` when the locale has no file
    /// of the document, and `undated` when the dates needed are absent.
    public init(report: CheckReport) {
        let locales = Array(Set(report.summary.locales).union(report.files.map(\.locale))).sorted()
        let byPath = Dictionary(grouping: report.findings, by: \.path)
        let byDocument = Dictionary(grouping: report.files, by: \.document)
        var documents = byDocument.keys.map { key in
            Self.document(key: key, files: byDocument[key]!, locales: locales, findings: byPath)
        }
        documents.sort { a, b in
            let (x, y) = (a.title.lowercased(), b.title.lowercased())
            return x != y ? x < y : (a.title, a.key) < (b.title, b.key)
        }
        let totals = locales.enumerated().map { index, locale in
            Self.totals(locale: locale, cells: documents.map { $0.cells[index] })
        }
        let summary = Summary(files: report.summary.files, documents: documents.count, locales: locales.count,
                              findings: SeverityCounts(report.findings))
        self.init(generated: report.files.compactMap(\.sourceDate).max(), summary: summary, locales: locales,
                  documents: documents, totals: totals)
    }

    private static func document(key: String, files: [FileStatus], locales: [String],
                                 findings: [String: [Finding]]) -> DocumentStatus {
        // The runner marks one current file per locale; if it ever marks more,
        // the newest wins rather than an arbitrary one.
        var current: [String: FileStatus] = [:]
        for file in files where file.current {
            if let other = current[file.locale], !isNewer(file, than: other) { continue }
            current[file.locale] = file
        }
        let newest = files.compactMap(\.sourceDate).max()
        let cells = locales.map { locale -> LocaleCell in
            guard let file = current[locale] else { return LocaleCell(locale: locale, state: .missing) }
            var state = TranslationState.undated
            var daysBehind: Int?
            if let newest, let date = file.sourceDate {
                let days = date.days(to: newest)
                state = days > 0 ? .stale : .current
                daysBehind = days > 0 ? days : nil
            }
            let own = findings[file.path] ?? []
            return LocaleCell(locale: locale, state: state, daysBehind: daysBehind, path: file.path,
                              sourceDate: file.sourceDate, translation: file.translation, isSource: file.isSource,
                              segments: file.segments, untranslated: untranslatedPairs(own),
                              findings: SeverityCounts(own))
        }
        let titled = current.values.filter { !($0.title ?? "").isEmpty }
            .sorted { ($0.isSource ? 0 : 1, $0.locale) < ($1.isSource ? 0 : 1, $1.locale) }
        let title = titled.first
        return DocumentStatus(key: key, title: title?.title ?? key, titleLocale: title?.locale,
                              newestSourceDate: newest, cells: cells)
    }

    /// Distinct pairs named by `untranslated` findings; a finding without a
    /// segment id counts on its own, so nothing reported goes uncounted.
    private static func untranslatedPairs(_ findings: [Finding]) -> Int {
        var segments: Set<String> = []
        var unnamed = 0
        for finding in findings where finding.check == untranslatedCheck {
            if let segment = finding.segment { segments.insert(segment) } else { unnamed += 1 }
        }
        return segments.count + unnamed
    }

    private static func isNewer(_ a: FileStatus, than b: FileStatus) -> Bool {
        (a.sourceDate?.description ?? "", a.handoffDate?.description ?? "", a.path)
            > (b.sourceDate?.description ?? "", b.handoffDate?.description ?? "", b.path)
    }

    private static func totals(locale: String, cells: [LocaleCell]) -> LocaleTotals {
        func count(_ state: TranslationState) -> Int { cells.count { $0.state == state } }
        let present = cells.filter { $0.state != .missing }
        return LocaleTotals(
            locale: locale, documents: present.count, current: count(.current), stale: count(.stale),
            missing: count(.missing), undated: count(.undated), maxDaysBehind: cells.compactMap(\.daysBehind).max(),
            segments: present.reduce(0) { $0 + $1.segments }, untranslated: present.reduce(0) { $0 + $1.untranslated },
            findings: present.reduce(SeverityCounts()) { $0 + $1.findings })
    }
}
