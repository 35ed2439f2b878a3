import Foundation
import TolkModel
import TolkParser
import XCTest

/// Bad input, each case: a clear diagnostic at the right line:column with the
/// right code, the rest of the file still read, no crash.
final class BadInputTests: XCTestCase {
    // MARK: - Helpers

    /// A well-formed side-by-side pair.
    static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }

    private func pair(_ id: String, _ target: String, _ source: String) -> String {
        Self.pair(id, target, source)
    }

    private func parse(_ text: String, path: String = "bad.md") -> Document {
        DocumentParser().parse(text, path: path)
    }

    private func parse(_ bytes: [UInt8], path: String = "bad.md") -> Document {
        DocumentParser().parse(Data(bytes), path: path)
    }

    /// Independent count: how often `data-ttu-id` occurs in the bytes.
    static func ttuCount(_ bytes: [UInt8]) -> Int {
        let needle = Array("data-ttu-id".utf8)
        guard bytes.count >= needle.count else { return 0 }
        var count = 0
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle {
                count += 1
                i += needle.count
            } else {
                i += 1
            }
        }
        return count
    }

    /// Invariant 1: every `data-ttu-id` is a segment or one diagnostic that says why not.
    private func assertNothingLost(_ document: Document, _ bytes: [UInt8], _ label: String = "",
                                   file: StaticString = #filePath, line: UInt = #line) {
        let unpaired = document.diagnostics.filter { DiagnosticCode.unpairedTarget.contains($0.code) }.count
        XCTAssertEqual(Self.ttuCount(bytes), document.segments.count + unpaired,
                       "nothing lost \(label): ttu=\(Self.ttuCount(bytes)) segments=\(document.segments.count) unpaired-diagnostics=\(unpaired)",
                       file: file, line: line)
    }

    private func diagnostics(_ document: Document, _ code: DiagnosticCode) -> [Diagnostic] {
        document.diagnostics.filter { $0.code == code }
    }

    private func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(line: line, column: column)
    }

    /// Every heading's plain text, in order.
    private func headings(_ document: Document) -> [String] {
        document.blocks.compactMap { block in
            if case .heading(_, _, let content) = block.kind {
                return content.plainText { document.segments[$0].rawTarget }
            }
            return nil
        }
    }

    /// The block tree (not the layout) as JSON: to check content is kept in the model.
    private func blocksJSON(_ document: Document) throws -> String {
        String(decoding: try JSONEncoder().encode(document.blocks), as: UTF8.self)
    }

    /// Where each `.segment` inline of the top-level paragraphs sits, by segment index.
    private func segmentInlineLocations(_ document: Document) -> [Int: SourceLocation] {
        var found: [Int: SourceLocation] = [:]
        for block in document.blocks {
            guard case .paragraph(let inlines) = block.kind else { continue }
            for inline in inlines {
                if case .segment(let index) = inline.kind { found[index] = inline.location }
            }
        }
        return found
    }

    /// Runs `body` on a thread with a small stack and waits for it.
    private func onSmallStack<T: Sendable>(_ stackSize: Int = 512 * 1024, _ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return box.value!
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private let frontMatter = "---\ntitle: Test\nms.contentlocale: de-DE\n---\n"

    // MARK: - Bytes

    func testInvalidUTF8() {
        let head = frontMatter
            + "# " + pair("a-1", "Titel", "Title") + "\n"    // 5
            + "\n"                                              // 6
        var bytes = Array(head.utf8)
        bytes += Array("Bad ".utf8) + [0xFF, 0xFE] + Array((" " + pair("a-2", "Hier", "Here") + " end.\n").utf8) // 7
        bytes += Array(("\n" + pair("a-3", "Weiter", "Further") + "\n").utf8)   // 8, 9
        let document = parse(bytes)

        let invalid = diagnostics(document, .invalidUTF8)
        XCTAssertEqual(invalid.map(\.location), [loc(7, 5)])
        XCTAssertEqual(invalid.first?.severity, .error)
        XCTAssertFalse(invalid.first?.message.isEmpty ?? true)
        XCTAssertEqual(document.segments.map(\.id), ["a-1", "a-2", "a-3"])
        XCTAssertEqual(document.segments.map(\.location), [loc(5, 3), loc(7, 8), loc(9, 1)])
        XCTAssertEqual(segmentInlineLocations(document), [1: loc(7, 8), 2: loc(9, 1)])
        XCTAssertEqual(document.frontMatter?.title, "Test")
        XCTAssertEqual(headings(document), ["Titel"])
        XCTAssertEqual(document.byteCount, bytes.count)
        assertNothingLost(document, bytes)
    }

    func testNULBytes() {
        var bytes = Array((frontMatter + "# Kopf\n\n").utf8)                 // 1-6
        bytes += Array("Text".utf8) + [0] + Array((" " + pair("a-1", "Eins", "One") + "\n").utf8) // 7
        bytes += Array(("\n" + pair("a-2", "Zwei", "Two") + "\n").utf8)       // 8, 9
        let document = parse(bytes)

        XCTAssertEqual(diagnostics(document, .nulByte).map(\.location), [loc(7, 5)])
        XCTAssertEqual(document.segments.map(\.id), ["a-1", "a-2"])
        // Columns count bytes: "Text" NUL " " then the pair at byte 7.
        XCTAssertEqual(document.segments.map(\.location), [loc(7, 7), loc(9, 1)])
        // The model's inline node for the pair says the same (cmark widens NUL to U+FFFD; columns must not shift).
        XCTAssertEqual(segmentInlineLocations(document), [0: loc(7, 7), 1: loc(9, 1)])
        XCTAssertEqual(headings(document), ["Kopf"])
        XCTAssertEqual(Array(document.render(.original).utf8), bytes)
        assertNothingLost(document, bytes)
    }

    func testBOMWithFrontMatter() {
        let text = "---\ntitle: Mit BOM\nms.contentlocale: sv-SE\n---\n# Rubrik\n\n" + pair("b-1", "Hej", "Hello") + "\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let document = parse(bytes)

        XCTAssertEqual(document.diagnostics, [])
        XCTAssertEqual(document.frontMatter?.title, "Mit BOM")
        XCTAssertEqual(document.locale, LocaleTag("sv-SE"))
        XCTAssertEqual(document.localeOrigin, .frontMatter)
        XCTAssertEqual(headings(document), ["Rubrik"])
        XCTAssertEqual(document.blocks.first?.location, loc(5, 1))
        XCTAssertEqual(document.segments.map(\.location), [loc(7, 1)])
        XCTAssertEqual(Array(document.render(.original).utf8), bytes, "BOM must be kept in the original view")
        XCTAssertEqual(document.byteCount, bytes.count)
    }

    func testBOMWithoutFrontMatter() {
        let text = "# Rubrik\n\nText " + pair("b-1", "Hej", "Hello") + "\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let document = parse(bytes)

        XCTAssertEqual(document.diagnostics.map(\.code), [.frontMatterMissing])
        XCTAssertEqual(document.diagnostics.first?.location, loc(1, 1))
        guard case .heading(let level, _, let content)? = document.blocks.first?.kind else {
            return XCTFail("the first block is not a heading: \(String(describing: document.blocks.first))")
        }
        XCTAssertEqual(level, 1)
        XCTAssertEqual(content.plainText(), "Rubrik")
        // cmark skips the BOM: line 1's columns start after it.
        XCTAssertEqual(document.blocks.first?.location, loc(1, 1))
        XCTAssertEqual(content.first?.location, loc(1, 3))
        XCTAssertEqual(document.segments.map(\.location), [loc(3, 6)])
        XCTAssertEqual(Array(document.render(.original).utf8), bytes)
    }

    func testCRLF() {
        let text = "---\r\ntitle: CRLF\r\nms.contentlocale: nl-NL\r\n---\r\n"      // 1-4
            + "# " + pair("c-1", "Kop", "Heading") + "\r\n"                       // 5
            + "\r\n"                                                              // 6
            + pair("c-2", "Eerste **zin**.", "First **sentence**.") + "\r\n"      // 7
            + "\r\n"                                                              // 8
            + "1. " + pair("c-3", "Stap een.", "Step one.") + "\r\n"              // 9
            + "2. " + pair("c-4", "Stap twee.", "Step two.") + "\r\n"             // 10
        let bytes = Array(text.utf8)
        let document = parse(bytes)

        XCTAssertEqual(document.diagnostics, [])
        XCTAssertEqual(document.frontMatter?.title, "CRLF")
        XCTAssertEqual(document.segments.map(\.id), ["c-1", "c-2", "c-3", "c-4"])
        XCTAssertEqual(document.segments.map(\.location), [loc(5, 3), loc(7, 1), loc(9, 4), loc(10, 4)])
        XCTAssertEqual(Array(document.render(.original).utf8), bytes)
        let target = document.render(.target)
        XCTAssertTrue(target.utf8.contains(0x0D), "target view lost the CRs")
        XCTAssertTrue(target.contains("\r\n"))
        XCTAssertEqual(target, "---\r\ntitle: CRLF\r\nms.contentlocale: nl-NL\r\n---\r\n# Kop\r\n\r\nEerste **zin**.\r\n\r\n"
                       + "1. Stap een.\r\n2. Stap twee.\r\n")
        XCTAssertFalse(target.contains("data-ttu-id"))
        assertNothingLost(document, bytes)
    }

    // MARK: - Front matter

    func testFrontMatterUnclosed() {
        let text = "---\ntitle: Offen\nms.contentlocale: de-DE\n\n# Erste Überschrift\n\nText " + pair("f-1", "Eins", "One")
            + "\n\n## Zweite Überschrift\n"
        let document = parse(text)

        let unclosed = diagnostics(document, .frontMatterUnclosed)
        XCTAssertEqual(unclosed.map(\.location), [loc(1, 1)])
        XCTAssertEqual(unclosed.first?.severity, .error)
        XCTAssertNil(document.frontMatter)
        XCTAssertEqual(headings(document), ["Erste Überschrift", "Zweite Überschrift"])
        XCTAssertEqual(document.segments.map(\.location), [loc(7, 6)])
        XCTAssertEqual(document.render(.original), text)
    }

    func testMalformedYAML() {
        let text = "---\ntitle: [unclosed\nms.date: 01/01/2020\n---\n# Überschrift\n\n" + pair("y-1", "Eins", "One") + "\n"
        let document = parse(text)

        let yaml = diagnostics(document, .frontMatterYAML)
        XCTAssertEqual(yaml.count, 1)
        let line = yaml.first?.location.line ?? 0
        XCTAssertTrue((2...3).contains(line), "YAML error on line \(line), not inside the front matter (lines 2-3)")
        XCTAssertEqual(yaml.first?.severity, .error)
        XCTAssertEqual(headings(document), ["Überschrift"])
        XCTAssertEqual(document.blocks.first?.location, loc(5, 1))
        XCTAssertEqual(document.segments.map(\.location), [loc(7, 1)])
        XCTAssertEqual(document.render(.original), text)
    }

    // MARK: - Span pairs

    /// One fixture per pair problem, each with a well-formed pair beside it.
    func testUnpairedTarget() {
        let text = frontMatter
            + pair("s-1", "Gut", "Good") + "\n"                         // 5
            + "\n"
            + "Vorher <span data-ttu-id=\"s-2\">Nur Ziel</span> und mehr.\n"   // 7
        let document = parse(text)

        let problems = diagnostics(document, .spanUnpaired)
        XCTAssertEqual(problems.map(\.location), [loc(7, 8)])
        XCTAssertEqual(problems.first?.segmentID, "s-2")
        XCTAssertEqual(problems.first?.severity, .error)
        XCTAssertEqual(document.segments.map(\.id), ["s-1"])
        XCTAssertEqual(document.segments.map(\.location), [loc(5, 1)])
        XCTAssertEqual(document.render(.original), text)
        assertNothingLost(document, Array(text.utf8))
    }

    func testOrphanSource() {
        let text = frontMatter
            + pair("s-1", "Gut", "Good") + "\n"                         // 5
            + "\n"
            + "Nur <span class=\"sxs-lookup\"><span data-stu-id=\"s-2\">Only source</span></span>\n"   // 7
        let document = parse(text)

        let problems = diagnostics(document, .spanOrphanSource)
        // The `<span data-stu-id` tag: after "Nur " (4) and the 25-byte lookup tag.
        XCTAssertEqual(problems.map(\.location), [loc(7, 30)])
        XCTAssertEqual(problems.first?.segmentID, "s-2")
        XCTAssertEqual(document.segments.map(\.id), ["s-1"])
        XCTAssertEqual(document.render(.original), text)
        assertNothingLost(document, Array(text.utf8))
    }

    func testMismatchedIDs() {
        let text = frontMatter
            + pair("s-1", "Gut", "Good") + "\n"                         // 5
            + "\n"
            + "<span data-ttu-id=\"a-1\">Ziel</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-2\">Source</span></span>\n" // 7
        let document = parse(text)

        let problems = diagnostics(document, .spanIDMismatch)
        // At the source tag: 24 + 4 + 7 + 25 bytes in.
        XCTAssertEqual(problems.map(\.location), [loc(7, 61)])
        XCTAssertEqual(problems.first?.segmentID, "a-1")
        XCTAssertEqual(document.segments.map(\.id), ["s-1", "a-1"])
        XCTAssertEqual(document.segments.last?.sourceID, "a-2")
        XCTAssertEqual(document.render(.original), text)
        assertNothingLost(document, Array(text.utf8))
    }

    func testDuplicateID() {
        let text = frontMatter
            + pair("s-1", "Gut", "Good") + "\n"                         // 5
            + "\n"
            + "- " + pair("s-1", "Nochmal", "Again") + "\n"              // 7
        let document = parse(text)

        let problems = diagnostics(document, .spanIDDuplicate)
        XCTAssertEqual(problems.map(\.location), [loc(7, 3)])
        XCTAssertEqual(problems.first?.segmentID, "s-1")
        XCTAssertEqual(document.segments.map(\.id), ["s-1", "s-1"])
        XCTAssertEqual(document.render(.original), text)
        assertNothingLost(document, Array(text.utf8))
    }

    func testNestedSpan() {
        let text = frontMatter
            + pair("s-1", "Gut", "Good") + "\n"                         // 5
            + "\n"
            + "Text <span data-ttu-id=\"s-2\">Außen " + pair("s-3", "Innen", "Inner") + "</span>\n"   // 7
        let document = parse(text)

        let problems = diagnostics(document, .spanNested)
        XCTAssertEqual(problems.map(\.location), [loc(7, 6)])
        XCTAssertEqual(problems.first?.segmentID, "s-2")
        XCTAssertTrue(document.segments.map(\.id).contains("s-1"))
        XCTAssertEqual(document.segments.first?.location, loc(5, 1))
        XCTAssertEqual(document.render(.original), text)
        assertNothingLost(document, Array(text.utf8))
    }

    /// All pair problems in one file: each reported once, the good pairs kept.
    func testAllPairProblemsTogether() {
        let text = frontMatter
            + "# " + pair("m-1", "Kopf", "Head") + "\n"                                   // 5
            + "\n"
            + "<span data-ttu-id=\"m-2\">Allein</span>\n"                                 // 7
            + "\n"
            + "<span class=\"sxs-lookup\"><span data-stu-id=\"m-3\">Alone</span></span>\n" // 9
            + "\n"
            + "- <span data-ttu-id=\"m-4\">X</span><span class=\"sxs-lookup\"><span data-stu-id=\"m-5\">Y</span></span>\n" // 11
            + "- " + pair("m-1", "Doppelt", "Twice") + "\n"                               // 12
            + "\n"
            + "> <span data-ttu-id=\"m-6\">A " + pair("m-7", "B", "B") + "</span>\n"      // 14
            + "\n"
            + pair("m-8", "Ende", "End") + "\n"                                           // 16
        let document = parse(text)

        XCTAssertEqual(diagnostics(document, .spanUnpaired).map(\.location), [loc(7, 1)])
        XCTAssertEqual(diagnostics(document, .spanOrphanSource).map(\.location), [loc(9, 26)])
        XCTAssertEqual(diagnostics(document, .spanIDMismatch).map(\.location), [loc(11, 60)])
        XCTAssertEqual(diagnostics(document, .spanIDDuplicate).map(\.location), [loc(12, 3)])
        XCTAssertEqual(diagnostics(document, .spanNested).map(\.location), [loc(14, 3)])
        let ids = document.segments.map(\.id)
        for id in ["m-1", "m-4", "m-8"] { XCTAssertTrue(ids.contains(id), "\(id) missing from \(ids)") }
        XCTAssertEqual(headings(document), ["Kopf"])
        XCTAssertEqual(document.render(.original), text)
        assertNothingLost(document, Array(text.utf8))
    }

    /// A span problem after bytes or container prefixes that cmark does not
    /// count as the file does (tabs, NUL, invalid UTF-8 in HTML, block-quote
    /// markers, indentation): reported once, at the tag's byte column.
    /// Found by `testRandomBytes`; each input is minimal.
    func testSpanProblemPositionsAfterTabsNULsAndContainers() {
        let cases: [(input: [UInt8], expected: [(DiagnosticCode, SourceLocation)])] = [
            // NUL earlier on the line (cmark widens it to U+FFFD).
            (Array("Text".utf8) + [0] + Array(" <span data-ttu-id=\"r-1\">x</span> y\n".utf8), [(.spanUnpaired, loc(1, 7))]),
            ([0] + Array("<span data-ttu-id=\"r-1\">\n".utf8), [(.spanUnpaired, loc(1, 2))]),
            // NUL inside the id: the tag as cmark gives it is not the tag in the bytes.
            (Array("A <span data-ttu-id=\"a".utf8) + [0] + Array("b\">x</span> y\n".utf8), [(.spanUnpaired, loc(1, 3))]),
            // Invalid UTF-8 earlier on a line of an HTML block.
            (Array("<td>".utf8) + [0xBF] + Array("<span data-ttu-id=\"e-1\">x</span></td>\n".utf8), [(.spanUnpaired, loc(1, 6))]),
            (Array("<div>".utf8) + [0xBF] + Array("<span data-ttu-id=\"e-1\">x</span></div>\n".utf8), [(.spanUnpaired, loc(1, 7))]),
            // A tab before the tag on a paragraph's continuation line (a tab is one byte, one column).
            (Array("a\n\t<span data-ttu-id=\"r-1\">Nur</span> b\n".utf8), [(.spanUnpaired, loc(2, 2))]),
            // An HTML block indented by one space.
            (Array(" <span data-ttu-id=\"r-1\">\n".utf8), [(.spanUnpaired, loc(1, 2))]),
            // An HTML block inside a block quote: the second line's `> ` prefix.
            (Array("> <span data-ttu-id=\"r-1\">\n> <span data-ttu-id=\"r-2\">\n".utf8),
             [(.spanNested, loc(1, 3)), (.spanUnpaired, loc(2, 3))]),
        ]
        for (input, expected) in cases {
            let document = parse(input)
            let label = Self.escaped(input)
            let pairDiagnostics = document.diagnostics
                .filter { DiagnosticCode.unpairedTarget.contains($0.code) || $0.code == .spanOrphanSource }
                .map { "\($0.code.rawValue)@\($0.location)" }
            XCTAssertEqual(pairDiagnostics, expected.map { "\($0.0.rawValue)@\($0.1)" }, label)
            assertNothingLost(document, input, label)
        }
    }

    /// The text `data-ttu-id` outside any tag is an occurrence too: it gets
    /// its diagnostic wherever it stands, also right after a tag or inside a pair.
    func testLiteralDataTTUIDTextIsAccountedFor() {
        let inputs = [
            "Text data-ttu-id more\n",
            "<span data-ttu-id=\"r-1\">data-ttu-id\n",
            "<span data-ttu-id=\"data-ttu-id\">\n",
            pair("r-9", "Das `data-ttu-id` Attribut", "S") + "\n",
            pair("r-9", "Ziel", "The `data-ttu-id` attribute") + "\n",
        ]
        for input in inputs {
            let document = parse(input)
            assertNothingLost(document, Array(input.utf8), input)
        }
    }

    // MARK: - Deep nesting

    private func assertDeep(_ text: String, marker: String, label: String,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let result = onSmallStack { () -> (Document, Data?, String?) in
            let document = DocumentParser().parse(text, path: "deep.md")
            do {
                return (document, try JSONEncoder().encode(document), nil)
            } catch {
                return (document, nil, "\(error)")
            }
        }
        let (document, json, encodingError) = result
        XCTAssertNil(encodingError, "\(label): JSON encoding failed", file: file, line: line)
        XCTAssertNotNil(json, file: file, line: line)
        XCTAssertEqual(diagnostics(document, .nestingTooDeep).count, 1,
                       "\(label): no nesting-too-deep warning: \(document.diagnostics.map(\.code))", file: file, line: line)
        XCTAssertEqual(diagnostics(document, .nestingTooDeep).first?.severity, .warning, file: file, line: line)
        XCTAssertTrue(try blocksJSON(document).contains(marker),
                      "\(label): the deepest text \"\(marker)\" is not in the block tree", file: file, line: line)
        XCTAssertEqual(document.render(.original), text, "\(label): original view", file: file, line: line)
    }

    func testDeepBlockQuotes() throws {
        let text = String(repeating: ">", count: 10_000) + " deepmarker text\n"
        try assertDeep(text, marker: "deepmarker", label: "block quotes")
        let document = parse(text)
        XCTAssertEqual(diagnostics(document, .nestingTooDeep).first?.location.line, 1)
        XCTAssertTrue(try blocksJSON(document).contains("truncated"), "no truncated block")
    }

    func testDeepBlockQuotesOnLines() throws {
        // Each line one level deeper.
        let text = (1...10_000).map { String(repeating: "> ", count: $0) + "q\($0)" }.joined(separator: "\n") + "\n"
        try assertDeep(text, marker: "q10000", label: "block quotes on lines")
    }

    func testDeepBulletListIndented() throws {
        // Each line indented two more spaces: ~100 MB of spaces.
        var text = ""
        text.reserveCapacity(101_000_000)
        for depth in 0..<10_000 {
            text += String(repeating: " ", count: 2 * depth) + "- item\(depth)\n"
        }
        try assertDeep(text, marker: "item9999", label: "indented bullet list")
    }

    func testDeepBulletListOnOneLine() throws {
        let text = String(repeating: "- ", count: 10_000) + "deepmarker\n"
        try assertDeep(text, marker: "deepmarker", label: "bullet list on one line")
    }

    func testDeepOrderedList() throws {
        let text = String(repeating: "1. ", count: 10_000) + "deepmarker\n"
        try assertDeep(text, marker: "deepmarker", label: "ordered list on one line")
    }

    func testDeepEmphasis() throws {
        let text = String(repeating: "*", count: 10_000) + "deepmarker" + String(repeating: "*", count: 10_000) + "\n"
        try assertDeep(text, marker: "deepmarker", label: "emphasis")
    }

    func testDeepNestedImages() throws {
        // `[` nests only as link/image text; images may contain images.
        let text = String(repeating: "![", count: 10_000) + "deepmarker" + String(repeating: "](u)", count: 10_000) + "\n"
        try assertDeep(text, marker: "deepmarker", label: "nested images")
    }

    func testDeepBrackets() throws {
        // Plain brackets: no nesting for cmark, but must not crash or lose text.
        let text = String(repeating: "[", count: 10_000) + "deepmarker" + String(repeating: "]", count: 10_000) + "\n"
        let document = onSmallStack { DocumentParser().parse(text, path: "deep.md") }
        XCTAssertTrue(try blocksJSON(document).contains("deepmarker"))
        XCTAssertEqual(document.render(.original), text)
        XCTAssertNoThrow(try JSONEncoder().encode(document))
    }

    func testDeepNestingWithPairs() throws {
        // A pair at the bottom of 10,000 quotes: not lost without a word.
        let text = String(repeating: ">", count: 10_000) + " " + pair("d-1", "Tief", "Deep") + "\n\n" + pair("d-2", "Flach", "Flat") + "\n"
        let document = onSmallStack { DocumentParser().parse(text, path: "deep.md") }
        XCTAssertEqual(diagnostics(document, .nestingTooDeep).count, 1)
        XCTAssertTrue(document.segments.map(\.id).contains("d-2"))
        XCTAssertEqual(document.render(.original), text)
        assertNothingLost(document, Array(text.utf8))
    }

    // MARK: - Empty and huge

    func testEmptyFile() {
        for bytes in [[], [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            let document = parse(bytes, path: "empty.md")
            let codes = Set(document.diagnostics.map(\.code))
            XCTAssertTrue(codes.contains(.empty), "no file-empty diagnostic for \(bytes): \(codes)")
            XCTAssertTrue(codes.isSubset(of: [.empty, .frontMatterMissing]), "\(codes)")
            XCTAssertEqual(diagnostics(document, .empty).first?.location, loc(1, 1))
            XCTAssertEqual(document.blocks.count, 0)
            XCTAssertEqual(document.segments.count, 0)
            XCTAssertEqual(document.byteCount, bytes.count)
            XCTAssertEqual(Array(document.render(.original).utf8), bytes)
        }
        let fromString = parse("")
        XCTAssertEqual(fromString.blocks.count, 0)
    }

    func testFiftyMegabyteFile() throws {
        var text = "---\ntitle: Big\nms.contentlocale: de-DE\n---\n# Big\n\n"
        text.reserveCapacity(53_000_000)
        var pairs = 0
        var paragraph = 0
        func next(_ target: String, _ source: String) -> String {
            pairs += 1
            return pair("b\(paragraph % 7)-\(pairs)", target, source)
        }
        while text.utf8.count < 50 * 1024 * 1024 {
            paragraph += 1
            switch paragraph % 4 {
            case 0:
                text += "## " + next("Abschnitt \(paragraph)", "Section \(paragraph)") + "\n\n"
            case 1:
                text += next("Wählen Sie **Kunden** aus, um fortzufahren.", "Select **Customers** to continue.") + " "
                    + next("Siehe [Hilfe](https://example.com/help).", "See [Help](https://example.com/help).") + "\n\n"
            case 2:
                text += "1. " + next("Geben Sie den `Namen` ein.", "Enter the `name`.") + "\n2. "
                    + next("Speichern.", "Save.") + "\n\n"
            default:
                text += "> [!NOTE]\n> " + next("Ab dem 1. Januar 2020 gilt die neue Vereinbarung.",
                                                "As of January 1, 2020 the new agreement applies.") + "\n\n"
            }
        }
        let data = Data(text.utf8)
        XCTAssertGreaterThanOrEqual(data.count, 50 * 1024 * 1024)
        let start = Date()
        let document = DocumentParser().parse(data, path: "big.md")
        let parseTime = Date().timeIntervalSince(start)
        XCTAssertEqual(document.segments.count, pairs)
        XCTAssertEqual(document.diagnostics, [])
        XCTAssertEqual(document.byteCount, data.count)
        XCTAssertEqual(document.locale, LocaleTag("de-DE"))
        XCTAssertTrue(document.render(.original) == text, "original view differs from the 50 MB input")
        print("BadInputTests.testFiftyMegabyteFile: \(data.count) bytes, \(pairs) pairs, parse \(String(format: "%.1f", parseTime)) s")
    }

    // MARK: - Loading a directory

    func testDirectoryWithUnreadableFiles() throws {
        let dir = try temporaryDirectory()
        let good = "---\ntitle: Gut\nms.contentlocale: de-DE\n---\n# Kopf\n\n" + pair("g-1", "Eins", "One") + "\n"
        try Data(good.utf8).write(to: dir.appendingPathComponent("a-good.md"))
        try Data(good.utf8).write(to: dir.appendingPathComponent("z-good.md"))
        // Runs as root, so chmod 000 would still be readable: a dangling symlink cannot be read by anyone.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("broken.md").path,
                                                   withDestinationPath: "/nonexistent/tolk-\(UUID().uuidString)")
        // A directory that looks like a Markdown file.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.md"), withIntermediateDirectories: false)

        let (files, errors) = ContentLoader.markdownFiles(in: [dir.path])
        XCTAssertEqual(errors.count, 0, "\(errors)")
        let names = files.map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(names, ["a-good.md", "broken.md", "z-good.md"])

        let documents = ContentLoader(jobs: 2).map(files) { $0 }
        XCTAssertEqual(documents.map { ($0.path as NSString).lastPathComponent }, names)
        let broken = documents[1]
        XCTAssertEqual(broken.diagnostics.map(\.code), [.unreadable])
        XCTAssertEqual(broken.diagnostics.first?.severity, .error)
        XCTAssertEqual(broken.diagnostics.first?.location, loc(1, 1))
        XCTAssertTrue(broken.diagnostics.first?.formatted(path: broken.path).contains("broken.md:1:1: error:") ?? false)
        XCTAssertEqual(broken.blocks.count, 0)
        for document in [documents[0], documents[2]] {
            XCTAssertEqual(document.diagnostics, [])
            XCTAssertEqual(document.segments.map(\.id), ["g-1"])
            XCTAssertEqual(document.render(.original), good)
        }

        // Loading a directory named like a file, directly: an unreadable document, no crash.
        let folder = ContentLoader(jobs: 1).load(dir.appendingPathComponent("folder.md").path)
        XCTAssertEqual(folder.diagnostics.map(\.code), [.unreadable])
        XCTAssertEqual(folder.blocks.count, 0)
    }

    // MARK: - Random bytes


    func testRandomBytes() {
        let pieces: [[UInt8]] = [
            "*", "**", "_", "`", "```\n", "~~~", "[", "]", "(", ")", "](", "![", "#", "## ", "> ", ">", "- ", "* ", "1. ",
            "2) ", "\n", "\n\n", "\r\n", "\r", " ", "    ", "\t", "|", " | ", "|---|---|\n", "---\n", "---", "...\n",
            "title: x\n", "ms.contentlocale: de-DE\n", ": ", "[!NOTE]", "> [!TIP]\n> ", "<", ">", "/", "\"", "=",
            "<span data-ttu-id=\"r-1\">", "<span data-ttu-id=\"r-2\">", "<span data-ttu-id=\"", "</span>",
            "<span class=\"sxs-lookup\">", "<span data-stu-id=\"r-1\">", "<span data-stu-id=\"r-2\">", "data-ttu-id",
            "</span></span>", "<span", "<table><tr><td>", "</td><td>", "</td></tr></table>\n", "<a name=\"x\"></a>",
            ":::image type=\"content\" source=\"a.png\" alt-text=\"", ":::image", "\":::", ":::no-loc text=\"",
            "[!INCLUDE[t](p.md)]", "<!-- ", " -->", "&amp;", "text", "Wort", "ä", "中文", "😀",
            Self.pair("r-3", "Ziel", "Source"), Self.pair("r-4", "**Fett** und `Code`", "**Bold** and `code`"),
            Self.pair("r-5", "[Link](u)", "[Link](u)"),
        ].map { Array($0.utf8) } + [[0xFF], [0xFE], [0x00], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x80]]

        var generator = SeededGenerator(state: 20_240_601)
        var lost: [String] = []
        var outside: [String] = []
        for round in 0..<500 {
            var bytes: [UInt8] = []
            let count = Int.random(in: 0...200, using: &generator)
            for _ in 0..<count {
                if Int.random(in: 0..<10, using: &generator) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                } else {
                    bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                }
            }
            let document = DocumentParser().parse(Data(bytes), path: "random-\(round).md")
            let unpaired = document.diagnostics.filter { DiagnosticCode.unpairedTarget.contains($0.code) }.count
            if Self.ttuCount(bytes) != document.segments.count + unpaired {
                lost.append("round \(round): ttu=\(Self.ttuCount(bytes)) segments=\(document.segments.count) "
                            + "unpaired-diagnostics=\(unpaired) input=\(Self.escaped(bytes))")
            }
            XCTAssertEqual(document.byteCount, bytes.count, "round \(round)")
            XCTAssertNoThrow(try JSONEncoder().encode(document), "round \(round)")
            // Lossless whenever the bytes can be a Swift string at all.
            if String(validating: bytes, as: UTF8.self) != nil {
                XCTAssertEqual(Array(document.render(.original).utf8), bytes, "round \(round): original view differs")
            }
            // Every diagnostic points into the file: an existing line, at most one past its last byte.
            let lengths = Self.lineLengths(bytes)
            for diagnostic in document.diagnostics {
                let line = diagnostic.location.line, column = diagnostic.location.column
                guard line >= 1, line <= lengths.count, column >= 1, column <= lengths[line - 1] + 1 else {
                    outside.append("round \(round): \(diagnostic.code.rawValue) at \(diagnostic.location), "
                                   + "line lengths \(lengths.prefix(line)) input=\(Self.escaped(bytes))")
                    continue
                }
            }
        }
        XCTAssertEqual(lost.count, 0, "nothing lost fails in \(lost.count) of 500 rounds; first:\n" + lost.prefix(8).joined(separator: "\n"))
        XCTAssertEqual(outside.count, 0, "\(outside.count) diagnostics point outside the file; first:\n" + outside.prefix(8).joined(separator: "\n"))
    }

    /// Bytes as a Swift-like literal, for failure messages.
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = "\""
        for byte in bytes {
            switch byte {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x20..<0x7F: out += String(UnicodeScalar(byte))
            default: out += String(format: "\\x%02X", byte)
            }
        }
        return out + "\""
    }

    /// The length in bytes of each line (LF, CRLF or CR end a line); line 1 after a BOM.
    static func lineLengths(_ bytes: [UInt8]) -> [Int] {
        var lengths: [Int] = []
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var start = i
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                lengths.append(i - start)
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        lengths.append(bytes.count - start)
        return lengths
    }
}

/// Carries a result from the small-stack thread; the semaphore orders the accesses.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
