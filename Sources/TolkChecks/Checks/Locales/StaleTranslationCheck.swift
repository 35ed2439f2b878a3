import TolkModel

/// Reports a locale whose current file was built from an older version of the
/// English source than the newest locale's current file of the same document:
/// an older `ms.date`, or the same `ms.date` but another source version
/// (`ms.openlocfilehash`, else `ms.sourcegitcommit`) handed off earlier. Readers
/// of that locale see what the source said before it changed, so the message
/// says by how many days it lags. The source locale's own file is never stale;
/// files without `ms.date` are not judged.
struct StaleTranslationCheck: LocaleGroupCheck {
    static let descriptor = CheckDescriptor(
        id: "stale-translation", category: .locales, defaultSeverity: .warning,
        summary: "A locale's current file was built from an older version of the source than another locale's.")

    func check(_ group: DocumentGroup, in corpus: CorpusUnderCheck, into findings: inout FindingCollector) {
        for document in LocaleGroupFacts.documents(group) { check(document: document, corpus, &findings) }
    }

    private func check(document group: DocumentGroup, _ corpus: CorpusUnderCheck, _ findings: inout FindingCollector) {
        let current = LocaleGroupFacts.current(group)
        guard current.count > 1 else { return }
        let newest = LocaleGroupFacts.newestFirst(current, in: corpus)
        guard let top = newest.first, let topDate = top.sourceDate else { return }
        for member in current where !LocaleGroupFacts.isSource(member, corpus) {
            guard let date = member.sourceDate, member.path != top.path else { continue }
            let location = LocaleGroupFacts.location(of: "ms.date", in: member)
            if date < topDate {
                guard !LocaleGroupFacts.sameSource(member, top) else { continue }
                let days = date.days(to: topDate)
                findings.add("\(member.locale) is built from the source of \(date), "
                             + "\(MessageText.dayCount(days)) older than \(top.locale)'s \(topDate)",
                             path: member.path, locale: member.locale, at: location)
                continue
            }
            guard let handoff = member.handoffDate else { continue }
            let newer = newest.first { other in
                guard other.path != member.path, other.sourceDate == date,
                      let otherHandoff = other.handoffDate, otherHandoff > handoff else { return false }
                return !LocaleGroupFacts.sameSource(member, other)
            }
            guard let newer, let newerHandoff = newer.handoffDate else { continue }
            let days = handoff.days(to: newerHandoff)
            let ownTag = LocaleGroupFacts.versionTag(member).map { "\($0), " } ?? ""
            let newerTag = LocaleGroupFacts.versionTag(newer).map { "\($0), " } ?? ""
            findings.add("\(member.locale) is built from an earlier version of the \(date) source "
                         + "(\(ownTag)handed off \(handoff)), \(MessageText.dayCount(days)) before "
                         + "\(newer.locale)'s (\(newerTag)handed off \(newerHandoff))",
                         path: member.path, locale: member.locale, at: location)
        }
    }
}
