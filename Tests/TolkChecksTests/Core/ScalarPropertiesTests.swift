@testable import TolkChecks
import TolkModel
import TolkParser
import XCTest

/// The fast paths answer exactly what the standard library's Unicode tables answer.
final class ScalarPropertiesTests: XCTestCase {
    /// Every scalar of the Basic Multilingual Plane and the start of the next:
    /// the fast-path ranges and their neighbours.
    private var scalars: [Unicode.Scalar] {
        (0...0x1FFFF).compactMap(Unicode.Scalar.init(_:) as (UInt32) -> Unicode.Scalar?)
    }

    func testAlphabeticUppercaseAndWhitespaceMatchTheUnicodeTables() {
        var mismatches: [String] = []
        for scalar in scalars {
            let properties = scalar.properties
            if ScalarProperties.isAlphabetic(scalar) != properties.isAlphabetic { mismatches.append("alphabetic \(scalar.value)") }
            if ScalarProperties.isUppercase(scalar) != properties.isUppercase { mismatches.append("uppercase \(scalar.value)") }
            if ScalarProperties.isWhitespace(scalar) != properties.isWhitespace { mismatches.append("whitespace \(scalar.value)") }
        }
        XCTAssertEqual(mismatches.prefix(10), [])
    }

    func testNonLatinLetterIsFoundInChineseAndCyrillicButNotInGermanOrSwedish() {
        XCTAssertTrue(ScalarProperties.hasNonLatinLetter("Open Partner Center 设置 now"))
        XCTAssertTrue(ScalarProperties.hasNonLatinLetter("Откройте страницу"))
        XCTAssertFalse(ScalarProperties.hasNonLatinLetter("Wählen Sie Kunden aus. Välj kund — “Åtgärder” 2020."))
        XCTAssertFalse(ScalarProperties.hasNonLatinLetter("。，、：" + "１２３"), "CJK punctuation and digits are no letters")
    }

    /// `plainTextUTF8Count` is the byte count of the text `plainText` builds, on
    /// every pair of a real paired file (nested pairs included).
    func testPlainTextLengthMatchesThePlainTextOfEveryPairOfTheSeeds() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/seeds").path
        try XCTSkipUnless(FileManager.default.fileExists(atPath: seeds), "the shared corpus is not at \(seeds)")
        var pairs = 0
        for path in ContentLoader.markdownFiles(in: [seeds]).files {
            let document = ContentLoader(jobs: 1).load(path)
            let segments = document.segments
            for segment in segments {
                for side in [segment.target, segment.source] {
                    let built = side.plainText { segments.indices.contains($0) ? segments[$0].target.plainText() : "" }
                    let length = side.plainTextUTF8Count {
                        segments.indices.contains($0) ? segments[$0].target.plainTextUTF8Count() : 0
                    }
                    XCTAssertEqual(length, built.utf8.count, "\(path): pair \(segment.id)")
                }
                pairs += 1
            }
        }
        XCTAssertGreaterThan(pairs, 50, "three seeds are paired files")
    }
}
