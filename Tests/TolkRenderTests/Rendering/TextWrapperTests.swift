import XCTest
@testable import TolkRender

/// Wrapping counts wide characters as two columns and never breaks a word or a label.
final class TextWrapperTests: XCTestCase {
    private func words(_ lines: [String]) -> [String] {
        lines.flatMap { $0.split(separator: " ").map(String.init) }
    }

    func testLatinTextBreaksOnlyAtSpaces() {
        let text = "Fill in the Account info page with the customer's company details and primary contact."
        for width in 10...40 {
            let lines = TextWrapper(width: width).wrap([.init(text)], firstPrefix: "", prefix: "")
            XCTAssertEqual(words(lines), text.split(separator: " ").map(String.init), "width \(width)")
            for line in lines where line.contains(" ") {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(line.debugDescription) at \(width)")
            }
        }
    }

    func testChineseBreaksBetweenCharactersWithinTheWidth() {
        let text = "上帐户信息页上，输入客户的详细信息和主要联系人信息并验证客户已接受并签名最新协议。"
        for width in 10...30 {
            let lines = TextWrapper(width: width).wrap([.init(text)], firstPrefix: "", prefix: "")
            XCTAssertEqual(lines.joined(), text, "nothing lost or added at \(width)")
            for line in lines {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(line) at \(width) columns")
                XCTAssertFalse(line.first.map { "，。".contains($0) } ?? false, "no line starts with closing punctuation: \(line)")
            }
            // Filled up to a character and the punctuation that may not start the next line.
            XCTAssertGreaterThan(DisplayWidth.of(lines[0]), width - 4, "the first line is filled (two columns per character)")
        }
    }

    func testALabelIsNeverSplitAndALongOneGetsItsOwnLine() {
        let pieces: [TextWrapper.Piece] = [.init("Select "), .init("[Next: Subscriptions and billing review]", atomic: true),
                                           .init(" when you are done.")]
        let lines = TextWrapper(width: 20).wrap(pieces, firstPrefix: "1. ", prefix: "   ")
        XCTAssertEqual(lines, ["1. Select", "   [Next: Subscriptions and billing review]", "   when you are", "   done."])
        let mixed = TextWrapper(width: 14).wrap([.init("选择"), .init("[下一步：订阅]", atomic: true), .init("完成输入所需的所有信息后。")],
                                                firstPrefix: "", prefix: "")
        XCTAssertTrue(mixed.contains { $0.contains("[下一步：订阅]") }, "\(mixed)")
        for line in mixed { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 14, line) }
    }

    func testPunctuationAfterALabelStaysWithIt() {
        let pieces: [TextWrapper.Piece] = [.init("then select "), .init("[Add customer]", atomic: true), .init(".")]
        let lines = TextWrapper(width: 24).wrap(pieces, firstPrefix: "", prefix: "")
        XCTAssertEqual(lines, ["then select", "[Add customer]."])
    }

    /// The seed guides of the golden tests, rendered as text, fit their width
    /// (the goldens themselves are redacted, so the rendering is measured).
    func testSeedGuidesFitTheirWidth() throws {
        let catalog = try RenderTestInputs.seedCatalog.get()
        for locale in ["de-DE", "zh-CN", "sv-SE", "nl-NL"] {
            let guide = try RenderTestInputs.guide(catalog, "add-a-new-customer", locale, day(GoldenGuideTests.asOf))
            let text = TextGuideRenderer(width: AllFormats.width, color: false).render(guide)
            for line in text.split(separator: "\n") where line.contains(" ") && !line.hasPrefix("Source:") {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), AllFormats.width, "\(locale): \(line)")
            }
        }
    }
}
