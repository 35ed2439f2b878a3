/// A readable, indented dump of a document's model with positions: what
/// `tolk inspect --emit tree` prints and what the golden tests compare.
public enum DocumentTreeDump {
    /// How text appears in the dump.
    public enum TextMode: Sendable {
        /// As written.
        case verbatim
        /// As `‹length#hash›`: structure, positions, ids and URLs stay
        /// checkable while the words do not (golden files of licensed text).
        case redacted
    }

    public static func render(_ document: Document, text mode: TextMode = .verbatim) -> String {
        var out = Printer(segments: document.segments, mode: mode)
        let quoted = out.quoted
        let locale = document.locale.map { "\($0) (from \(document.localeOrigin.rawValue))" } ?? "none"
        out.line(0, "document \(DocumentTreeDump.quoted(document.path)) locale=\(locale) bytes=\(document.byteCount) segments=\(document.segments.count)")
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

    /// FNV-1a, 32 bits: stable across runs and platforms, unlike `hashValue`.
    static func fingerprint(_ s: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in s.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
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
        let mode: TextMode
        var text = ""

        /// Words (text, code, HTML, values) in the chosen mode.
        func quoted(_ s: String) -> String {
            switch mode {
            case .verbatim: return DocumentTreeDump.quoted(s)
            case .redacted: return "‹\(s.count)#\(DocumentTreeDump.fingerprint(s))›"
            }
        }

        /// Names (ids, anchors, URLs, attribute values) stay readable.
        func name(_ s: String) -> String { DocumentTreeDump.quoted(s) }

        mutating func line(_ depth: Int, _ s: String) {
            text += String(repeating: "  ", count: depth) + s + "\n"
        }

        mutating func block(_ block: Block, _ depth: Int) {
            let at = "@\(block.range)"
            switch block.kind {
            case .heading(let level, let anchor, let content):
                line(depth, "heading level=\(level)\(anchor.map { " anchor=\(name($0))" } ?? "") \(at)")
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
                line(depth, "code\(fenced ? " fenced" : "")\(info.isEmpty ? "" : " info=\(name(info))") \(at) \(quoted(text))")
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
                    .map { "\($0.name)=\(name($0.value))" }.joined(separator: " ")
                line(depth, "image \(at) \(attributes)")
                if !image.altText.isEmpty {
                    line(depth + 1, "alt-text")
                    inlines(image.altText, depth + 2)
                }
            case .include(let title, let path):
                line(depth, "include \(at) title=\(quoted(title)) path=\(name(path))")
            case .thematicBreak:
                line(depth, "thematic-break \(at)")
            case .truncated(let text):
                line(depth, "truncated \(at) \(quoted(mode == .redacted || text.count <= 80 ? text : String(text.prefix(80)) + "…"))")
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
                line(depth, "link \(at) url=\(name(url))\(title.isEmpty ? "" : " title=\(quoted(title))")")
                inlines(c, depth + 1)
            case .image(let url, let title, let c):
                line(depth, "image \(at) url=\(name(url))\(title.isEmpty ? "" : " title=\(quoted(title))")")
                inlines(c, depth + 1)
            case .segment(let index):
                let segment = segments[index]
                let ids = segment.id == segment.sourceID ? name(segment.id) : "\(name(segment.id))/\(name(segment.sourceID))"
                line(depth, "segment \(ids) \(at) context=\(segment.context.rawValue)")
                line(depth + 1, "target")
                inlines(segment.target, depth + 2)
                line(depth + 1, "source @\(segment.sourceLocation)")
                inlines(segment.source, depth + 2)
            }
        }
    }
}
