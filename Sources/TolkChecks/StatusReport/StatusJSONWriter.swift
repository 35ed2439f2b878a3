import Foundation
import TolkModel

/// `status.json` (schema `tolk.status/1`): the same data as the page.
///
/// ```
/// {"schema", "generated", "summary": {files, documents, locales, findings},
///  "locales": [...], "totals": {locale: {...}},
///  "documents": [{key, title, titleLocale, newestSourceDate, "locales": {locale: cell}}]}
/// ```
/// Keys sorted, every key present (`null` when there is no value), shares
/// rounded to four decimals: the same input gives the same bytes.
public struct StatusJSONWriter: Sendable {
    public static let schema = "tolk.status/1"

    public init() {}

    public func render(_ status: TranslationStatus) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and dates only: encoding cannot fail.
        let data = (try? encoder.encode(Root(status: status))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Root: Encodable {
        let status: TranslationStatus
        enum Keys: String, CodingKey { case schema, generated, summary, locales, totals, documents }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(StatusJSONWriter.schema, forKey: .schema)
            try c.encode(status.generated, forKey: .generated)
            try c.encode(SummaryEntry(summary: status.summary), forKey: .summary)
            try c.encode(status.locales, forKey: .locales)
            let totals = Dictionary(status.totals.map { ($0.locale, TotalsEntry(totals: $0)) }) { first, _ in first }
            try c.encode(totals, forKey: .totals)
            try c.encode(status.documents.map(DocumentEntry.init), forKey: .documents)
        }
    }

    private struct SummaryEntry: Encodable {
        let summary: TranslationStatus.Summary
        enum Keys: String, CodingKey { case files, documents, locales, findings }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(summary.files, forKey: .files)
            try c.encode(summary.documents, forKey: .documents)
            try c.encode(summary.locales, forKey: .locales)
            try c.encode(CountsEntry(counts: summary.findings), forKey: .findings)
        }
    }

    private struct CountsEntry: Encodable {
        let counts: SeverityCounts
        enum Keys: String, CodingKey { case error, warning, note, total }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(counts.errors, forKey: .error)
            try c.encode(counts.warnings, forKey: .warning)
            try c.encode(counts.notes, forKey: .note)
            try c.encode(counts.total, forKey: .total)
        }
    }

    private struct DocumentEntry: Encodable {
        let document: DocumentStatus
        enum Keys: String, CodingKey { case key, title, titleLocale, newestSourceDate, locales }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(document.key, forKey: .key)
            try c.encode(document.title, forKey: .title)
            try c.encode(document.titleLocale, forKey: .titleLocale)
            try c.encode(document.newestSourceDate, forKey: .newestSourceDate)
            let cells = Dictionary(document.cells.map { ($0.locale, CellEntry(cell: $0)) }) { first, _ in first }
            try c.encode(cells, forKey: .locales)
        }
    }

    private struct CellEntry: Encodable {
        let cell: LocaleCell
        enum Keys: String, CodingKey {
            case state, daysBehind, path, sourceDate, translation, isSource, segments, untranslated,
                 untranslatedShare, findings
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(cell.state, forKey: .state)
            try c.encode(cell.daysBehind, forKey: .daysBehind)
            try c.encode(cell.path, forKey: .path)
            try c.encode(cell.sourceDate, forKey: .sourceDate)
            try c.encode(cell.translation, forKey: .translation)
            try c.encode(cell.isSource, forKey: .isSource)
            try c.encode(cell.segments, forKey: .segments)
            try c.encode(cell.untranslated, forKey: .untranslated)
            try c.encode(cell.untranslatedShare, forKey: .untranslatedShare)
            try c.encode(CountsEntry(counts: cell.findings), forKey: .findings)
        }
    }

    private struct TotalsEntry: Encodable {
        let totals: LocaleTotals
        enum Keys: String, CodingKey {
            case documents, current, stale, missing, undated, maxDaysBehind, segments, untranslated,
                 untranslatedShare, findings
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(totals.documents, forKey: .documents)
            try c.encode(totals.current, forKey: .current)
            try c.encode(totals.stale, forKey: .stale)
            try c.encode(totals.missing, forKey: .missing)
            try c.encode(totals.undated, forKey: .undated)
            try c.encode(totals.maxDaysBehind, forKey: .maxDaysBehind)
            try c.encode(totals.segments, forKey: .segments)
            try c.encode(totals.untranslated, forKey: .untranslated)
            try c.encode(totals.untranslatedShare, forKey: .untranslatedShare)
            try c.encode(CountsEntry(counts: totals.findings), forKey: .findings)
        }
    }
}
