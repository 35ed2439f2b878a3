import TolkModel
import XCTest

/// Path components read from the end agree with splitting the whole path.
final class PathTextTests: XCTestCase {
    func testLastComponentsAgreeWithSplittingTheWholePath() {
        let paths = ["", "/", "a", "/a", "a/", "/a/b.md", "a//b", "//x//y//", "/work/shared/corpus/history/de-DE/doc/2019-11-13.ab12.md",
                     "relative/dir/file.md", "/ä/ö/ü.md", "no-slash.md"]
        for path in paths {
            for count in 0...3 {
                let expected = path.split(separator: "/").suffix(count).map(String.init)
                XCTAssertEqual(PathText.lastComponents(path, count).map(String.init), expected, "\(path) \(count)")
            }
        }
    }
}
