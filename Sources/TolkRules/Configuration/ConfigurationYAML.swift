import Foundation
import Yams

/// Typed access to the YAML nodes of one configuration file (also used by
/// TolkChecks for the `checks:` section): every accessor
/// either returns the shape it promises or throws a `ConfigurationError` at
/// the node's line and column (Yams marks: 1-based, columns in Unicode scalars).
public struct ConfigurationYAML: Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// One `key: value` pair of a mapping.
    public struct Entry {
        public let key: String
        public let keyNode: Node
        public let value: Node
    }

    /// The document's root node, `nil` for an empty document.
    public func root() throws(ConfigurationError) -> Node? {
        do {
            return try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            let key = duplicates.first ?? ""
            let second = secondOccurrence(of: key, after: context.mark)
            let first = second == nil ? "" : " (first on line \(context.mark.line))"
            throw ConfigurationError("duplicate key '\(key)'\(first); each key may appear once in a mapping",
                                     at: second ?? location(context.mark))
        } catch {
            throw syntaxError(error)
        }
    }

    public func location(_ mark: Mark?) -> ConfigurationLocation {
        ConfigurationLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    public func location(of node: Node) -> ConfigurationLocation { location(node.mark) }

    public func error(_ message: String, at node: Node) -> ConfigurationError {
        ConfigurationError(message, at: location(of: node))
    }

    /// The entries of a mapping in file order. With `allowed`, any other key
    /// is an error naming the key, the allowed ones and the nearest spelling.
    public func entries(of node: Node, in context: String, allowed: [String]? = nil) throws(ConfigurationError) -> [Entry] {
        if Self.isEmpty(node) { return [] }
        guard case .mapping(let mapping) = node else {
            throw error("\(context) must be a mapping of 'key: value' lines, not \(Self.describe(node))", at: node)
        }
        var out: [Entry] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode, !scalar.string.isEmpty else {
                throw error("keys in \(context) must be plain text, not \(Self.describe(keyNode))", at: keyNode)
            }
            out.append(Entry(key: scalar.string, keyNode: keyNode, value: value))
        }
        if let allowed { try checkKeys(out, allowed: allowed, in: context) }
        return out
    }

    /// Rejects the first key not in `allowed`, naming the allowed ones and the nearest spelling.
    public func checkKeys(_ entries: [Entry], allowed: [String], in context: String) throws(ConfigurationError) {
        guard let unknown = entries.first(where: { !allowed.contains($0.key) }) else { return }
        var message = "unknown key '\(unknown.key)' in \(context)"
        if let near = Spelling.nearest(to: unknown.key, among: allowed) { message += " (did you mean '\(near)'?)" }
        message += "; allowed keys: " + allowed.joined(separator: ", ")
        throw error(message, at: unknown.keyNode)
    }

    /// A non-empty scalar's text.
    public func text(_ node: Node, for what: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, !Self.isEmpty(node) else {
            throw error("\(what) must be text, not \(Self.describe(node))", at: node)
        }
        guard !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw error("\(what) must not be blank", at: node)
        }
        return scalar.string
    }

    /// A non-empty list of non-blank names (`[a, b]` or `- a` lines).
    public func names(_ node: Node, for what: String) throws(ConfigurationError) -> [String] {
        guard case .sequence(let sequence) = node else {
            throw error("\(what) must be a list of names such as [Name, Other name], not \(Self.describe(node))",
                        at: node)
        }
        guard !sequence.isEmpty else { throw error("\(what) must list at least one name", at: node) }
        var out: [String] = []
        for item in sequence {
            out.append(try text(item, for: "each name in \(what)"))
        }
        return out
    }

    /// A plain empty value (`key:` with nothing after it, `~`, `null`).
    public static func isEmpty(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// What a node is, for messages.
    public static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar):
            isEmpty(node) ? "an empty value" : "the text '\(scalar.string.prefix(40))'"
        }
    }

    // MARK: - Errors from Yams

    private func syntaxError(_ error: Error) -> ConfigurationError {
        guard let yamlError = error as? YamlError else {
            return ConfigurationError("cannot read YAML: \(error)", at: location(nil))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) on line \($0.mark.line))" } ?? ""
            return ConfigurationError("invalid YAML: \(problem)\(detail)", at: location(mark))
        case .reader(let problem, _, _, _):
            return ConfigurationError("invalid YAML text: \(problem)", at: location(nil))
        default:
            return ConfigurationError("invalid YAML: \(yamlError)", at: location(nil))
        }
    }

    /// Yams reports a duplicated key at its first occurrence; the offending
    /// one is the second. In block style it is the next line at the same
    /// indentation that starts with the key, before the mapping ends (a line
    /// indented less). `nil` when not found that way (flow mappings).
    private func secondOccurrence(of key: String, after first: Mark) -> ConfigurationLocation? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let indent = first.column - 1
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let spellings = [key, "'\(key)'", "\"\(key)\""]
        for lineIndex in first.line..<lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            let leading = scalars.prefix { $0 == " " }.count
            if leading == scalars.count || scalars[leading] == "#" { continue }
            if leading < indent { return nil }
            guard leading == indent else { continue }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[leading...])
            let restText = String(rest)
            for spelling in spellings where restText.hasPrefix(spelling) {
                let after = restText.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
                if after.hasPrefix(":") {
                    return ConfigurationLocation(path: path, line: lineIndex + 1, column: first.column)
                }
            }
        }
        return nil
    }
}

/// Suggestions for mistyped keys and values.
public enum Spelling {
    /// The candidate closest to `word` (case-insensitive edit distance), when
    /// it is close enough to be a likely typo; else the one `word` starts
    /// (`agreementIntro` → `agreementIntroduced`).
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        typo(of: word, among: candidates) ?? (word.count < 4 ? nil : candidates.first {
            $0.lowercased().hasPrefix(word.lowercased())
        })
    }

    private static func typo(of word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let limit = max(1, min(3, target.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
