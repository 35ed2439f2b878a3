import TolkModel

/// Which files are the same document: the same `ms.assetid`, else — for
/// files that lack one — the asset id other files with the same name carry,
/// else the name. Knows every document's locales, versions and current files.
struct DocumentCatalog {
    private let extractions: [DocumentExtraction]
    private var keys: [String] = []
    private var keyByPath: [String: String] = [:]
    private var namesByKey: [String: String] = [:]
    private(set) var localesByKey: [String: Set<String>] = [:]
    /// Path → version date, for picking the current text per locale.
    private(set) var versionByPath: [String: (date: CalendarDate?, handoff: CalendarDate?)] = [:]

    init(_ extractions: [DocumentExtraction]) {
        self.extractions = extractions
        var assetsBySlug: [String: Set<String>] = [:]
        for e in extractions { if let asset = e.assetID { assetsBySlug[e.slug, default: []].insert(asset) } }
        var slugsByKey: [String: [String: Int]] = [:]
        for e in extractions {
            let assets = assetsBySlug[e.slug] ?? []
            let key = e.assetID ?? (assets.count == 1 ? assets.first! : e.slug)
            keys.append(key)
            keyByPath[e.path] = key
            slugsByKey[key, default: [:]][e.slug, default: 0] += 1
            localesByKey[key, default: []].insert(e.locale)
            versionByPath[e.path] = (e.date, e.handoff)
        }
        for (key, slugs) in slugsByKey {
            namesByKey[key] = slugs.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first!.key
        }
    }

    func key(of extraction: DocumentExtraction) -> String {
        keyByPath[extraction.path]!
    }

    /// A readable name for ids: the file name most of its files share.
    func name(of key: String) -> String { namesByKey[key] ?? Slug.make(key) }

    /// Orders files of one locale from oldest to newest version.
    static func isOlder(_ a: (date: CalendarDate?, handoff: CalendarDate?, path: String),
                        _ b: (date: CalendarDate?, handoff: CalendarDate?, path: String)) -> Bool {
        let l = (a.date?.description ?? "", a.handoff?.description ?? "", a.path)
        let r = (b.date?.description ?? "", b.handoff?.description ?? "", b.path)
        return l < r
    }

    func records() -> [DocumentRecord] {
        var byKey: [String: [DocumentExtraction]] = [:]
        for (index, e) in extractions.enumerated() { byKey[keys[index], default: []].append(e) }
        return byKey.keys.sorted().map { key in
            let files = byKey[key]!
            var newest: [String: DocumentExtraction] = [:]
            for file in files {
                if let current = newest[file.locale],
                   !Self.isOlder((current.date, current.handoff, current.path), (file.date, file.handoff, file.path)) {
                    continue
                }
                newest[file.locale] = file
            }
            let versions = files.map { file in
                DocumentRecord.Version(path: file.path, locale: file.locale, date: file.date, handoff: file.handoff,
                                       translation: file.translation, pairs: file.pairs,
                                       current: newest[file.locale]?.path == file.path)
            }.sorted { ($0.locale, $0.date?.description ?? "", $0.path) < ($1.locale, $1.date?.description ?? "", $1.path) }
            var titles: [String: String] = [:]
            for (locale, file) in newest { if let title = file.title { titles[locale] = title } }
            return DocumentRecord(key: key, title: titles, versions: versions)
        }
    }

    /// FNV-1a over every file's path and content hash, in path order.
    var contentHash: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for e in extractions {
            h = FNV1a.hash(Array(e.path.utf8) + [0], seed: h)
            withUnsafeBytes(of: e.contentHash.littleEndian) { h = FNV1a.hash($0, seed: h) }
        }
        return String(h, radix: 16).leftPadded(to: 16)
    }
}
