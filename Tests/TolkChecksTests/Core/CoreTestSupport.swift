import Foundation
import TolkChecks
import TolkModel
import TolkParser
import TolkRules

/// A check written for the core tests: one finding per heading, so runner,
/// configuration and suppression can be tested apart from the real checks.
struct HeadingCountingCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(id: "test-heading", category: .document, defaultSeverity: .warning,
                                            summary: "reports every heading (test only)")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        for block in file.document.blocks {
            if case .heading(_, _, let content) = block.kind {
                findings.add("heading '\(file.visibleText(content))'", at: block.location)
            }
        }
    }
}

enum CoreFixture {
    static func parse(_ text: String, path: String = "content/en-US/page.md") -> Document {
        DocumentParser().parse(Data(text.utf8), path: path, pathLocale: ContentLoader.locale(fromPath: path))
    }

    static func runner(_ configuration: CheckConfiguration = CheckConfiguration(),
                       checks: [any DocumentCheck] = [HeadingCountingCheck()]) throws -> CheckRunner {
        CheckRunner(catalog: CheckCatalog(documentChecks: checks, groupChecks: []), configuration: configuration,
                    rules: try ConfigurationLoader.defaults(), tree: ContentTree(files: []))
    }

    /// What `finish` reads again: the test's own documents, by path.
    static func reread(_ documents: [Document]) -> CheckRunner.DocumentReader {
        let byPath = Dictionary(documents.map { ($0.path, $0) }) { first, _ in first }
        return { path in
            guard let document = byPath[path] else { preconditionFailure("finish asked for \(path), not made by the test") }
            return document
        }
    }

    static let frontMatter = """
        ---
        title: Page
        description: A page.
        ms.date: 01/02/2024
        ---

        """
}
