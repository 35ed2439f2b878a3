import TolkModel
import TolkParser
import XCTest

/// The three views of a document (original, target, source) and the tree
/// dump, on fixtures written for these tests; expected texts written by hand.
final class ViewTests: XCTestCase {

    private let mixed = """
    ---
    title: Demo
    ms.contentlocale: nl-NL
    ---
    # <a name="intro"></a><span data-ttu-id="v-1">Inleiding</span><span class="sxs-lookup"><span data-stu-id="v-1">Introduction</span></span>

    <span data-ttu-id="v-2">Klik op **Opslaan**.</span><span class="sxs-lookup"><span data-stu-id="v-2">Select **Save**.</span></span> Contoso

    | Veld | Waarde |
    |---|---|
    | <span data-ttu-id="v-3">Naam</span><span class="sxs-lookup"><span data-stu-id="v-3">Name</span></span> | x |

    :::image type="content" source="a.png" alt-text="<span data-ttu-id="v-4">Knop</span><span class="sxs-lookup"><span data-stu-id="v-4">Button</span></span>":::

    <table><tr><td><span data-ttu-id="v-5">Cel</span><span class="sxs-lookup"><span data-stu-id="v-5">Cell</span></span></td></tr></table>

    """

    func testOriginalViewIsTheInput() {
        let doc = parse(mixed)
        XCTAssertEqual(doc.segments.map(\.id), ["v-1", "v-2", "v-3", "v-4", "v-5"])
        XCTAssertEqual(doc.diagnostics, [])
        XCTAssertEqual(doc.render(.original), mixed)
        XCTAssertEqual(doc.byteCount, mixed.utf8.count)
    }

    func testTargetView() {
        XCTAssertEqual(parse(mixed).render(.target), """
        ---
        title: Demo
        ms.contentlocale: nl-NL
        ---
        # <a name="intro"></a>Inleiding

        Klik op **Opslaan**. Contoso

        | Veld | Waarde |
        |---|---|
        | Naam | x |

        :::image type="content" source="a.png" alt-text="Knop":::

        <table><tr><td>Cel</td></tr></table>

        """)
    }

    func testSourceView() {
        XCTAssertEqual(parse(mixed).render(.source), """
        ---
        title: Demo
        ms.contentlocale: nl-NL
        ---
        # <a name="intro"></a>Introduction

        Select **Save**. Contoso

        | Veld | Waarde |
        |---|---|
        | Name | x |

        :::image type="content" source="a.png" alt-text="Button":::

        <table><tr><td>Cell</td></tr></table>

        """)
    }

    func testFileWithoutPairsHasThreeEqualViews() {
        let plain = """
        ---
        title: Kunde hinzufügen
        ms.contentlocale: de-DE
        ms.translationtype: MT
        ---
        # Einen Kunden hinzufügen

        > [!NOTE]
        > Ein Hinweis mit **fettem** Text.

        1. Erster Schritt.
        2. Zweiter Schritt.

        """
        let doc = parse(plain)
        XCTAssertEqual(doc.segments, [])
        XCTAssertEqual(doc.layout, [.text(plain)])
        XCTAssertEqual(doc.render(.original), plain)
        XCTAssertEqual(doc.render(.target), plain)
        XCTAssertEqual(doc.render(.source), plain)
    }

    func testTreeDump() {
        let tiny = """
        ---
        title: Tiny
        ms.contentlocale: sv-SE
        ---
        # <a name="hej"></a>Hej

        <span data-ttu-id="s-1">Välj *Nästa*.</span><span class="sxs-lookup"><span data-stu-id="s-1">Select *Next*.</span></span>

        """
        let doc = DocumentParser().parse(tiny, path: "tiny.md")
        XCTAssertEqual(DocumentTreeDump.render(doc), """
        document "tiny.md" locale=sv-SE (from frontMatter) bytes=193 segments=1
          front-matter lines=1-4 entries=2
            title = "Tiny" @2:1
            ms.contentlocale = "sv-SE" @3:1
          heading level=1 anchor="hej" @5:1-5:23
            text @5:21 "Hej"
          paragraph @7:1-7:123
            segment "s-1" @7:1 context=paragraph
              target
                text @7:25 "Välj "
                emphasis @7:31
                  text @7:32 "Nästa"
                text @7:39 "."
              source @7:72
                text @7:96 "Select "
                emphasis @7:103
                  text @7:104 "Next"
                text @7:109 "."

        """)
    }

    func testTreeDumpShowsDiagnosticsAndQuotesText() {
        let doc = DocumentParser().parse("Say \"hi\"\n", path: "q.md")
        XCTAssertEqual(DocumentTreeDump.render(doc), """
        document "q.md" locale=none bytes=9 segments=0
          paragraph @1:1-1:8
            text @1:1 "Say \\"hi\\""
          diagnostic warning [frontmatter-missing] @1:1: \(doc.diagnostics.first?.message ?? "?")

        """)
        XCTAssertEqual(doc.diagnostics.map(\.code), [.frontMatterMissing])
    }
}
