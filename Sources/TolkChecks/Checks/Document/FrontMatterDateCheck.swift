import TolkModel

/// Reports an `ms.date` or `ms.lasthandoff` that is not a date written
/// MM/DD/YYYY, or names no real day (`02/30/2020`, `13/01/2020`). Docs builds
/// show `ms.date` as the page's date and Tolk dates the rules a document
/// states from it, so a value that cannot be read leaves both without a date;
/// a day-first date (`31/01/2020`) is the usual slip.
public struct FrontMatterDateCheck: DocumentCheck {
    public static let descriptor = CheckDescriptor(
        id: "frontmatter-date", category: .document, defaultSeverity: .warning,
        summary: "ms.date or ms.lasthandoff is not a real date written MM/DD/YYYY")

    /// The parser reports these values too; this check reports them instead.
    public static let claimedDiagnostics: Set<DiagnosticCode> = [.frontMatterDate]

    static let dateKeys: Set<String> = ["ms.date", "ms.lasthandoff"]

    public init() {}

    public func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard let frontMatter = file.document.frontMatter else { return }
        for entry in frontMatter.entries where Self.dateKeys.contains(entry.key.lowercased()) {
            guard CalendarDate(usSlashed: entry.value) == nil else { continue }
            findings.add("\(entry.key) \(Self.problem(entry.value))", at: entry.location)
        }
    }

    /// What is wrong with a value `CalendarDate(usSlashed:)` refuses.
    static func problem(_ value: String) -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return "is empty; expected a date written MM/DD/YYYY" }
        let quoted = "'\(MessageText.excerpt(text))'"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else { return "\(quoted) is not a date written MM/DD/YYYY" }
        if first > 12, second <= 12, CalendarDate(year: year, month: second, day: first) != nil {
            return "\(quoted) is not a real date: month \(first) does not exist (day and month swapped?)"
        }
        if !(1...12).contains(first) { return "\(quoted) is not a real date: month \(first) does not exist" }
        return "\(quoted) is not a real date: month \(first) of \(year) has no day \(second)"
    }
}
