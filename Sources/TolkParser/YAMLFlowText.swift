import Yams

extension Node {
    /// The text of a front matter key or value: a scalar as written (quotes
    /// and escapes resolved); a sequence or mapping as one line of flow YAML
    /// written by Yams' emitter, such as `[announcement, references_regions]`.
    var frontMatterText: String {
        if case .scalar(let scalar) = self { return scalar.string }
        var copier = FlowStyleCopier()
        return copier.copy(self).map(FlowStyleCopier.serialize) ?? ""
    }
}

/// Copies a node for one-line flow YAML: collections in flow style, without
/// tags or anchors; scalars plain where they were plain, else double-quoted.
///
/// At most `byteLimit` bytes of scalars are copied (aliases can make a small
/// text expand enormously); past that, a collection ends with a `…` item.
struct FlowStyleCopier {
    static let byteLimit = 65_536
    private var remaining = byteLimit

    /// The flow-styled copy of `node`, or `nil` when the limit was reached before it.
    mutating func copy(_ node: Node) -> Node? {
        guard remaining > 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            remaining -= scalar.string.utf8.count + 2
            return .scalar(Self.flowScalar(scalar))
        case .sequence(let sequence):
            remaining -= 2
            var items: [Node] = []
            for item in sequence {
                guard let copied = copy(item) else {
                    items.append(Self.ellipsis)
                    break
                }
                items.append(copied)
            }
            return .sequence(Node.Sequence(items, Tag(.seq), .flow))
        case .mapping(let mapping):
            remaining -= 2
            var pairs: [(Node, Node)] = []
            for (key, value) in mapping {
                guard let copiedKey = copy(key), let copiedValue = copy(value) else {
                    pairs.append((Self.ellipsis, Self.ellipsis))
                    break
                }
                pairs.append((copiedKey, copiedValue))
            }
            return .mapping(Node.Mapping(pairs, Tag(.map), .flow))
        case .alias:
            return node // Yams' composer resolves aliases; it never makes one.
        }
    }

    /// One line of flow YAML for a copied node, written by Yams' emitter.
    static func serialize(_ node: Node) -> String {
        // Width -1: never fold long lines. Unicode: write non-ASCII text as it is.
        // Yams fails only on nodes its composer does not make.
        guard let yaml = try? Yams.serialize(node: node, width: -1, allowUnicode: true) else { return "" }
        // Yams writes a whole document: drop its line break and any `...` end marker.
        var text = Substring(yaml)
        while text.last == "\n" { text = text.dropLast() }
        if text.hasSuffix("\n...") {
            text = text.dropLast(4)
            while text.last == "\n" { text = text.dropLast() }
        }
        return String(text)
    }

    /// The item that ends a collection cut short by the limit.
    private static var ellipsis: Node { .scalar(Node.Scalar("…", Tag(.str), .plain)) }

    /// Line breaks as libyaml reads them.
    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// Plain when it was plain, else double-quoted. libyaml's emitter quotes
    /// a plain scalar that would not read back the same in a flow collection.
    private static func flowScalar(_ scalar: Node.Scalar) -> Node.Scalar {
        let text = scalar.string
        guard scalar.style == .plain || scalar.style == .any else {
            return Node.Scalar(text, Tag(.str), .doubleQuoted)
        }
        // An empty plain scalar is null; libyaml would write `''`, an empty string.
        if text.isEmpty { return Node.Scalar("null", Tag(.str), .plain) }
        // libyaml would single-quote a plain scalar with a line break (a blank line
        // in a multi-line plain scalar) over two lines; double quotes escape it.
        let hasLineBreak = text.unicodeScalars.contains(where: lineBreaks.contains)
        return Node.Scalar(text, Tag(.str), hasLineBreak ? .doubleQuoted : .plain)
    }
}
