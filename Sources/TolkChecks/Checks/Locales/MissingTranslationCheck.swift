import Foundation
import TolkModel

/// Reports a document that has no file in a locale the run has, once per
/// missing locale, at line 1 of the reference file (the source locale's when
/// there is one), naming the path the translation is expected at. Readers of
/// that locale find no page at all.
///
/// Not every document is expected everywhere:
/// * when the run has the source locale (`en-US`), only documents it has are
///   expected in the other locales; one it lacks is local content or a
///   leftover of a removed source, and the source locale itself is never
///   "missing";
/// * without the source locale, a document found in one locale only is taken
///   for that locale's own content (a sample such as the seeds holds a page
///   in one language that was never meant to be compared);
/// * a locale that has a file in the same folder whose first heading has the
///   same anchor has the document under another name (a renamed source), and
///   one whose expected path exists as `.yml` has it in DocFX's YAML form
///   (FAQ pages): neither is missing.
struct MissingTranslationCheck: LocaleGroupCheck {
    static let descriptor = CheckDescriptor(
        id: "missing-translation", category: .locales, defaultSeverity: .note,
        summary: "A document has no file in a locale the run has.")

    func check(_ group: DocumentGroup, in corpus: CorpusUnderCheck, into findings: inout FindingCollector) {
        for document in LocaleGroupFacts.documents(group) { check(document: document, corpus, &findings) }
    }

    private func check(document group: DocumentGroup, _ corpus: CorpusUnderCheck, _ findings: inout FindingCollector) {
        let source = corpus.settings.sourceLocale
        let present = Set(group.locales)
        let missing = corpus.locales.filter { $0 != "und" && $0 != source && !present.contains($0) }
        guard !missing.isEmpty else { return }
        let current = LocaleGroupFacts.current(group)
        if corpus.locales.contains(source) {
            guard present.contains(source) else { return }
        } else {
            guard current.count > 1 else { return }
        }
        guard let reference = LocaleGroupFacts.byReferencePriority(current, in: corpus).first else { return }
        let renamed = Self.renamedLocales(group, current: current, in: corpus, among: Set(missing))
        for locale in missing where !renamed.contains(locale) {
            let expected = LocaleGroupFacts.path(reference.path, withLocale: locale)
            if let expected, Self.existsInAnotherFormat(expected, tree: corpus.tree) { continue }
            let whereText = expected.map { ": expected at \($0)" } ?? ""
            let others = LocaleGroupFacts.list(current.map(\.locale))
            findings.add("no \(locale) translation of this document, which exists in \(others)\(whereText)",
                         path: reference.path, locale: reference.locale, at: .start)
        }
    }

    /// The locales among `candidates` that have, in one of this document's
    /// folders, a document of another group whose first heading has one of
    /// this document's first-heading anchors.
    static func renamedLocales(_ group: DocumentGroup, current: [GroupMember], in corpus: CorpusUnderCheck,
                               among candidates: Set<String>) -> Set<String> {
        let anchors = Set(current.compactMap(\.firstHeadingAnchor))
        guard !anchors.isEmpty else { return [] }
        let folders = Set(current.map(folderKey))
        var found: Set<String> = []
        let names = Set(current.map { LocaleGroupFacts.documentName($0.path) })
        for anchor in anchors.sorted() {
            for member in corpus.currentByFirstHeadingAnchor[anchor] ?? []
            where candidates.contains(member.locale) && !found.contains(member.locale) {
                guard !names.contains(LocaleGroupFacts.documentName(member.path)),
                      folders.contains(folderKey(member)) else { continue }
                found.insert(member.locale)
            }
        }
        return found
    }

    /// Whether the tree has the expected file as YAML (`mpa-indirect-provider-faq.yml`
    /// where the other locales have `.md`): DocFX pages such as FAQs move to YAML.
    static func existsInAnotherFormat(_ expected: String, tree: ContentTree) -> Bool {
        let url = URL(fileURLWithPath: expected).standardizedFileURL.deletingPathExtension()
        return ["yml", "yaml"].contains { tree.files.contains(url.appendingPathExtension($0).path) }
    }

    /// The folder of the member's path with its locale folder replaced by `*`.
    static func folderKey(_ member: GroupMember) -> String {
        let key = member.pathKey
        guard let slash = key.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(key[..<slash])
    }
}
