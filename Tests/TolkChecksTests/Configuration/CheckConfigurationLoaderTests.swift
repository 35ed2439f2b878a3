import TolkChecks
import TolkModel
import TolkRules
import XCTest

/// The `checks:` section of tolk.yml: settings, overrides, errors with positions.
final class CheckConfigurationLoaderTests: XCTestCase {
    /// A catalog with two known ids, so these tests do not depend on which checks exist.
    private let catalog = CheckCatalog(documentChecks: [HeadingCountingCheck()], groupChecks: [])

    private func load(_ yaml: String) throws -> CheckConfiguration {
        try CheckConfigurationLoader(catalog: catalog).load(yaml: yaml, path: "tolk.yml")
    }

    func testDisableEnableAndSeverities() throws {
        let configuration = try load("""
            version: 1
            checks:
              disable: [file-empty]
              severity:
                test-heading: error
                invalid-utf8: off
            """)
        XCTAssertEqual(configuration.settings["file-empty"], .off)
        XCTAssertEqual(configuration.settings["test-heading"], .severity(.error))
        XCTAssertEqual(configuration.settings["invalid-utf8"], .off)
        let heading = HeadingCountingCheck.descriptor
        XCTAssertEqual(configuration.severity(for: heading, path: "a/b.md"), .error)
    }

    func testOverridesApplyOnlyToMatchingPaths() throws {
        let configuration = try load("""
            version: 1
            checks:
              overrides:
                - paths: ["drafts/**"]
                  disable: [test-heading]
                - paths: ["drafts/keep.md"]
                  severity: {test-heading: note}
            """)
        let heading = HeadingCountingCheck.descriptor
        XCTAssertEqual(configuration.severity(for: heading, path: "content/en-US/page.md"), .warning)
        XCTAssertNil(configuration.severity(for: heading, path: "content/drafts/page.md"))
        XCTAssertEqual(configuration.severity(for: heading, path: "content/drafts/keep.md"), .note,
                       "a later override wins over an earlier one")
        XCTAssertFalse(configuration.isOffEverywhere("test-heading"))
    }

    func testNoLocTermsAndFunctionWordsAddUp() throws {
        let base = try load("""
            version: 1
            checks:
              noLoc: [Contoso Portal]
              functionWords: {nl: [de, Het]}
            """)
        let extended = base.extended(by: try load("""
            version: 1
            checks:
              noLoc: [Fabrikam, Contoso Portal]
              functionWords: {nl: [een]}
            """))
        XCTAssertEqual(extended.noLocTerms, ["Contoso Portal", "Fabrikam"])
        XCTAssertEqual(extended.functionWords["nl"], ["de", "het", "een"])
    }

    func testAFileWithoutAChecksSectionChangesNothing() throws {
        XCTAssertEqual(try load("version: 1\nsourceLocale: en-US\n"), CheckConfiguration())
    }

    func testUnknownCheckIdIsAnErrorAtItsPositionWithASuggestion() {
        XCTAssertThrowsError(try load("version: 1\nchecks:\n  disable: [test-headnig]\n")) { error in
            let error = error as? ConfigurationError
            XCTAssertEqual(error?.location.line, 3)
            XCTAssertEqual(error?.location.column, 13)
            XCTAssertTrue(error?.message.contains("did you mean 'test-heading'") == true, error?.message ?? "")
        }
    }

    func testUnknownKeyAndSeverityAreErrors() {
        XCTAssertThrowsError(try load("version: 1\nchecks:\n  disabled: [test-heading]\n")) { error in
            let error = error as? ConfigurationError
            XCTAssertEqual(error?.location.line, 3)
            XCTAssertTrue(error?.message.contains("did you mean 'disable'") == true, error?.message ?? "")
        }
        XCTAssertThrowsError(try load("version: 1\nchecks:\n  severity: {test-heading: warn}\n")) { error in
            let error = error as? ConfigurationError
            XCTAssertTrue(error?.message.contains("unknown severity 'warn'") == true, error?.message ?? "")
        }
        XCTAssertThrowsError(try load("version: 1\nchecks:\n  overrides:\n    - disable: [test-heading]\n")) { error in
            XCTAssertTrue((error as? ConfigurationError)?.message.contains("needs 'paths") == true)
        }
    }

    func testBundledDefaultsLoadWithTheStandardCatalog() throws {
        let defaults = try CheckConfigurationLoader().defaults()
        XCTAssertTrue(defaults.noLocTerms.contains("Partner Center"))
        XCTAssertTrue(defaults.functionWords["de"]?.contains("und") == true)
        XCTAssertTrue(defaults.functionWords["en"]?.contains("the") == true)
    }

    func testTheRulesCompilerAcceptsAChecksSection() throws {
        let yaml = "version: 1\nchecks:\n  disable: [file-empty]\n"
        XCTAssertNoThrow(try ConfigurationLoader.load(yaml: yaml, path: "tolk.yml", base: nil))
    }
}
