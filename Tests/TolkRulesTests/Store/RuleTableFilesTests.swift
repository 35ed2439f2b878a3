import Foundation
import TolkRules
import XCTest

/// Writing files in one step, the three-file writer, and the loader that picks
/// the format by extension.
final class RuleTableFilesTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
    }

    override func tearDown() {
        directory = nil
    }

    private struct Interrupted: Error {}

    private func contents(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func testAtomicWriteReplacesTheFile() throws {
        let path = directory.file("rules.json")
        try AtomicFileWriter.write(Data("old\n".utf8), to: path)
        try AtomicFileWriter.write(Data("new\n".utf8), to: path)
        XCTAssertEqual(try contents(path), Data("new\n".utf8))
        XCTAssertEqual(try directory.contents(), ["rules.json"])
    }

    func testAFailureHalfwayLeavesTheOldFileAndNoTemporary() throws {
        let path = directory.file("rules.json")
        try AtomicFileWriter.write(Data("old\n".utf8), to: path)
        XCTAssertThrowsError(try AtomicFileWriter.write(to: path) { temporary in
            // Half a file, then the producer fails.
            try Data("{\"schema\": ".utf8).write(to: URL(fileURLWithPath: temporary))
            throw Interrupted()
        }) { XCTAssertTrue($0 is Interrupted, "\($0)") }
        XCTAssertEqual(try contents(path), Data("old\n".utf8))
        XCTAssertEqual(try directory.contents(), ["rules.json"])
    }

    func testAFailedRenameLeavesNoTemporary() throws {
        // A non-empty directory where the file should go: rename(2) refuses to replace it.
        let path = directory.file("rules.json")
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: path)) { error in
            XCTAssertTrue("\(error)".contains("cannot replace the file"), "\(error)")
        }
        XCTAssertEqual(try directory.contents(), ["rules.json"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path), ["inside"])
    }

    func testWritingIntoAMissingDirectoryFailsWithoutCreatingAnything() throws {
        let path = directory.file("absent/rules.json")
        XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: path))
        XCTAssertEqual(try directory.contents(), [])
    }

    func testAFailingSQLiteWriteLeavesTheOldDatabase() throws {
        let path = directory.file("rules.sqlite")
        try RuleTableSQLite.write(RuleTableFixtures.everyKind(), to: path)
        let old = try contents(path)
        // Two rules with one id break the primary key halfway through the inserts.
        var broken = RuleTableFixtures.everyKind()
        broken.rules.append(broken.rules[0])
        XCTAssertThrowsError(try RuleTableSQLite.write(broken, to: path))
        XCTAssertEqual(try contents(path), old)
        XCTAssertEqual(try directory.contents(), ["rules.sqlite"], "no temporary or journal left behind")
        XCTAssertEqual(try RuleTableSQLite.read(from: path), RuleTableFixtures.everyKind())
    }

    func testWriterWritesTheThreeFilesIntoANewDirectory() throws {
        let table = RuleTableFixtures.everyKind()
        let output = directory.file("out/nested")
        let paths = try RuleTableWriter.write(table, toDirectory: output)
        XCTAssertEqual(paths, ["rules.json", "rules.sqlite", "rules.schema.json"].map { output + "/" + $0 })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output).sorted(),
                       ["rules.json", "rules.schema.json", "rules.sqlite"])
        XCTAssertEqual(try contents(paths[0]), try RuleTableJSON.encode(table))
        XCTAssertEqual(try contents(paths[2]), try RuleTableSchema.data)
        XCTAssertEqual(try RuleTableLoader.load(path: paths[0]), table)
        XCTAssertEqual(try RuleTableLoader.load(path: paths[1]), table)
        // Writing again gives the same bytes for all three.
        let before = try paths.map(contents)
        try RuleTableWriter.write(table, toDirectory: output)
        XCTAssertEqual(try paths.map(contents), before)
    }

    func testLoaderChoosesTheFormatByExtension() throws {
        let table = RuleTableFixtures.everyKind()
        let paths = try RuleTableWriter.write(table, toDirectory: directory.path)
        let db = directory.file("copy.DB")
        try FileManager.default.copyItem(atPath: paths[1], toPath: db)
        XCTAssertEqual(try RuleTableLoader.load(path: db), table)
        // JSON errors keep their position.
        let bad = directory.file("bad.json")
        try Data("{\n  \"schema\": \"tolk.rules/9\"\n}\n".utf8).write(to: URL(fileURLWithPath: bad))
        XCTAssertThrowsError(try RuleTableLoader.load(path: bad)) { error in
            XCTAssertEqual("\(error)", "\(bad):2:13: error: unsupported schema \"tolk.rules/9\": this build reads \"tolk.rules/1\" (at $.schema)")
        }
    }

    func testLoaderNamesAMissingFileAndAnUnknownExtension() throws {
        let missing = directory.file("nothing.json")
        XCTAssertThrowsError(try RuleTableLoader.load(path: missing)) { error in
            XCTAssertEqual(error as? RuleTableStoreError, RuleTableStoreError(path: missing, message: "no such file"))
        }
        let text = directory.file("rules.txt")
        try Data("{}".utf8).write(to: URL(fileURLWithPath: text))
        XCTAssertThrowsError(try RuleTableLoader.load(path: text)) { error in
            XCTAssertEqual("\(error)", "\(text): error: unknown extension \".txt\": expected .json, .sqlite or .db")
        }
        XCTAssertThrowsError(try RuleTableLoader.load(path: directory.path)) { error in
            XCTAssertTrue("\(error)".contains("is a directory"), "\(error)")
        }
    }
}
