import TolkModel
import TolkParser
import XCTest

/// Block recognition on cmark's tree: headings and their anchors, lists,
/// alerts, `[!INCLUDE]`, code blocks, inlines. Tables, HTML tables and
/// `:::image` are in `TableBlockRecognitionTests`.
///
/// Fixtures are written for these tests; every position was counted by hand
/// (1-based lines, 1-based UTF-8 byte columns, ranges inclusive at both ends).
final class BlockRecognitionTests: XCTestCase {

    // MARK: - Headings

    func testATXHeadingsWithNameAnchorIdAnchorAndNone() {
        let doc = parse("""
        # <a name="start-here"></a>Start here
        ## Plain heading
        ### <a id="by-id"></a>Found by id
        ## <a href="other.md">Linked</a> title
        """)
        XCTAssertEqual(doc.blocks, [
            Block(.heading(level: 1, anchor: "start-here", content: [text("Start here", 1, 28)]),
                  range: span(1, 1, 1, 37)),
            Block(.heading(level: 2, anchor: nil, content: [text("Plain heading", 2, 4)]),
                  range: span(2, 1, 2, 16)),
            Block(.heading(level: 3, anchor: "by-id", content: [text("Found by id", 3, 23)]),
                  range: span(3, 1, 3, 33)),
            // An `<a>` without `name`/`id` is no anchor: its tags stay in the content.
            Block(.heading(level: 2, anchor: nil, content: [
                Inline(.html("<a href=\"other.md\">"), at: at(4, 4)),
                text("Linked", 4, 23),
                Inline(.html("</a>"), at: at(4, 29)),
                text(" title", 4, 33),
            ]), range: span(4, 1, 4, 38)),
        ])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testSetextHeadings() {
        let doc = parse("""
        Setext title
        ============
        Second level
        ---
        Not a heading
        ===x
        """)
        XCTAssertEqual(doc.blocks.map(\.kind), [
            .heading(level: 1, anchor: nil, content: [text("Setext title", 1, 1)]),
            .heading(level: 2, anchor: nil, content: [text("Second level", 3, 1)]),
            // `===x` is no underline: the two lines stay one paragraph.
            .paragraph([text("Not a heading", 5, 1), Inline(.softBreak, at: at(5, 14)), text("===x", 6, 1)]),
        ])
        // The ranges: `PositionBlockRecognitionTests.testSetextHeadingRangeEndsAtItsUnderline`.
        XCTAssertEqual(doc.blocks.last?.range, span(5, 1, 6, 4))
    }

    func testPairInHeadingHasHeadingContext() throws {
        let doc = parse("""
        #### <span data-ttu-id="h1-1">Kopf</span><span class="sxs-lookup"><span data-stu-id="h1-1">Head</span></span>

        <span data-ttu-id="h1-2">Text</span><span class="sxs-lookup"><span data-stu-id="h1-2">Body</span></span>
        """)
        XCTAssertEqual(doc.blocks, [
            Block(.heading(level: 4, anchor: nil, content: [Inline(.segment(0), at: at(1, 6))]),
                  range: span(1, 1, 1, 109)),
            Block(.paragraph([Inline(.segment(1), at: at(3, 1))]), range: span(3, 1, 3, 104)),
        ])
        XCTAssertEqual(doc.segments.count, 2)
        let heading = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(heading.id, "h1-1")
        XCTAssertEqual(heading.context, .heading)
        XCTAssertEqual(heading.location, at(1, 6))
        XCTAssertEqual(heading.sourceLocation, at(1, 67))
        XCTAssertEqual(heading.blockLocation, at(1, 1))
        XCTAssertEqual(heading.target, [text("Kopf", 1, 31)])
        XCTAssertEqual(heading.source, [text("Head", 1, 92)])
        // The pair in the paragraph below is not a heading's.
        XCTAssertEqual(doc.segments[1].context, .paragraph)
        XCTAssertEqual(doc.segments[1].blockLocation, at(3, 1))
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testAnchorThenPairInHeading() throws {
        let doc = parse(#"## <a name="kopf"></a><span data-ttu-id="h2-1">Zwei</span><span class="sxs-lookup"><span data-stu-id="h2-1">Two</span></span>"#)
        XCTAssertEqual(doc.blocks, [
            Block(.heading(level: 2, anchor: "kopf", content: [Inline(.segment(0), at: at(1, 23))]), range: span(1, 1, 1, 125)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.context, .heading)
        XCTAssertEqual(segment.location, at(1, 23))
        XCTAssertEqual(segment.sourceLocation, at(1, 84))
        XCTAssertEqual(segment.target, [text("Zwei", 1, 48)])
        XCTAssertEqual(segment.source, [text("Two", 1, 109)])
    }

    // MARK: - Lists

    func testOrderedListKeepsItsStartNumber() {
        let doc = parse("""
        3. Open the page.
        4. Pick a row.
        """)
        XCTAssertEqual(doc.blocks, [
            Block(.list(.ordered(start: 3), tight: true, items: [
                ListItem(blocks: [Block(.paragraph([text("Open the page.", 1, 4)]), range: span(1, 4, 1, 17))],
                         range: span(1, 1, 1, 17)),
                ListItem(blocks: [Block(.paragraph([text("Pick a row.", 2, 4)]), range: span(2, 4, 2, 14))],
                         range: span(2, 1, 2, 14)),
            ]), range: span(1, 1, 2, 14)),
        ])
        XCTAssertEqual(parse("3.No space, no list.").blocks,
                       [Block(.paragraph([text("3.No space, no list.", 1, 1)]), range: span(1, 1, 1, 20))])
    }

    func testLooseBulletListWithNestedTightList() throws {
        let doc = parse("""
        - apple

        - banana
          - inner one
          - inner two
        """)
        XCTAssertEqual(doc.blocks.count, 1)
        guard case .list(let style, let tight, let items) = doc.blocks[0].kind else {
            return XCTFail("expected a list, got \(doc.blocks[0].kind)")
        }
        XCTAssertEqual(style, .bullet)
        XCTAssertFalse(tight)
        XCTAssertEqual(doc.blocks[0].range, span(1, 1, 5, 13))
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].blocks, [Block(.paragraph([text("apple", 1, 3)]), range: span(1, 3, 1, 7))])
        XCTAssertEqual(items[1].range, span(3, 1, 5, 13))
        XCTAssertEqual(items[1].blocks, [
            Block(.paragraph([text("banana", 3, 3)]), range: span(3, 3, 3, 8)),
            Block(.list(.bullet, tight: true, items: [
                ListItem(blocks: [Block(.paragraph([text("inner one", 4, 5)]), range: span(4, 5, 4, 13))],
                         range: span(4, 3, 4, 13)),
                ListItem(blocks: [Block(.paragraph([text("inner two", 5, 5)]), range: span(5, 5, 5, 13))],
                         range: span(5, 3, 5, 13)),
            ]), range: span(4, 3, 5, 13)),
        ])
    }

    func testPairInStepAndAlertNestedInStep() {
        let doc = parse("""
        1. Select <span data-ttu-id="l-1">Weiter</span><span class="sxs-lookup"><span data-stu-id="l-1">Next</span></span>.

           >[!NOTE]
           >Mind the gap.

        2. Done.
        """)
        XCTAssertEqual(doc.blocks.count, 1)
        guard case .list(let style, let tight, let items) = doc.blocks[0].kind else {
            return XCTFail("expected a list, got \(doc.blocks[0].kind)")
        }
        XCTAssertEqual(style, .ordered(start: 1))
        XCTAssertFalse(tight)
        XCTAssertEqual(doc.blocks[0].range, span(1, 1, 6, 8))
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].blocks, [
            Block(.paragraph([text("Select ", 1, 4), Inline(.segment(0), at: at(1, 11)), text(".", 1, 115)]),
                  range: span(1, 4, 1, 115)),
            Block(.alert(.note, content: [
                Block(.paragraph([text("Mind the gap.", 4, 5)]), range: span(3, 5, 4, 17)),
            ]), range: span(3, 4, 4, 17)),
        ])
        XCTAssertEqual(items[1].blocks, [Block(.paragraph([text("Done.", 6, 4)]), range: span(6, 4, 6, 8))])
        XCTAssertEqual(items[1].range, span(6, 1, 6, 8))

        XCTAssertEqual(doc.segments.count, 1)
        XCTAssertEqual(doc.segments.first?.context, .listItem)
        XCTAssertEqual(doc.segments.first?.location, at(1, 11))
        XCTAssertEqual(doc.segments.first?.sourceLocation, at(1, 73))
        XCTAssertEqual(doc.segments.first?.blockLocation, at(1, 4))
        XCTAssertEqual(doc.segments.first?.target, [text("Weiter", 1, 35)])
        XCTAssertEqual(doc.segments.first?.source, [text("Next", 1, 97)])
    }

    // MARK: - Alerts

    func testAlertKindsInAnyCase() {
        let doc = parse("""
        > [!NOTE]
        > Alpha.

        >[!note]
        >Bravo.

        > [!Important]
        > Charlie.

        > [!TIP]
        > Delta.

        > [!WARNING]
        > Echo.

        > [!CAUTION]
        > Foxtrot.
        """)
        XCTAssertEqual(doc.blocks, [
            Block(.alert(.note, content: [Block(.paragraph([text("Alpha.", 2, 3)]), range: span(1, 3, 2, 8))]),
                  range: span(1, 1, 2, 8)),
            Block(.alert(.note, content: [Block(.paragraph([text("Bravo.", 5, 2)]), range: span(4, 2, 5, 7))]),
                  range: span(4, 1, 5, 7)),
            Block(.alert(.important, content: [Block(.paragraph([text("Charlie.", 8, 3)]), range: span(7, 3, 8, 10))]),
                  range: span(7, 1, 8, 10)),
            Block(.alert(.tip, content: [Block(.paragraph([text("Delta.", 11, 3)]), range: span(10, 3, 11, 8))]),
                  range: span(10, 1, 11, 8)),
            Block(.alert(.warning, content: [Block(.paragraph([text("Echo.", 14, 3)]), range: span(13, 3, 14, 7))]),
                  range: span(13, 1, 14, 7)),
            Block(.alert(.caution, content: [Block(.paragraph([text("Foxtrot.", 17, 3)]), range: span(16, 3, 17, 10))]),
                  range: span(16, 1, 17, 10)),
        ])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testAlertMarkerFollowedByTextOnItsLine() {
        let doc = parse("> [!TIP] Keep it short.\n")
        XCTAssertEqual(doc.blocks, [
            Block(.alert(.tip, content: [Block(.paragraph([text("Keep it short.", 1, 10)]), range: span(1, 3, 1, 23))]),
                  range: span(1, 1, 1, 23)),
        ])
    }

    func testAlertMarkerWithHardBreakThenPairHasAlertContext() throws {
        let doc = parse("> [!NOTE]  \n"
            + "> <span data-ttu-id=\"n-1\">Hallo</span><span class=\"sxs-lookup\"><span data-stu-id=\"n-1\">Hello</span></span>\n")
        XCTAssertEqual(doc.blocks, [
            Block(.alert(.note, content: [
                Block(.paragraph([Inline(.segment(0), at: at(2, 3))]), range: span(1, 3, 2, 106)),
            ]), range: span(1, 1, 2, 106)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(doc.segments.count, 1)
        XCTAssertEqual(segment.context, .alert)
        XCTAssertEqual(segment.location, at(2, 3))
        XCTAssertEqual(segment.sourceLocation, at(2, 64))
        XCTAssertEqual(segment.blockLocation, at(1, 3))
        XCTAssertEqual(segment.target, [text("Hallo", 2, 27)])
        XCTAssertEqual(segment.source, [text("Hello", 2, 88)])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testDivVideoAndPlainQuotesAreBlockQuotesNotAlerts() {
        let doc = parse("""
        > [!div class="nextstepaction"]
        > [Next](next.md)

        > [!VIDEO https://www.example.com/embed/1]

        > <span data-ttu-id="d-1">Zitat</span><span class="sxs-lookup"><span data-stu-id="d-1">Quote</span></span>
        """)
        XCTAssertEqual(doc.blocks.count, 3)
        let expectedTexts = ["[!div class=\"nextstepaction\"] Next", "[!VIDEO https://www.example.com/embed/1]", ""]
        for (block, expected) in zip(doc.blocks, expectedTexts) {
            guard case .blockQuote(let children) = block.kind, children.count == 1,
                  case .paragraph(let inlines) = children[0].kind else {
                XCTFail("expected a block quote holding one paragraph, got \(block.kind)")
                continue
            }
            XCTAssertEqual(inlines.plainText(), expected)
        }
        XCTAssertEqual(doc.blocks.map(\.range), [span(1, 1, 2, 17), span(4, 1, 4, 42), span(6, 1, 6, 106)])
        XCTAssertEqual(doc.segments.map(\.context), [.blockQuote])
        XCTAssertEqual(doc.segments.first?.location, at(6, 3))
    }

    // MARK: - INCLUDE

    func testIncludeAloneIsAnIncludeBlockInlineIsNot() {
        let doc = parse("""
        [!INCLUDE[Prereqs](../includes/prereqs.md)]

        See [!INCLUDE[x](y.md)] here.
        """)
        XCTAssertEqual(doc.blocks.count, 2)
        XCTAssertEqual(doc.blocks.first, Block(.include(title: "Prereqs", path: "../includes/prereqs.md"),
                                               range: span(1, 1, 1, 43)))
        guard case .paragraph(let inlines) = doc.blocks[1].kind else {
            return XCTFail("inline [!INCLUDE] must stay a paragraph, got \(doc.blocks[1].kind)")
        }
        XCTAssertEqual(doc.blocks[1].range, span(3, 1, 3, 29))
        XCTAssertEqual(inlines.plainText(), "See [!INCLUDEx] here.")
    }

    // MARK: - Code

    func testFencedAndIndentedCodeBlocksKeepSpansAsText() {
        let pair = #"<span data-ttu-id="c-1">a</span><span class="sxs-lookup"><span data-stu-id="c-1">b</span></span>"#
        let input = """
        ```bash
        echo \(pair)
        ```

        ~~~
        tilde
        ~~~

            indented line

        """
        let doc = parse(input)
        XCTAssertEqual(doc.blocks, [
            Block(.code(info: "bash", text: "echo \(pair)\n", fenced: true), range: span(1, 1, 3, 3)),
            Block(.code(info: "", text: "tilde\n", fenced: true), range: span(5, 1, 7, 3)),
            Block(.code(info: "", text: "indented line\n", fenced: false), range: span(9, 5, 9, 17)),
        ])
        // Not a segment, but not lost either: one diagnostic at `data-ttu-id`.
        XCTAssertEqual(doc.segments, [])
        XCTAssertEqual(bodyDiagnostics(doc).map(\.code), [.spanOutsideMarkup])
        XCTAssertEqual(bodyDiagnostics(doc).first?.location, at(2, 12))
        XCTAssertEqual(bodyDiagnostics(doc).first?.severity, .warning)
        XCTAssertEqual(doc.render(.original), input)
        XCTAssertEqual(doc.render(.target), input)
    }

    // MARK: - Inlines

    func testInlineKinds() {
        let doc = parse("""
        An *em* and **strong** and [site](https://example.com "Home") too.
        ![pic](p.png "Cap") and <kbd>Ctrl</kbd> end *not closed
        """)
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([
                text("An ", 1, 1),
                Inline(.emphasis([text("em", 1, 5)]), at: at(1, 4)),
                text(" and ", 1, 8),
                Inline(.strong([text("strong", 1, 15)]), at: at(1, 13)),
                text(" and ", 1, 23),
                Inline(.link(url: "https://example.com", title: "Home", content: [text("site", 1, 29)]), at: at(1, 28)),
                text(" too.", 1, 62),
                Inline(.softBreak, at: at(1, 67)),
                Inline(.image(url: "p.png", title: "Cap", alt: [text("pic", 2, 3)]), at: at(2, 1)),
                text(" and ", 2, 20),
                Inline(.html("<kbd>"), at: at(2, 25)),
                text("Ctrl", 2, 30),
                Inline(.html("</kbd>"), at: at(2, 34)),
                text(" end *not closed", 2, 40),
            ]), range: span(1, 1, 2, 55)),
        ])
        XCTAssertEqual(doc.segments, [])
    }

    func testSpanThatIsNotAPairStaysHTML() {
        let doc = parse(#"A <span class="x">plain</span> span."#)
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([
                text("A ", 1, 1),
                Inline(.html(#"<span class="x">"#), at: at(1, 3)),
                text("plain", 1, 19),
                Inline(.html("</span>"), at: at(1, 24)),
                text(" span.", 1, 31),
            ]), range: span(1, 1, 1, 36)),
        ])
        XCTAssertEqual(doc.segments, [])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }
}

// MARK: - Helpers

