import TolkModel
import TolkRules

/// Reports a locale's current file that states a rule differently from the
/// newest locale's current file of the same document, so readers of the two
/// languages are told different things:
/// * the same rule (kind and key) with another value: another date, other
///   verification components, another field constraint, a procedure with
///   other steps or alerts (procedures of files built from the same source
///   version are left to `structure-mismatch`, which says where);
/// * agreements: one file names an agreement as the one in force (introduced,
///   or the one signer information is required for) where the other names
///   another, or treats it as replaced or running out.
///
/// Only current files are compared, and only rules both files state: a file
/// whose sentences the extractor cannot read (a machine translation without
/// pairs) states fewer rules, which is no mismatch by itself. Roles and
/// audience lists are not compared: a file states their labels, which only
/// the compiler's merge resolves. Dated statements carry their date in their
/// key, so they cannot disagree. The reference is the newest file stating
/// the rule (later `ms.date`; on one date the source locale's, then the later
/// hand-off; then the locale with the most documents, then by name); the
/// finding goes to the other file, at its rule, and names both.
struct RuleMismatchCheck: LocaleGroupCheck {
    static let descriptor = CheckDescriptor(
        id: "rule-mismatch", category: .locales, defaultSeverity: .warning,
        summary: "Two locales of a document state different rules: other dates or values, or other agreements.")

    func check(_ group: DocumentGroup, in corpus: CorpusUnderCheck, into findings: inout FindingCollector) {
        for document in LocaleGroupFacts.documents(group) { check(document: document, corpus, &findings) }
    }

    private func check(document group: DocumentGroup, _ corpus: CorpusUnderCheck, _ findings: inout FindingCollector) {
        let current = LocaleGroupFacts.current(group).filter { !$0.statedRules.isEmpty }
        guard current.count > 1 else { return }
        let ordered = LocaleGroupFacts.newestFirst(current, in: corpus)
        compareKeys(ordered, into: &findings)
        compareAgreements(ordered, into: &findings)
    }

    // MARK: Same kind and key, another value

    private func compareKeys(_ ordered: [GroupMember], into findings: inout FindingCollector) {
        let stated = ordered.map(Self.rulesByKey)
        var keys: [String] = []
        var seen = Set<String>()
        for rules in stated {
            for key in rules.keys.sorted() where seen.insert(key).inserted { keys.append(key) }
        }
        for key in keys {
            let holders = ordered.indices.filter { stated[$0][key] != nil }
            guard holders.count > 1 else { continue }
            let reference = holders[0]
            let referenceRules = stated[reference][key]!
            let agreeing = holders.dropFirst().filter { Self.agree(stated[$0][key]!, referenceRules) }
            for index in holders.dropFirst() {
                let rules = stated[index][key]!
                if Self.agree(rules, referenceRules) { continue }
                let member = ordered[index], referenceMember = ordered[reference]
                if rules[0].kind == .procedure, LocaleGroupFacts.sameSource(member, referenceMember) { continue }
                let also = agreeing.map { ordered[$0].locale }.sorted()
                let message = "\(member.locale) states \(Self.describe(rules))\(LocaleGroupFacts.dated(member)); "
                    + "\(referenceMember.locale) states \(Self.describe(referenceRules))"
                    + LocaleGroupFacts.dated(referenceMember)
                    + Self.agreeing(also, with: referenceMember.locale)
                add(message, rule: rules[0], member: member, into: &findings)
            }
        }
    }

    /// `kind|key` → the file's rules with that key, in document order.
    /// Kinds whose values a single file cannot state comparably are left out.
    static func rulesByKey(_ member: GroupMember) -> [String: [StatedRule]] {
        var out: [String: [StatedRule]] = [:]
        for rule in member.statedRules {
            switch rule.kind {
            case .roles, .audience, .datedStatement: continue
            default: out["\(rule.kind.rawValue)|\(rule.key)", default: []].append(rule)
            }
        }
        return out
    }

    /// Two files agree on a key when some value of one equals some value of the other.
    static func agree(_ a: [StatedRule], _ b: [StatedRule]) -> Bool {
        a.contains { x in b.contains { y in sameValue(x, y) } }
    }

    /// An introduction's replaced agreement only counts when both sentences name one.
    static func sameValue(_ a: StatedRule, _ b: StatedRule) -> Bool {
        guard a.kind == .agreementIntroduced else { return a.variant == b.variant }
        let pa = a.variant.split(separator: "|", omittingEmptySubsequences: false)
        let pb = b.variant.split(separator: "|", omittingEmptySubsequences: false)
        guard pa.first == pb.first else { return false }
        let ra = pa.count > 1 ? pa[1] : "", rb = pb.count > 1 ? pb[1] : ""
        return ra.isEmpty || rb.isEmpty || ra == rb
    }

    static func describe(_ rules: [StatedRule]) -> String {
        var seen = Set<String>()
        let parts = rules.filter { seen.insert($0.variant).inserted }.map(describe)
        return parts.joined(separator: " and ")
    }

    /// The rule's summary; procedures say their steps and alerts.
    static func describe(_ rule: StatedRule) -> String {
        guard rule.kind == .procedure else { return rule.summary }
        let steps = rule.variant.split(separator: ",")
        var alerts: [String] = []
        for step in steps {
            let parts = step.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].isEmpty else { continue }
            alerts.append("\(parts[1].replacingOccurrences(of: "+", with: " and ")) after step \(parts[0])")
        }
        let numbers = steps.compactMap { Int($0.split(separator: ":").first ?? "") }
        var text = "procedure '\(rule.key)' with \(numbers.count) step\(numbers.count == 1 ? "" : "s")"
        if let first = numbers.first, let last = numbers.last, first != 1 || last != numbers.count {
            text += " numbered \(first)–\(last)"
        }
        return text + (alerts.isEmpty ? " and no alert" : ", " + LocaleGroupFacts.list(alerts))
    }

    // MARK: Agreements

    /// The agreements one file names: those it presents as in force, and
    /// those it says are replaced or accepted only until a date.
    struct AgreementView {
        var inForce: Set<String> = []
        var outgoing: Set<String> = []
        var rules: [StatedRule] = []

        init(_ member: GroupMember) {
            for rule in member.statedRules {
                switch rule.kind {
                case .agreementIntroduced:
                    inForce.insert(rule.key)
                    let parts = rule.variant.split(separator: "|", omittingEmptySubsequences: false)
                    if parts.count > 1, !parts[1].isEmpty { outgoing.insert(String(parts[1])) }
                case .agreementSupportedUntil:
                    outgoing.insert(rule.key)
                case .signerInformationRequired where rule.key != "any":
                    inForce.insert(rule.key)
                default:
                    continue
                }
                rules.append(rule)
            }
            inForce.subtract(outgoing)
        }

        /// One names as in force what the other names as outgoing, or both
        /// name agreements in force and none in common.
        func conflicts(with other: AgreementView) -> Bool {
            if !inForce.isDisjoint(with: other.outgoing) || !other.inForce.isDisjoint(with: outgoing) { return true }
            return !inForce.isEmpty && !other.inForce.isEmpty && inForce.isDisjoint(with: other.inForce)
        }
    }

    private func compareAgreements(_ ordered: [GroupMember], into findings: inout FindingCollector) {
        let views = ordered.map(AgreementView.init)
        let holders = ordered.indices.filter { !views[$0].rules.isEmpty }
        guard holders.count > 1 else { return }
        let reference = holders[0], referenceMember = ordered[reference]
        let agreeing = holders.dropFirst().filter { !views[$0].conflicts(with: views[reference]) }
        for index in holders.dropFirst() where views[index].conflicts(with: views[reference]) {
            let member = ordered[index]
            let also = agreeing.map { ordered[$0].locale }.sorted()
            let message = "agreements differ: \(member.locale) states "
                + Self.describe(views[index].rules) + LocaleGroupFacts.dated(member)
                + "; \(referenceMember.locale) states " + Self.describe(views[reference].rules)
                + LocaleGroupFacts.dated(referenceMember)
                + Self.agreeing(also, with: referenceMember.locale)
            add(message, rule: views[index].rules[0], member: member, into: &findings)
        }
    }

    /// `; de-DE and sv-SE agree with nl-NL`, or nothing.
    static func agreeing(_ locales: [String], with reference: String) -> String {
        guard !locales.isEmpty else { return "" }
        return "; \(LocaleGroupFacts.list(locales)) agree\(locales.count == 1 ? "s" : "") with \(reference)"
    }

    private func add(_ message: String, rule: StatedRule, member: GroupMember, into findings: inout FindingCollector) {
        let location = SourceLocation(line: max(rule.line, 1), column: max(rule.column, 1))
        findings.add(message, path: member.path, locale: member.locale, at: location, segment: rule.segment)
    }
}
