import TolkModel
import TolkParser
import XCTest

/// Positions where cmark 0.30's own source positions are not the file's:
/// ends of blocks before a blank line, setext headings, code spans, hard
/// breaks, and content of nested containers (a `> ` quote in a list item,
/// raw HTML in a list item or quote). Expected values counted by hand from
/// the fixtures; each test says what cmark reports instead.
/// (Split from `BlockRecognitionTests`.)
final class PositionBlockRecognitionTests: XCTestCase {

    /// A setext heading ends at the last byte of its underline. (cmark 0.30
    /// reports the end of the line after the underline: 1:1-3:12, 3:1-5:13.)
    func testSetextHeadingRangeEndsAtItsUnderline() {
        let doc = parse("""
        Setext title
        ============
        Second level
        ---
        Not a heading
        ===x
        """)
        XCTAssertEqual(doc.blocks.map(\.range), [span(1, 1, 2, 12), span(3, 1, 4, 3), span(5, 1, 6, 4)])
    }

    /// A block followed by a blank line ends at its last byte, with a
    /// column ≥ 1. cmark 0.30 itself reports such ends as column 0 of the
    /// next line (`1:1-2:0` for `apple`, `4:1-6:0` for the setext heading).
    func testRangesBeforeABlankLineEndAtTheirLastByte() throws {
        let doc = parse("- apple\n\n- banana\n\nSetext\n===\n\n3. Step\n\nEnd\n")
        XCTAssertEqual(doc.blocks.map(\.range), [span(1, 1, 3, 8), span(5, 1, 6, 3), span(8, 1, 8, 7), span(10, 1, 10, 3)])
        guard case .list(_, _, let items) = doc.blocks[0].kind, case .list(_, _, let steps) = doc.blocks[2].kind else {
            return XCTFail("expected lists, got \(doc.blocks.map(\.kind))")
        }
        XCTAssertEqual(items.map(\.range), [span(1, 1, 1, 7), span(3, 1, 3, 8)])
        XCTAssertEqual(steps.map(\.range), [span(8, 1, 8, 7)])
    }

    /// Like emphasis (at its `*`) and links (at their `[`), a code span
    /// starts at its first backtick. (cmark 0.30 reports the start of the
    /// code's content: 1:5 and 1:14 here.)
    func testCodeSpanStartsAtItsBacktick() {
        let doc = parse("An `x` and ``y z`` end\n")
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([
                text("An ", 1, 1),
                Inline(.code("x"), at: at(1, 4)),
                text(" and ", 1, 7),
                Inline(.code("y z"), at: at(1, 12)),
                text(" end", 1, 19),
            ]), range: span(1, 1, 1, 22)),
        ])
    }

    /// A two-space hard break starts at its first space, as a backslash
    /// break starts at its backslash. (The model puts it at the newline,
    /// 1:13: cmark counts the trailing spaces into the text node's end.)
    func testTwoSpaceHardBreakStartsAtItsFirstSpace() {
        let doc = parse("two spaces  \nnext\n")
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([text("two spaces", 1, 1), Inline(.lineBreak, at: at(1, 11)), text("next", 2, 1)]),
                  range: span(1, 1, 2, 4)),
        ])
    }

    /// Positions on the line after a backslash hard break are on that line.
    /// (cmark 0.30 does not advance the line after `\` + newline: it reports
    /// the image below at 1:6, the pair's tags at 1:… too.)
    func testPositionsAfterBackslashHardBreak() throws {
        let doc = parse("back\\\n![pic](p.png) <kbd>x</kbd>\n"
            + #"<span data-ttu-id="k-1">Ja</span><span class="sxs-lookup"><span data-stu-id="k-1">Yes</span></span>"# + "\n")
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([
                text("back", 1, 1),
                Inline(.lineBreak, at: at(1, 5)),
                Inline(.image(url: "p.png", title: "", alt: [text("pic", 2, 3)]), at: at(2, 1)),
                text(" ", 2, 14),
                Inline(.html("<kbd>"), at: at(2, 15)),
                text("x", 2, 20),
                Inline(.html("</kbd>"), at: at(2, 21)),
                Inline(.softBreak, at: at(2, 27)),
                Inline(.segment(0), at: at(3, 1)),
            ]), range: span(1, 1, 3, 99)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.location, at(3, 1))
        XCTAssertEqual(segment.sourceLocation, at(3, 59))
        XCTAssertEqual(segment.target, [text("Ja", 3, 25)])
        XCTAssertEqual(segment.source, [text("Yes", 3, 83)])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    /// Inlines on a `> ` continuation line after a `>[!NOTE]` line without
    /// a space (the form of many translated files). cmark 0.30 reports them
    /// one column early (`Mind` at 2:2), so the inline `.segment` (2:7) and
    /// the segment's own location, found in the bytes (2:8), disagree.
    func testInlinesOnSpacedContinuationLineOfAlert() throws {
        let doc = parse("""
        >[!NOTE]
        > Mind <span data-ttu-id="l-2">dies</span><span class="sxs-lookup"><span data-stu-id="l-2">this</span></span>.
        """)
        XCTAssertEqual(doc.blocks, [
            Block(.alert(.note, content: [
                Block(.paragraph([text("Mind ", 2, 3), Inline(.segment(0), at: at(2, 8)), text(".", 2, 110)]),
                      range: span(1, 2, 2, 110)),
            ]), range: span(1, 1, 2, 110)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.context, .alert)
        XCTAssertEqual(segment.location, at(2, 8))
        XCTAssertEqual(segment.sourceLocation, at(2, 68))
        XCTAssertEqual(segment.target, [text("dies", 2, 32)])
        XCTAssertEqual(segment.source, [text("this", 2, 92)])
    }

    /// The same in an alert nested in a list item (3-space indent).
    func testInlinesOnSpacedContinuationLineOfAlertInListItem() throws {
        let doc = parse("""
        1. Step

           >[!NOTE]
           > Mind <span data-ttu-id="l-3">dies</span><span class="sxs-lookup"><span data-stu-id="l-3">this</span></span>.
        """)
        guard case .list(_, _, let items) = try XCTUnwrap(doc.blocks.first).kind else {
            return XCTFail("expected a list")
        }
        XCTAssertEqual(items.first?.blocks.last, Block(.alert(.note, content: [
            Block(.paragraph([text("Mind ", 4, 6), Inline(.segment(0), at: at(4, 11)), text(".", 4, 113)]),
                  range: span(3, 5, 4, 113)),
        ]), range: span(3, 4, 4, 113)))
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.context, .alert)
        XCTAssertEqual(segment.location, at(4, 11))
        XCTAssertEqual(segment.sourceLocation, at(4, 71))
        XCTAssertEqual(segment.target, [text("dies", 4, 35)])
        XCTAssertEqual(segment.source, [text("this", 4, 95)])
    }

    /// An HTML table indented in a list item: rows, cells and pairs at their
    /// file columns. (The cells are located in cmark's literal, which has
    /// lost the 3-space indent: the model says row 4:1, cell 4:9.)
    func testHTMLTableInListItemKeepsFileColumns() throws {
        let doc = parse("""
        1. Step

           <table>
           <tr><td><span data-ttu-id="p-1">Ein</span><span class="sxs-lookup"><span data-stu-id="p-1">One</span></span></td></tr>
           </table>
        """)
        guard case .list(_, _, let items) = try XCTUnwrap(doc.blocks.first).kind else {
            return XCTFail("expected a list")
        }
        let table = Table(header: nil, alignments: [.none], rows: [
            Table.Row(cells: [Table.Cell(content: [Inline(.segment(0), at: at(4, 12))], location: at(4, 12))],
                      location: at(4, 4)),
        ])
        XCTAssertEqual(items.first?.blocks, [
            Block(.paragraph([text("Step", 1, 4)]), range: span(1, 4, 1, 7)),
            Block(.htmlTable(table), range: span(3, 4, 5, 11)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.context, .htmlTableCell)
        XCTAssertEqual(segment.location, at(4, 12))
        XCTAssertEqual(segment.sourceLocation, at(4, 71))
        XCTAssertEqual(segment.blockLocation, at(4, 12))
        XCTAssertEqual(segment.target, [text("Ein", 4, 36)])
        XCTAssertEqual(segment.source, [text("One", 4, 95)])
    }

    /// The same in a block quote: cmark's literal has lost the `> `.
    func testHTMLTableInBlockQuoteKeepsFileColumns() throws {
        let doc = parse("""
        > <table>
        > <tr><td><span data-ttu-id="p-3">Drei</span><span class="sxs-lookup"><span data-stu-id="p-3">Three</span></span></td></tr>
        > </table>
        """)
        let table = Table(header: nil, alignments: [.none], rows: [
            Table.Row(cells: [Table.Cell(content: [Inline(.segment(0), at: at(2, 11))], location: at(2, 11))],
                      location: at(2, 3)),
        ])
        XCTAssertEqual(doc.blocks, [
            Block(.blockQuote([Block(.htmlTable(table), range: span(1, 3, 3, 10))]), range: span(1, 1, 3, 10)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.location, at(2, 11))
        XCTAssertEqual(segment.sourceLocation, at(2, 71))
        XCTAssertEqual(segment.target, [text("Drei", 2, 35)])
        XCTAssertEqual(segment.source, [text("Three", 2, 95)])
    }
}

// MARK: - Helpers

