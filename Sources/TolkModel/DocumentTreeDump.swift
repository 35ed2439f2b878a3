/// A readable, indented dump of a document's model with positions: what
/// `tolk inspect --emit tree` prints and what the golden tests compare.
public enum DocumentTreeDump {
    public static func render(_ document: Document) -> String {
        var out = Printer(segments: document.segments)
        let locale = document.locale.map { "\($0) (from \(document.localeOrigin.rawValue))" } ?? "none"
        out.line(0, "document \(quoted(document.path)) locale=\(locale) bytes=\(document.byteCount) segments=\(document.segments.count)")
        if let fm = document.frontMatter {
            out.line(1, "front-matter lines=\(fm.lines.lowerBound)-\(fm.lines.upperBound) entries=\(fm.entries.count)")
            for entry in fm.entries {
                out.line(2, "\(entry.key) = \(quoted(entry.value)) @\(entry.location)")
            }
        }
        for block in document.blocks { out.block(block, 1) }
        for diagnostic in document.diagnostics {
            out.line(1, "diagnostic \(diagnostic.severity.rawValue) [\(diagnostic.code.rawValue)] @\(diagnostic.location): \(diagnostic.message)")
        }
        return out.text
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private struct Printer {
        let segments: [Segment]
        var text = ""

        mutating func line(_ depth: Int, _ s: String) {
            text += String(repeating: "  ", count: depth) + s + "\n"
        }

        mutating func block(_ block: Block, _ depth: Int) {
            let at = "@\(block.range)"
            switch block.kind {
            case .heading(let level, let anchor, let content):
                line(depth, "heading level=\(level)\(anchor.map { " anchor=\(quoted($0))" } ?? "") \(at)")
                inlines(content, depth + 1)
            case .paragraph(let content):
                line(depth, "paragraph \(at)")
                inlines(content, depth + 1)
            case .list(let style, let tight, let items):
                switch style {
                case .bullet: line(depth, "list bullet tight=\(tight) \(at)")
                case .ordered(let start): line(depth, "list ordered start=\(start) tight=\(tight) \(at)")
                }
                for item in items {
                    line(depth + 1, "item @\(item.range)")
                    for child in item.blocks { self.block(child, depth + 2) }
                }
            case .blockQuote(let children):
                line(depth, "block-quote \(at)")
                for child in children { self.block(child, depth + 1) }
            case .alert(let kind, let children):
                line(depth, "alert \(kind.rawValue) \(at)")
                for child in children { self.block(child, depth + 1) }
            case .code(let info, let text, let fenced):
                line(depth, "code\(fenced ? " fenced" : "")\(info.isEmpty ? "" : " info=\(quoted(info))") \(at) \(quoted(text))")
            case .html(let html):
                line(depth, "html \(at) \(quoted(html))")
            case .htmlTable(let table):
                line(depth, "html-table \(at)")
                self.table(table, depth + 1)
            case .table(let table):
                line(depth, "table \(at) alignments=\(table.alignments.map(\.rawValue).joined(separator: ","))")
                self.table(table, depth + 1)
            case .image(let image):
                let attributes = image.attributes.filter { $0.name != "alt-text" }
                    .map { "\($0.name)=\(quoted($0.value))" }.joined(separator: " ")
                line(depth, "image \(at) \(attributes)")
                if !image.altText.isEmpty {
                    line(depth + 1, "alt-text")
                    inlines(image.altText, depth + 2)
                }
            case .include(let title, let path):
                line(depth, "include \(at) title=\(quoted(title)) path=\(quoted(path))")
            case .thematicBreak:
                line(depth, "thematic-break \(at)")
            case .truncated(let text):
                line(depth, "truncated \(at) \(quoted(text.count > 80 ? String(text.prefix(80)) + "…" : text))")
            }
        }

        mutating func table(_ table: Table, _ depth: Int) {
            func row(_ row: Table.Row, _ name: String) {
                line(depth, "\(name) @\(row.location)")
                for cell in row.cells {
                    line(depth + 1, "cell @\(cell.location)")
                    inlines(cell.content, depth + 2)
                }
            }
            if let header = table.header { row(header, "header") }
            for r in table.rows { row(r, "row") }
        }

        mutating func inlines(_ inlines: [Inline], _ depth: Int) {
            for inline in inlines { self.inline(inline, depth) }
        }

        mutating func inline(_ inline: Inline, _ depth: Int) {
            let at = "@\(inline.location)"
            switch inline.kind {
            case .text(let s): line(depth, "text \(at) \(quoted(s))")
            case .softBreak: line(depth, "soft-break \(at)")
            case .lineBreak: line(depth, "line-break \(at)")
            case .code(let s): line(depth, "code \(at) \(quoted(s))")
            case .html(let s): line(depth, "html \(at) \(quoted(s))")
            case .noLoc(let s): line(depth, "no-loc \(at) \(quoted(s))")
            case .emphasis(let c):
                line(depth, "emphasis \(at)")
                inlines(c, depth + 1)
            case .strong(let c):
                line(depth, "strong \(at)")
                inlines(c, depth + 1)
            case .link(let url, let title, let c):
                line(depth, "link \(at) url=\(quoted(url))\(title.isEmpty ? "" : " title=\(quoted(title))")")
                inlines(c, depth + 1)
            case .image(let url, let title, let c):
                line(depth, "image \(at) url=\(quoted(url))\(title.isEmpty ? "" : " title=\(quoted(title))")")
                inlines(c, depth + 1)
            case .segment(let index):
                let segment = segments[index]
                let ids = segment.id == segment.sourceID ? quoted(segment.id) : "\(quoted(segment.id))/\(quoted(segment.sourceID))"
                line(depth, "segment \(ids) \(at) context=\(segment.context.rawValue)")
                line(depth + 1, "target")
                inlines(segment.target, depth + 2)
                line(depth + 1, "source @\(segment.sourceLocation)")
                inlines(segment.source, depth + 2)
            }
        }
    }
}
