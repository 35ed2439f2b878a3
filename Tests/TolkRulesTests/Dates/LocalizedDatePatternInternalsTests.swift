@testable import TolkRules
import Foundation
import XCTest

/// The pieces that turn ICU patterns into regular expressions.
final class LocalizedDatePatternInternalsTests: XCTestCase {
    func testTokenizerReadsFieldsQuotesAndLiterals() {
        XCTAssertEqual(DatePatternToken.tokenize("MMMM d, y"),
                       [.field(.month, width: 4), .literal(" "), .field(.day, width: 1), .literal(", "),
                        .field(.year, width: 1)])
        XCTAssertEqual(DatePatternToken.tokenize("d 'de' MMMM 'de' y"),
                       [.field(.day, width: 1), .literal(" de "), .field(.month, width: 4), .literal(" de "),
                        .field(.year, width: 1)])
        XCTAssertEqual(DatePatternToken.tokenize("y年M月d日"),
                       [.field(.year, width: 1), .literal("年"), .field(.month, width: 1), .literal("月"),
                        .field(.day, width: 1), .literal("日")])
        XCTAssertEqual(DatePatternToken.tokenize("d 'o''clock' LLLL"),
                       [.field(.day, width: 1), .literal(" o'clock "), .field(.month, width: 4)])
    }

    func testTokenizerRefusesFieldsItCannotRead() {
        XCTAssertNil(DatePatternToken.tokenize("EEEE, MMMM d, y"))
        XCTAssertNil(DatePatternToken.tokenize("d MMMM y G"))
        XCTAssertNil(DatePatternToken.tokenize("MMMMM d"))
    }

    func testAlternationTriePrefersTheLongestWord() throws {
        let words = ["jan", "jan.", "januar", "juli", "jul", "juni"]
        let regex = try NSRegularExpression(pattern: #"\A(?:"# + AlternationTrie.alternatives(of: words) + ")",
                                            options: [.caseInsensitive])
        for word in words + ["JANUAR"] {
            let match = regex.firstMatch(in: word + " 1", range: NSRange(location: 0, length: (word + " 1").utf16.count))
            XCTAssertEqual(match?.range.length, word.utf16.count, word)
        }
        XCTAssertEqual(regex.numberOfCaptureGroups, 0)
    }

    func testGermanOrdinalPeriodIsNotDoubled() throws {
        let german = try XCTUnwrap(DateForm(icuPattern: "d. MMMM y",
                                            vocabulary: LocaleDateVocabulary(localeIdentifier: "de-DE")))
        // ICU's German ordinal "1." is the day and the pattern's period, not a form of its own.
        XCTAssertFalse(german.pattern.contains(#"1\."#), german.pattern)
        let english = try XCTUnwrap(DateForm(icuPattern: "MMMM d, y",
                                             vocabulary: LocaleDateVocabulary(localeIdentifier: "en-US")))
        XCTAssertTrue(english.pattern.contains("st"), english.pattern)
    }

    func testVocabularyComesFromICU() {
        let french = LocaleDateVocabulary(localeIdentifier: "fr-FR")
        XCTAssertEqual(french.monthByName["octobre"], 10)
        XCTAssertEqual(french.monthByName["févr"], 2, "abbreviations are also read without their period")
        XCTAssertEqual(french.dayByOrdinal["1er"], 1)
        XCTAssertFalse(french.datedPatterns.isEmpty)
        XCTAssertTrue(french.yearlessPatterns.allSatisfy { !$0.contains("y") })
    }
}
