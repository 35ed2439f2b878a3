@testable import TolkChecks
import XCTest

/// The tokenizer `wrong-language` counts function words with.
final class DocumentWordsTests: XCTestCase {
    private let lists: [String: Set<String>] = [
        "de": ["für", "über", "und", "der", "die"],
        "en": ["for", "the", "and", "of"],
        "sv": ["för", "och", "över"],
    ]

    /// The byte table answers, for every listed word and for words that are
    /// not listed, the languages whose list has the word.
    func testByteTableNamesTheLanguagesOfEachWord() {
        let words = DocumentFunctionWords(lists)
        let listed = lists.values.reduce(Set<String>()) { $0.union($1) }
        for probe in listed.sorted() + ["fur", "übe", "överr", "", "andd", "th", "ö", "-"] {
            var expected: UInt64 = 0
            for (language, list) in lists where list.contains(probe) { expected |= words.bit(language) }
            let bytes = Array(probe.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer(words.table.mask(of:)), expected, probe)
        }
    }

    /// Capitalized words match their lower-case listing, including letters
    /// outside ASCII ("Über", "ÖVER" is an acronym and does not count).
    func testCapitalizedNonASCIIWordsMatchTheirListing() {
        let words = DocumentFunctionWords(lists)
        let tokens = DocumentWords("Über die Brücke Für Och ÖVER", functionWords: words).tokens
        let de = words.bit("de"), sv = words.bit("sv")
        XCTAssertEqual(tokens.map { $0.languages & de != 0 }, [true, true, false, true, false, false])
        XCTAssertEqual(tokens.map { $0.languages & sv != 0 }, [false, false, false, false, true, false])
    }
}
