import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// `CompiledPatterns`: list placeholders (`{fields:field[]}`,
/// `{components:addressComponent[]}`) split into items, conjunctions and
/// markers such as "(optional)" stripped, each item looked up in its vocabulary.
final class PatternListTests: XCTestCase {
    private struct Entry: Equatable, CustomStringConvertible {
        var id: String?
        var text: String
        var marker: String?
        var description: String { "\(id ?? "?"):\(text)\(marker.map { " (\($0))" } ?? "")" }
    }

    /// The entries of the list placeholder `name` of the first match of `pattern`.
    private func entries(_ sentence: String, pattern: String, name: String,
                         configuration: RulesConfiguration? = nil, locale: String = "en-US") throws -> [Entry] {
        let compiled = CompiledPatterns(configuration: try configuration ?? RuleFixture.defaults, locale: locale,
                                        patternLocales: [locale, "en-US"])
        let match = try XCTUnwrap(compiled.matches(in: sentence, fallbackYear: nil).first { $0.pattern.id == pattern },
                                  "\(pattern) does not match: \(sentence)")
        guard case .list(let list) = match.values[name] else {
            XCTFail("\(name) is not a list in \(match.values.keys)")
            return []
        }
        return list.map { entry in
            let marker: String? = switch entry.marker {
            case .optional: "optional"
            case .required: "required"
            case nil: nil
            }
            return Entry(id: entry.id, text: entry.text, marker: marker)
        }
    }

    func testFieldsWithConjunctionAndOptionalMarker() throws {
        let found = try entries("Next, enter the Email address, Phone number (optional), First name and Last name of the person who accepted the agreement.",
                                pattern: "signer-fields", name: "fields")
        XCTAssertEqual(found, [
            Entry(id: "agreement.signer.email", text: "Email address"),
            Entry(id: "agreement.signer.phone", text: "Phone number", marker: "optional"),
            Entry(id: "agreement.signer.firstName", text: "First name"),
            Entry(id: "agreement.signer.lastName", text: "Last name"),
        ])
    }

    func testRequiredMarkerAndAnUnknownItem() throws {
        let found = try entries("Enter the Email (required), Fax number of the person who accepted the agreement.",
                                pattern: "signer-fields", name: "fields")
        XCTAssertEqual(found, [Entry(id: "agreement.signer.email", text: "Email", marker: "required"),
                               Entry(id: nil, text: "Fax number")])
    }

    func testAddressComponentsJoinedWithoutCommas() throws {
        XCTAssertEqual(try entries("Provide a complete, exact address (street, city, region, country and postal code) for invoices.",
                                   pattern: "complete-address", name: "components").map(\.id),
                       ["lines", "city", "region", "country", "postalCode"])
        // "city or state": unknown as a whole, both parts known, so two items.
        XCTAssertEqual(try entries("Provide complete, exact address (city or state, country and ZIP)",
                                   pattern: "complete-address", name: "components").map(\.id),
                       ["city", "region", "country", "postalCode"])
    }

    /// "state or region" is one vocabulary entry: it is not split on "or".
    func testAKnownPhraseWithAConjunctionStaysOneItem() throws {
        let found = try entries("Give the full address: street, city, state or region, country, and postal code.",
                                pattern: "hub-complete-address", name: "components",
                                configuration: CompiledRules.content.get().configuration)
        XCTAssertEqual(found.map(\.id), ["lines", "city", "region", "country", "postalCode"])
        XCTAssertEqual(found[2].text, "state or region")
    }

    /// Danish conjunctions and names come from the configuration: "land og
    /// postnummer" is two items.
    func testDanishListFromTheContentConfiguration() throws {
        let found = try entries("Angiv den fulde adresse: gade, by, stat eller region, land og postnummer.",
                                pattern: "hub-complete-address-da", name: "components",
                                configuration: CompiledRules.content.get().configuration, locale: "da-DK")
        XCTAssertEqual(found.map(\.id), ["lines", "city", "region", "country", "postalCode"])
        XCTAssertEqual(found.last?.text, "postnummer")
    }

    /// Markers are vocabulary: a configuration adds "(if any)" as an optional marker.
    func testMarkersComeFromTheConfiguration() throws {
        let sentence = "Enter the First name, Last name, and Phone number (if any) of the person who accepted the agreement."
        XCTAssertEqual(try entries(sentence, pattern: "signer-fields", name: "fields").last,
                       Entry(id: nil, text: "Phone number (if any)"))
        let configuration = try RuleFixture.configuration(extending: "version: 1\nmarkers:\n  optional:\n    en: [\"(if any)\"]\n")
        XCTAssertEqual(try entries(sentence, pattern: "signer-fields", name: "fields", configuration: configuration),
                       [Entry(id: "agreement.signer.firstName", text: "First name"),
                        Entry(id: "agreement.signer.lastName", text: "Last name"),
                        Entry(id: "agreement.signer.phone", text: "Phone number", marker: "optional")])
    }

    /// The rules a list makes: one constraint per known item, the marker
    /// deciding required or optional; an unknown item is a finding.
    func testFieldConstraintsFromAListSentence() throws {
        let table = try RuleFixture.table([RuleFixture.document(
            "# Page\n\nEnter the Last name, Fax number, and Phone number (optional) of the person who accepted the agreement.\n",
            path: "en-US/page.md", locale: "en-US")])
        XCTAssertEqual(table.rules(of: .fieldConstraint).compactMap(\.asField), [
            FieldConstraint(field: "agreement.signer.lastName", constraint: .required),
            FieldConstraint(field: "agreement.signer.phone", constraint: .optional),
        ])
        XCTAssertEqual(table.findings.map(\.code), [.unknownTerm])
        XCTAssertTrue(table.findings.first?.message.contains("\"Fax number\"") == true)
        XCTAssertEqual(table.findings.first?.line, RuleFixture.frontMatterLines() + 3)
    }

    /// The literal pre-test must not reject a sentence a pattern with an
    /// optional letter matches ("colou?r": both spellings).
    func testOptionalCharactersInAPatternMatchBothSpellings() throws {
        let configuration = try RuleFixture.configuration(extending: """
            version: 1
            patterns:
              - id: no-colour-names
                kind: verification
                check: noTestNames
                match: 'Never use a colou?r as the name'
            """)
        for sentence in ["Never use a colour as the name.", "Never use a color as the name."] {
            let rules = try RuleFixture.rules(ofSentence: sentence, configuration: configuration)
            XCTAssertEqual(rules.compactMap { $0.asVerification?.check }, [.noTestNames], sentence)
        }
        XCTAssertEqual(try RuleFixture.rules(ofSentence: "Never use a colr as the name.", configuration: configuration)
            .filter { $0.kind == .verification }.count, 0)
    }
}
