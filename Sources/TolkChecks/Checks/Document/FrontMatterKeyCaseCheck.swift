import TolkModel

/// Reports front matter keys written in another letter case than their
/// standard spelling (`Description` for `description`, `MS.date` for
/// `ms.date`). YAML keys are case sensitive: the docs build and every tool
/// that looks a key up by its name miss a wrongly cased one, so the page
/// loses its description or date although the file seems to have it.
public struct FrontMatterKeyCaseCheck: DocumentCheck {
    public static let descriptor = CheckDescriptor(
        id: "frontmatter-key-case", category: .document, defaultSeverity: .warning,
        summary: "a front matter key is spelled in another letter case than its standard spelling")

    /// The standard spellings of the keys Microsoft Docs front matter uses.
    static let standardKeys: [String] = [
        "title", "titleSuffix", "description", "keywords", "author", "manager", "robots",
        "ms.date", "ms.topic", "ms.service", "ms.subservice", "ms.prod", "ms.technology", "ms.author",
        "ms.reviewer", "ms.custom", "ms.devlang", "ms.collection", "ms.localizationpriority",
        "ms.assetid", "ms.contentlocale", "ms.translationtype", "ms.lasthandoff",
        "ms.openlocfilehash", "ms.sourcegitcommit", "ms.locfileid", "ms.search.region",
        "ms.search.validFrom", "ms.search.form", "uid", "zone_pivot_groups", "monikerRange",
        "searchScope", "recommendations", "feedback_system",
    ]

    /// Lower-cased key → standard spelling.
    static let spellings: [String: String] = {
        var out: [String: String] = [:]
        for key in standardKeys { out[key.lowercased()] = key }
        return out
    }()

    /// Spellings accepted besides the standard one (docs builds read `ROBOTS` too).
    static let accepted: Set<String> = ["ROBOTS"]

    public init() {}

    public func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard let frontMatter = file.document.frontMatter else { return }
        for entry in frontMatter.entries {
            guard let standard = Self.spellings[entry.key.lowercased()], standard != entry.key,
                  !Self.accepted.contains(entry.key) else { continue }
            findings.add("front matter key '\(MessageText.excerpt(entry.key, limit: 40))' should be spelled '\(standard)'",
                         at: entry.location)
        }
    }
}
