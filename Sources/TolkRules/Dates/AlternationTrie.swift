import Foundation

/// Writes a set of words as one regex alternation that shares common prefixes:
/// `jan`, `januar`, `juli` become `j(?:an(?:uar)?|uli)`.
///
/// ICU tries the alternatives of `a|b|c` one after another at every position of the text,
/// and each case-insensitive comparison of a month name is costly; sharing prefixes turns
/// that into a few one-character tests that rule out most positions at once. The longer
/// continuation is always tried first, so the longest word wins, as in a longest-first list.
enum AlternationTrie {
    /// The alternation, ungrouped (`a|b(?:c)?`): the caller puts it in a group of its own,
    /// capturing or not. `words` must not be empty.
    static func alternatives(of words: [String]) -> String {
        let node = Node()
        for word in Set(words) { node.insert(word[...]) }
        return node.render()
    }

    /// A prefix tree node; a reference type only while it is built, inside `alternatives(of:)`.
    private final class Node {
        var children: [Character: Node] = [:]
        var isWordEnd = false

        func insert(_ word: Substring) {
            guard let first = word.first else {
                isWordEnd = true
                return
            }
            let child = children[first] ?? Node()
            children[first] = child
            child.insert(word.dropFirst())
        }

        /// The alternation of everything below this node (without this node's word end).
        func render() -> String {
            children.keys.sorted().map { character in
                let child = children[character]!
                var regex = NSRegularExpression.escapedPattern(for: String(character))
                // Walk down a chain of single children as one literal run.
                var node = child
                while node.children.count == 1, !node.isWordEnd, let (next, grandchild) = node.children.first {
                    regex += NSRegularExpression.escapedPattern(for: String(next))
                    node = grandchild
                }
                // The chain stops at a word end or a fork; below it, the longer words are optional
                // after a word end, and tried before stopping there (`?` is greedy).
                if node.children.isEmpty { return regex }
                return regex + "(?:" + node.render() + ")" + (node.isWordEnd ? "?" : "")
            }.joined(separator: "|")
        }
    }
}
