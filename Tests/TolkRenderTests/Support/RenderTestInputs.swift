import Foundation
import TolkModel
import TolkParser
import TolkRules
import XCTest
@testable import TolkRender

/// Where the render tests read their inputs: the corpus seeds beside the
/// repository (a missing corpus fails the tests, never skips them), our own
/// `Content/`, and fixtures written for a case.
enum RenderTestInputs {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let seeds = corpus.appendingPathComponent("seeds").path
    static let content = repository.appendingPathComponent("Content").path
    static let golden = repository.appendingPathComponent("Tests/TolkRenderTests/Golden")

    /// Parses, extracts and builds the catalog of `paths`, as `tolk guide --content` does.
    static func catalog(_ paths: [String], configuration: RulesConfiguration? = nil) throws -> GuideCatalog {
        let configuration = try configuration ?? ConfigurationLoader.resolve(contentPaths: paths, explicitPath: nil).configuration
        let (files, errors) = ContentLoader.markdownFiles(in: paths)
        if let error = errors.first { throw TestInputError(description: error.description) }
        guard !files.isEmpty else { throw TestInputError(description: "no Markdown files under \(paths)") }
        let extractor = RuleExtractor(configuration: configuration)
        let reader = GuideSourceReader(sourceLocale: configuration.sourceLocale)
        let results = ContentLoader(jobs: 2).map(files) { ($0, extractor.extract($0), reader.read($0)) }
        let table = RuleTableBuilder(configuration: configuration).build(results.map(\.1))
        return GuideCatalog(table: table, sources: results.flatMap(\.2), configuration: configuration)
    }

    // Each input set is read once per test process.
    static let seedCatalog = Result { try catalog([seeds]) }
    static let contentCatalog = Result { try catalog([content]) }

    /// The guide `name` of `catalog`, or a failure listing what there is.
    static func guide(_ catalog: GuideCatalog, _ name: String, _ locale: String, _ date: CalendarDate,
                      file: StaticString = #filePath, line: UInt = #line) throws -> Guide {
        let entry = try catalog.find(name).get()
        let tag = try XCTUnwrap(LocaleTag(locale), file: file, line: line)
        return relativized(catalog.guide(entry, locale: tag, asOf: date))
    }

    /// Paths below the corpus or the repository without the machine's prefix,
    /// so golden files are the same on every machine.
    static func relativized(_ guide: Guide) -> Guide {
        func strip(_ text: String) -> String {
            var out = text
            for root in [corpus.path + "/", repository.path + "/"] { out = out.replacingOccurrences(of: root, with: "") }
            return out
        }
        var guide = guide
        guide.source = strip(guide.source)
        guide.steps = guide.steps.map { var s = $0; s.origin = s.origin.map(strip); return s }
        return guide
    }

    /// A fresh directory with `files` (relative path → text), removed after the test.
    static func fixture(_ files: [String: String], for test: XCTestCase) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-render-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        test.addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root.path
    }

    static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }
}

struct TestInputError: Error, CustomStringConvertible {
    var description: String
}

/// Every format of a guide, as the goldens and the cross-format tests read them.
enum AllFormats {
    static let width = 72

    static func render(_ guide: Guide) throws -> [(ext: String, text: String)] {
        [("txt", TextGuideRenderer(width: width, color: false).render(guide)),
         ("md", MarkdownGuideRenderer().render(guide)),
         ("html", HTMLGuideRenderer().render(guide)),
         ("json", try JSONGuideRenderer().render(guide))]
    }
}

func day(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> CalendarDate {
    guard let date = CalendarDate(iso: iso) else {
        XCTFail("not a date: \(iso)", file: file, line: line)
        return CalendarDate(year: 2000, month: 1, day: 1)!
    }
    return date
}
