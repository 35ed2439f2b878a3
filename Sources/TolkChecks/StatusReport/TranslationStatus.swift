import TolkModel

/// The translation status of a run: every document against every locale of
/// the run, with per-locale totals. Built from a `CheckReport`
/// (`TranslationStatus(report:)`); written as `index.html` by
/// `StatusHTMLWriter` and as `status.json` by `StatusJSONWriter`.
///
/// Every value is computed from the report's files and findings; nothing is
/// read back from a check's message.
public struct TranslationStatus: Sendable, Hashable {
    /// The newest `ms.date` of any file in the run: the report's date. Taken
    /// from the content, not the clock, so the same input gives the same bytes.
    public var generated: CalendarDate?
    public var summary: Summary
    /// Every locale of the run, sorted: the columns.
    public var locales: [String]
    /// The rows, ordered by title (case-insensitively), then key.
    public var documents: [DocumentStatus]
    /// One entry per locale, in `locales` order.
    public var totals: [LocaleTotals]

    /// The run in numbers: what the page's summary shows.
    public struct Summary: Sendable, Hashable {
        /// Files read, every version included.
        public var files: Int
        public var documents: Int
        public var locales: Int
        /// Every finding of the run, current file or not.
        public var findings: SeverityCounts
    }

    public init(generated: CalendarDate?, summary: Summary, locales: [String],
                documents: [DocumentStatus], totals: [LocaleTotals]) {
        self.generated = generated
        self.summary = summary
        self.locales = locales
        self.documents = documents
        self.totals = totals
    }
}

/// Findings counted by severity.
public struct SeverityCounts: Sendable, Hashable {
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    public init(errors: Int = 0, warnings: Int = 0, notes: Int = 0) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }

    /// Counts `findings` by their severity.
    public init<S: Sequence>(_ findings: S) where S.Element == Finding {
        self.init()
        for finding in findings { add(finding.severity) }
    }

    public var total: Int { errors + warnings + notes }

    public mutating func add(_ severity: Severity, count: Int = 1) {
        switch severity {
        case .error: errors += count
        case .warning: warnings += count
        case .note: notes += count
        }
    }

    public static func + (a: SeverityCounts, b: SeverityCounts) -> SeverityCounts {
        SeverityCounts(errors: a.errors + b.errors, warnings: a.warnings + b.warnings, notes: a.notes + b.notes)
    }
}

/// One row: a document and its state in each locale of the run.
public struct DocumentStatus: Sendable, Hashable {
    /// The document group's key (asset id or path key).
    public var key: String
    /// The title in the source locale's current file, else in the first
    /// locale (sorted) that has one, else the key.
    public var title: String
    /// The locale `title` is written in; `nil` when the title is the key.
    public var titleLocale: String?
    /// The newest `ms.date` among the document's files: what "current" means.
    public var newestSourceDate: CalendarDate?
    /// One cell per locale of the run, in the run's locale order.
    public var cells: [LocaleCell]

    public init(key: String, title: String, titleLocale: String?, newestSourceDate: CalendarDate?, cells: [LocaleCell]) {
        self.key = key
        self.title = title
        self.titleLocale = titleLocale
        self.newestSourceDate = newestSourceDate
        self.cells = cells
    }

    /// The cell of `locale`, `nil` when the locale is not in the run.
    public func cell(_ locale: String) -> LocaleCell? { cells.first { $0.locale == locale } }
}

/// Where a locale's current file stands against the document's newest source.
public enum TranslationState: String, Sendable, Hashable, CaseIterable, Codable {
    /// The current file was built from the newest source (`ms.date` equals the newest).
    case current
    /// The current file's `ms.date` is older than the newest: `daysBehind` days.
    case stale
    /// The locale has no file of the document.
    case missing
    /// A file exists but its date, or every date of the document, is unknown:
    /// neither current nor stale can be claimed.
    case undated
}

/// One cell: a document in one locale.
public struct LocaleCell: Sendable, Hashable {
    public var locale: String
    public var state: TranslationState
    /// Days between the current file's `ms.date` and the document's newest; `stale` only.
    public var daysBehind: Int?
    /// The current file (the newest of the locale); `nil` when missing.
    public var path: String?
    public var sourceDate: CalendarDate?
    /// `MT`, `HT` …, as the current file's front matter says.
    public var translation: String?
    /// Whether the current file is an English source rather than a translation.
    public var isSource: Bool
    /// Span pairs in the current file.
    public var segments: Int
    /// Pairs of the current file with an `untranslated` finding.
    public var untranslated: Int
    /// Findings in the current file, by severity.
    public var findings: SeverityCounts

    public init(locale: String, state: TranslationState, daysBehind: Int? = nil, path: String? = nil,
                sourceDate: CalendarDate? = nil, translation: String? = nil, isSource: Bool = false,
                segments: Int = 0, untranslated: Int = 0, findings: SeverityCounts = SeverityCounts()) {
        self.locale = locale
        self.state = state
        self.daysBehind = daysBehind
        self.path = path
        self.sourceDate = sourceDate
        self.translation = translation
        self.isSource = isSource
        self.segments = segments
        self.untranslated = untranslated
        self.findings = findings
    }

    /// `untranslated / segments`, `nil` when the file has no pairs (or is missing).
    public var untranslatedShare: Double? { StatusMath.share(untranslated, of: segments) }
}

/// A column's totals: the locale's current files across every document.
public struct LocaleTotals: Sendable, Hashable {
    public var locale: String
    /// Documents of the run that have a file in this locale.
    public var documents: Int
    public var current: Int
    public var stale: Int
    public var missing: Int
    public var undated: Int
    /// The largest `daysBehind` of the locale's stale documents.
    public var maxDaysBehind: Int?
    public var segments: Int
    public var untranslated: Int
    /// Findings in the locale's current files.
    public var findings: SeverityCounts

    /// `untranslated / segments` over the locale's current files.
    public var untranslatedShare: Double? { StatusMath.share(untranslated, of: segments) }
}

/// Arithmetic the model, the page and the JSON share, so they never disagree.
enum StatusMath {
    /// A share rounded to four decimals in integers first, so the printed
    /// double is short and the same on every platform (page and JSON alike).
    static func share(_ part: Int, of whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        return Double((max(0, part) * 10_000 + whole / 2) / whole) / 10_000
    }

    /// Tenths of a percent, rounded half up in integers (no locale-dependent formatting):
    /// `1 of 3` → 333 → "33.3%".
    static func permille(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        let clamped = max(0, part)
        // Integer rounding; the products stay far from overflow for any real file.
        return (clamped * 1000 + whole / 2) / whole
    }

    static func percentText(_ part: Int, of whole: Int) -> String? {
        permille(part, of: whole).map { "\($0 / 10).\($0 % 10)%" }
    }
}
