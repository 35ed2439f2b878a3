import TolkModel

/// One block that gives a document its shape.
struct StructureItem: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case heading(level: Int)
        case steps(count: Int)
        case alert(AlertKind)
        case blockQuote
        case table(rows: Int)

        /// `a level-2 heading`, `a numbered list of 7 steps`.
        var phrase: String {
            switch self {
            case .heading(let level): return "a level-\(level) heading"
            case .steps(let count): return "a numbered list of \(count) step\(count == 1 ? "" : "s")"
            case .alert(let kind): return "a \(kind.rawValue) alert"
            case .blockQuote: return "a block quote"
            case .table(let rows): return "a table of \(rows) row\(rows == 1 ? "" : "s")"
            }
        }
    }

    var kind: Kind
    var location: SourceLocation
}

/// The structural blocks of a document in reading order, nested ones included.
struct StructureOutline: Sendable {
    var items: [StructureItem] = []
    /// Where the document's last block starts (for "lacks … after this point").
    var end: SourceLocation = .start

    /// No blocks.
    init() {}

    init(_ document: Document) {
        collect(document.blocks)
        end = document.blocks.last?.location ?? .start
    }

    private mutating func collect(_ blocks: [Block]) {
        for block in blocks {
            switch block.kind {
            case .heading(let level, _, _):
                items.append(StructureItem(kind: .heading(level: level), location: block.location))
            case .list(let style, _, let listItems):
                if case .ordered = style {
                    items.append(StructureItem(kind: .steps(count: listItems.count), location: block.location))
                }
                for item in listItems { collect(item.blocks) }
            case .alert(let kind, let content):
                items.append(StructureItem(kind: .alert(kind), location: block.location))
                collect(content)
            case .blockQuote(let children):
                items.append(StructureItem(kind: .blockQuote, location: block.location))
                collect(children)
            case .table(let table), .htmlTable(let table):
                items.append(StructureItem(kind: .table(rows: table.rows.count), location: block.location))
            default:
                continue
            }
        }
    }

    /// `headings 9/9, steps 14/15` for the kinds whose totals differ.
    func counts(against other: StructureOutline) -> String {
        let mine = totals, theirs = other.totals
        let parts = zip(mine, theirs).compactMap { pair -> String? in
            pair.0.value == pair.1.value ? nil : "\(pair.0.name) \(pair.0.value) vs \(pair.1.value)"
        }
        return parts.isEmpty ? "same totals, other order" : parts.joined(separator: ", ")
    }

    private var totals: [(name: String, value: Int)] {
        var headings = 0, steps = 0, lists = 0, alerts = 0, quotes = 0, tables = 0, rows = 0
        for item in items {
            switch item.kind {
            case .heading: headings += 1
            case .steps(let count): lists += 1; steps += count
            case .alert: alerts += 1
            case .blockQuote: quotes += 1
            case .table(let count): tables += 1; rows += count
            }
        }
        return [("headings", headings), ("numbered lists", lists), ("steps", steps), ("alerts", alerts),
                ("block quotes", quotes), ("tables", tables), ("table rows", rows)]
    }
}
