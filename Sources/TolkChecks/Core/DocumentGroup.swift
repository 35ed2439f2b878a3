import TolkModel
import TolkRules

/// One file of a document group, with what checks across locales compare.
/// A class: groups and checks share members without copying documents.
public final class GroupMember: Sendable {
    public let document: Document
    /// `de-DE`, or `und` when neither front matter nor path names a locale.
    public let locale: String
    /// The rules the file states (empty unless `rule-mismatch` runs).
    public let statedRules: [StatedRule]

    public init(document: Document, locale: String, statedRules: [StatedRule]) {
        self.document = document
        self.locale = locale
        self.statedRules = statedRules
    }

    public var path: String { document.path }
    /// `ms.date`: the date of the English source the file was translated from.
    public var sourceDate: CalendarDate? { document.frontMatter?.sourceDate }
    public var handoffDate: CalendarDate? { document.frontMatter?.handoffDate }
}

/// The files of one document in every locale and version: the same
/// `ms.assetid`, else the same path with the locale folder and version
/// suffix taken out.
public struct DocumentGroup: Sendable {
    /// The asset id (lower case) or the path key (`seeds/*/add-a-new-customer`).
    public let key: String
    /// Every file, sorted by locale, then oldest version first.
    public let members: [GroupMember]
    /// The newest file of each locale (by `ms.date`, then `ms.lasthandoff`, then path), by locale.
    public let current: [GroupMember]

    public init(key: String, members: [GroupMember]) {
        self.key = key
        self.members = members.sorted(by: Self.isOlder)
        var newest: [String: GroupMember] = [:]
        for member in self.members { newest[member.locale] = member } // oldest first per locale
        current = newest.values.sorted { $0.locale < $1.locale }
    }

    /// The locales the document exists in.
    public var locales: [String] { Array(Set(members.map(\.locale))).sorted() }

    static func isOlder(_ a: GroupMember, _ b: GroupMember) -> Bool {
        (a.locale, a.sourceDate?.description ?? "", a.handoffDate?.description ?? "", a.path)
            < (b.locale, b.sourceDate?.description ?? "", b.handoffDate?.description ?? "", b.path)
    }

    /// Groups files into documents. A file without `ms.assetid` joins the
    /// asset id its path-key siblings carry when there is exactly one.
    public static func group(_ members: [GroupMember]) -> [DocumentGroup] {
        var assetsByPathKey: [String: Set<String>] = [:]
        let pathKeys = members.map { pathKey($0.path) }
        for (member, pathKey) in zip(members, pathKeys) {
            if let asset = member.document.frontMatter?.assetID?.lowercased() {
                assetsByPathKey[pathKey, default: []].insert(asset)
            }
        }
        var byKey: [String: [GroupMember]] = [:]
        for (member, pathKey) in zip(members, pathKeys) {
            let assets = assetsByPathKey[pathKey] ?? []
            let key = member.document.frontMatter?.assetID?.lowercased()
                ?? (assets.count == 1 ? assets.first! : pathKey)
            byKey[key, default: []].append(member)
        }
        return byKey.keys.sorted().map { DocumentGroup(key: $0, members: byKey[$0]!) }
    }

    /// The path with its locale folder replaced by `*` and the version suffix
    /// of the file name dropped: `seeds/*/add-a-new-customer`.
    public static func pathKey(_ path: String) -> String {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard components.popLast() != nil else { return path }
        if let folder = LocaleTag.nearestFolder(inPath: path) { components[folder.index] = "*" }
        // The slug of the whole path: a version file (`…/doc/2019-11-13.ab12.md`) is named by its folder.
        let name = RuleExtractor.slug(forPath: path)
        return (components + [name]).joined(separator: "/")
    }
}

/// What checks across locales know about the whole run.
public struct CorpusUnderCheck: Sendable {
    /// Every locale of the run, sorted.
    public let locales: [String]
    public let groups: [DocumentGroup]
    public let settings: CheckSettings
    public let tree: ContentTree

    /// Locale → how many documents have a file in it, counted once per run
    /// (checks rank reference locales by it for every group).
    public let documentCountByLocale: [String: Int]

    public init(locales: [String], groups: [DocumentGroup], settings: CheckSettings, tree: ContentTree) {
        self.locales = locales
        self.groups = groups
        self.settings = settings
        self.tree = tree
        var counts: [String: Int] = [:]
        for group in groups {
            for locale in Set(group.members.map(\.locale)) { counts[locale, default: 0] += 1 }
        }
        documentCountByLocale = counts
    }
}
