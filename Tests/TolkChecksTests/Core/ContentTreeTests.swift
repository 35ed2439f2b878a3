import Foundation
import TolkChecks
import XCTest

/// The tree scan and path standardization `broken-link` relies on.
final class ContentTreeTests: XCTestCase {
    private func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tree-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("de-DE/media/deep"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for file in ["de-DE/a.md", "de-DE/media/deep/b.png", ".hidden/c.md", "top.yml"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link.md").path,
                                       withDestinationPath: root.appendingPathComponent("top.yml").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path,
                                       withDestinationPath: root.appendingPathComponent("de-DE").path)
        return root
    }

    /// The same files as Foundation's enumerator reports as regular files: hidden ones
    /// included, symbolic links (to files or folders) not followed.
    func testScanFindsTheRegularFilesFoundationFinds() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        var expected: Set<String> = []
        let walker = try XCTUnwrap(FileManager.default.enumerator(at: root.standardizedFileURL,
                                                                  includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            expected.insert(url.standardizedFileURL.path)
        }
        let tree = ContentTree.scan([root.path])
        XCTAssertEqual(tree.files, expected)
        XCTAssertEqual(tree.files.count, 4)
        XCTAssertTrue(tree.covers(directory: root.standardizedFileURL.appendingPathComponent("de-DE/media").path))
    }

    func testStandardizedPathSpellsPathsAsURLDoes() {
        let tree = ContentTree(files: [], workingDirectory: "/work/main")
        let cases = ["../shared/corpus/de-DE/a.md", "./Content/en-US/roles.md", "/abs/./x/../y.md", "a//b/c.md",
                     "/", "../../../../x.md", "Content/zh-CN/页面.md"]
        for path in cases {
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: "/work/main/", isDirectory: true))
            XCTAssertEqual(tree.standardizedPath(path), url.standardizedFileURL.path, path)
        }
    }
}
