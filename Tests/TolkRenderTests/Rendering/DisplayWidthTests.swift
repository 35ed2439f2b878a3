import XCTest
@testable import TolkRender

final class DisplayWidthTests: XCTestCase {
    func testNarrowWideAndZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("中文"), 4)
        XCTAssertEqual(DisplayWidth.of("ｱ"), 1, "halfwidth katakana is narrow")
        XCTAssertEqual(DisplayWidth.of("："), 2, "fullwidth colon")
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent adds nothing")
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("😀"), 2, "emoji presentation")
        XCTAssertEqual(DisplayWidth.of("\u{200B}"), 0, "zero width space is a format character")
    }
}
