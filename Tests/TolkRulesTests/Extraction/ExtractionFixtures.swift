import Foundation
import TolkModel
import TolkParser
import XCTest
@testable import TolkRules

/// Small Markdown documents written inline (our own words), parsed as the
/// loader would parse a file, and the tables built from them.
enum RuleFixture {
    /// A document at `path` with front matter for `locale`, `date`
    /// (YYYY-MM-DD, written as ms.date MM/DD/YYYY) and the optional keys.
    static func document(_ body: String, path: String, locale: String, date: String? = "2020-04-27",
                         handoff: String? = nil, assetID: String? = nil) -> Document {
        var front = ["---", "title: RuleFixture", "ms.contentlocale: \(locale)"]
        if let date { front.append("ms.date: \(slashed(date))") }
        if let handoff { front.append("ms.lasthandoff: \(slashed(handoff))") }
        if let assetID { front.append("ms.assetid: \(assetID)") }
        front.append("---")
        let text = (front + [body]).joined(separator: "\n")
        return DocumentParser().parse(Data(text.utf8), path: path, pathLocale: LocaleTag(locale))
    }

    /// The line numbers of the body: front matter lines come first.
    static func frontMatterLines(date: String? = "2020-04-27", handoff: String? = nil, assetID: String? = nil) -> Int {
        4 + [date, handoff, assetID].compactMap { $0 }.count
    }

    private static func slashed(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        return "\(parts[1])/\(parts[2])/\(parts[0])"
    }

    /// A side-by-side pair: `target` with its English `source`.
    static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }

    static var defaults: RulesConfiguration {
        get throws { try ConfigurationLoader.defaults() }
    }

    /// The defaults extended by a `tolk.yml` written as `yaml`.
    static func configuration(extending yaml: String) throws -> RulesConfiguration {
        try ConfigurationLoader.load(yaml: yaml, path: "tolk.yml", base: ConfigurationLoader.defaults())
    }

    static func table(_ documents: [Document], configuration: RulesConfiguration? = nil) throws -> RuleTable {
        let configuration = try configuration ?? defaults
        let extractor = RuleExtractor(configuration: configuration)
        return RuleTableBuilder(configuration: configuration).build(documents.map(extractor.extract))
    }

    /// The candidates one document yields, before any merging.
    static func candidates(_ document: Document, configuration: RulesConfiguration? = nil) throws -> [RuleCandidate] {
        try RuleExtractor(configuration: configuration ?? defaults).extract(document).candidates
    }

    /// The rules of one English sentence in an en-US page dated `date`.
    static func rules(ofSentence sentence: String, date: String = "2020-04-27",
                      configuration: RulesConfiguration? = nil) throws -> [Rule] {
        try table([document("# Page\n\n\(sentence)\n", path: "en-US/page.md", locale: "en-US", date: date)],
                  configuration: configuration).rules
    }
}
