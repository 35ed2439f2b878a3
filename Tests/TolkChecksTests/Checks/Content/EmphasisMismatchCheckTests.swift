@testable import TolkChecks
import TolkModel
import XCTest

final class EmphasisMismatchCheckTests: XCTestCase {
    private typealias Support = PairsCheckTestSupport

    func testReportsLostBoldAndItalicInPairs() throws {
        let text = try Support.fixture("content", "drifted.md")
        let findings = Support.findings(EmphasisMismatchCheck(), in: Support.parse(text))
        XCTAssertEqual(findings.map(\.segment), ["f00d2-105", "f00d2-106"])
        XCTAssertEqual(findings[0].message, "the source has 1 bold span, the target 0")
        XCTAssertEqual(findings[1].message, "the source has 1 italic span, the target 0")
        XCTAssertEqual(findings[0].location, Support.location(of: "<span data-ttu-id=\"f00d2-105\"", in: text))
    }

    func testQuotationMarksMayStandInForBold() {
        let quoted = Support.pair("9a9a9-1", "选择“客户”。", "Select **Customers**.")
        let lost = Support.pair("9a9a9-2", "选择客户和“帐户”。", "Select **Customers** and **Account**.")
        let findings = Support.findings(EmphasisMismatchCheck(), in: Support.frontMatter("zh-CN") + quoted + " " + lost + "\n")
        XCTAssertEqual(findings.map(\.segment), ["9a9a9-2"])
    }

    func testEqualEmphasisIsNotReported() throws {
        XCTAssertEqual(Support.findings(EmphasisMismatchCheck(), in: try Support.fixture("content", "translated.md")), [])
    }

    func testReportsBoldMovedOntoFunctionWordsInAMachineTranslation() throws {
        let text = try Support.fixture("content", "machine.md")
        let findings = Support.findings(EmphasisMismatchCheck(), in: Support.parse(text))
        // Step 2 begins with an article, step 3 ends with a conjunction. The
        // label that is its whole block, the lead-ins before a colon, the
        // bold that opens its paragraph with an article, the bold question
        // and the bold of step 1 are not reported.
        XCTAssertEqual(findings.map(\.location), [
            Support.location(of: "**de pagina Gegevens**", in: text), Support.location(of: "**Opslaan wanneer**", in: text),
        ])
        XCTAssertTrue(findings[0].message.contains("begins with 'de'"))
        XCTAssertTrue(findings[1].message.contains("ends with 'wanneer'"))
        XCTAssertTrue(findings.allSatisfy { $0.segment == nil })
    }

    func testReportsTheMovedBoldOfStepFourOfTheDutchSeed() throws {
        let url = Support.corpus.appendingPathComponent("seeds/nl-NL/add-a-new-customer.2021-04-27.md")
        let text = try Support.read(url)
        let findings = Support.findings(EmphasisMismatchCheck(), in: Support.parse(text, path: url.path))
        // The fourth step of the numbered procedure: its first bold span.
        let lines = text.components(separatedBy: "\n")
        let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("4. ") })
        let step = lines[index]
        let open = try XCTUnwrap(step.range(of: "**"))
        let close = try XCTUnwrap(step.range(of: "**", range: open.upperBound..<step.endIndex))
        let bold = String(step[open.upperBound..<close.lowerBound])
        let expected = SourceLocation(line: index + 1, column: step.utf8.distance(from: step.startIndex, to: open.lowerBound) + 1)
        // Why it is reported: its first or last word is a Dutch function word.
        // Words split here on their own (letters between anything else), not by the check's tokenizer.
        let words = bold.split { !$0.isLetter }.map { $0.lowercased() }
        let dutch = try XCTUnwrap(Support.settings.functionWords["nl"])
        let edge = try XCTUnwrap([words.first, words.last].compactMap { $0 }.first { dutch.contains($0) })
        let finding = try XCTUnwrap(findings.first { $0.location == expected })
        XCTAssertTrue(finding.message.contains("'\(edge)'"), finding.message)
    }

    func testNothingAppliesToSourceDocumentsOrUnknownLanguages() {
        let english = Support.frontMatter("en-US") + "Select **the** button.\n"
        XCTAssertEqual(Support.findings(EmphasisMismatchCheck(), in: english), [])
        let finnish = Support.frontMatter("fi-FI") + "Valitse **ja** painike.\n"
        XCTAssertEqual(Support.findings(EmphasisMismatchCheck(), in: finnish), [])
    }
}
