import XCTest
@testable import TolkRules

/// Errors in `patterns:` items: keys, closed sets, placeholders per kind, regexes.
final class ConfigurationPatternTests: XCTestCase {
    /// A file whose only pattern has the given lines (indented under `- `);
    /// the first of them is on line 3, column 5.
    private func patternFile(_ lines: String...) -> String {
        "version: 1\npatterns:\n  - " + lines.joined(separator: "\n    ") + "\n"
    }

    func testValidPatternLoadsWithItsLocation() throws {
        let configuration = try ConfigurationLoader.load(
            yaml: patternFile("id: intro", "kind: agreementIntroduced", "language: de",
                              "match: 'Am {date} hat Microsoft den {agreement} eingeführt'"),
            path: "tolk.yml", base: nil)
        XCTAssertEqual(configuration.patterns, [SentencePattern(
            id: "intro", kind: .agreementIntroduced, language: "de",
            match: "Am {date} hat Microsoft den {agreement} eingeführt")])
        XCTAssertEqual(configuration.patterns.first?.location, ConfigurationLocation(path: "tolk.yml", line: 3, column: 5))
    }

    func testLanguageDefaultsToEnglish() throws {
        let configuration = try ConfigurationLoader.load(
            yaml: patternFile("id: a", "kind: verification", "check: noAcronyms", "match: 'No acronyms'"),
            path: "tolk.yml", base: nil)
        XCTAssertEqual(configuration.patterns.first?.language, "en")
        XCTAssertEqual(configuration.patterns.first?.check, .noAcronyms)
    }

    func testPatternsMustBeAList() {
        assertConfigurationError("version: 1\npatterns:\n  id: a\n", at: 3, 3, "'patterns' must be a list")
    }

    func testUnknownPatternKey() {
        assertConfigurationError(patternFile("id: a", "knd: verification"), at: 4, 5,
                                 "unknown key 'knd' in pattern 'a'", "did you mean 'kind'?",
                                 "id, kind, language, match, check, field, constraint")
    }

    func testMissingKeys() {
        assertConfigurationError(patternFile("kind: verification"), at: 3, 5, "missing its 'id'")
        assertConfigurationError(patternFile("id: a", "match: x"), at: 3, 5, "pattern 'a' is missing its 'kind'")
        assertConfigurationError(patternFile("id: a", "kind: verification", "check: noAcronyms"), at: 3, 5,
                                 "pattern 'a' is missing its 'match'")
    }

    func testDuplicatePatternIds() {
        assertConfigurationError("""
            version: 1
            patterns:
              - id: a
                kind: verification
                check: noAcronyms
                match: 'x'
              - id: a
                kind: verification
                check: noTestNames
                match: 'y'
            """, at: 7, 9, "duplicate pattern id 'a' (first on line 3)")
    }

    func testKindIsClosed() {
        assertConfigurationError(patternFile("id: a", "kind: agreementIntro", "match: x"), at: 4, 11,
                                 "unknown kind 'agreementIntro' in pattern 'a'", "did you mean 'agreementIntroduced'?",
                                 "agreementIntroduced, agreementSupportedUntil, signerInformationRequired, "
                                     + "verification, fieldConstraint")
        assertConfigurationError(patternFile("id: a", "kind: roles", "match: x"), at: 4, 11,
                                 "kind 'roles' is not pattern-based")
    }

    func testCheckOnlyOnVerification() {
        assertConfigurationError(patternFile("id: a", "kind: signerInformationRequired", "check: noAcronyms",
                                             "match: 'Starting {date}'"), at: 5, 5,
                                 "'check' belongs to verification patterns", "signerInformationRequired")
        assertConfigurationError(patternFile("id: a", "kind: verification", "match: x"), at: 3, 5,
                                 "needs 'check'", "exactLegalName, noAcronyms, noTestNames, completeAddress")
        assertConfigurationError(patternFile("id: a", "kind: verification", "check: noAcronym", "match: x"),
                                 at: 5, 12, "unknown check 'noAcronym'", "did you mean 'noAcronyms'?")
    }

    func testBadPatternLanguage() {
        assertConfigurationError(patternFile("id: a", "kind: verification", "check: noAcronyms",
                                             "language: German", "match: x"), at: 6, 15,
                                 "'German' is not a language tag")
    }

    func testUnknownPlaceholderTypePointsAtTheMatch() {
        assertConfigurationError(patternFile("id: a", "kind: signerInformationRequired",
                                             "match: 'Starting {date:dat}'"), at: 5, 12,
                                 "in the 'match' of pattern 'a'", "unknown placeholder type 'dat'")
    }

    func testRequiredPlaceholders() {
        assertConfigurationError(patternFile("id: a", "kind: agreementIntroduced", "match: 'On {date}'"), at: 5, 12,
                                 "needs a {agreement} placeholder")
        assertConfigurationError(patternFile("id: a", "kind: agreementIntroduced",
                                             "match: 'On {date}, the {agreement} replaces {replaces:role}'"),
                                 at: 5, 12, "placeholder 'replaces' must be a single agreement",
                                 "write {replaces:agreement}, not {replaces:role}")
        assertConfigurationError(patternFile("id: a", "kind: signerInformationRequired", "match: 'From now'"),
                                 at: 5, 12, "needs a {date} placeholder")
        assertConfigurationError(patternFile("id: a", "kind: verification", "check: completeAddress",
                                             "match: 'address ({components:addressComponent})'"), at: 6, 12,
                                 "must be a list of addressComponent", "{components:addressComponent[]}")
    }

    func testSupportedUntilNeedsDateOrUntil() throws {
        let both = "match: '{agreement} until {date} or {until:date}'"
        assertConfigurationError(patternFile("id: a", "kind: agreementSupportedUntil", both), at: 5, 12,
                                 "exactly one of {date}", "not both")
        assertConfigurationError(patternFile("id: a", "kind: agreementSupportedUntil", "match: '{agreement}'"),
                                 at: 5, 12, "exactly one of {date}")
        let until = try ConfigurationLoader.load(
            yaml: patternFile("id: a", "kind: agreementSupportedUntil", "match: 'From {until:date}, not {agreement}'"),
            path: "tolk.yml", base: nil)
        XCTAssertEqual(until.patterns.count, 1)
    }

    func testFieldConstraintShapes() {
        let fields = "vocabularies:\n  fields:\n    agreement.acceptedOn:\n      en: [Acceptance date]\n"
        let both = "version: 1\n" + fields + """
            patterns:
              - id: a
                kind: fieldConstraint
                field: agreement.acceptedOn
                constraint: notInFuture
                match: 'enter the {fields:field[]}'
            """
        assertConfigurationError(both, at: 9, 5, "cannot also have 'field'")
        assertConfigurationError(patternFile("id: a", "kind: fieldConstraint", "match: 'x'"), at: 3, 5,
                                 "either 'field' and 'constraint' keys or a {fields:field[]} placeholder")
        assertConfigurationError(patternFile("id: a", "kind: fieldConstraint", "field: agreement.acceptedOn",
                                             "match: 'x'"), at: 5, 5, "has 'field' but no 'constraint'")
        assertConfigurationError(patternFile("id: a", "kind: verification", "check: noAcronyms",
                                             "constraint: required", "match: 'x'"), at: 6, 5,
                                 "'constraint' belongs to fieldConstraint patterns")
        assertConfigurationError(patternFile("id: a", "kind: fieldConstraint", "field: agreement.acceptedOn",
                                             "constraint: inPast", "match: 'x'"), at: 6, 17,
                                 "unknown constraint 'inPast'", "required, optional, notInFuture")
    }

    func testFieldMustBeInTheVocabulary() throws {
        let yaml = patternFile("id: a", "kind: fieldConstraint", "field: agreement.signr.email",
                               "constraint: required", "match: 'x'")
        assertConfigurationError(yaml, at: 5, 12, "unknown field 'agreement.signr.email'",
                                 "did you mean 'agreement.signer.email'?", base: try ConfigurationLoader.defaults())
    }

    func testRegexMustCompile() {
        assertConfigurationError(patternFile("id: a", "kind: verification", "check: noAcronyms",
                                             "match: 'Use (the exact name'"), at: 6, 12,
                                 "not a valid ICU regular expression")
    }
}
