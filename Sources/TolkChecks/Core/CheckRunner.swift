import Foundation
import TolkModel
import TolkRules

/// Runs the checks: `checkFile` on the worker that parsed each file, then
/// `finish` once for the checks across locales, the configuration's
/// severities, inline suppressions, the baseline and the report order.
public struct CheckRunner: Sendable {
    public let catalog: CheckCatalog
    public let configuration: CheckConfiguration
    public let settings: CheckSettings
    public let tree: ContentTree
    private let extractor: RuleExtractor?
    private let readingCodes: Set<DiagnosticCode>

    /// Threads for the rule extraction of `finish` (the per-file work runs on the loader's).
    public let jobs: Int
    /// The files whose rules `checkFile` extracts for `rule-mismatch` (see `ExtractionPlan`).
    public private(set) var plan: ExtractionPlan

    public init(catalog: CheckCatalog = .standard, configuration: CheckConfiguration,
                rules: RulesConfiguration, tree: ContentTree,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, plan: ExtractionPlan = .none) {
        self.jobs = max(1, jobs)
        self.plan = plan
        self.catalog = catalog
        self.configuration = configuration
        self.settings = CheckSettings(sourceLocale: rules.sourceLocale, noLocTerms: configuration.noLocTerms,
                                      functionWords: configuration.functionWords, rules: rules)
        self.tree = tree
        let needsRules = catalog.groupChecks.contains { $0.descriptor.id == "rule-mismatch" }
            && !configuration.isOffEverywhere("rule-mismatch")
        extractor = needsRules ? RuleExtractor(configuration: rules) : nil
        readingCodes = Set(catalog.readingCodes)
    }

    /// This runner with the extraction plan for `files` (nothing to plan when
    /// `rule-mismatch` is off).
    public func planned(for files: [String]) -> CheckRunner {
        guard extractor != nil else { return self }
        var planned = self
        planned.plan = ExtractionPlan.foresee(files, jobs: jobs)
        return planned
    }

    /// What one file contributes: its findings and what the second phase needs.
    public struct FileResult: Sendable {
        public var member: GroupMember
        public var findings: [Finding]
        public var suppressions: SuppressionIndex
    }

    /// Runs every document check on `document` (thread-safe).
    public func checkFile(_ document: Document) -> FileResult {
        let file = FileUnderCheck(document: document, settings: settings, tree: tree)
        var findings: [Finding] = []
        for check in catalog.documentChecks {
            let descriptor = check.descriptor
            if configuration.setting(for: descriptor.id, path: document.path) == .off { continue }
            var collector = FindingCollector(check: descriptor, path: document.path, locale: file.locale)
            check.check(file, into: &collector)
            findings += collector.findings
        }
        for diagnostic in document.diagnostics where readingCodes.contains(diagnostic.code) {
            findings.append(Finding(check: diagnostic.code.rawValue, severity: diagnostic.severity,
                                    path: document.path, line: diagnostic.location.line,
                                    column: diagnostic.location.column, segment: diagnostic.segmentID,
                                    locale: file.locale, message: diagnostic.message))
        }
        let rules = plan.paths.contains(document.path) ? extractor?.comparableRules(document) : nil
        let member = GroupMember(document: document, locale: file.locale ?? "und", statedRules: rules)
        return FileResult(member: member, findings: findings, suppressions: SuppressionIndex(document: document))
    }

    /// Reads a file's document again by path. Documents are not kept between
    /// the two phases; `rule-mismatch` re-reads the few files whose rules it
    /// must extract (see `withStatedRules`).
    public typealias DocumentReader = @Sendable (String) -> Document

    /// Runs the checks across locales and turns everything into the report;
    /// `reread` gives the document of a checked file again.
    public func finish(_ results: [FileResult], baseline: Baseline? = nil, reread: DocumentReader) -> CheckReport {
        let groups = withStatedRules(DocumentGroup.group(results.map(\.member)), reread: reread)
        let locales = Array(Set(results.map(\.member.locale))).sorted()
        let corpus = CorpusUnderCheck(locales: locales, groups: groups, settings: settings, tree: tree)
        var raw = results.flatMap(\.findings)
        raw += groupFindings(groups, corpus: corpus)
        let suppressions = Dictionary(results.map { ($0.member.path, $0.suppressions) }) { first, _ in first }
        let descriptors = Dictionary(catalog.descriptors.map { ($0.id, $0) }) { first, _ in first }
        var kept: [Finding] = []
        var suppressed = 0
        for var finding in raw {
            guard let descriptor = descriptors[finding.check] else { continue }
            let found = descriptor.category == .reading ? finding.severity : nil
            guard let severity = configuration.severity(for: descriptor, path: finding.path, found: found) else {
                continue
            }
            finding.severity = severity
            if suppressions[finding.path]?.suppresses(check: finding.check, line: finding.line) == true {
                suppressed += 1
                continue
            }
            kept.append(finding)
        }
        kept.sort(by: Finding.reportOrder)
        Self.assignFingerprints(&kept)
        var baselined = 0
        if let baseline {
            let before = kept.count
            kept.removeAll { baseline.fingerprints.contains($0.fingerprint) }
            baselined = before - kept.count
        }
        let files = fileStatuses(groups)
        let summary = CheckSummary(files: results.count, documents: groups.count, locales: locales,
                                   findings: kept, suppressed: suppressed, baselined: baselined)
        return CheckReport(findings: kept, checks: catalog.descriptors, files: files, summary: summary)
    }

    /// The findings of the checks across locales, check by check in group
    /// order (as one thread would find them); groups are shared out among
    /// `jobs` threads, since no check reads another group's findings.
    private func groupFindings(_ groups: [DocumentGroup], corpus: CorpusUnderCheck) -> [Finding] {
        let checks = catalog.groupChecks.filter { !configuration.isOffEverywhere($0.descriptor.id) }
        guard !checks.isEmpty, !groups.isEmpty else { return [] }
        let byGroup = ParallelMap.map(count: groups.count, jobs: jobs) { index in
            let group = groups[index]
            return checks.map { check in
                var collector = FindingCollector(check: check.descriptor, path: group.members[0].path,
                                                 locale: group.members[0].locale)
                check.check(group, in: corpus, into: &collector)
                return collector.findings
            }
        }
        return checks.indices.flatMap { check in byGroup.flatMap { $0[check] } }
    }

    /// The groups with `statedRules` filled for the current files whose rules
    /// can differ. Paired files built from the same source version state the
    /// same rules by construction (patterns read the English sides, which are
    /// equal), so their extraction is skipped: that is most of a docset (117
    /// of the corpus's 1,413 files are left), and extraction is the costliest
    /// step of a check run. Files the `plan` foresaw had their rules read in
    /// the first phase; any other is read and parsed again, which costs less
    /// than keeping every document from the first phase.
    private func withStatedRules(_ groups: [DocumentGroup], reread: DocumentReader) -> [DocumentGroup] {
        guard let extractor else { return groups }
        let needed = groups.filter { Self.rulesCanDiffer($0.current) }.flatMap(\.current)
            .filter { $0.statedRulesRead == false }
        guard !needed.isEmpty else { return groups }
        let stated = ParallelMap.map(needed, jobs: jobs) { extractor.comparableRules(reread($0.path)) }
        var replaced: [String: GroupMember] = [:]
        for (member, rules) in zip(needed, stated) {
            replaced[member.path] = GroupMember(member, statedRules: rules)
        }
        return groups.map { group in
            DocumentGroup(key: group.key, members: group.members.map { replaced[$0.path] ?? $0 })
        }
    }

    /// Whether current files may state different rules: more than one, and
    /// not all paired files from one source version.
    static func rulesCanDiffer(_ current: [GroupMember]) -> Bool {
        guard current.count > 1 else { return false }
        let allPaired = current.allSatisfy { $0.segmentCount > 0 }
        let sources = Set(current.map { member -> String in
            let front = member.frontMatter
            return front?.sourceCommit ?? front?.sourceFileHash ?? front?.sourceDate?.description ?? member.path
        })
        return !(allPaired && sources.count == 1)
    }

    /// `hash/occurrence`: equal findings in one file are told apart by their order.
    static func assignFingerprints(_ findings: inout [Finding]) {
        var seen: [String: Int] = [:]
        for index in findings.indices {
            let hash = findings[index].identityHash
            seen[hash, default: 0] += 1
            findings[index].fingerprint = "\(hash)/\(seen[hash]!)"
        }
    }

    private func fileStatuses(_ groups: [DocumentGroup]) -> [FileStatus] {
        var out: [FileStatus] = []
        for group in groups {
            let current = Set(group.current.map(\.path))
            for member in group.members {
                let front = member.frontMatter
                out.append(FileStatus(
                    path: member.path, locale: member.locale, document: group.key,
                    title: member.title, current: current.contains(member.path),
                    sourceDate: front?.sourceDate, handoffDate: front?.handoffDate,
                    translation: front?.translationType?.code, segments: member.segmentCount,
                    isSource: member.isSourceDocument(sourceLocale: settings.sourceLocale)))
            }
        }
        return out.sorted { ($0.document, $0.locale, $0.path) < ($1.document, $1.locale, $1.path) }
    }
}
