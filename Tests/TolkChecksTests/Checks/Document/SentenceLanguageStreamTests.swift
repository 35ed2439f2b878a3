@testable import TolkChecks
import TolkModel
import TolkParser
import XCTest

/// `wrong-language` judges each unit as a stream of tokens and builds the
/// sentences' text only for a unit with a foreign sentence: the stream must
/// find a foreign sentence exactly where the sentences' text does.
final class SentenceLanguageStreamTests: XCTestCase {
    func testStreamAgreesWithTheSentenceTextOnCorpusFiles() throws {
        let settings = try DocumentCheckHarness.settings()
        let files = [
            "seeds/de-DE/add-a-new-customer.2019-11-13.md",
            "partner-center-sxs/de-DE", "partner-center-sxs/zh-CN", "partner-center-mt",
        ]
        var paths: [String] = []
        for file in files {
            let url = DocumentCheckHarness.corpus.appendingPathComponent(file)
            if url.pathExtension == "md" {
                paths.append(url.path)
            } else {
                // Every 25th file of the folder: locales with and without pairs, Latin and CJK.
                let all = ContentTree.scan([url.path]).files.filter { $0.hasSuffix(".md") }.sorted()
                paths += all.enumerated().filter { $0.offset % 25 == 0 }.map(\.element)
            }
        }
        XCTAssertGreaterThan(paths.count, 30)
        var units = 0, foreign = 0
        for path in paths {
            let document = ContentLoader().load(path)
            guard let tag = document.locale, settings.functionWords[tag.language] != nil
                    || WrongLanguageCheck.nonLatinLanguages.contains(tag.language) else { continue }
            let judge = WrongLanguageCheck.Judge(language: tag.language, sourceLanguage: "en",
                                                 words: settings.functionWords,
                                                 script: WrongLanguageCheck.nonLatinLanguages.contains(tag.language))
            var stream = SentenceLanguageStream(judge: judge)
            for inlines in Self.units(document.blocks) {
                units += 1
                stream.startUnit()
                ProseWalker(segments: document.segments).walk(inlines, into: &stream)
                let bySentence = DocumentProse(inlines, in: document).sentences
                    .contains { judge.foreignLanguage(of: $0.counted) != nil }
                if bySentence { foreign += 1 }
                XCTAssertEqual(stream.foundForeign, bySentence, "\(path): \(inlines.first?.location.line ?? 0)")
            }
        }
        XCTAssertGreaterThan(units, 1_000)
        // The seed's English steps are among them: the comparison covers both verdicts.
        XCTAssertGreaterThan(foreign, 0)
    }

    /// The inline content of headings and paragraphs, in lists and alerts too.
    private static func units(_ blocks: [Block]) -> [[Inline]] {
        blocks.flatMap { block -> [[Inline]] in
            switch block.kind {
            case .heading(_, _, let content), .paragraph(let content): [content]
            case .list(_, _, let items): items.flatMap { units($0.blocks) }
            case .blockQuote(let children), .alert(_, let children): units(children)
            default: []
            }
        }
    }
}
