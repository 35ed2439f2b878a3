import Foundation
import TolkModel
import XCTest

@testable import TolkParser

final class FrontMatterParserTests: XCTestCase {
    // MARK: - Helpers

    /// `<repo>/../shared/corpus`.
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // TolkParserTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // repo
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    private func split(_ bytes: [UInt8]) -> FrontMatterSplit {
        FrontMatterParser.split(bytes)
    }

    private func split(_ text: String) -> FrontMatterSplit {
        split(Array(text.utf8))
    }

    private func seed(_ path: String) throws -> [UInt8] {
        let url = Self.corpus.appendingPathComponent("seeds").appendingPathComponent(path)
        return Array(try Data(contentsOf: url))
    }

    /// `raw` followed by the body gives back the file (after its BOM), byte for byte.
    private func assertReassembles(_ bytes: [UInt8], _ result: FrontMatterSplit,
                                   file: StaticString = #filePath, line: UInt = #line) {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let fm = result.frontMatter else { return }
        XCTAssertEqual(Array(fm.raw.utf8), Array(bytes[bom..<result.bodyStart]),
                       "raw is not the bytes before the body", file: file, line: line)
        XCTAssertEqual(Array(fm.raw.utf8) + Array(bytes[result.bodyStart...]), Array(bytes[bom...]),
                       file: file, line: line)
    }

    private func codes(_ result: FrontMatterSplit) -> [DiagnosticCode] {
        result.diagnostics.map(\.code)
    }

    // MARK: - Real seeds

    func testSwedishSeed() throws {
        let bytes = try seed("sv-SE/add-a-new-customer.2020-04-27.md")
        let result = split(bytes)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.entries.map(\.key), [
            "title", "ms.topic", "ms.date", "ms.service", "ms.subservice", "description", "author",
            "ms.author", "ms.localizationpriority", "ms.custom", "ms.openlocfilehash",
            "ms.sourcegitcommit", "ms.translationtype", "ms.contentlocale", "ms.lasthandoff",
            "ms.locfileid",
        ])
        XCTAssertEqual(fm.title, "Så här lägger du till en ny kund post")
        XCTAssertEqual(fm.locale, LocaleTag("sv-SE"))
        XCTAssertEqual(fm.locale?.identifier, "sv-SE")
        XCTAssertEqual(fm.sourceDate?.description, "2020-04-27")
        XCTAssertEqual(fm.handoffDate?.description, "2020-10-13")
        XCTAssertEqual(fm.translationType, .machine)
        XCTAssertEqual(fm["ms.locfileid"], "92531856") // written "92531856", quotes gone
        XCTAssertEqual(fm["ms.custom"], "SEOAPR.20")
        XCTAssertEqual(fm.sourceCommit, "940dad4527f51781f6f966e196b3aa08389613a2")
        XCTAssertEqual(fm.sourceFileHash, "b60ea73bc5fa7c4a25c61aa9651c303aa5087faf")
        XCTAssertNil(fm.assetID)
        XCTAssertEqual(fm.lines, 1...18)
        XCTAssertEqual(result.bodyStart, 624)
        XCTAssertTrue(String(decoding: bytes[result.bodyStart...], as: UTF8.self)
            .hasPrefix("# <a name=\"how-to-add-a-new-customer-record-in-partner-center\"></a>"))
        // One key per line, from line 2, at column 1.
        for (index, entry) in fm.entries.enumerated() {
            XCTAssertEqual(entry.location, SourceLocation(line: index + 2, column: 1), entry.key)
        }
        assertReassembles(bytes, result)
    }

    func testGermanSeedWithCapitalisedDescription() throws {
        let bytes = try seed("de-DE/customer-accounts.2020-04-07.md")
        let result = split(bytes)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.entries[5].key, "Description")
        XCTAssertEqual(fm.entries[5].location, SourceLocation(line: 7, column: 1))
        XCTAssertFalse(fm.entries.contains { $0.key == "description" })
        XCTAssertTrue(fm.description?.hasPrefix("Hier finden Sie Ressourcen für Reseller-Partner") ?? false)
        XCTAssertEqual(fm.title, "Kundenkonten | Partner Center")
        XCTAssertEqual(fm.assetID, "934FF7D8-FAE4-4C14-8DFF-7E2B0FF039DC")
        XCTAssertEqual(fm.sourceDate, CalendarDate(year: 2020, month: 4, day: 7))
        XCTAssertEqual(fm.handoffDate, CalendarDate(year: 2020, month: 4, day: 28))
        XCTAssertEqual(fm["ms.locfileid"], "82205768")
        XCTAssertEqual(fm.locale?.identifier, "de-DE")
        XCTAssertEqual(fm.lines, 1...18)
        XCTAssertEqual(result.bodyStart, 681)
        assertReassembles(bytes, result)
    }

    func testGermanSeedAddCustomer() throws {
        let bytes = try seed("de-DE/add-a-new-customer.2019-11-13.md")
        let result = split(bytes)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.entries.count, 17)
        XCTAssertEqual(fm.title, "Neuen Kunden hinzufügen | Partner Center")
        // A plain scalar with commas stays one string.
        XCTAssertTrue(fm["keywords"]?.hasPrefix("Kunde, Kunde hinzufügen, Kundenkonto,") ?? false)
        XCTAssertEqual(fm.assetID, "4F53DFAF-1792-4E91-BBEB-E9A65026A81C")
        XCTAssertEqual(fm.sourceDate?.description, "2019-11-13")
        XCTAssertEqual(fm["ms.locfileid"], "74253147")
        XCTAssertEqual(fm.lines, 1...19)
        XCTAssertEqual(result.bodyStart, 797)
        assertReassembles(bytes, result)
    }

    func testChineseSeed() throws {
        let bytes = try seed("zh-CN/add-a-new-customer.2019-03-21.md")
        let result = split(bytes)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.title, "添加新客户 | 合作伙伴中心")
        XCTAssertEqual(fm.description, "你需要先在合作伙伴中心中创建客户记录，然后才能销售订阅、管理计费或提供支持。")
        XCTAssertEqual(fm.translationType, .human)
        XCTAssertEqual(fm.locale?.identifier, "zh-CN")
        XCTAssertEqual(fm.sourceDate?.description, "2019-03-21")
        XCTAssertEqual(fm.handoffDate?.description, "2019-04-23")
        XCTAssertEqual(fm["ms.locfileid"], "62134477")
        // Same asset across locales (de-DE seed of the same document).
        XCTAssertEqual(fm.assetID, "4F53DFAF-1792-4E91-BBEB-E9A65026A81C")
        XCTAssertEqual(fm.entry("keywords")?.location, SourceLocation(line: 9, column: 1))
        XCTAssertEqual(fm.lines, 1...17)
        XCTAssertEqual(result.bodyStart, 689)
        assertReassembles(bytes, result)
    }

    func testDutchSeed() throws {
        let bytes = try seed("nl-NL/add-a-new-customer.2021-04-27.md")
        let result = split(bytes)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.title, "Een nieuwe klantrecord toevoegen")
        XCTAssertEqual(fm.locale?.identifier, "nl-NL")
        XCTAssertEqual(fm.sourceDate?.description, "2021-04-27")
        XCTAssertEqual(fm.handoffDate?.description, "2021-07-29")
        XCTAssertEqual(fm["ms.subservice"], "partnercenter-customers")
        XCTAssertEqual(fm["ms.locfileid"], "114839529")
        XCTAssertEqual(fm.lines, 1...18)
        XCTAssertEqual(result.bodyStart, 655)
        assertReassembles(bytes, result)
    }

    // MARK: - Fences and line endings

    func testMissingFrontMatter() {
        let result = split("# Title\n\nText.\n")
        XCTAssertNil(result.frontMatter)
        XCTAssertEqual(result.bodyStart, 0)
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(result.diagnostics.first?.code, .frontMatterMissing)
        XCTAssertEqual(result.diagnostics.first?.severity, .warning)
        XCTAssertEqual(result.diagnostics.first?.location, .start)
    }

    func testMissingWithBOMAndEmptyFile() {
        let withBOM = split([0xEF, 0xBB, 0xBF] + Array("# Title\n".utf8))
        XCTAssertEqual(withBOM.bodyStart, 3)
        XCTAssertEqual(codes(withBOM), [.frontMatterMissing])

        let empty = split([UInt8]())
        XCTAssertEqual(empty.bodyStart, 0)
        XCTAssertEqual(codes(empty), [.frontMatterMissing])

        let onlyBOM = split([0xEF, 0xBB, 0xBF])
        XCTAssertEqual(onlyBOM.bodyStart, 3)
        XCTAssertEqual(codes(onlyBOM), [.frontMatterMissing])
    }

    func testLinesThatAreNotFences() {
        for text in ["----\ntitle: A\n---\n", " ---\ntitle: A\n---\n", "--- x\ntitle: A\n---\n",
                     "--\n", "...\ntitle: A\n---\n", "\n---\ntitle: A\n---\n", "-- -\n"] {
            let result = split(text)
            XCTAssertNil(result.frontMatter, text)
            XCTAssertEqual(result.bodyStart, 0, text)
            XCTAssertEqual(codes(result), [.frontMatterMissing], text)
        }
    }

    func testUnclosed() throws {
        let result = split("---\ntitle: A\n\n# Heading\n\nText\n")
        XCTAssertNil(result.frontMatter)
        XCTAssertEqual(result.bodyStart, 0)
        XCTAssertEqual(result.diagnostics.count, 1)
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(diagnostic.code, .frontMatterUnclosed)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 1, column: 1))
        XCTAssertTrue(diagnostic.message.contains("line 1"), diagnostic.message)
        XCTAssertTrue(diagnostic.message.contains("read as Markdown from line 1"), diagnostic.message)
    }

    func testFileThatIsOnlyAFence() {
        for text in ["---", "---\n", "---\r\n", "---\r", "--- \t", "---\n\n\n"] {
            let result = split(text)
            XCTAssertNil(result.frontMatter, text.debugDescription)
            XCTAssertEqual(result.bodyStart, 0, text.debugDescription)
            XCTAssertEqual(codes(result), [.frontMatterUnclosed], text.debugDescription)
        }
    }

    func testUnclosedWithBOM() {
        let result = split([0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n".utf8))
        XCTAssertEqual(result.bodyStart, 3)
        XCTAssertEqual(codes(result), [.frontMatterUnclosed])
        // cmark skips the BOM, so the fence is at column 1 for it, and here.
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 1, column: 1))
    }

    func testEmptyFrontMatter() throws {
        let text = "---\n---\n# Body\n"
        let result = split(text)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.entries, [])
        XCTAssertEqual(fm.raw, "---\n---\n")
        XCTAssertEqual(fm.lines, 1...2)
        XCTAssertEqual(result.bodyStart, 8)
        assertReassembles(Array(text.utf8), result)

        let commentsOnly = split("---\n# just a comment\n\n---\nBody")
        XCTAssertEqual(commentsOnly.diagnostics, [])
        XCTAssertEqual(commentsOnly.frontMatter?.entries, [])
        XCTAssertEqual(commentsOnly.frontMatter?.lines, 1...4)
    }

    func testClosingWithDotsTrailingBlanksAndNoFinalNewline() throws {
        let text = "--- \t\ntitle: A\n...  \n# Body\n"
        let result = split(text)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.title, "A")
        XCTAssertEqual(fm.raw, "--- \t\ntitle: A\n...  \n")
        XCTAssertEqual(fm.lines, 1...3)
        assertReassembles(Array(text.utf8), result)

        let atEnd = split("---\ntitle: A\n---")
        XCTAssertEqual(atEnd.bodyStart, 16)
        XCTAssertEqual(atEnd.frontMatter?.raw, "---\ntitle: A\n---")
        XCTAssertEqual(atEnd.frontMatter?.lines, 1...3)
        XCTAssertEqual(atEnd.diagnostics, [])
    }

    func testCRLF() throws {
        let text = "---\r\ntitle: A\r\nms.date: 2020-01-02\r\n---\r\n# Body\r\n"
        let bytes = Array(text.utf8)
        let result = split(bytes)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.title, "A")
        XCTAssertEqual(fm.lines, 1...4)
        XCTAssertEqual(result.bodyStart, 5 + 10 + 21 + 5)
        XCTAssertEqual(fm.raw, "---\r\ntitle: A\r\nms.date: 2020-01-02\r\n---\r\n")
        XCTAssertEqual(fm.entries.map(\.location), [SourceLocation(line: 2, column: 1), SourceLocation(line: 3, column: 1)])
        XCTAssertEqual(result.diagnostics.map(\.code), [.frontMatterDate])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 3, column: 10))
        assertReassembles(bytes, result)
    }

    func testCarriageReturnsOnlyAndMixedEndings() throws {
        let cr = "---\rtitle: A\rauthor: B\r---\rBody\r"
        let crResult = split(cr)
        let fm = try XCTUnwrap(crResult.frontMatter)
        XCTAssertEqual(fm.entries.map(\.key), ["title", "author"])
        XCTAssertEqual(fm.entry("author")?.location, SourceLocation(line: 3, column: 1))
        XCTAssertEqual(fm.lines, 1...4)
        XCTAssertEqual(crResult.bodyStart, cr.utf8.count - 5)
        assertReassembles(Array(cr.utf8), crResult)

        // As in corpus/history: LF after the opening fence, CRLF after that.
        let mixed = "---\ntitle: A\r\nauthor: B\r\n\r\n---\r\n#Heading\n"
        let mixedResult = split(mixed)
        XCTAssertEqual(mixedResult.frontMatter?.entries.map(\.value), ["A", "B"])
        XCTAssertEqual(mixedResult.frontMatter?.lines, 1...5)
        XCTAssertEqual(mixedResult.diagnostics, [])
        assertReassembles(Array(mixed.utf8), mixedResult)
    }

    func testBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\nms.date: x\n---\nBody\n".utf8)
        let result = FrontMatterParser.split(bytes) // detects the BOM
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.raw, "---\ntitle: A\nms.date: x\n---\n")
        XCTAssertEqual(fm.lines, 1...4)
        XCTAssertEqual(result.bodyStart, 3 + 4 + 9 + 11 + 4)
        XCTAssertEqual(Array(bytes[result.bodyStart...]), Array("Body\n".utf8))
        XCTAssertEqual(fm.entry("title")?.location, SourceLocation(line: 2, column: 1))
        XCTAssertEqual(result.diagnostics.map(\.location), [SourceLocation(line: 3, column: 10)])
        assertReassembles(bytes, result)

        // The same with the BOM length given by the caller.
        let explicit = bytes.withUnsafeBufferPointer { FrontMatterParser.split($0, bomLength: 3) }
        XCTAssertEqual(explicit.bodyStart, result.bodyStart)
        XCTAssertEqual(explicit.frontMatter, result.frontMatter)
    }

    // MARK: - YAML problems

    func testMalformedYAML() throws {
        let text = "---\ntitle: Kunden: hinzufügen\nms.date: 01/02/2020\n---\n# Body\n"
        let result = split(text)
        XCTAssertNil(result.frontMatter)
        XCTAssertEqual(result.bodyStart, text.utf8.count - 7) // the body still parses
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(diagnostic.code, .frontMatterYAML)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 2, column: 14)) // the second ':'
        XCTAssertTrue(diagnostic.message.contains("mapping values are not allowed"), diagnostic.message)
        XCTAssertFalse(diagnostic.message.contains("\n"))
    }

    func testMalformedYAMLColumnsAreBytes() throws {
        // "title: ä: b" — the second ':' is the 9th character but the 10th byte.
        let result = split("---\ntitle: ä: b\n---\n")
        XCTAssertEqual(codes(result), [.frontMatterYAML])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 2, column: 10))
    }

    func testUnterminatedQuoteAndBadIndentation() {
        let quote = split("---\ntitle: \"A\nauthor: B\n---\nBody\n")
        XCTAssertEqual(codes(quote), [.frontMatterYAML])
        XCTAssertNil(quote.frontMatter)
        XCTAssertEqual(quote.bodyStart, "---\ntitle: \"A\nauthor: B\n---\n".utf8.count)
        // Errors never point outside the front matter.
        XCTAssertTrue((1...4).contains(quote.diagnostics.first?.location.line ?? 0))

        let tabs = split("---\ntitle: A\n\tauthor: B\n---\n")
        XCTAssertEqual(codes(tabs), [.frontMatterYAML])
        XCTAssertEqual(tabs.diagnostics.first?.location.line, 3)
    }

    func testSecondDocumentInsideFences() {
        let result = split("---\ntitle: A\n--- b\n---\n")
        XCTAssertEqual(codes(result), [.frontMatterYAML])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 3, column: 1))
        XCTAssertTrue(result.diagnostics.first?.message.contains(": found another document") ?? false,
                      result.diagnostics.first?.message ?? "")
    }

    func testNotAMapping() throws {
        let list = split("---\n- a\n- b\n---\nBody\n")
        XCTAssertNil(list.frontMatter)
        XCTAssertEqual(list.bodyStart, 16)
        let diagnostic = try XCTUnwrap(list.diagnostics.first)
        XCTAssertEqual(list.diagnostics.count, 1)
        XCTAssertEqual(diagnostic.code, .frontMatterNotMapping)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 2, column: 1))
        XCTAssertTrue(diagnostic.message.contains("sequence"), diagnostic.message)

        let scalar = split("---\n\n  just some text\n---\n")
        XCTAssertEqual(codes(scalar), [.frontMatterNotMapping])
        XCTAssertEqual(scalar.diagnostics.first?.location, SourceLocation(line: 3, column: 3))
    }

    func testDuplicateKeysKeepTheFirst() throws {
        let text = "---\ntitle: A\nauthor: x\ntitle: B\nms.date: 01/02/2020\n---\nBody\n"
        let result = split(text)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.entries.map(\.key), ["title", "author", "ms.date"])
        XCTAssertEqual(fm.title, "A")
        XCTAssertEqual(fm.entry("ms.date")?.location, SourceLocation(line: 5, column: 1))
        XCTAssertEqual(result.diagnostics.count, 1)
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(diagnostic.code, .frontMatterYAML)
        XCTAssertEqual(diagnostic.severity, .warning)
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 4, column: 1))
        XCTAssertTrue(diagnostic.message.contains("'title'"), diagnostic.message)
        XCTAssertTrue(diagnostic.message.contains("line 2"), diagnostic.message)
        XCTAssertEqual(result.bodyStart, text.utf8.count - 5)
        assertReassembles(Array(text.utf8), result)
    }

    func testDuplicateKeysWithMultiLineValues() throws {
        let text = """
            ---
            title: A
            ms.custom:
            - one
            - two
            # a comment
            title: >
              folded
              text
            author: |
              kept
            ---

            """
        let result = split(text)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.entries.map(\.key), ["title", "ms.custom", "author"])
        XCTAssertEqual(fm["ms.custom"], "[one, two]")
        XCTAssertEqual(fm["author"], "kept\n")
        XCTAssertEqual(fm.entry("author")?.location, SourceLocation(line: 10, column: 1))
        XCTAssertEqual(result.diagnostics.map(\.location), [SourceLocation(line: 7, column: 1)])
    }

    func testDuplicateKeyInNestedMapping() throws {
        let result = split("---\ntitle: A\nmeta:\n  a: 1\n  a: 2\nauthor: x\n---\n")
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.entries.map(\.key), ["title", "author"])
        XCTAssertEqual(codes(result), [.frontMatterYAML])
        XCTAssertEqual(result.diagnostics.first?.severity, .warning)
        XCTAssertEqual(result.diagnostics.first?.location.line, 4)
        XCTAssertTrue(result.diagnostics.first?.message.contains("'a'") ?? false)
    }

    func testKeysSpelledAlikeButTypedDifferently() throws {
        // Yams sees an int and a string; the front matter sees the same spelling twice.
        let result = split("---\n1: a\n\"1\": b\n---\n")
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.entries.map(\.value), ["a"])
        XCTAssertEqual(codes(result), [.frontMatterYAML])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 3, column: 1))
    }

    func testDescriptionInBothSpellingsIsKept() throws {
        let result = split("---\nDescription: upper\ndescription: lower\n---\n")
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm.entries.map(\.key), ["Description", "description"])
        XCTAssertEqual(fm.description, "lower")
    }

    // MARK: - Values

    func testValues() throws {
        let text = """
            ---
            ms.locfileid: "92531856"
            single: 'it''s'
            plain: a, b:c is one plain scalar # comment
            empty:
            custom:
            - announcement
            - references_regions
            flow: [a, "b c", 'd,e']
            nested: {x: 1, y: [true, null], 'z z': ""}
            multi: first
              second
            ---

            """
        let result = split(text)
        let fm = try XCTUnwrap(result.frontMatter, "\(result.diagnostics)")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(fm["ms.locfileid"], "92531856")
        XCTAssertEqual(fm["single"], "it's")
        XCTAssertEqual(fm["plain"], "a, b:c is one plain scalar")
        XCTAssertEqual(fm["empty"], "")
        XCTAssertEqual(fm["custom"], "[announcement, references_regions]")
        XCTAssertEqual(fm["flow"], "[a, \"b c\", \"d,e\"]")
        XCTAssertEqual(fm["nested"], "{x: 1, y: [true, null], \"z z\": \"\"}")
        XCTAssertEqual(fm["multi"], "first second")
        XCTAssertEqual(fm.entry("custom")?.location, SourceLocation(line: 6, column: 1))
    }

    func testAliasesAreResolved() throws {
        let result = split("---\na: &x foo\nb: *x\nc: &l [1, 2]\nd: *l\n---\n")
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.entries.map(\.value), ["foo", "foo", "[1, 2]", "[1, 2]"])
    }

    func testAliasBombIsRefused() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        yaml += "? *a9\n: boom\n"
        let start = Date()
        let result = split("---\n" + yaml + "---\nBody\n")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertNil(result.frontMatter)
        XCTAssertEqual(codes(result), [.frontMatterYAML])
        XCTAssertEqual(result.diagnostics.first?.severity, .error)
    }

    func testDateDiagnostics() throws {
        let text = """
            ---
            ms.date: 2020-04-27
            ms.lasthandoff: "13/01/2020"
            ---

            """
        let result = split(text)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertNil(fm.sourceDate)
        XCTAssertEqual(codes(result), [.frontMatterDate, .frontMatterDate])
        XCTAssertEqual(result.diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(result.diagnostics.map(\.location),
                       [SourceLocation(line: 2, column: 10), SourceLocation(line: 3, column: 17)])
        XCTAssertTrue(result.diagnostics[0].message.contains("2020-04-27"))
        XCTAssertTrue(result.diagnostics[0].message.contains("MM/DD/YYYY"))

        // One-digit months and days are how authors write them (12 corpus files do).
        let short = split("---\nms.date: 4/7/2020\nms.lasthandoff: 04/28/2020\n---\n")
        XCTAssertEqual(short.diagnostics, [])
        XCTAssertEqual(short.frontMatter?.sourceDate?.description, "2020-04-07")
    }

    func testLocaleDiagnostics() throws {
        let bad = split("---\nms.contentlocale: partner-center\n---\n")
        XCTAssertEqual(codes(bad), [.frontMatterLocale])
        XCTAssertEqual(bad.diagnostics.first?.severity, .warning)
        XCTAssertEqual(bad.diagnostics.first?.location, SourceLocation(line: 2, column: 19))
        XCTAssertNotNil(bad.frontMatter)

        let good = split("---\nms.contentlocale: de-de\n---\n")
        XCTAssertEqual(good.diagnostics, [])
        XCTAssertEqual(good.frontMatter?.locale?.identifier, "de-DE")
    }

    // MARK: - Hostile bytes

    func testInvalidUTF8InsideFrontMatter() throws {
        let bytes: [UInt8] = Array("---\ntitle: ".utf8) + [0xFF, 0xFE] + Array("abc\nms.date: x\n---\nBody".utf8)
        let result = split(bytes)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.title, "\u{FFFD}\u{FFFD}abc")
        XCTAssertEqual(fm.lines, 1...4)
        XCTAssertEqual(result.bodyStart, bytes.count - 4)
        XCTAssertEqual(result.diagnostics.map(\.location), [SourceLocation(line: 3, column: 10)])

        // Columns after an invalid byte still count the file's bytes.
        let error = split(Array("---\ntitle: ".utf8) + [0xFF] + Array(": b\n---\n".utf8))
        XCTAssertEqual(codes(error), [.frontMatterYAML])
        XCTAssertEqual(error.diagnostics.first?.location, SourceLocation(line: 2, column: 9))
    }

    func testNULByte() throws {
        let bytes: [UInt8] = Array("---\ntitle: a".utf8) + [0] + Array("b\n---\nBody".utf8)
        let result = split(bytes)
        XCTAssertNil(result.frontMatter)
        XCTAssertEqual(result.bodyStart, bytes.count - 4)
        XCTAssertEqual(codes(result), [.frontMatterYAML])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 2, column: 9))
        XCTAssertTrue(result.diagnostics.first?.message.contains("control characters") ?? false,
                      result.diagnostics.first?.message ?? "")
    }

    func testUnicodeLineSeparatorKeepsFilePositions() throws {
        // libyaml breaks lines at U+2028; cmark does not. Positions stay in file terms.
        let result = split("---\ntitle: a\u{2028}b: c\nauthor: d\n---\n")
        let fm = try XCTUnwrap(result.frontMatter, "\(result.diagnostics)")
        XCTAssertEqual(fm.entries.map(\.key), ["title", "b", "author"])
        XCTAssertEqual(fm.entry("b")?.location, SourceLocation(line: 2, column: 12))
        XCTAssertEqual(fm.entry("author")?.location, SourceLocation(line: 3, column: 1))
    }

    func testTabs() {
        let result = split("---\ntitle:\tA\t\nauthor: \tB\n---\n")
        XCTAssertEqual(result.frontMatter?.title, "A")
        XCTAssertEqual(result.frontMatter?["author"], "B")
        XCTAssertEqual(result.diagnostics, [])
    }

    func testArbitraryBytesNeverCrash() {
        var generator = SeededGenerator(state: 0x7017)
        let alphabet: [UInt8] = Array("-.:\n\r\t #'\"[]{},&*!|>?%@`ab1".utf8) + [0, 0xFF, 0xC3, 0xA4, 0xE2, 0x80, 0xA8, 0xEF, 0xBB, 0xBF]
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 60)
            var bytes: [UInt8] = Array("---\n".utf8)
            for _ in 0..<length { bytes.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            if generator.next() % 2 == 0 { bytes += Array("\n---\n".utf8) }
            let result = split(bytes)
            XCTAssertTrue((0...bytes.count).contains(result.bodyStart))
            for diagnostic in result.diagnostics {
                XCTAssertGreaterThanOrEqual(diagnostic.location.line, 1)
                XCTAssertGreaterThanOrEqual(diagnostic.location.column, 1)
            }
            if let fm = result.frontMatter {
                // The body starts just after a line ending, or at the end.
                XCTAssertTrue(result.bodyStart == bytes.count
                    || bytes[result.bodyStart - 1] == 0x0A || bytes[result.bodyStart - 1] == 0x0D)
                XCTAssertEqual(fm.lines.lowerBound, 1)
                XCTAssertGreaterThanOrEqual(fm.lines.upperBound, 2)
                for entry in fm.entries { XCTAssertTrue(fm.lines.contains(entry.location.line)) }
            }
            if let utf8 = String(bytes: bytes, encoding: .utf8), let fm = result.frontMatter {
                XCTAssertTrue(utf8.hasPrefix(fm.raw))
            }
        }
    }

    func testSameResultsOnManyThreads() throws {
        let paths = ["sv-SE/add-a-new-customer.2020-04-27.md", "de-DE/customer-accounts.2020-04-07.md",
                     "de-DE/add-a-new-customer.2019-11-13.md", "zh-CN/add-a-new-customer.2019-03-21.md",
                     "nl-NL/add-a-new-customer.2021-04-27.md"]
        let inputs = try paths.map(seed) + [Array("---\ntitle: A\ntitle: B\n---\n".utf8),
                                            Array("---\ntitle: a: b\n---\n".utf8)]
        let serial = inputs.map { split($0) }
        let results = Results(count: inputs.count * 8)
        DispatchQueue.concurrentPerform(iterations: inputs.count * 8) { index in
            let result = FrontMatterParser.split(inputs[index % inputs.count])
            results.set(index, result)
        }
        for index in 0..<inputs.count * 8 {
            let result = try XCTUnwrap(results.get(index))
            XCTAssertEqual(result.frontMatter, serial[index % inputs.count].frontMatter)
            XCTAssertEqual(result.diagnostics, serial[index % inputs.count].diagnostics)
            XCTAssertEqual(result.bodyStart, serial[index % inputs.count].bodyStart)
        }
    }

    func testHugeFrontMatter() throws {
        var text = "---\n"
        for index in 0..<50_000 { text += "key\(index): value number \(index)\n" }
        text += "---\nBody\n"
        let start = Date()
        let result = split(text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        let fm = try XCTUnwrap(result.frontMatter)
        XCTAssertEqual(fm.entries.count, 50_000)
        XCTAssertEqual(fm.entries.last?.location, SourceLocation(line: 50_001, column: 1))
        XCTAssertEqual(fm.lines, 1...50_002)

        // Unclosed and huge: linear, one diagnostic.
        let unclosed = split("---\n" + String(repeating: "x: y\n", count: 200_000))
        XCTAssertEqual(codes(unclosed), [.frontMatterUnclosed])
    }

    // MARK: - The whole corpus

    func testEveryCorpusFile() throws {
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(
            at: Self.corpus, includingPropertiesForKeys: nil))
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "md" { files.append(url) }
        files.sort { $0.path < $1.path }
        XCTAssertGreaterThanOrEqual(files.count, 1_400)

        var missing: [String] = []
        var capitalised = 0
        var withEntries = 0
        var sequences = 0
        var legacyTranslationType = 0
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            let relative = String(url.path.dropFirst(Self.corpus.path.count + 1))
            let result = split(bytes)
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let text = String(decoding: bytes[bom...], as: UTF8.self)
            if let fm = result.frontMatter {
                XCTAssertTrue(text.hasPrefix(fm.raw), relative)
                assertReassembles(bytes, result)
                withEntries += fm.entries.isEmpty ? 0 : 1
                if fm.entries.contains(where: { $0.key == "Description" }) { capitalised += 1 }
                if fm["ms.custom"] == "[announcement, references_regions]" { sequences += 1 }
                // Old history versions say `translationtype: Human Translation`, no `ms.` prefix.
                if fm.entries.contains(where: { $0.key == "translationtype" }) {
                    legacyTranslationType += 1
                    XCTAssertNil(fm.translationType, relative)
                    XCTAssertNil(fm.locale, relative)
                }
                for entry in fm.entries { XCTAssertEqual(entry.location.column, 1, relative) }
                XCTAssertNotNil(fm.title, relative)
            }
            XCTAssertFalse(result.diagnostics.contains { $0.code == .frontMatterYAML }, relative)
            XCTAssertFalse(result.diagnostics.contains { $0.severity == .error },
                           "\(relative): \(result.diagnostics)")
            if result.diagnostics.contains(where: { $0.code == .frontMatterMissing }) { missing.append(relative) }
            // Nothing else is wrong with the corpus front matter.
            XCTAssertTrue(result.diagnostics.allSatisfy { $0.code == .frontMatterMissing },
                          "\(relative): \(result.diagnostics)")
        }
        // The announcement tables of contents are Markdown only.
        XCTAssertEqual(missing, [
            "partner-center-mt/de-DE/partner-center/announcements/TOC.md",
            "partner-center-sxs/de-DE/partner-center/announcements/TOC.md",
            "partner-center-sxs/sv-SE/partner-center/announcements/TOC.md",
            "partner-center-sxs/zh-CN/partner-center/announcements/TOC.md",
        ])
        XCTAssertEqual(withEntries, files.count - 4)
        XCTAssertEqual(capitalised, 44)
        XCTAssertEqual(sequences, 16) // the 2021 announcements: a block sequence
        XCTAssertEqual(legacyTranslationType, 6)
    }
}

/// Results written from many threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [FrontMatterSplit?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: FrontMatterSplit) { lock.withLock { storage[index] = value } }
    func get(_ index: Int) -> FrontMatterSplit? { lock.withLock { storage[index] } }
}


