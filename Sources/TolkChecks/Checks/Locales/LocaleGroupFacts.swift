import Foundation
import TolkModel

/// What the checks across locales read from a group's files: which source
/// version a translation was built from, which file to compare against, and
/// day counts for messages. Shared by the checks of this folder only.
enum LocaleGroupFacts {
    /// The current file of each locale that names one (`und` files cannot be
    /// named in a message, so they take no part in comparisons).
    static func current(_ group: DocumentGroup) -> [GroupMember] {
        group.current.filter { $0.locale != "und" }
    }

    /// The documents of a group. A group without asset ids is keyed by its
    /// path with the version taken out of the file name, and any name that
    /// starts with a digit counts as a version there, so month pages such as
    /// `announcements/2021-may.md` and `2021-june.md` land in one group. Such
    /// a group is split by file name, where only a date (`2019-07-31.b09a9e28.md`,
    /// `name.2019-11-13.md`) is taken for a version.
    static func documents(_ group: DocumentGroup) -> [DocumentGroup] {
        guard group.members.count > 1,
              !group.members.contains(where: { $0.frontMatter?.assetID != nil }) else { return [group] }
        var byName: [String: [GroupMember]] = [:]
        for member in group.members { byName[documentName(member.path), default: []].append(member) }
        guard byName.count > 1 else { return [group] }
        return byName.keys.sorted().map { DocumentGroup(key: group.key + "#" + $0, members: byName[$0]!) }
    }

    /// The file name without extension and without a dated version suffix;
    /// the folder's name when the file name is a dated version itself.
    static func documentName(_ path: String) -> String {
        // The last two components, found from the end on bytes.
        let components = PathText.lastComponents(path, 2)
        guard let file = components.last else { return path }
        var stem = Substring(file)
        if let dot = stem.lastIndex(of: "."), dot > stem.startIndex { stem = stem[..<dot] }
        if startsWithDate(stem) { return components.count > 1 ? String(components[components.count - 2]) : "" }
        if let dot = stem.firstIndex(of: "."), startsWithDate(stem[stem.index(after: dot)...]) {
            return String(stem[..<dot])
        }
        return String(stem)
    }

    /// `2019-07-31…`
    private static func startsWithDate(_ text: Substring) -> Bool {
        let chars = Array(text.utf8.prefix(10))
        guard chars.count == 10 else { return false }
        for (index, char) in chars.enumerated() {
            let wantsDash = index == 4 || index == 7
            if wantsDash ? char != UInt8(ascii: "-") : !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(char) {
                return false
            }
        }
        return true
    }

    /// Whether two files were built from the same version of the source:
    /// the same `ms.openlocfilehash` when both have one; otherwise the same
    /// `ms.date` and, when both have one, the same `ms.sourcegitcommit`.
    /// Files that carry none of these cannot be matched.
    static func sameSource(_ a: GroupMember, _ b: GroupMember) -> Bool {
        let fa = a.frontMatter, fb = b.frontMatter
        if let ha = nonEmpty(fa?.sourceFileHash), let hb = nonEmpty(fb?.sourceFileHash) {
            return ha.lowercased() == hb.lowercased()
        }
        guard let da = a.sourceDate, let db = b.sourceDate, da == db else { return false }
        if let ca = nonEmpty(fa?.sourceCommit), let cb = nonEmpty(fb?.sourceCommit) {
            return ca.lowercased() == cb.lowercased()
        }
        return true
    }

    /// `7b6c5f1f`: the first eight characters of the source file hash, else of
    /// the source commit, for messages that tell two versions of a date apart.
    static func versionTag(_ member: GroupMember) -> String? {
        let front = member.frontMatter
        return (nonEmpty(front?.sourceFileHash) ?? nonEmpty(front?.sourceCommit)).map { String($0.prefix(8)) }
    }

    /// Whether the file is in the language the pairs' sources are written in.
    static func isSource(_ member: GroupMember, _ corpus: CorpusUnderCheck) -> Bool {
        member.locale == corpus.settings.sourceLocale
    }

    /// Files ordered by how good a reference they make: the source locale
    /// first, then the locale with the most documents in the run, then by
    /// name. The document counts are only computed when two non-source files
    /// need to be ordered, which keeps complete trees cheap.
    static func byReferencePriority(_ members: [GroupMember], in corpus: CorpusUnderCheck) -> [GroupMember] {
        let nonSource = members.filter { !isSource($0, corpus) }
        guard nonSource.count > 1 else {
            return members.filter { isSource($0, corpus) } + nonSource
        }
        let counts = corpus.documentCountByLocale
        return members.sorted { a, b in
            let sa = isSource(a, corpus), sb = isSource(b, corpus)
            if sa != sb { return sa }
            let ca = counts[a.locale] ?? 0, cb = counts[b.locale] ?? 0
            if ca != cb { return ca > cb }
            return (a.locale, a.path) < (b.locale, b.path)
        }
    }

    /// The newest file first: later `ms.date`; on the same date the source
    /// locale's file, then the later hand-off; then the reference priority
    /// (only worked out when two files tie). Files without `ms.date` come last.
    static func newestFirst(_ members: [GroupMember], in corpus: CorpusUnderCheck) -> [GroupMember] {
        func key(_ m: GroupMember) -> (Int, Int, Int) {
            (m.sourceDate.map(\.dayNumber) ?? .min, isSource(m, corpus) ? 1 : 0, m.handoffDate.map(\.dayNumber) ?? .min)
        }
        let byKey = members.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka != kb ? ka > kb : (a.locale, a.path) < (b.locale, b.path)
        }
        guard zip(byKey, byKey.dropFirst()).contains(where: { key($0) == key($1) }) else { return byKey }
        let ranked = byReferencePriority(members, in: corpus)
        let rank = Dictionary(ranked.enumerated().map { ($1.path, $0) }) { first, _ in first }
        return members.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka != kb ? ka > kb : (rank[a.path] ?? .max) < (rank[b.path] ?? .max)
        }
    }

    /// The source locale's file first, then by locale: a cheap, stable order.
    static func sourceFirst(_ members: [GroupMember], in corpus: CorpusUnderCheck) -> [GroupMember] {
        members.sorted { a, b in
            let sa = isSource(a, corpus), sb = isSource(b, corpus)
            return sa != sb ? sa : (a.locale, a.path) < (b.locale, b.path)
        }
    }

    /// Where a finding about a front matter key goes: the key's line, else line 1.
    static func location(of key: String, in member: GroupMember) -> SourceLocation {
        member.frontMatter?.entry(key)?.location ?? .start
    }

    /// `de-DE, nl-NL and sv-SE`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// `(ms.date 2019-03-21)`, or nothing when the file has no date.
    static func dated(_ member: GroupMember) -> String {
        member.sourceDate.map { " (ms.date \($0))" } ?? ""
    }

    /// The path with its locale folder (the nearest folder that is a locale
    /// tag, as the loader reads it) replaced by `locale`; nil when the path
    /// has no locale folder.
    static func path(_ path: String, withLocale locale: String) -> String? {
        guard let folder = LocaleTag.nearestFolder(inPath: path) else { return nil }
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        components[folder.index] = locale
        return components.joined(separator: "/")
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }
}
