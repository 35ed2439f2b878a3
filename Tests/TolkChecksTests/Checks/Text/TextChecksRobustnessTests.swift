import Foundation
import XCTest
@testable import TolkChecks
import TolkModel
import TolkParser

/// No input may crash a text check: malformed pairs, invalid UTF-8, odd
/// digits and separators, random bytes.
final class TextChecksRobustnessTests: XCTestCase {
    private typealias Support = TextCheckTestSupport

    private func runAll(_ document: Document) {
        for check in TextChecks.all {
            _ = Support.findings(check, in: document)
        }
    }

    func testEdgeCasePairsDoNotCrash() {
        let odd = [
            "", " ", "  ", "\u{3000}", "{", "}", "{}", "[!", "[!]", "[!INCLUDE", "[!INCLUDE[", "[!INCLUDE[x](",
            ":::", ":::no-loc text=\"\":::", "<", "<>", "</", "<br", "1,", ",1", ".", "...", "…", "1.2.3.4.5.6",
            "99999999999999999999999999 万 亿 K", "24 x", "24x", "12:", "12:0 pm", "１２", "\u{FF0C}1", "0x", "-1-",
            "May", "31 February 2021", "2021-13-45", "Q", "Q9", "第", "一二三四五六七八九十百千万",
            "\u{0301}\u{0301}", "🙂🙂", "a\u{202F}\u{202F}b", "\n\n", "\r\n  \r\n",
        ]
        var pairs: [String] = []
        for (index, text) in odd.enumerated() {
            pairs.append(Support.pair("o-\(index)", text, odd[(index + 7) % odd.count]))
        }
        for locale in ["de-DE", "zh-CN", "sv-SE", "xx-YY", "en-US"] {
            runAll(Support.parse(Support.file(locale: locale, pairs)))
        }
    }

    func testRandomBytesInsidePairsDoNotCrash() {
        // A fixed seed (a linear congruential generator) keeps any failure reproducible.
        var state: UInt64 = 0x5EED_7E47
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let alphabet = Array("0123456789.,/ :-年月日{}[]!<>万K maiMay\u{3000}\u{A0}".utf8)
        for round in 0..<200 {
            var bytes = Array("---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id=\"r-1\">".utf8)
            for _ in 0..<(Int(next()) % 60) {
                let byte = next()
                bytes.append(byte % 4 == 0 ? byte : alphabet[Int(byte) % alphabet.count])
            }
            bytes += Array("</span><span class=\"sxs-lookup\"><span data-stu-id=\"r-1\">".utf8)
            for _ in 0..<(Int(next()) % 60) { bytes.append(alphabet[Int(next()) % alphabet.count]) }
            bytes += Array("</span></span>\n".utf8)
            let document = DocumentParser().parse(Data(bytes), path: "random-\(round).md")
            XCTAssertEqual(document.segments.count + document.diagnostics.count > 0, true, "round \(round)")
            runAll(document)
        }
    }
}
