import Foundation
@testable import TolkChecks
import TolkModel
import XCTest

/// The pair checks on real files: the seeds with pairs, read independently
/// here to show they are well formed, must give no pair finding; our own
/// `Content/` must be clean under every check of the two folders.
final class PairsCorpusTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    private static let pairedSeeds = [
        "sv-SE/add-a-new-customer.2020-04-27.md",
        "zh-CN/add-a-new-customer.2019-03-21.md",
        "de-DE/customer-accounts.2020-04-07.md",
    ]

    /// `<span data-ttu-id="T">TARGET</span><span class="sxs-lookup"><span data-stu-id="S">`
    private static let pairPattern = try! NSRegularExpression(
        pattern: #"<span data-ttu-id="([^"]*)">(.*?)</span><span class="sxs-lookup"><span data-stu-id="([^"]*)">(.*?)</span></span>"#)

    func testSeedsWithPairsHaveNoPairFindings() throws {
        for name in Self.pairedSeeds {
            let url = Support.corpus.appendingPathComponent("seeds/\(name)")
            let text = try Support.read(url)
            let document = Support.parse(text, path: url.path)

            // What the text says, read without the parser.
            let targets = Support.locations(of: "data-ttu-id=", in: text).count
            let sources = Support.locations(of: "data-stu-id=", in: text).count
            let matches = Self.pairPattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
            func group(_ match: NSTextCheckingResult, _ index: Int) -> String {
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
            let ids = matches.map { group($0, 1) }
            XCTAssertGreaterThan(targets, 0, name)
            XCTAssertEqual(matches.count, targets, "\(name): every target is followed by its source")
            XCTAssertEqual(sources, targets, name)
            XCTAssertEqual(ids, matches.map { group($0, 3) }, "\(name): target and source ids agree")
            XCTAssertEqual(Set(ids).count, ids.count, "\(name): ids are unique")
            XCTAssertEqual(Set(ids.map { $0.prefix { $0 != "-" } }).count, 1, "\(name): one prefix")
            XCTAssertTrue(ids.allSatisfy { PairsIDs.parts($0) != nil }, name)
            XCTAssertTrue(matches.allSatisfy { PairsText.hasText(group($0, 2)) && PairsText.hasText(group($0, 4)) },
                          "\(name): no side is empty")
            XCTAssertEqual(document.segments.count, targets, name)

            for check in PairChecks.all {
                XCTAssertEqual(Support.findings(check, in: document), [], "\(type(of: check).descriptor.id) on \(name)")
            }
        }
    }

    func testContentIsClean() throws {
        let root = Support.packageRoot.appendingPathComponent("Content")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
        XCTAssertGreaterThan(files.count, 10)
        var segments = 0
        for url in files {
            let document = Support.parse(try Support.read(url), path: url.path)
            segments += document.segments.count
            let findings = Support.allFindings(in: document)
            XCTAssertEqual(findings, [], url.lastPathComponent)
        }
        XCTAssertGreaterThan(segments, 100, "Content has pairs for the checks to look at")
    }
}
