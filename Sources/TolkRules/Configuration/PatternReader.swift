import Foundation
import Yams

/// Reads the `patterns:` list: each item's keys, its kind, its template and
/// the placeholders its kind needs, and checks the regex compiles.
struct PatternReader {
    let yaml: ConfigurationYAML

    static let keys = ["id", "kind", "language", "match", "check", "field", "constraint"]
    /// Kinds read from document structure or any dated sentence, never from a pattern.
    static let structuralKinds: Set<RuleKind> = [.procedure, .roles, .audience, .datedStatement]
    static var patternKinds: [RuleKind] { RuleKind.allCases.filter { !structuralKinds.contains($0) } }

    /// The patterns in file order, and the `field:` values to check against the fields vocabulary.
    func read(_ node: Node) throws(ConfigurationError)
        -> (patterns: [SentencePattern], fieldReferences: [ConfigurationFile.FieldReference]) {
        if ConfigurationYAML.isEmpty(node) { return ([], []) }
        guard case .sequence(let items) = node else {
            throw yaml.error("'patterns' must be a list of '- id: …' items, not \(ConfigurationYAML.describe(node))",
                             at: node)
        }
        var patterns: [SentencePattern] = []
        var references: [ConfigurationFile.FieldReference] = []
        var firstLineOfID: [String: Int] = [:]
        for item in items {
            let pattern = try readPattern(item)
            if let first = firstLineOfID[pattern.id], let idNode = value("id", of: item) {
                throw yaml.error("duplicate pattern id '\(pattern.id)' (first on line \(first)); "
                                 + "pattern ids must be unique", at: idNode)
            }
            firstLineOfID[pattern.id] = pattern.location?.line
            if let field = pattern.field, let fieldNode = value("field", of: item) {
                references.append(.init(field: field, location: yaml.location(of: fieldNode)))
            }
            patterns.append(pattern)
        }
        return (patterns, references)
    }

    private func value(_ key: String, of item: Node) -> Node? {
        guard case .mapping(let mapping) = item else { return nil }
        return mapping[key]
    }

    private func readPattern(_ item: Node) throws(ConfigurationError) -> SentencePattern {
        guard case .mapping = item else {
            throw yaml.error("each pattern must be a mapping with id, kind and match, not "
                             + ConfigurationYAML.describe(item), at: item)
        }
        let entries = try yaml.entries(of: item, in: "a pattern")
        func entry(_ key: String) -> ConfigurationYAML.Entry? { entries.first { $0.key == key } }

        guard let idEntry = entry("id") else { throw yaml.error("a pattern is missing its 'id'", at: item) }
        let id = try yaml.text(idEntry.value, for: "a pattern's 'id'")
        let context = "pattern '\(id)'"
        try yaml.checkKeys(entries, allowed: Self.keys, in: context)

        guard let kindEntry = entry("kind") else { throw yaml.error("\(context) is missing its 'kind'", at: item) }
        let kind = try readKind(kindEntry.value, in: context)
        var pattern = SentencePattern(id: id, kind: kind, match: "", location: yaml.location(of: item))
        if let language = entry("language") {
            pattern.language = try ConfigurationReader(yaml: yaml).languageTag(language.value,
                                                                               for: "the 'language' of \(context)")
        }
        guard let matchEntry = entry("match") else { throw yaml.error("\(context) is missing its 'match'", at: item) }
        pattern.match = try yaml.text(matchEntry.value, for: "the 'match' of \(context)")
        let template: PatternTemplate
        do {
            template = try PatternTemplate.parse(pattern.match)
        } catch {
            throw yaml.error("in the 'match' of \(context): \(error.message)", at: matchEntry.value)
        }
        try checkCompiles(template, in: context, at: matchEntry.value)

        if let check = entry("check") {
            guard kind == .verification else {
                throw yaml.error("'check' belongs to verification patterns; \(context) is \(kind.rawValue)",
                                 at: check.keyNode)
            }
            pattern.check = try closedValue(check.value, VerificationCheck.self, key: "check", in: context)
        } else if kind == .verification {
            throw yaml.error("\(context) is a verification pattern and needs 'check', one of: "
                             + VerificationCheck.allCases.map(\.rawValue).joined(separator: ", "), at: item)
        }
        for key in ["field", "constraint"] {
            if let extra = entry(key), kind != .fieldConstraint {
                throw yaml.error("'\(key)' belongs to fieldConstraint patterns; \(context) is \(kind.rawValue)",
                                 at: extra.keyNode)
            }
        }
        if let field = entry("field") {
            pattern.field = try yaml.text(field.value, for: "'field' of \(context)")
        }
        if let constraint = entry("constraint") {
            pattern.constraint = try closedValue(constraint.value, FieldConstraintKind.self,
                                                 key: "constraint", in: context)
        }
        try PlaceholderRules(yaml: yaml, context: context, kind: kind, template: template, item: item,
                             matchNode: matchEntry.value, fieldEntry: entry("field"),
                             constraintEntry: entry("constraint")).check()
        return pattern
    }

    private func readKind(_ node: Node, in context: String) throws(ConfigurationError) -> RuleKind {
        let allowed = Self.patternKinds.map(\.rawValue).joined(separator: ", ")
        let text = try yaml.text(node, for: "the 'kind' of \(context)")
        if let kind = RuleKind(rawValue: text), Self.structuralKinds.contains(kind) {
            throw yaml.error("kind '\(text)' is not pattern-based (Tolk reads it from the document structure); "
                             + "pattern kinds are: \(allowed)", at: node)
        }
        return try closedValue(node, RuleKind.self, key: "kind", in: context,
                               allowed: Self.patternKinds.map(\.rawValue))
    }

    /// A value from a closed set, or an error listing the set and the nearest spelling.
    private func closedValue<Value: RawRepresentable & CaseIterable>(
        _ node: Node, _: Value.Type, key: String, in context: String, allowed: [String]? = nil
    ) throws(ConfigurationError) -> Value where Value.RawValue == String {
        let text = try yaml.text(node, for: "the '\(key)' of \(context)")
        let allowed = allowed ?? Value.allCases.map(\.rawValue)
        if allowed.contains(text), let value = Value(rawValue: text) { return value }
        var message = "unknown \(key) '\(text)' in \(context)"
        if let near = Spelling.nearest(to: text, among: allowed) { message += " (did you mean '\(near)'?)" }
        throw yaml.error(message + "; allowed values: " + allowed.joined(separator: ", "), at: node)
    }

    /// Compiles the regex with each placeholder as a named group, as the extractor will.
    private func checkCompiles(_ template: PatternTemplate, in context: String,
                               at node: Node) throws(ConfigurationError) {
        let regex = template.regex { "(?<\($0.name)>.+?)" }
        do {
            _ = try NSRegularExpression(pattern: regex, options: [.caseInsensitive])
        } catch {
            // Foundation gives no detail from ICU, so say where to look.
            throw yaml.error("the 'match' of \(context) is not a valid ICU regular expression "
                             + "(check its parentheses, brackets, quantifiers and escapes)", at: node)
        }
    }
}
