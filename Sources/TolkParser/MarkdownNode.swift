import TolkModel

/// A Swift copy of one cmark node: CommonMark only, no DocFX knowledge yet.
///
/// `CmarkConverter` builds these in one walk of the C tree and frees the tree;
/// everything after that (alerts, tables, span pairs) works on these values.
struct MarkdownNode: Sendable {
    enum Kind: Sendable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(url: String, title: String)
        case image(url: String, title: String)
        /// A subtree below the nesting limit, flattened to its text.
        case truncated(String)
        /// A node type this cmark version knows and Tolk does not (custom blocks).
        case other(String)
    }

    var kind: Kind
    var range: SourceRange
    var children: [MarkdownNode]

    var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak:
            return true
        default:
            return false
        }
    }

    /// Text of this inline subtree, markup dropped (for recognizing `[!NOTE]`, `:::image` …).
    var plainText: String {
        switch kind {
        case .text(let s), .code(let s), .htmlInline(let s), .truncated(let s): return s
        case .softBreak, .lineBreak: return "\n"
        default: return children.map(\.plainText).joined()
        }
    }
}
