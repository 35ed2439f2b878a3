import Foundation
import XCTest
@testable import TolkRules

/// `SentenceSplitter`: the sentences of plain text (files without pairs),
/// the unit sentence patterns and date recognition run on.
final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] { SentenceSplitter.split(text).map(\.text) }

    func testSplitsAfterAStopBeforeACapital() {
        XCTAssertEqual(sentences("Select the customer. Then select Save! Done? Yes."),
                       ["Select the customer.", "Then select Save!", "Done?", "Yes."])
        XCTAssertEqual(sentences("One line only"), ["One line only"])
        XCTAssertEqual(sentences(""), [])
    }

    /// "31. Januar", "1. Oktober": a dot after a day number is an ordinal.
    func testGermanOrdinalDaysDoNotEndASentence() {
        XCTAssertEqual(sentences("Der Vertrag gilt noch bis zum 31. Januar 2020 im Programm. Danach endet er."),
                       ["Der Vertrag gilt noch bis zum 31. Januar 2020 im Programm.", "Danach endet er."])
        XCTAssertEqual(sentences("Am 1. Oktober 2019 wurde er eingeführt. Er gilt weiter."),
                       ["Am 1. Oktober 2019 wurde er eingeführt.", "Er gilt weiter."])
    }

    /// A sentence that ends with a year (or any number) still ends there:
    /// "… until January 31, 2020. To record …" is two sentences.
    func testASentenceEndingWithAYearEndsThere() {
        XCTAssertEqual(sentences("The old agreement is accepted until January 31, 2020. To record it, see the guide."),
                       ["The old agreement is accepted until January 31, 2020.", "To record it, see the guide."])
        XCTAssertEqual(sentences("Das gilt seit 2019. Weitere Hinweise folgen."),
                       ["Das gilt seit 2019.", "Weitere Hinweise folgen."])
    }

    func testChineseAndJapaneseStops() {
        let text = "第一句。第二句！第三句？最后"
        let split = SentenceSplitter.split(text)
        XCTAssertEqual(split.map(\.text), ["第一句。", "第二句！", "第三句？", "最后"])
        // Offsets are UTF-8 byte offsets: each of these characters is three bytes.
        XCTAssertEqual(split.map(\.offset), [0, 12, 24, 36])
        XCTAssertEqual(sentences("契約は 2019年10月1日に導入されました。詳しくはガイドを参照してください。"),
                       ["契約は 2019年10月1日に導入されました。", "詳しくはガイドを参照してください。"])
    }

    /// Abbreviations followed by a lower-case word never end a sentence.
    func testAbbreviationsBeforeLowerCaseWords() {
        XCTAssertEqual(sentences("Use a portal, e.g. the admin center, for this. Then go on."),
                       ["Use a portal, e.g. the admin center, for this.", "Then go on."])
        XCTAssertEqual(sentences("Das gilt z.B. für alle Partner. Danach mehr."),
                       ["Das gilt z.B. für alle Partner.", "Danach mehr."])
    }

    /// Abbreviations followed by a capital ("z. B. Office", "e.g. Office",
    /// "Dr. Smith") are not sentence ends either.
    func testAbbreviationsBeforeCapitals() {
        XCTAssertEqual(sentences("Das gilt z. B. für Partner. Danach mehr."),
                       ["Das gilt z. B. für Partner.", "Danach mehr."])
        XCTAssertEqual(sentences("Kunden aus Portalen wie z.B. Office erscheinen hier. Danach mehr."),
                       ["Kunden aus Portalen wie z.B. Office erscheinen hier.", "Danach mehr."])
        XCTAssertEqual(sentences("Use another portal, e.g. Office, for this. Then go on."),
                       ["Use another portal, e.g. Office, for this.", "Then go on."])
    }

    /// Each sentence starts at its offset (after the space that separated it).
    func testOffsetsPointAtTheSentence() {
        let text = "Erste Zeile.  Zweite Zeile mit Umlaut ä. Dritte."
        for sentence in SentenceSplitter.split(text) {
            let rest = String(decoding: Array(text.utf8)[sentence.offset...], as: UTF8.self)
            XCTAssertTrue(rest.trimmingCharacters(in: .whitespaces).hasPrefix(sentence.text), "\(sentence)")
        }
        XCTAssertEqual(SentenceSplitter.split(text).count, 3)
    }

    func testWhitespaceIsCollapsed() {
        XCTAssertEqual(sentences("A  line\nthat   wraps. Next\tone."), ["A line that wraps.", "Next one."])
    }
}
