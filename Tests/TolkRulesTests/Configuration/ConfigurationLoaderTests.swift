import Foundation
import XCTest
@testable import TolkRules

/// The bundled defaults, extend/replace merging and finding the files of a run.
final class ConfigurationLoaderTests: XCTestCase {
    func testDefaultsLoadWithTheExpectedIds() throws {
        let defaults = try ConfigurationLoader.defaults()
        XCTAssertEqual(defaults.sourceLocale, "en-US")
        XCTAssertEqual(defaults.agreements.map(\.id), ["microsoft-customer-agreement", "microsoft-cloud-agreement"])
        XCTAssertEqual(defaults.agreements[0].names(for: "de-DE").first, "Microsoft-Kundenvertrag")
        XCTAssertEqual(defaults.agreements[1].names["de"]?.first, "Microsoft Cloud-Vertrag")
        XCTAssertTrue(defaults.roles.contains { $0.id == "admin-agent" })
        XCTAssertTrue(defaults.fields.contains { $0.id == "agreement.signer.email" })
        XCTAssertEqual(defaults.addressComponents.map(\.id), ["lines", "city", "region", "country", "postalCode"])
        XCTAssertEqual(defaults.audienceHeadings.names(for: "fr-FR"), ["S’applique à", "S'applique à"])
        XCTAssertEqual(defaults.conjunctions.names(for: "en-US"), ["and", "or"])
        XCTAssertEqual(defaults.optionalMarkers.names["en"], ["(optional)"])
        XCTAssertEqual(defaults.patterns.count, 12)
        XCTAssertEqual(defaults.patterns.first?.id, "agreement-introduced")
        XCTAssertEqual(defaults.patterns.first?.kind, .agreementIntroduced)
        let acceptance = try XCTUnwrap(defaults.patterns.first { $0.id == "acceptance-date-not-in-future" })
        XCTAssertEqual(acceptance.field, "agreement.acceptedOn")
        XCTAssertEqual(acceptance.constraint, .notInFuture)
        XCTAssertEqual(defaults.agreements[0].location?.line, 12)
        XCTAssertEqual(defaults.agreements[0].location?.column, 5)
        XCTAssertTrue(defaults.agreements[0].location?.path.hasSuffix("default-rules.yml") ?? false)
    }

    func testExtendMergesNamesAndAppendsNewIds() throws {
        let base = try ConfigurationLoader.defaults()
        let merged = try ConfigurationLoader.load(yaml: """
            version: 1
            sourceLocale: en-GB
            vocabularies:
              roles:
                admin-agent:
                  en: [Admin agent, AA]
                  sv: [Administratörsagent]
                support-agent:
                  en: [Support agent]
            headings:
              roles:
                en: [Required roles]
            """, path: "tolk.yml", base: base)
        XCTAssertEqual(merged.sourceLocale, "en-GB")
        let admin = try XCTUnwrap(merged.roles.first { $0.id == "admin-agent" })
        XCTAssertEqual(admin.names["en"], ["Admin agent", "AA"])
        XCTAssertEqual(admin.names["sv"], ["Administratörsagent"])
        XCTAssertEqual(merged.roles.count, base.roles.count + 1)
        XCTAssertEqual(merged.roles.last?.id, "support-agent")
        XCTAssertEqual(merged.rolesHeadings.names["en"], ["Appropriate roles", "Roles", "Required roles"])
        XCTAssertEqual(merged.agreements, base.agreements)
        XCTAssertEqual(merged.patterns, base.patterns)
    }

    func testExtendOverridesPatternsByIdInPlace() throws {
        let base = try ConfigurationLoader.defaults()
        let merged = try ConfigurationLoader.load(yaml: """
            version: 1
            defaults: extend
            patterns:
              - id: no-acronyms
                kind: verification
                check: noAcronyms
                match: 'Never abbreviate'
              - id: no-acronyms-de
                kind: verification
                check: noAcronyms
                language: de
                match: 'Keine Abkürzungen'
            """, path: "tolk.yml", base: base)
        XCTAssertEqual(merged.patterns.count, base.patterns.count + 1)
        let index = try XCTUnwrap(base.patterns.firstIndex { $0.id == "no-acronyms" })
        XCTAssertEqual(merged.patterns[index].match, "Never abbreviate")
        XCTAssertEqual(merged.patterns[index].location?.line, 4)
        XCTAssertEqual(merged.patterns.last?.id, "no-acronyms-de")
    }

    func testReplaceIgnoresTheBase() throws {
        let base = try ConfigurationLoader.defaults()
        let replaced = try ConfigurationLoader.load(yaml: """
            version: 1
            defaults: replace
            vocabularies:
              agreements:
                partner-agreement:
                  en: [Partner Agreement]
            """, path: "tolk.yml", base: base)
        XCTAssertEqual(replaced.agreements.map(\.id), ["partner-agreement"])
        XCTAssertTrue(replaced.roles.isEmpty)
        XCTAssertTrue(replaced.patterns.isEmpty)
        XCTAssertTrue(replaced.conjunctions.names.isEmpty)
        XCTAssertEqual(replaced.sourceLocale, "en-US")
    }

    func testFieldOfAPatternMayComeFromTheBaseButNotAfterReplace() throws {
        let base = try ConfigurationLoader.defaults()
        let body = """
            patterns:
              - id: email-required
                kind: fieldConstraint
                field: agreement.signer.email
                constraint: required
                match: 'An email address is required'
            """
        let extended = try ConfigurationLoader.load(yaml: "version: 1\n" + body, path: "tolk.yml", base: base)
        XCTAssertEqual(extended.patterns.last?.field, "agreement.signer.email")
        assertConfigurationError("version: 1\ndefaults: replace\n" + body, at: 6, 12,
                                 "unknown field 'agreement.signer.email'", "declare it under 'vocabularies.fields'",
                                 base: base)
    }

    func testResolveFindsTolkYmlAtTheContentRoot() throws {
        let root = try temporaryDirectory()
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let contentFile = content.appendingPathComponent("tolk.yml")
        try "version: 1\nvocabularies:\n  roles:\n    content-role:\n      en: [Content role]\n"
            .write(to: contentFile, atomically: true, encoding: .utf8)
        let empty = root.appendingPathComponent("Other")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)

        let found = try ConfigurationLoader.resolve(contentPaths: [content.path, empty.path, content.path + "/"],
                                                    explicitPath: nil)
        XCTAssertEqual(found.files, [content.path + "/tolk.yml"])
        XCTAssertTrue(found.configuration.roles.contains { $0.id == "content-role" })
        XCTAssertTrue(found.configuration.roles.contains { $0.id == "admin-agent" })

        let none = try ConfigurationLoader.resolve(contentPaths: [empty.path], explicitPath: nil)
        XCTAssertEqual(none.files, [])
        XCTAssertEqual(none.configuration, try ConfigurationLoader.defaults())
    }

    func testExplicitPathWinsOverContentFiles() throws {
        let root = try temporaryDirectory()
        try "version: 1\nvocabularies:\n  roles:\n    content-role:\n      en: [Content role]\n"
            .write(to: root.appendingPathComponent("tolk.yml"), atomically: true, encoding: .utf8)
        let explicit = root.appendingPathComponent("custom.yml")
        try "version: 1\nsourceLocale: en-GB\n".write(to: explicit, atomically: true, encoding: .utf8)

        let resolved = try ConfigurationLoader.resolve(contentPaths: [root.path], explicitPath: explicit.path)
        XCTAssertEqual(resolved.files, [explicit.path])
        XCTAssertEqual(resolved.configuration.sourceLocale, "en-GB")
        XCTAssertFalse(resolved.configuration.roles.contains { $0.id == "content-role" })
    }

    func testMissingExplicitFileIsAnError() throws {
        let missing = try temporaryDirectory().appendingPathComponent("nope.yml").path
        XCTAssertThrowsError(try ConfigurationLoader.resolve(contentPaths: [], explicitPath: missing)) { error in
            XCTAssertEqual((error as? ConfigurationError)?.location.path, missing)
            XCTAssertTrue("\(error)".contains("not found"), "\(error)")
        }
    }

    func testErrorsInAFileNameThatFile() throws {
        let root = try temporaryDirectory()
        let file = root.appendingPathComponent("tolk.yml")
        try "version: 1\nversoin: 1\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ConfigurationLoader.resolve(contentPaths: [root.path], explicitPath: nil)) { error in
            XCTAssertEqual("\(error)", "\(root.path)/tolk.yml:2:1: error: unknown key 'versoin' in the top level "
                           + "(did you mean 'version'?); allowed keys: version, defaults, sourceLocale, "
                           + "vocabularies, headings, markers, patterns, checks")
        }
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tolk-config-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
