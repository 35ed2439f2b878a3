import TolkModel
import TolkParser
import XCTest

/// Pipe tables, raw HTML tables and `:::image`: the DocFX blocks cmark
/// 0.30 reads as paragraphs or raw HTML. (Split from `BlockRecognitionTests`.)
/// Every position was counted by hand.
final class TableBlockRecognitionTests: XCTestCase {

    // MARK: - Pipe tables

    func testAlignmentsBodyRowsAndEscapedPipe() {
        let doc = parse("""
        | Name | Left | Center | Right |
        |------|:-----|:------:|------:|
        | a | b | c | d |
        | e \\| f | g | h | i |
        """)
        let table = Table(
            header: row(1, 1, [("Name", 3), ("Left", 10), ("Center", 17), ("Right", 26)]),
            alignments: [.none, .left, .center, .right],
            rows: [
                row(3, 1, [("a", 3), ("b", 7), ("c", 11), ("d", 15)]),
                // `\|` does not split the cell; the backslash escape is read as `|`.
                row(4, 1, [("e | f", 3), ("g", 12), ("h", 16), ("i", 20)]),
            ])
        XCTAssertEqual(doc.blocks, [Block(.table(table), range: span(1, 1, 4, 22))])
    }

    func testOuterPipesAreOptionalAndPipesWithoutDelimiterRowAreText() {
        let doc = parse("""
        Key | Value
        --- | ---
        one | two

        a | b
        c | d
        """)
        let table = Table(header: row(1, 1, [("Key", 1), ("Value", 7)]), alignments: [.none, .none],
                          rows: [row(3, 1, [("one", 1), ("two", 7)])])
        XCTAssertEqual(doc.blocks, [
            Block(.table(table), range: span(1, 1, 3, 9)),
            Block(.paragraph([text("a | b", 5, 1), Inline(.softBreak, at: at(5, 6)), text("c | d", 6, 1)]),
                  range: span(5, 1, 6, 5)),
        ])
    }

    func testCellsWithPairAndNoLoc() throws {
        let doc = parse("""
        | Feld | Wert |
        |---|---|
        | <span data-ttu-id="t-1">Anzeige</span><span class="sxs-lookup"><span data-stu-id="t-1">Display</span></span> | :::no-loc text="Contoso"::: |
        """)
        let table = Table(
            header: row(1, 1, [("Feld", 3), ("Wert", 10)]),
            alignments: [.none, .none],
            rows: [Table.Row(cells: [
                Table.Cell(content: [Inline(.segment(0), at: at(3, 3))], location: at(3, 3)),
                Table.Cell(content: [Inline(.noLoc("Contoso"), at: at(3, 114))], location: at(3, 114)),
            ], location: at(3, 1))])
        XCTAssertEqual(doc.blocks, [Block(.table(table), range: span(1, 1, 3, 142))])
        XCTAssertEqual(doc.segments.count, 1)
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.id, "t-1")
        XCTAssertEqual(segment.context, .tableCell)
        XCTAssertEqual(segment.location, at(3, 3))
        XCTAssertEqual(segment.sourceLocation, at(3, 66))
        XCTAssertEqual(segment.blockLocation, at(3, 3))
        XCTAssertEqual(segment.target, [text("Anzeige", 3, 27)])
        XCTAssertEqual(segment.source, [text("Display", 3, 90)])
        XCTAssertEqual(segment.rawTarget, "Anzeige")
        XCTAssertEqual(segment.rawSource, "Display")
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testParagraphLineRightBeforeTableStaysAParagraph() {
        let doc = parse("""
        Here is a summary:
        | A | B |
        |---|---|
        | 1 | 2 |
        """)
        let table = Table(header: row(2, 1, [("A", 3), ("B", 7)]), alignments: [.none, .none],
                          rows: [row(4, 1, [("1", 3), ("2", 7)])])
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([text("Here is a summary:", 1, 1)]), range: span(1, 1, 1, 18)),
            Block(.table(table), range: span(2, 1, 4, 9)),
        ])
    }

    func testTableInsideListItem() {
        let doc = parse("""
        - Options:

          | A | B |
          |---|---|
          | 1 | 2 |
        """)
        let table = Table(header: row(3, 3, [("A", 5), ("B", 9)]), alignments: [.none, .none],
                          rows: [row(5, 3, [("1", 5), ("2", 9)])])
        XCTAssertEqual(doc.blocks, [
            Block(.list(.bullet, tight: false, items: [
                ListItem(blocks: [
                    Block(.paragraph([text("Options:", 1, 3)]), range: span(1, 3, 1, 10)),
                    Block(.table(table), range: span(3, 3, 5, 11)),
                ], range: span(1, 1, 5, 11)),
            ]), range: span(1, 1, 5, 11)),
        ])
    }

    func testDelimiterRowWithOtherCellCountIsNoTable() {
        let doc = parse("""
        | A | B |
        |---|---|---|
        | 1 | 2 |
        """)
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([
                text("| A | B |", 1, 1), Inline(.softBreak, at: at(1, 10)),
                text("|---|---|---|", 2, 1), Inline(.softBreak, at: at(2, 14)),
                text("| 1 | 2 |", 3, 1),
            ]), range: span(1, 1, 3, 9)),
        ])
    }

    // MARK: - Raw HTML tables

    func testHTMLTableWithHeaderPairAndMultiLineCell() throws {
        let doc = parse("""
        <table>
        <tr><th>Rolle</th><th>Zweck</th></tr>
        <tr><td><span data-ttu-id="h-1">Leser</span><span class="sxs-lookup"><span data-stu-id="h-1">Reader</span></span></td>
        <td>
        Zeile eins
        Zeile zwei
        </td></tr>
        </table>
        """)
        let table = Table(
            header: row(2, 1, [("Rolle", 9), ("Zweck", 23)]),
            alignments: [.none, .none],
            rows: [Table.Row(cells: [
                Table.Cell(content: [Inline(.segment(0), at: at(3, 9))], location: at(3, 9)),
                Table.Cell(content: [text("Zeile eins", 5, 1), Inline(.softBreak, at: at(5, 11)), text("Zeile zwei", 6, 1)],
                           location: at(4, 5)),
            ], location: at(3, 1))])
        XCTAssertEqual(doc.blocks, [Block(.htmlTable(table), range: span(1, 1, 8, 8))])
        XCTAssertEqual(doc.segments.count, 1)
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.id, "h-1")
        XCTAssertEqual(segment.context, .htmlTableCell)
        XCTAssertEqual(segment.location, at(3, 9))
        XCTAssertEqual(segment.sourceLocation, at(3, 70))
        XCTAssertEqual(segment.blockLocation, at(3, 9))
        XCTAssertEqual(segment.target, [text("Leser", 3, 33)])
        XCTAssertEqual(segment.source, [text("Reader", 3, 94)])
        XCTAssertEqual(segment.rawTarget, "Leser")
        XCTAssertEqual(segment.rawSource, "Reader")
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testHTMLThatIsNotATableStaysHTML() throws {
        let pair = #"<span data-ttu-id="h-2">Hallo</span><span class="sxs-lookup"><span data-stu-id="h-2">Hello</span></span>"#
        let doc = parse("<div class=\"box\">\nHello\n</div>\n\n<div>\n\(pair)\n</div>\n")
        XCTAssertEqual(doc.blocks, [
            Block(.html("<div class=\"box\">\nHello\n</div>\n"), range: span(1, 1, 3, 6)),
            Block(.html("<div>\n\(pair)\n</div>\n"), range: span(5, 1, 7, 6)),
        ])
        // A pair in other raw HTML is still a segment.
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(doc.segments.count, 1)
        XCTAssertEqual(segment.context, .html)
        XCTAssertEqual(segment.location, at(6, 1))
        XCTAssertEqual(segment.sourceLocation, at(6, 62))
        XCTAssertEqual(segment.target, [text("Hallo", 6, 25)])
        XCTAssertEqual(segment.source, [text("Hello", 6, 86)])
    }

    // MARK: - :::image

    func testImageAttributes() {
        let doc = parse(#":::image type="content" source="media/a.png" alt-text="A screenshot of the page":::"#)
        let image = DocFXImage(type: "content", source: "media/a.png",
                               altText: [text("A screenshot of the page", 1, 56)],
                               attributes: [.init(name: "type", value: "content"),
                                            .init(name: "source", value: "media/a.png"),
                                            .init(name: "alt-text", value: "A screenshot of the page")])
        XCTAssertEqual(doc.blocks, [Block(.image(image), range: span(1, 1, 1, 83))])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testImageFollowedByParagraphLineWithPair() throws {
        let doc = parse("""
        :::image type="content" source="b.png" alt-text="Diagram":::
        Then <span data-ttu-id="i-1">klicken</span><span class="sxs-lookup"><span data-stu-id="i-1">click</span></span>.
        """)
        let image = DocFXImage(type: "content", source: "b.png", altText: [text("Diagram", 1, 50)],
                               attributes: [.init(name: "type", value: "content"), .init(name: "source", value: "b.png"),
                                            .init(name: "alt-text", value: "Diagram")])
        XCTAssertEqual(doc.blocks, [
            Block(.image(image), range: span(1, 1, 1, 60)),
            Block(.paragraph([text("Then ", 2, 1), Inline(.segment(0), at: at(2, 6)), text(".", 2, 112)]),
                  range: span(2, 1, 2, 112)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.context, .paragraph)
        XCTAssertEqual(segment.location, at(2, 6))
        XCTAssertEqual(segment.sourceLocation, at(2, 69))
        XCTAssertEqual(segment.blockLocation, at(2, 1))
    }

    func testPairInAltText() throws {
        let alt = #"<span data-ttu-id="x-1">Bild</span><span class="sxs-lookup"><span data-stu-id="x-1">Picture</span></span>"#
        let doc = parse(#":::image type="content" source="c.png" alt-text=""# + alt + #"":::"#)
        let image = DocFXImage(type: "content", source: "c.png", altText: [Inline(.segment(0), at: at(1, 50))],
                               attributes: [.init(name: "type", value: "content"), .init(name: "source", value: "c.png"),
                                            .init(name: "alt-text", value: alt)])
        XCTAssertEqual(doc.blocks, [Block(.image(image), range: span(1, 1, 1, 158))])
        XCTAssertEqual(doc.segments.count, 1)
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.id, "x-1")
        XCTAssertEqual(segment.context, .altText)
        XCTAssertEqual(segment.location, at(1, 50))
        XCTAssertEqual(segment.sourceLocation, at(1, 110))
        XCTAssertEqual(segment.blockLocation, at(1, 1))
        XCTAssertEqual(segment.target, [text("Bild", 1, 74)])
        XCTAssertEqual(segment.source, [text("Picture", 1, 134)])
        XCTAssertEqual(segment.rawTarget, "Bild")
        XCTAssertEqual(segment.rawSource, "Picture")
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testUnclosedImageIsDiagnosed() {
        let doc = parse(#":::image type="content" source="d.png""# + "\n")
        XCTAssertEqual(doc.blocks, [
            Block(.image(DocFXImage(type: nil, source: nil, altText: [], attributes: [])), range: span(1, 1, 1, 38)),
        ])
        XCTAssertEqual(bodyDiagnostics(doc).map(\.code), [.malformedExtension])
        XCTAssertEqual(bodyDiagnostics(doc).first?.location, at(1, 1))
        XCTAssertEqual(bodyDiagnostics(doc).first?.severity, .warning)
    }

    func testNoLocAtParagraphStartIsNoImage() {
        let doc = parse(#":::no-loc text="Partner Center"::: is a name."#)
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([Inline(.noLoc("Partner Center"), at: at(1, 1)), text(" is a name.", 1, 35)]),
                  range: span(1, 1, 1, 45)),
        ])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }
}

// MARK: - Helpers


/// A table row on `line` starting at `column`, each cell one text at its column.
private func row(_ line: Int, _ column: Int, _ cells: [(String, Int)]) -> Table.Row {
    Table.Row(cells: cells.map { Table.Cell(content: [text($0.0, line, $0.1)], location: at(line, $0.1)) },
              location: at(line, column))
}
