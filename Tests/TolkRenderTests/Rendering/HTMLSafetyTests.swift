import Foundation
import XCTest
@testable import TolkRender

/// A document with `<script>`, event-handler attributes and `javascript:`
/// links renders inert HTML: no script element, no `on…=` attribute, no
/// unsafe URL; the text a reader should see is there, escaped.
final class HTMLSafetyTests: XCTestCase {
    static let hostile = """
        ---
        title: <script>alert('title')</script> Evil & "quoted"
        ms.contentlocale: en-US
        ms.date: 01/02/2024
        ---
        ## <a name="steps"></a>Steps <img src=x onerror=alert(1)>

        <script>alert('block')</script>

        1. Select **<b onmouseover=alert(2)>Save</b>** and check 1 < 2 & "x" > 'y'.
        2. Open [the help](javascript:alert(3)), [case](JaVaScRiPt:alert(4)), [space]( java\tscript:alert(5)),
           [entity](&#106;avascript:alert(6)), [colon](javascript&colon;alert(7)), [vb](vbscript:msgbox(8)),
           [data](data:text/html;base64,PHNjcmlwdD4=), and [fine](https://example.com/a?b=1&c=2).
        3. Type `<script>alert(9)</script>` in the box <span onclick="alert(10)">here</span>.

           > [!NOTE]
           > Nothing <iframe src="javascript:alert(11)"></iframe> <style>body{}</style> else.

        """

    private func renderHostile() throws -> (Guide, String, String) {
        let root = try RenderTestInputs.fixture(["en-US/evil.md": Self.hostile], for: self)
        let catalog = try RenderTestInputs.catalog([root])
        let guide = try RenderTestInputs.guide(catalog, "evil", "en-US", day("2024-06-01"))
        return (guide, HTMLGuideRenderer().render(guide), MarkdownGuideRenderer().render(guide))
    }

    func testScriptsHandlersAndUnsafeURLsNeverReachThePage() throws {
        let (guide, html, markdown) = try renderHostile()
        XCTAssertEqual(guide.steps.count, 3)
        let tags = Self.tags(in: html)
        XCTAssertFalse(tags.isEmpty)
        let allowed: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "main", "article", "header",
                                    "h1", "h2", "p", "dl", "div", "dt", "dd", "time", "ol", "li", "ul", "aside", "em", "code",
                                    "a", "span", "footer", "section", "blockquote", "strong", "pre"]
        for (name, attributes) in tags {
            XCTAssertTrue(allowed.contains(name), "unexpected element <\(name)>")
            for attribute in attributes {
                XCTAssertFalse(attribute.hasPrefix("on"), "event handler \(attribute) on <\(name)>")
            }
        }
        XCTAssertEqual(tags.filter { $0.0 == "style" }.count, 1, "only the page's own style sheet")
        let lower = html.lowercased()
        for bad in ["<script", "javascript:", "vbscript:", "data:text", "<iframe", "<img", "onerror=", "onclick=", "onmouseover="] {
            XCTAssertFalse(lower.contains(bad), "\(bad) in the page")
        }
        XCTAssertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        // What a reader should see is there, escaped.
        XCTAssertTrue(html.contains("check 1 &lt; 2 &amp; &quot;x&quot; &gt; &#39;y&#39;."))
        XCTAssertTrue(html.contains("<code>&lt;script&gt;alert(9)&lt;/script&gt;</code>"))
        XCTAssertTrue(html.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Evil &amp; &quot;quoted&quot;</title>"))
        // Dropped links keep their text; the safe one stays a link.
        // Each with the comma after it in the sentence: "data" alone is also in the policy and attributes.
        for text in ["the help", "case", "entity", "colon", "vb", "data"] {
            XCTAssertTrue(html.contains("\(text), "), "the text of the dropped link \(text)")
        }
        XCTAssertTrue(html.contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">fine</a>"))
        XCTAssertEqual(tags.filter { $0.0 == "a" }.count, 1, "the one safe link")
        // Markdown: nothing becomes HTML or a live link when rendered again.
        XCTAssertFalse(markdown.lowercased().contains("javascript:"))
        // Code spans show `<script>` as text; elsewhere `<` is escaped (`\<script`).
        XCTAssertEqual(markdown.components(separatedBy: "<script").count - markdown.components(separatedBy: "\\<script").count, 1)
        XCTAssertTrue(markdown.hasPrefix("# \\<script\\>alert('title')\\</script\\> Evil \\& \"quoted\"\n"))
        XCTAssertTrue(markdown.contains("`<script>alert(9)</script>`"))
        for bad in ["<iframe", "onerror", "onclick", "<b "] { XCTAssertFalse(markdown.contains(bad), bad) }
        XCTAssertTrue(markdown.contains("check 1 \\< 2 \\& \"x\" \\> 'y'."))
    }

    func testTheStepsAndNoteReadAsText() throws {
        let (guide, _, _) = try renderHostile()
        XCTAssertEqual(guide.steps[0].paragraphs.first?.runs, [.text("Select "), .uiLabel("Save"), .text(" and check 1 < 2 & \"x\" > 'y'.")])
        XCTAssertEqual(guide.steps[2].notes.first?.paragraphs.first?.plainText, "Nothing body{} else.", "tags dropped, the text between them kept as text")
    }

    /// Start tags as (lower-cased name, attribute names), read with a small
    /// HTML tokenizer: comments and text skipped, quoted values honoured.
    static func tags(in html: String) -> [(String, [String])] {
        var out: [(String, [String])] = []
        let chars = Array(html.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1] != "/" else { i += 1; continue }
            i += 1
            var name = ""
            while i < chars.count, !CharacterSet.whitespacesAndNewlines.contains(chars[i]), chars[i] != ">" {
                name.unicodeScalars.append(chars[i]); i += 1
            }
            var attributes: [String] = []
            while i < chars.count, chars[i] != ">" {
                if CharacterSet.whitespacesAndNewlines.contains(chars[i]) || chars[i] == "/" { i += 1; continue }
                var attribute = ""
                while i < chars.count, !"= >\t\n".unicodeScalars.contains(chars[i]) { attribute.unicodeScalars.append(chars[i]); i += 1 }
                if i < chars.count, chars[i] == "=" {
                    i += 1
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                        let quote = chars[i]; i += 1
                        while i < chars.count, chars[i] != quote { i += 1 }
                        i += 1
                    } else {
                        while i < chars.count, !CharacterSet.whitespacesAndNewlines.contains(chars[i]), chars[i] != ">" { i += 1 }
                    }
                }
                if !attribute.isEmpty { attributes.append(attribute.lowercased()) }
            }
            out.append((name.lowercased(), attributes))
            // The style sheet's text is not markup.
            if name.lowercased() == "style", let end = html.range(of: "</style>") {
                i = max(i, html.unicodeScalars.distance(from: html.unicodeScalars.startIndex, to: end.lowerBound))
            }
        }
        return out
    }
}
