import Foundation

/// Where the tests find the project and the shared corpus beside it.
enum TestPaths {
    /// The repository root (three levels above this file).
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the repository.
    static let corpus: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static let content: URL = repository.appendingPathComponent("Content")

    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every `.md` file below `root`, hidden files included, sorted.
    static func markdownFiles(under root: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { $0.pathExtension.lowercased() == "md" }
            .sorted { $0.path < $1.path }
    }
}
