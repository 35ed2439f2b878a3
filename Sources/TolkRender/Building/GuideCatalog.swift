import TolkModel
import TolkRules

/// Every guide a rule table (and, when given, the documents' sources) can
/// show: one per procedure key, its versions over time kept together.
public struct GuideCatalog: Sendable {
    public let table: RuleTable
    public let entries: [GuideEntry]
    /// File views by path; the English view of a paired file under its path too.
    let sourcesByPath: [String: [GuideSource]]
    let configuration: RulesConfiguration?
    /// The table's rules by kind: pages are built by the thousand, each looks up a few kinds.
    let rulesByKind: [RuleKind: [Rule]]
    /// Roles and audience lists by kind and document key.
    let termLists: [RuleKind: [String: [(rule: Rule, list: TermList)]]]
    /// Document name → guide id, to turn relative links into guide links.
    let guideByDocumentName: [String: String]

    /// `sources` may be empty: guides are then read from the table's
    /// procedure rules alone (plain text with UI labels, no link text).
    public init(table: RuleTable, sources: [GuideSource] = [], configuration: RulesConfiguration? = nil) {
        self.table = table
        self.sourcesByPath = Dictionary(grouping: sources, by: \.path)
        self.configuration = configuration
        let rulesByKind = Dictionary(grouping: table.rules, by: \.kind)
        self.rulesByKind = rulesByKind
        var termLists: [RuleKind: [String: [(rule: Rule, list: TermList)]]] = [:]
        for rule in (rulesByKind[.roles] ?? []) + (rulesByKind[.audience] ?? []) {
            switch rule.payload {
            case .roles(let list), .audience(let list): termLists[rule.kind, default: [:]][list.document, default: []].append((rule, list))
            default: continue
            }
        }
        self.termLists = termLists
        var byKey: [String: [Rule]] = [:]
        for rule in rulesByKind[.procedure] ?? [] { byKey[rule.key, default: []].append(rule) }
        var entries: [GuideEntry] = byKey.values.compactMap { variants in
            let sorted = variants.sorted { ($0.effective.from?.description ?? "", $0.id) < ($1.effective.from?.description ?? "", $1.id) }
            guard case .procedure(let procedure)? = sorted.last?.payload else { return nil }
            return GuideEntry(id: "", documentName: Self.documentName(ruleID: sorted[0].id, anchor: procedure.anchor),
                              documentKey: procedure.document, anchor: procedure.anchor, variants: sorted)
        }
        // A document with one procedure is its guide; several get `.anchor`.
        let perDocument = Dictionary(grouping: entries, by: \.documentName).mapValues(\.count)
        for index in entries.indices {
            let entry = entries[index]
            entries[index].id = perDocument[entry.documentName] == 1
                ? entry.documentName : entry.documentName + "." + entry.anchor
        }
        self.entries = entries.sorted { $0.id < $1.id }
        var byName: [String: String] = [:]
        for entry in self.entries where byName[entry.documentName] == nil { byName[entry.documentName] = entry.id }
        self.guideByDocumentName = byName
    }

    /// The document part of `procedure.<document>.<anchor>[@from]`.
    static func documentName(ruleID: String, anchor: String) -> String {
        var rest = Substring(ruleID)
        if let at = rest.lastIndex(of: "@") { rest = rest[..<at] }
        if rest.hasPrefix("procedure.") { rest = rest.dropFirst("procedure.".count) }
        if rest.hasSuffix("." + anchor) { rest = rest.dropLast(anchor.count + 1) }
        return String(rest)
    }

    /// The guide `query` names: its id, its document name, its anchor or its
    /// rule id, in any letter case.
    public func find(_ query: String) -> Result<GuideEntry, GuideLookupError> {
        let wanted = query.lowercased().replacingOccurrences(of: ".md", with: "")
        let rank: [(GuideEntry) -> Bool] = [
            { $0.id.lowercased() == wanted },
            { $0.documentName.lowercased() == wanted },
            { $0.anchor.lowercased() == wanted },
            { entry in entry.variants.contains { $0.id.lowercased() == wanted || $0.id.lowercased().hasPrefix(wanted + "@") } },
        ]
        for matches in rank {
            let found = entries.filter(matches)
            if found.count == 1 { return .success(found[0]) }
            if found.count > 1 {
                return .failure(GuideLookupError(query: query, available: entries.map(\.id), nearest: nil,
                                                 ambiguous: found.map(\.id)))
            }
        }
        // Every name a guide answers to, for "did you mean".
        let names = entries.flatMap { entry in [entry.id, entry.documentName, entry.anchor].map { ($0.lowercased(), entry.id) } }
        // The same "did you mean" as every other name the CLI reads (check ids, configuration keys).
        let nearest = Spelling.nearest(to: wanted, among: names.map(\.0)).flatMap { name in names.first { $0.0 == name }?.1 }
        return .failure(GuideLookupError(query: query, available: entries.map(\.id), nearest: nearest, ambiguous: []))
    }

    /// Every locale a guide can be asked for: the table's locales.
    public var locales: [String] { table.generated.locales }

    /// The sources holding `entry` (by the provenance of its rules), with the
    /// heading line in each.
    func sources(for entry: GuideEntry) -> [(source: GuideSource, line: Int)] {
        var lines: [String: Int] = [:]
        for rule in entry.variants {
            for place in rule.provenance { lines[place.path] = place.line }
        }
        return lines.keys.sorted().flatMap { path in
            (sourcesByPath[path] ?? []).compactMap { source in
                source.procedure(atLine: lines[path]!) == nil ? nil : (source, lines[path]!)
            }
        }
    }

    /// The rules of `kind`, in table order.
    func rules(_ kind: RuleKind) -> [Rule] { rulesByKind[kind] ?? [] }
}

/// One guide: a procedure key and its versions.
public struct GuideEntry: Sendable, Equatable {
    public var id: String
    /// The file name the rule ids use (`add-a-new-customer`).
    public var documentName: String
    /// The document key (`ms.assetid`).
    public var documentKey: String
    public var anchor: String
    /// The procedure rules of this key, oldest first.
    public var variants: [Rule]

    /// The version in effect on `date`; before the first, the first.
    public func variant(on date: CalendarDate) -> Rule {
        variants.last { $0.effective.contains(date) } ?? variants.first { ($0.effective.from ?? date) > date } ?? variants[variants.count - 1]
    }
}

/// An unknown or ambiguous guide name, with what there is.
public struct GuideLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    public var query: String
    public var available: [String]
    /// The closest id by edit distance, when one is reasonably close.
    public var nearest: String?
    /// Ids the query matched more than one of.
    public var ambiguous: [String]

    public var description: String {
        var out = ambiguous.isEmpty ? "no guide named '\(query)'" : "'\(query)' names several guides: \(ambiguous.joined(separator: ", "))"
        if let nearest { out += "; did you mean '\(nearest)'?" }
        out += "\navailable guides:\n" + (available.isEmpty ? "  (none: the content has no procedures)\n" : available.map { "  \($0)\n" }.joined())
        return out
    }
}
