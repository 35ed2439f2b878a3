import Foundation
import TolkModel
import TolkParser
import XCTest

/// The tree dumps of the five seed documents, compared with golden files
/// that were reviewed by hand against the seeds.
///
/// The seeds are licensed text that must not be copied into the project, so
/// the goldens are redacted dumps: every node, position, id, anchor and URL
/// as parsed, words as `‹length#hash›`. A changed word, position or
/// structure still fails the comparison.
///
/// To regenerate after an intended change: `TOLK_UPDATE_GOLDENS=1 swift test
/// --filter GoldenTreeTests`, then review the diff.
final class GoldenTreeTests: XCTestCase {
    static let seeds = [
        "de-DE/add-a-new-customer.2019-11-13.md",
        "de-DE/customer-accounts.2020-04-07.md",
        "nl-NL/add-a-new-customer.2021-04-27.md",
        "sv-SE/add-a-new-customer.2020-04-27.md",
        "zh-CN/add-a-new-customer.2019-03-21.md",
    ]

    func testSeedTreesMatchReviewedGoldens() throws {
        let update = ProcessInfo.processInfo.environment["TOLK_UPDATE_GOLDENS"] == "1"
        for seed in Self.seeds {
            let url = TestPaths.corpus.appendingPathComponent("seeds/" + seed)
            let data = try Data(contentsOf: url)
            // A path relative to the corpus, so the dump is the same on every machine.
            let document = DocumentParser().parse(data, path: "seeds/" + seed,
                                                  pathLocale: ContentLoader.locale(fromPath: "seeds/" + seed))
            let dump = DocumentTreeDump.render(document, text: .redacted)
            let golden = TestPaths.fixtures.appendingPathComponent("golden")
                .appendingPathComponent(seed.replacingOccurrences(of: "/", with: "--") + ".tree")
            if update {
                try dump.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            if dump != expected {
                let got = dump.split(separator: "\n", omittingEmptySubsequences: false)
                let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
                XCTFail("""
                    \(seed): tree differs from \(golden.lastPathComponent) at line \(line + 1)
                    expected: \(line < want.count ? String(want[line]) : "<end>")
                    actual:   \(line < got.count ? String(got[line]) : "<end>")
                    """)
            }
        }
    }

    /// The redaction keeps words out but still tells them apart.
    func testRedactedDumpHidesWordsButKeepsStructure() {
        let document = DocumentParser().parse(
            "# <a name=\"x\"></a>Hello world\n\n[link words](target.md)\n", path: "t.md")
        let dump = DocumentTreeDump.render(document, text: .redacted)
        XCTAssertFalse(dump.contains("Hello"))
        XCTAssertFalse(dump.contains("link words"))
        XCTAssertTrue(dump.contains("anchor=\"x\""))
        XCTAssertTrue(dump.contains("url=\"target.md\""))
        XCTAssertTrue(dump.contains("text @1:19 ‹11#"), dump)
    }
}
