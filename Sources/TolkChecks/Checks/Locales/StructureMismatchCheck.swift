import TolkModel

/// Reports a locale's current file whose structure differs from the
/// reference file built from the same version of the source (same
/// `ms.openlocfilehash`, else same `ms.date` and `ms.sourcegitcommit`): the
/// headings (count, levels, order), the number of steps of each numbered list,
/// the alerts (kinds, order), block quotes and tables (count, rows). A
/// translation of one source should have the source's shape; a difference
/// is usually Markdown the translation broke (a list split by a lost indent,
/// an alert keyword translated into a plain quote, a heading level changed).
///
/// The reference is the source locale's file when the run has one built from
/// that version; otherwise the structure most locales share, ties going to
/// the locale with the most documents in the run, then the first by name.
/// The finding goes to the differing file, at its first differing block.
struct StructureMismatchCheck: LocaleGroupCheck {
    static let descriptor = CheckDescriptor(
        id: "structure-mismatch", category: .locales, defaultSeverity: .warning,
        summary: "Two locales built from the same source version differ in headings, numbered steps, alerts or tables.")

    func check(_ group: DocumentGroup, in corpus: CorpusUnderCheck, into findings: inout FindingCollector) {
        for document in LocaleGroupFacts.documents(group) { check(document: document, corpus, &findings) }
    }

    private func check(document group: DocumentGroup, _ corpus: CorpusUnderCheck, _ findings: inout FindingCollector) {
        let current = LocaleGroupFacts.current(group)
        guard current.count > 1 else { return }
        for cluster in Self.clusters(LocaleGroupFacts.sourceFirst(current, in: corpus)) where cluster.count > 1 {
            compare(cluster, corpus: corpus, into: &findings)
        }
    }

    /// Files built from the same source version, each cluster led by its
    /// first file (the input has the source locale's file first).
    static func clusters(_ members: [GroupMember]) -> [[GroupMember]] {
        var clusters: [[GroupMember]] = []
        for member in members {
            if let index = clusters.firstIndex(where: { LocaleGroupFacts.sameSource($0[0], member) }) {
                clusters[index].append(member)
            } else {
                clusters.append([member])
            }
        }
        return clusters
    }

    private func compare(_ cluster: [GroupMember], corpus: CorpusUnderCheck, into findings: inout FindingCollector) {
        let outlines = cluster.map(\.outline)
        let shapes = outlines.map { $0.items.map(\.kind) }
        guard Set(shapes).count > 1 else { return }
        let reference = Self.referenceIndex(cluster, shapes: shapes, corpus: corpus)
        let referenceMember = cluster[reference]
        let version = Self.versionNote(referenceMember)
        for index in cluster.indices where index != reference && shapes[index] != shapes[reference] {
            let member = cluster[index]
            let (message, location) = Self.firstDifference(
                outlines[index], member: member, against: outlines[reference], referenceLocale: referenceMember.locale)
            findings.add(message + " (\(version))", path: member.path, locale: member.locale, at: location)
        }
    }

    /// The source locale's file when present, else the shape most files
    /// share; shapes shared by as many files go by the reference priority
    /// of their files (most documents in the run, then name).
    static func referenceIndex(_ cluster: [GroupMember], shapes: [[StructureItem.Kind]],
                               corpus: CorpusUnderCheck) -> Int {
        if LocaleGroupFacts.isSource(cluster[0], corpus) { return 0 }
        let counts = shapes.map { shape in shapes.filter { $0 == shape }.count }
        let best = counts.max() ?? 0
        let tied = cluster.indices.filter { counts[$0] == best }
        guard Set(tied.map { shapes[$0] }).count > 1 else { return tied[0] }
        let preferred = LocaleGroupFacts.byReferencePriority(tied.map { cluster[$0] }, in: corpus)[0]
        return tied.first { cluster[$0].path == preferred.path } ?? tied[0]
    }

    static func versionNote(_ member: GroupMember) -> String {
        var parts: [String] = []
        if let date = member.sourceDate { parts.append("ms.date \(date)") }
        if let tag = LocaleGroupFacts.versionTag(member) { parts.append(tag) }
        return parts.isEmpty ? "same source version" : "same source version: " + parts.joined(separator: ", ")
    }

    /// How far ahead a block that one side has and the other lacks is looked for.
    static let lookahead = 8

    /// What differs first, said for people, and where in the differing file.
    static func firstDifference(_ outline: StructureOutline, member: GroupMember, against reference: StructureOutline,
                                referenceLocale: String) -> (String, SourceLocation) {
        let mine = outline.items, theirs = reference.items
        let shared = zip(mine, theirs).prefix { $0.kind == $1.kind }.count
        let counts = " [" + outline.counts(against: reference) + "]"
        switch (shared < mine.count, shared < theirs.count) {
        case (true, true):
            let own = mine[shared], other = theirs[shared]
            // Blocks more or blocks less, when the rest lines up again after them.
            let extra = (1...lookahead).first { shared + $0 < mine.count && mine[shared + $0].kind == other.kind }
            let lacking = (1...lookahead).first { shared + $0 < theirs.count && theirs[shared + $0].kind == own.kind }
            if let extra, extra <= (lacking ?? .max) {
                return ("\(member.locale) has \(own.kind.phrase) here that \(referenceLocale) does not have" + counts,
                        own.location)
            }
            if lacking != nil {
                return ("\(member.locale) lacks \(other.kind.phrase) that \(referenceLocale) has before this point"
                        + counts, own.location)
            }
            return ("\(member.locale) has \(own.kind.phrase) where \(referenceLocale) has \(other.kind.phrase)" + counts,
                    own.location)
        case (true, false):
            let own = mine[shared]
            return ("\(member.locale) has \(own.kind.phrase) here that \(referenceLocale) does not have" + counts,
                    own.location)
        case (false, true):
            let location = outline.items.last?.location ?? outline.end
            return ("\(member.locale) lacks \(theirs[shared].kind.phrase) that \(referenceLocale) has after this point"
                    + counts, location)
        case (false, false):
            return ("\(member.locale) has the same structure as \(referenceLocale)", outline.end)
        }
    }
}
