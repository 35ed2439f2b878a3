import Foundation
import TolkChecks
import TolkModel
import TolkParser
import XCTest

/// No input may crash a document check: random bytes built from the pieces
/// these checks look at (front matter, links, pairs, alerts, scripts).
final class DocumentChecksRobustnessTests: XCTestCase {
    static let pieces: [String] = [
        "---\n", "title: x\n", "Description: y\n", "ms.date: 13/45/2021\n", "ms.date:\n", "ms.contentlocale: sv-SE\n",
        "ms.contentlocale: [a, b]\n", "ms.lasthandoff: 2/29/2021\n", "# ", "> [!NOTE]\n", "> ", "1. ", "- ", "\n", "\n\n",
        "[a](", ")", "](", "![", ":::image source=\"", "\":::", "[!INCLUDE[", "%", "%zz", "%00", "../", "..\\", "/", "#",
        "?", "<", ">", "**", "`", "the and of to you ", "der die und ist ", "选择帐户。", "z. B. ", "e.g. ", "31. ",
        "<span data-ttu-id=\"a-1\">", "</span>", "<span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">", "A5 ", "IT-",
        "-", "=", "*", "\u{0301}", "\u{FEFF}", "\r\n", "\t", "\u{0}", "İ", "ǅ", "🙂",
    ]

    func testChecksSurviveArbitraryInput() throws {
        let settings = try DocumentCheckHarness.settings()
        let tree = ContentTree(files: ["/fuzz/de-DE/page.md", "/fuzz/de-DE/a/b.md", "/fuzz/zh-CN/page.md"])
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let paths = ["/fuzz/de-DE/page.md", "/fuzz/zh-CN/page.md", "/fuzz/page.md", "/fuzz/sv-SE/x/y.md"]
        for round in 0..<400 {
            var text = ""
            for _ in 0..<(1 + next(60)) { text += Self.pieces[next(Self.pieces.count)] }
            var bytes = Array(text.utf8)
            if round % 3 == 0, !bytes.isEmpty { bytes[next(bytes.count)] = UInt8(next(256)) }
            let path = paths[round % paths.count]
            let document = DocumentParser().parse(Data(bytes), path: path, pathLocale: ContentLoader.locale(fromPath: path))
            let file = FileUnderCheck(document: document, settings: settings, tree: tree)
            for check in CheckCatalog.standard.documentChecks where check.descriptor.category == .document {
                var collector = FindingCollector(check: check.descriptor, path: path, locale: file.locale)
                check.check(file, into: &collector)
                for finding in collector.findings {
                    XCTAssertGreaterThanOrEqual(finding.line, 1)
                    XCTAssertFalse(finding.message.contains("\n"), finding.message)
                }
            }
        }
    }

    func testTheFolderListsEveryDocumentCheckOnce() {
        let ids = CheckCatalog.standard.documentChecks.map(\.descriptor).filter { $0.category == .document }.map(\.id)
        XCTAssertEqual(ids, ["frontmatter-required", "frontmatter-key-case", "frontmatter-locale", "frontmatter-date",
                             "wrong-language", "broken-link"])
    }
}
