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

    /// Text fed in pieces, cut at every character, gives the tokens of the
    /// whole text: a sentence is put together from the inlines of a paragraph.
    func testPiecesGiveTheTokensOfTheWholeText() {
        let words = DocumentFunctionWords(lists)
        let text = "Für Platform-as-a-Service und 365 ÖVER die x = y, 北京 über-Brücke  ends-"
        let whole = DocumentWords(text, functionWords: words)
        let characters = Array(text)
        for cut in 0...characters.count {
            var pieces = DocumentWords(functionWords: words)
            for piece in [String(characters[..<cut]), String(characters[cut...])] {
                piece.withUTF8Bytes { pieces.feed($0) }
            }
            pieces.end()
            XCTAssertEqual(pieces.tokens.map(\.languages), whole.tokens.map(\.languages), "cut at \(cut)")
            XCTAssertEqual(pieces.tokens.map(\.isNameLike), whole.tokens.map(\.isNameLike), "cut at \(cut)")
            XCTAssertEqual(pieces.wordCount, whole.wordCount)
            XCTAssertEqual(pieces.hasFormulaMark, whole.hasFormulaMark)
            XCTAssertEqual(pieces.hasNonLatinLetter, whole.hasNonLatinLetter)
        }
        XCTAssertTrue(whole.hasFormulaMark)
        XCTAssertTrue(whole.hasNonLatinLetter)
        // Für, Platform-as-a-Service, und, 365, ÖVER, die, x, y, 北京, über-Brücke, ends.
        XCTAssertEqual(whole.tokens.count, 11)
        // A reset starts a sentence with nothing of the last.
        var reused = DocumentWords(functionWords: words)
        text.withUTF8Bytes { reused.feed($0) }
        reused.reset()
        "und die".withUTF8Bytes { reused.feed($0) }
        reused.end()
        XCTAssertEqual(reused.wordCount, 2)
        XCTAssertFalse(reused.hasFormulaMark)
        XCTAssertFalse(reused.hasNonLatinLetter)
    }
}
