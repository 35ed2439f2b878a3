import TolkRules
import XCTest

/// Asserts that `recognizer` finds exactly one date in `sentence`: `expected` (YYYY-MM-DD),
/// written as `written`, at the UTF-8 offsets where `written` stands, and that `parse`
/// reads `written` alone the same way.
func assertFindsOneLocalizedDate(
    _ recognizer: LocalizedDateRecognizer, in sentence: String, written: String, expected: String,
    yearInferred: Bool = false, fallbackYear: Int? = nil, file: StaticString = #filePath, line: UInt = #line
) {
    let found = recognizer.dates(in: sentence, fallbackYear: fallbackYear)
    XCTAssertEqual(found.map(\.date.description), [expected], "in \(sentence)", file: file, line: line)
    XCTAssertEqual(found.map(\.text), [written], file: file, line: line)
    XCTAssertEqual(found.map(\.yearInferred), [yearInferred], file: file, line: line)
    if let date = found.first, let start = sentence.range(of: written)?.lowerBound {
        let offset = sentence.utf8.distance(from: sentence.startIndex, to: start)
        XCTAssertEqual(date.utf8Range, offset..<(offset + written.utf8.count), file: file, line: line)
    }
    let parsed = recognizer.parse(written, fallbackYear: fallbackYear)
    XCTAssertEqual(parsed?.date.description, expected, "parse(\(written))", file: file, line: line)
    XCTAssertEqual(parsed?.utf8Range, 0..<written.utf8.count, file: file, line: line)
}

/// The text at `range` of `text`'s UTF-8 bytes.
func localizedDateUTF8Slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}
