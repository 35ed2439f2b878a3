import TolkModel
import TolkParser
import XCTest

/// Span pairs as segments: ids, raw text, markup, inlines and positions.
/// Fixtures written for these tests; positions counted by hand.
final class SegmentTests: XCTestCase {

    func testEveryFieldOfAPairWithBoldAndLink() throws {
        let input = #"<span data-ttu-id="67d78-104">Siehe **Hilfe** und [Start](start.md).</span>"#
            + #"<span class="sxs-lookup"><span data-stu-id="67d78-104">See **Help** and [Home](start.md).</span></span>"#
        let doc = parse(input)
        let expected = Segment(
            id: "67d78-104", sourceID: "67d78-104",
            target: [
                text("Siehe ", 1, 31),
                Inline(.strong([text("Hilfe", 1, 39)]), at: at(1, 37)),
                text(" und ", 1, 46),
                Inline(.link(url: "start.md", title: "", content: [text("Start", 1, 52)]), at: at(1, 51)),
                text(".", 1, 68),
            ],
            source: [
                text("See ", 1, 131),
                Inline(.strong([text("Help", 1, 137)]), at: at(1, 135)),
                text(" and ", 1, 143),
                Inline(.link(url: "start.md", title: "", content: [text("Home", 1, 149)]), at: at(1, 148)),
                text(".", 1, 164),
            ],
            location: at(1, 1), sourceLocation: at(1, 101),
            context: .paragraph, blockLocation: at(1, 1),
            rawTarget: "Siehe **Hilfe** und [Start](start.md).",
            rawSource: "See **Help** and [Home](start.md).",
            markup: Segment.Markup(open: #"<span data-ttu-id="67d78-104">"#,
                                   middle: #"</span><span class="sxs-lookup"><span data-stu-id="67d78-104">"#,
                                   close: "</span></span>"))
        XCTAssertEqual(doc.segments, [expected])
        XCTAssertEqual(doc.segments.first?.idPrefix, "67d78")
        XCTAssertEqual(doc.segments.first?.rawPair, input)
        XCTAssertEqual(doc.blocks, [Block(.paragraph([Inline(.segment(0), at: at(1, 1))]), range: span(1, 1, 1, 178))])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testIDPrefixWithoutDash() {
        let doc = parse(#"<span data-ttu-id="plain">A</span><span class="sxs-lookup"><span data-stu-id="plain">B</span></span>"#)
        XCTAssertEqual(doc.segments.map(\.idPrefix), ["plain"])
    }

    func testTwoPairsOnOneLine() {
        let doc = parse(#"<span data-ttu-id="b-1">Eins.</span><span class="sxs-lookup"><span data-stu-id="b-1">One.</span></span>"#
            + " " + #"<span data-ttu-id="b-2">Zwei.</span><span class="sxs-lookup"><span data-stu-id="b-2">Two.</span></span>"#)
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([Inline(.segment(0), at: at(1, 1)), text(" ", 1, 104), Inline(.segment(1), at: at(1, 105))]),
                  range: span(1, 1, 1, 207)),
        ])
        XCTAssertEqual(doc.segments.map(\.id), ["b-1", "b-2"])
        XCTAssertEqual(doc.segments.map(\.location), [at(1, 1), at(1, 105)])
        XCTAssertEqual(doc.segments.map(\.sourceLocation), [at(1, 62), at(1, 166)])
        XCTAssertEqual(doc.segments.map(\.rawTarget), ["Eins.", "Zwei."])
        XCTAssertEqual(doc.segments.map(\.rawSource), ["One.", "Two."])
        XCTAssertEqual(doc.segments.map(\.target), [[text("Eins.", 1, 25)], [text("Zwei.", 1, 129)]])
        XCTAssertEqual(doc.segments.map(\.source), [[text("One.", 1, 86)], [text("Two.", 1, 190)]])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testPairAcrossTwoLinesOfABlockQuote() throws {
        let input = """
        > <span data-ttu-id="q-1">Erste Zeile
        > zweite Zeile</span><span class="sxs-lookup"><span data-stu-id="q-1">First line
        > second line</span></span>
        """
        let doc = parse(input)
        XCTAssertEqual(doc.blocks, [
            Block(.blockQuote([Block(.paragraph([Inline(.segment(0), at: at(1, 3))]), range: span(1, 3, 3, 27))]),
                  range: span(1, 1, 3, 27)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(doc.segments.count, 1)
        XCTAssertEqual(segment.context, .blockQuote)
        XCTAssertEqual(segment.location, at(1, 3))
        XCTAssertEqual(segment.sourceLocation, at(2, 47))
        XCTAssertEqual(segment.blockLocation, at(1, 3))
        XCTAssertEqual(segment.rawTarget, "Erste Zeile\n> zweite Zeile")
        XCTAssertEqual(segment.rawSource, "First line\n> second line")
        XCTAssertEqual(segment.markup, Segment.Markup(open: #"<span data-ttu-id="q-1">"#,
                                                      middle: #"</span><span class="sxs-lookup"><span data-stu-id="q-1">"#,
                                                      close: "</span></span>"))
        XCTAssertEqual(segment.target, [text("Erste Zeile", 1, 27), Inline(.softBreak, at: at(1, 38)),
                                        text("zweite Zeile", 2, 3)])
        XCTAssertEqual(segment.source, [text("First line", 2, 71), Inline(.softBreak, at: at(2, 81)),
                                        text("second line", 3, 3)])
        // The views keep the quote markers of the continuation lines.
        XCTAssertEqual(doc.render(.target), "> Erste Zeile\n> zweite Zeile")
        XCTAssertEqual(doc.render(.source), "> First line\n> second line")
        XCTAssertEqual(doc.render(.original), input)
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testEmphasisCrossingTheTagsStillMakesASegmentWithWarning() throws {
        let input = #"<span data-ttu-id="a-1">**Etikett:</span><span class="sxs-lookup"><span data-stu-id="a-1">**Label:</span></span>** rest"#
        let doc = parse(input)
        XCTAssertEqual(doc.segments.count, 1)
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.id, "a-1")
        XCTAssertEqual(segment.sourceID, "a-1")
        XCTAssertEqual(segment.location, at(1, 1))
        XCTAssertEqual(segment.sourceLocation, at(1, 67))
        XCTAssertEqual(segment.context, .paragraph)
        XCTAssertEqual(segment.rawTarget, "**Etikett:")
        XCTAssertEqual(segment.rawSource, "**Label:")
        XCTAssertEqual(segment.target.plainText(), "**Etikett:")
        XCTAssertEqual(segment.source.plainText(), "**Label:")
        XCTAssertEqual(segment.rawPair + "** rest", input)
        XCTAssertEqual(bodyDiagnostics(doc).map(\.code), [.spanCrossesMarkup])
        XCTAssertEqual(bodyDiagnostics(doc).first?.location, at(1, 1))
        XCTAssertEqual(bodyDiagnostics(doc).first?.severity, .warning)
        guard case .paragraph(let inlines) = doc.blocks.first?.kind else {
            return XCTFail("expected a paragraph")
        }
        XCTAssertEqual(inlines.first, Inline(.segment(0), at: at(1, 1)))
        XCTAssertEqual(inlines.plainText(), "** rest")
        XCTAssertEqual(doc.render(.original), input)
        XCTAssertEqual(doc.render(.target), "**Etikett:** rest")
        XCTAssertEqual(doc.render(.source), "**Label:** rest")
    }

    func testPairInsideStrongDoesNotCrossMarkup() throws {
        let doc = parse(#"**<span data-ttu-id="a-2">Hinweis:</span><span class="sxs-lookup"><span data-stu-id="a-2">Note:</span></span>** Text"#)
        XCTAssertEqual(doc.blocks, [
            Block(.paragraph([
                Inline(.strong([Inline(.segment(0), at: at(1, 3))]), at: at(1, 1)),
                text(" Text", 1, 112),
            ]), range: span(1, 1, 1, 116)),
        ])
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.location, at(1, 3))
        XCTAssertEqual(segment.sourceLocation, at(1, 67))
        XCTAssertEqual(segment.target, [text("Hinweis:", 1, 27)])
        XCTAssertEqual(segment.source, [text("Note:", 1, 91)])
        XCTAssertEqual(bodyDiagnostics(doc), [])
    }

    func testDifferentIDsAreAMismatchWarningButStillASegment() throws {
        let doc = parse(#"<span data-ttu-id="m-1">Ja</span><span class="sxs-lookup"><span data-stu-id="m-2">Yes</span></span>"#)
        let segment = try XCTUnwrap(doc.segments.first)
        XCTAssertEqual(segment.id, "m-1")
        XCTAssertEqual(segment.sourceID, "m-2")
        XCTAssertEqual(bodyDiagnostics(doc).map(\.code), [.spanIDMismatch])
        XCTAssertEqual(bodyDiagnostics(doc).first?.location, at(1, 59))
        XCTAssertEqual(bodyDiagnostics(doc).first?.segmentID, "m-1")
    }
}

// MARK: - Helpers

