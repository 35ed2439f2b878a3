import XCTest
@testable import TolkRules

/// Errors in the document structure, vocabularies, headings and markers.
final class ConfigurationValidationTests: XCTestCase {
    func testMinimalFileLoads() throws {
        let configuration = try ConfigurationLoader.load(yaml: "version: 1\n", path: "tolk.yml", base: nil)
        XCTAssertEqual(configuration, RulesConfiguration())
    }

    func testEmptySectionsAreAllowedButEmptyValuesAreNot() throws {
        let empty = try ConfigurationLoader.load(yaml: "version: 1\nvocabularies:\n  roles:\npatterns:\n",
                                                 path: "tolk.yml", base: nil)
        XCTAssertEqual(empty, RulesConfiguration())
        assertConfigurationError("version:\n", at: 1, 9, "'version' must be text, not an empty value")
        assertConfigurationError("version: 1\nheadings:\n  roles:\n", at: 3, 9, "must map language tags to names")
    }

    func testEmptyFile() {
        assertConfigurationError("# nothing yet\n", at: 1, 1, "empty", "version: 1")
    }

    func testVersionMissing() {
        assertConfigurationError("sourceLocale: en-US\n", at: 1, 1, "missing required key 'version'")
    }

    func testVersionNotOne() {
        assertConfigurationError("version: 2\n", at: 1, 10, "unsupported version '2'", "version 1")
    }

    func testUnknownTopLevelKeySuggestsNearest() {
        assertConfigurationError("version: 1\nvocabulary:\n  roles: {}\n", at: 2, 1,
                                 "unknown key 'vocabulary' in the top level", "did you mean 'vocabularies'?",
                                 "allowed keys: version, defaults, sourceLocale, vocabularies, headings, markers, patterns")
    }

    func testUnknownKeyWithoutNearSpelling() {
        assertConfigurationError("version: 1\ncolour: red\n", at: 2, 1, "unknown key 'colour'")
        do {
            _ = try ConfigurationLoader.load(yaml: "version: 1\ncolour: red\n", path: "tolk.yml", base: nil)
        } catch {
            XCTAssertFalse("\(error)".contains("did you mean"), "\(error)")
        }
    }

    func testUnknownNestedKeys() {
        assertConfigurationError("""
            version: 1
            vocabularies:
              agreemnts:
                mca:
                  en: [MCA]
            """, at: 3, 3, "unknown key 'agreemnts' in 'vocabularies'", "did you mean 'agreements'?",
            "agreements, roles, audiences, fields, addressComponents")
        assertConfigurationError("version: 1\nheadings:\n  role:\n    en: [Roles]\n", at: 3, 3,
                                 "did you mean 'roles'?", "allowed keys: roles, audience")
        assertConfigurationError("version: 1\nmarkers:\n  and:\n    en: [and]\n", at: 3, 3,
                                 "unknown key 'and' in 'markers'", "optional, required, conjunctions")
    }

    func testTextWhereAListIsExpected() {
        assertConfigurationError("""
            version: 1
            vocabularies:
              roles:
                admin-agent:
                  en: Admin agent
            """, at: 5, 11, "must be a list of names", "the text 'Admin agent'")
    }

    func testListWhereAMappingIsExpected() {
        assertConfigurationError("version: 1\nvocabularies:\n  - roles\n", at: 3, 3,
                                 "'vocabularies' must be a mapping", "not a list")
        assertConfigurationError("version: 1\nvocabularies:\n  roles:\n    admin-agent: [Admin agent]\n",
                                 at: 4, 18, "must map language tags to names")
    }

    func testEmptyAndBlankNames() {
        assertConfigurationError("version: 1\nmarkers:\n  optional:\n    en: []\n", at: 4, 9,
                                 "at least one name")
        assertConfigurationError("version: 1\nmarkers:\n  optional:\n    en: [' ']\n", at: 4, 10,
                                 "must not be blank")
    }

    func testDuplicateKeyPointsAtTheSecond() {
        assertConfigurationError("""
            version: 1
            vocabularies:
              roles:
                admin-agent:
                  en: [Admin agent]
                admin-agent:
                  en: [Admin]
            """, at: 6, 5, "duplicate key 'admin-agent' (first on line 4)")
        assertConfigurationError("version: 1\nversion: 1\n", at: 2, 1, "duplicate key 'version' (first on line 1)")
    }

    func testBadLanguageTags() {
        assertConfigurationError("""
            version: 1
            vocabularies:
              roles:
                admin-agent:
                  english: [Admin agent]
            """, at: 5, 7, "'english' is not a language tag", "BCP 47")
        assertConfigurationError("version: 1\nsourceLocale: en_US_x\n", at: 2, 15, "'en_US_x' is not a language tag")
        assertConfigurationError("version: 1\nsourceLocale: en-US\nmarkers:\n  optional:\n    de_de: [(optional)]\n",
                                 at: 5, 5, "write the language tag 'de_de' as 'de-DE'")
    }

    func testFieldIdMustBeADottedPath() {
        assertConfigurationError("version: 1\nvocabularies:\n  fields:\n    signer email:\n      en: [Email]\n",
                                 at: 4, 5, "'signer email' is not a field id", "agreement.signer.email")
    }

    func testDefaultsModeIsClosed() {
        assertConfigurationError("version: 1\ndefaults: extends\n", at: 2, 11,
                                 "'defaults' is 'extends'", "did you mean 'extend'?", "extend, replace")
    }

    func testYAMLSyntaxError() {
        assertConfigurationError("version: 1\nvocabularies: [roles\n", at: 3, 1, "invalid YAML")
    }

    func testLocationsAreKeptOnTerms() throws {
        let configuration = try ConfigurationLoader.load(yaml: """
            version: 1
            vocabularies:
              roles:
                admin-agent:
                  en: [Admin agent]
            headings:
              roles:
                de: [Geeignete Rollen]
            """, path: "Content/tolk.yml", base: nil)
        XCTAssertEqual(configuration.roles.first?.location,
                       ConfigurationLocation(path: "Content/tolk.yml", line: 4, column: 5))
        XCTAssertEqual(configuration.rolesHeadings.location,
                       ConfigurationLocation(path: "Content/tolk.yml", line: 7, column: 3))
        XCTAssertEqual(configuration.rolesHeadings.names(for: "de-DE"), ["Geeignete Rollen"])
    }
}
