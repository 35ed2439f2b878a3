@testable import TolkChecks
import XCTest

/// The tokenizer `wrong-language` counts function words with.
final class DocumentWordsTests: XCTestCase {
    private let lists: [String: Set<String>] = [
        "de": ["für", "über", "und", "der", "die"],
        "en": ["for", "the", "and", "of"],
        "sv": ["för", "och", "över"],
    ]

    /// The byte table answers what the dictionary of words answers, for every
    /// listed word and for words that are not listed.
    func testByteTableAgreesWithTheWordDictionary() {
        let words = DocumentFunctionWords(lists)
        let probes = words.masks.keys.sorted() + ["fur", "übe", "överr", "", "andd", "th", "ö", "-"]
        for probe in probes {
            let bytes = Array(probe.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer(words.table.mask(of:)), words.masks[probe] ?? 0, probe)
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
