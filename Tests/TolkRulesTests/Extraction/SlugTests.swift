@testable import TolkRules
import Foundation
import XCTest

/// Slugs: the byte path for ASCII text gives what the Unicode path gives.
final class SlugTests: XCTestCase {
    func testASCIIPathAgreesWithTheUnicodePath() throws {
        var texts = ["Add a new customer", "completeAddress", "  Step 2: Sign in  ", "ID-42/x", "", "---", "HTTPServer",
                     "camelCaseID", "Tab\there", "a_b.c", "Zzz9"]
        // Every heading line of the seeds, ASCII or not.
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("../shared/corpus/seeds")
        let files = try FileManager.default.subpathsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".md") }
        for file in files {
            let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
            texts += text.split(separator: "\n").filter { $0.hasPrefix("#") }.map { String($0.drop { $0 == "#" }) }
        }
        var ascii = 0
        for text in texts {
            if let fast = Slug.ascii(text) {
                ascii += 1
                XCTAssertEqual(fast, Slug.unicode(text), text)
            } else {
                XCTAssertTrue(text.utf8.contains { $0 >= 0x80 }, text)
            }
            XCTAssertEqual(Slug.make(text), Slug.unicode(text), text)
        }
        XCTAssertGreaterThan(ascii, 10)
        XCTAssertEqual(Slug.make("completeAddress"), "complete-address")
        XCTAssertEqual(Slug.make("  Step 2: Sign in  "), "step-2-sign-in")
        XCTAssertEqual(Slug.make("---"), "untitled")
    }
}
