import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// Sentence patterns are data: a `tolk.yml` at the root of a content tree,
/// found by itself, decides what a sentence means. Editing it (or the
/// document) and compiling again changes the table.
final class PatternConfigurationTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
    }

    override func tearDown() {
        directory = nil
    }

    private func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: directory.file(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func page(_ sentence: String, locale: String = "en-US") -> String {
        "---\nms.date: 05/01/2021\nms.contentlocale: \(locale)\n---\n# Launch\n\n\(sentence)\n"
    }

    /// Compiles the tree with the configuration it carries (or an explicit one).
    private func compile(config: String? = nil) throws -> RuleTable {
        let resolved = try ConfigurationLoader.resolve(contentPaths: [directory.path], explicitPath: config)
        return try CompiledRules.compile([directory.path], configuration: resolved.configuration, jobs: 1).table
    }

    private func introduced(_ table: RuleTable) -> [String] {
        table.rules(of: .agreementIntroduced).compactMap { $0.asIntroduced.map { "\($0.agreement) \($0.on)" } }
    }

    private let pattern = """
        version: 1
        patterns:
          - id: partners-sign
            kind: agreementIntroduced
            match: 'Beginning {date}, partners sign the {agreement}'
        """

    func testAPatternInTolkYmlTurnsASentenceIntoARule() throws {
        try write("en-US/launch.md", page("Beginning March 2, 2021, partners sign the Microsoft Customer Agreement for new customers."))
        let before = try compile()
        XCTAssertEqual(introduced(before), [])
        XCTAssertEqual(before.rules(of: .datedStatement).compactMap { $0.asDated?.date }, [calendarDay("2021-03-02")],
                       "without a pattern the sentence is only a dated statement")

        try write("tolk.yml", pattern)
        let after = try compile()
        XCTAssertEqual(introduced(after), ["microsoft-customer-agreement 2021-03-02"])
        XCTAssertEqual(after.rules(of: .datedStatement).count, 0, "the date is the rule's now")
        XCTAssertEqual(after.rules(of: .agreementIntroduced).first?.effective, EffectiveInterval(from: calendarDay("2021-03-02")))

        // Change the date in the document: the rule moves with it.
        try write("en-US/launch.md", page("Beginning April 6, 2021, partners sign the Microsoft Customer Agreement for new customers."))
        XCTAssertEqual(introduced(try compile()), ["microsoft-customer-agreement 2021-04-06"])

        // Edit the pattern so that it no longer fits the sentence: no rule.
        try write("tolk.yml", pattern.replacingOccurrences(of: "partners sign", with: "resellers sign"))
        XCTAssertEqual(introduced(try compile()), [])
    }

    /// `defaults: replace` drops the bundled patterns and vocabularies.
    func testReplacingTheDefaults() throws {
        try write("en-US/launch.md", page("Until then, the Microsoft Cloud Agreement will be supported in the CSP program until May 31, 2021."))
        XCTAssertEqual(try compile().rules(of: .agreementSupportedUntil).compactMap(\.asSupportedUntil?.lastDay),
                       [calendarDay("2021-05-31")], "a default pattern")
        try write("tolk.yml", """
            version: 1
            defaults: replace
            vocabularies:
              agreements:
                contoso-agreement:
                  en: [Contoso Agreement]
            patterns:
              - id: contoso
                kind: agreementIntroduced
                match: 'Beginning {date}, partners sign the {agreement}'
            """)
        XCTAssertEqual(try compile().rules(of: .agreementSupportedUntil).count, 0)
        try write("en-US/launch.md", page("Beginning March 2, 2021, partners sign the Contoso Agreement."))
        XCTAssertEqual(introduced(try compile()), ["contoso-agreement 2021-03-02"])
    }

    /// A pattern written for one language reads plain pages of that language only.
    func testALanguagePatternReadsOnlyItsLanguage() throws {
        try write("tolk.yml", """
            version: 1
            patterns:
              - id: gaelder-fra
                kind: agreementIntroduced
                language: da
                match: '{agreement} gælder fra {date}'
            """)
        let danish = "Microsoft-kundeaftale gælder fra 2. marts 2021 for nye kunder."
        try write("da-DK/launch.md", page(danish, locale: "da-DK"))
        try write("de-DE/launch.md", page(danish, locale: "de-DE"))
        let table = try compile()
        XCTAssertEqual(introduced(table), ["microsoft-customer-agreement 2021-03-02"])
        XCTAssertEqual(table.rules(of: .agreementIntroduced).first?.provenance.map(\.locale), ["da-DK"])
        XCTAssertEqual(table.rules(of: .agreementIntroduced).first?.text.keys.sorted(), ["da-DK"])
    }

    /// `--config FILE` is used instead of the tree's own `tolk.yml`.
    func testAnExplicitConfigurationWinsOverTheTreesOwn() throws {
        try write("en-US/launch.md", page("Beginning March 2, 2021, partners sign the Microsoft Customer Agreement."))
        try write("tolk.yml", pattern.replacingOccurrences(of: "partners sign", with: "resellers sign"))
        try write("other/rules.yml", pattern)
        XCTAssertEqual(introduced(try compile()), [])
        XCTAssertEqual(introduced(try compile(config: directory.file("other/rules.yml"))),
                       ["microsoft-customer-agreement 2021-03-02"])
    }
}
