import TolkChecks
import TolkModel
import XCTest

final class BrokenLinkCheckTests: XCTestCase {
    let check = BrokenLinkCheck()

    /// A tree in memory: what `ContentTree.scan` would have found.
    let tree = ContentTree(files: [
        "/site/de-DE/start.md", "/site/de-DE/other.md", "/site/de-DE/my page.md",
        "/site/de-DE/guides/intro.md", "/site/de-DE/faq.yml", "/site/de-DE/media/shown.png",
    ])

    private func run(_ body: String) throws -> [Finding] {
        try DocumentCheckHarness.run(check, markdown: "---\ntitle: Start\n---\n" + body,
                                     path: "/site/de-DE/start.md", tree: tree)
    }

    func testLinksToFilesOfTheTreeAreNotReported() throws {
        let findings = try run("""
            [a](other.md) [b](guides/intro.md#oben) [c](./other.md?view=1) [d](../de-DE/other.md)
            [e](my%20page.md) [f](guides/) [g](..\\de-DE\\other.md) ![h](media/shown.png)
            """)
        XCTAssertEqual(findings, [])
    }

    func testLinksThatCannotBeJudgedAreSkipped() throws {
        let findings = try run("""
            [web](https://example.com/x.md) [mail](mailto:a@example.com) [xref](xref:Some.Type)
            [anchor](#oben) [root](/de-de/partner-center/other) [docset](~/includes/x.md)
            ![picture](pictures/never-scanned.png) [outside](../../elsewhere/page.md)
            """)
        XCTAssertEqual(findings, [])
    }

    func testMissingTargetsAreReportedWhereTheyAre() throws {
        let findings = try run("""
            Siehe [fehlt](missing.md).

            ![Bild](media/gone.png)

            :::image type="content" source="media/lost.png" alt-text="Ein Bild" lightbox="media/lost-large.png":::

            [!INCLUDE[Hinweis](guides/snippet.md)]
            """)
        XCTAssertEqual(findings.map(\.message), [
            "link to 'missing.md': no such file in the checked tree",
            "image 'media/gone.png': no such file in the checked tree",
            "image 'media/lost.png': no such file in the checked tree",
            "image 'media/lost-large.png': no such file in the checked tree",
            "include 'guides/snippet.md': no such file in the checked tree",
        ])
        XCTAssertEqual(findings.map(\.line), [4, 6, 8, 8, 10])
        // The link, not the paragraph: "Siehe " comes first.
        XCTAssertEqual(findings.first?.column, 7)
    }

    func testNearMatchesAreNamed() throws {
        let findings = try run("[a](Other.md) [b](faq.md)")
        XCTAssertEqual(findings.map(\.message), [
            "link to 'Other.md': no such file in the checked tree; there is 'other.md' (letter case differs)",
            "link to 'faq.md': no such file in the checked tree; there is 'faq.yml' (another extension)",
        ])
    }

    func testLinkInsideAPairIsReportedOnceWithThePairsID() throws {
        let findings = try run("""
            <span data-ttu-id="cd-7">Siehe [die Liste](gone.md).</span><span class="sxs-lookup"><span data-stu-id="cd-7">See [the list](gone.md).</span></span>
            """)
        XCTAssertEqual(findings.map(\.segment), ["cd-7"])
        XCTAssertEqual(findings.map(\.line), [4])
    }

    /// The fixture tree on disk, scanned as `tolk check` scans it.
    func testFixtureTreeOnDisk() throws {
        let root = DocumentCheckHarness.fixtures.appendingPathComponent("links")
        let tree = ContentTree.scan([root.path])
        let start = root.appendingPathComponent("sv-SE/start.md")
        let findings = try DocumentCheckHarness.run(check, fileAt: start, tree: tree)
        XCTAssertEqual(findings.map(\.message), [
            "link to 'guides/gone.md': no such file in the checked tree",
            "image 'media/absent.png': no such file in the checked tree",
            "image 'media/also-absent.png': no such file in the checked tree",
        ])
        let text = try String(contentsOf: start, encoding: .utf8)
        let expected = try [
            XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.contains("guides/gone.md") }),
            XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.contains("media/absent.png") }),
            XCTUnwrap(DocumentCheckHarness.line(in: text) { $0.contains("media/also-absent.png") }),
        ]
        XCTAssertEqual(findings.map(\.line), expected)
        for neighbour in ["sv-SE/neighbour.md", "sv-SE/guides/first-steps.md"] {
            XCTAssertEqual(try DocumentCheckHarness.run(check, fileAt: root.appendingPathComponent(neighbour), tree: tree), [])
        }
    }
}
