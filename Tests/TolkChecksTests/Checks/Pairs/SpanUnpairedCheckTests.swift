@testable import TolkChecks
import TolkModel
import XCTest

final class SpanUnpairedCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsEachUnpairedSpanOnceAtItsTag() throws {
        let text = try Support.fixture("pairs", "broken-spans.md")
        let findings = Support.findings(SpanUnpairedCheck(), in: Support.parse(text))
        let bySegment = Dictionary(grouping: findings) { $0.segment ?? "" }

        // A target followed by nothing: reported at its opening tag.
        let lone = try XCTUnwrap(bySegment["ab12c-102"]?.first)
        XCTAssertEqual(lone.location, Support.location(of: "<span data-ttu-id=\"ab12c-102\"", in: text))
        XCTAssertTrue(lone.message.contains("ab12c-102"))

        // A source without a target before it: reported at the source tag.
        let orphan = try XCTUnwrap(bySegment["ab12c-103"]?.first)
        XCTAssertEqual(orphan.location, Support.location(of: "<span data-stu-id=\"ab12c-103\"", in: text))

        // Target and source of one id not joined by the lookup span: one
        // finding at the target, not a second one for its own source.
        XCTAssertEqual(bySegment["ab12c-104"]?.count, 1)
        XCTAssertEqual(bySegment["ab12c-104"]?.first?.location,
                       Support.location(of: "<span data-ttu-id=\"ab12c-104\"", in: text))

        // A source pasted into a code block: the parser reads no pairs there.
        let stray = try XCTUnwrap(bySegment["ab12c-107"]?.first)
        XCTAssertEqual(stray.location, Support.location(of: "data-stu-id=\"ab12c-107\"", in: text))

        // A pair whose source is only a space.
        let emptySource = try XCTUnwrap(bySegment["ab12c-108"]?.first)
        XCTAssertEqual(emptySource.location, Support.location(of: "<span data-stu-id=\"ab12c-108\"", in: text))
        XCTAssertTrue(emptySource.message.contains("empty"))

        // Mismatched and duplicate ids are other checks' business.
        XCTAssertEqual(Set(bySegment.keys), ["ab12c-102", "ab12c-103", "ab12c-104", "ab12c-107", "ab12c-108"])
        for finding in findings {
            XCTAssertFalse(PairsIDs.citesPosition(finding.message), finding.message)
            XCTAssertEqual(finding.check, "span-unpaired")
        }
    }

    func testCleanPairsAreNotReported() throws {
        let document = Support.parse(try Support.fixture("pairs", "clean.md"))
        XCTAssertEqual(document.segments.count, 9)
        XCTAssertEqual(Support.findings(SpanUnpairedCheck(), in: document), [])
    }

    func testRunnerReportsClaimedDiagnosticsOnlyThroughTheCheck() throws {
        let document = Support.parse(try Support.fixture("pairs", "broken-spans.md"))
        XCTAssertTrue(document.diagnostics.contains { $0.code == .spanOrphanSource })
        let result = Support.runner([SpanUnpairedCheck()]).checkFile(document)
        XCTAssertFalse(result.findings.contains { $0.check == DiagnosticCode.spanOrphanSource.rawValue })
        XCTAssertEqual(result.findings.filter { $0.check == "span-unpaired" }.count, 5)
        let catalog = CheckCatalog(documentChecks: PairChecks.all, groupChecks: [])
        for code in [DiagnosticCode.spanUnpaired, .spanOrphanSource, .spanIDMismatch, .spanIDDuplicate] {
            XCTAssertFalse(catalog.readingCodes.contains(code), "\(code) is claimed")
        }
    }

    func testStraySourcePositionsCountCRLFAndByteOrderMark() {
        let text = "\u{FEFF}---\r\ntitle: x\r\nms.contentlocale: sv-SE\r\n---\r\nEtt stycke.\r\n\r\n    <span data-stu-id=\"x-9\">kod</span>\r\n\r\n`data-stu-id=\"x-10\"` och åäö `data-stu-id='x-11'`\r"
        let findings = Support.findings(SpanUnpairedCheck(), in: text, path: "sv-SE/crlf.md")
        XCTAssertEqual(findings.map(\.segment), ["x-9", "x-10", "x-11"])
        XCTAssertEqual(findings.map(\.location), Support.locations(of: "data-stu-id", in: text))
        // Columns count bytes: the line holds multi-byte letters before the last one.
        XCTAssertEqual(findings.last?.location.line, 9)
    }

    func testMalformedInputDoesNotCrash() {
        let inputs = [
            "", "\u{FEFF}", "data-stu-id", "data-stu-id=", "data-stu-id=\"", "data-stu-id=\"abc", "<span data-stu-id=''>",
            "<span data-ttu-id=\"a-1\"><span data-ttu-id=\"a-2\">x</span>",
            "<span data-ttu-id=\"a-1\"></span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\"></span></span>",
            String(repeating: "<span class=\"sxs-lookup\"><span data-stu-id=\"z-1\">", count: 50),
            "\r\r\n\n\rdata-stu-id=\"q-1\"\r",
        ]
        for input in inputs {
            let document = Support.parse(input)
            _ = Support.allFindings(in: document)
        }
    }
}
