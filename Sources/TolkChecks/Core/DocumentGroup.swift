import Foundation
import TolkModel
import TolkRules

/// One file of a document group: what the checks across locales and the
/// report read from it, taken from the document while it is parsed. The
/// document itself is not kept: holding every tree of a corpus until the
/// second phase made a check run a third slower (the allocator works in a
/// heap that only grows) for facts that fit in a few fields.
/// A class: groups and checks share members without copying them.
public final class GroupMember: Sendable {
    public let path: String
    /// `de-DE`, or `und` when neither front matter nor path names a locale.
    public let locale: String
    public let frontMatter: FrontMatter?
    /// How many span pairs the file has (0: a file without pairs).
    public let segmentCount: Int
    /// The language of the file's locale (`de`), when known.
    public let language: String?
    /// The first level-1 heading as a reader sees it, else the front matter's title.
    public let title: String?
    /// Whether the file could not be read (it is reported as `file-unreadable`).
    public let isUnreadable: Bool
    /// The anchor of the first level-1 heading, lower case (`missing-translation` finds renamed files by it).
    let firstHeadingAnchor: String?
    /// Headings, steps, alerts and tables in reading order (`structure-mismatch`).
    let outline: StructureOutline
    /// The rules the file states, when they were read (`rule-mismatch` needs them for few files).
    private let readRules: [StatedRule]?
    /// The rules the file states (empty unless `rule-mismatch` needs them).
    public var statedRules: [StatedRule] { readRules ?? [] }
    /// Whether `statedRules` were read (they may be none).
    public var statedRulesRead: Bool { readRules != nil }
    /// `ms.date`: the date of the English source the file was translated from.
    /// Read once: the checks across locales sort and compare members by it.
    public let sourceDate: CalendarDate?
    /// `ms.lasthandoff`, read once.
    public let handoffDate: CalendarDate?
    /// `DocumentGroup.pathKey(path)`, made once: grouping and the checks across locales read it.
    public let pathKey: String

    /// The member for a parsed file; `statedRules` nil when they were not read.
    public convenience init(document: Document, locale: String, statedRules: [StatedRule]? = nil) {
        self.init(path: document.path, locale: locale, frontMatter: document.frontMatter,
                  segmentCount: document.segments.count, language: document.locale?.language,
                  title: Self.title(of: document), isUnreadable: document.diagnostics.contains { $0.code == .unreadable },
                  firstHeadingAnchor: Self.firstHeadingAnchor(document), outline: StructureOutline(document),
                  readRules: statedRules)
    }

    /// A stand-in for a file not yet parsed, with what grouping reads (see `ExtractionPlan`).
    convenience init(planned path: String, locale: String, frontMatter: FrontMatter?, segmentCount: Int) {
        self.init(path: path, locale: locale, frontMatter: frontMatter, segmentCount: segmentCount, language: nil,
                  title: nil, isUnreadable: false, firstHeadingAnchor: nil, outline: StructureOutline(), readRules: nil)
    }

    /// `member` with `statedRules`.
    convenience init(_ member: GroupMember, statedRules: [StatedRule]) {
        self.init(path: member.path, locale: member.locale, frontMatter: member.frontMatter,
                  segmentCount: member.segmentCount, language: member.language, title: member.title,
                  isUnreadable: member.isUnreadable, firstHeadingAnchor: member.firstHeadingAnchor,
                  outline: member.outline, readRules: statedRules)
    }

    /// Every stored fact; the dates and the path key are derived here, once.
    private init(path: String, locale: String, frontMatter: FrontMatter?, segmentCount: Int, language: String?,
                 title: String?, isUnreadable: Bool, firstHeadingAnchor: String?, outline: StructureOutline,
                 readRules: [StatedRule]?) {
        self.path = path
        pathKey = DocumentGroup.pathKey(path)
        self.locale = locale
        self.frontMatter = frontMatter
        sourceDate = frontMatter?.sourceDate
        handoffDate = frontMatter?.handoffDate
        self.segmentCount = segmentCount
        self.language = language
        self.title = title
        self.isUnreadable = isUnreadable
        self.firstHeadingAnchor = firstHeadingAnchor
        self.outline = outline
        self.readRules = readRules
    }

    /// A file in the source language without pairs (see `Document.isSourceDocument`).
    public func isSourceDocument(sourceLocale: String) -> Bool {
        segmentCount == 0 && language == String(sourceLocale.prefix { $0 != "-" })
    }

    static func title(of document: Document) -> String? {
        for block in document.blocks {
            if case .heading(1, _, let content) = block.kind {
                let text = content.plainText { document.segments[$0].target.plainText() }
                    .trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { return text }
            }
        }
        return document.frontMatter?.title
    }

    static func firstHeadingAnchor(_ document: Document) -> String? {
        for block in document.blocks {
            if case .heading(1, let anchor, _) = block.kind {
                guard let anchor, !anchor.isEmpty else { return nil }
                return anchor.lowercased()
            }
        }
        return nil
    }
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
        // Each member's sort key is made once, not once per comparison.
        self.members = members.map { (key: Self.age($0), member: $0) }
            .sorted { $0.key < $1.key }
            .map(\.member)
        var newest: [String: GroupMember] = [:]
        for member in self.members { newest[member.locale] = member } // oldest first per locale
        current = newest.values.sorted { $0.locale < $1.locale }
    }

    /// The locales the document exists in.
    public var locales: [String] { Array(Set(members.map(\.locale))).sorted() }

    /// What members are ordered by: locale, then source date, hand-off date
    /// and path, oldest first (a missing date first of all).
    private static func age(_ member: GroupMember) -> (String, String, String, String) {
        (member.locale, member.sourceDate?.description ?? "", member.handoffDate?.description ?? "", member.path)
    }

    /// Groups files into documents. A file without `ms.assetid` joins the
    /// asset id its path-key siblings carry when there is exactly one.
    public static func group(_ members: [GroupMember]) -> [DocumentGroup] {
        var assetsByPathKey: [String: Set<String>] = [:]
        let pathKeys = members.map(\.pathKey)
        for (member, pathKey) in zip(members, pathKeys) {
            if let asset = member.frontMatter?.assetID?.lowercased() {
                assetsByPathKey[pathKey, default: []].insert(asset)
            }
        }
        var byKey: [String: [GroupMember]] = [:]
        for (member, pathKey) in zip(members, pathKeys) {
            let assets = assetsByPathKey[pathKey] ?? []
            let key = member.frontMatter?.assetID?.lowercased()
                ?? (assets.count == 1 ? assets.first! : pathKey)
            byKey[key, default: []].append(member)
        }
        return byKey.keys.sorted().map { DocumentGroup(key: $0, members: byKey[$0]!) }
    }

    /// The path with its locale folder replaced by `*` and the version suffix
    /// of the file name dropped: `seeds/*/add-a-new-customer`.
    public static func pathKey(_ path: String) -> String {
        // The slug of the whole path: a version file (`…/doc/2019-11-13.ab12.md`) is named by its folder.
        let name = RuleExtractor.slug(forPath: path)
        let folder = LocaleTag.nearestFolder(inPath: path)
        // The folders as bytes, the locale folder written `*`: every member's path is
        // keyed, and splitting it into strings cost more than the rest.
        let key: [UInt8]? = path.withUTF8Bytes { bytes in
            guard let lastSlash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            var key: [UInt8] = []
            key.reserveCapacity(lastSlash + name.utf8.count + 2)
            var index = 0, start = 0
            for offset in 0...lastSlash where offset == lastSlash || bytes[offset] == UInt8(ascii: "/") {
                if index == folder?.index {
                    key.append(UInt8(ascii: "*"))
                } else {
                    key.append(contentsOf: bytes[start..<offset])
                }
                key.append(UInt8(ascii: "/"))
                index += 1
                start = offset + 1
            }
            return key
        }
        guard let key else { return name }
        return String(decoding: key, as: UTF8.self) + name
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
    /// The first level-1 heading's anchor → the current files with it, in
    /// group order: where a renamed document's translations are looked for.
    let currentByFirstHeadingAnchor: [String: [GroupMember]]

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
        var byAnchor: [String: [GroupMember]] = [:]
        for group in groups {
            for member in group.current {
                if let anchor = member.firstHeadingAnchor { byAnchor[anchor, default: []].append(member) }
            }
        }
        currentByFirstHeadingAnchor = byAnchor
    }
}
