import TolkChecks
import XCTest

final class PathGlobTests: XCTestCase {
    func testUnanchoredPatternMatchesAtAFolderBoundary() {
        let glob = PathGlob("announcements/**")
        XCTAssertTrue(glob.matches("../corpus/de-DE/partner-center/announcements/2020-01.md"))
        XCTAssertFalse(glob.matches("../corpus/de-DE/partner-center/old-announcements/2020-01.md"))
    }

    func testStarStaysInsideOneFolder() {
        XCTAssertTrue(PathGlob("de-DE/*.md").matches("Content/de-DE/roles.md"))
        XCTAssertFalse(PathGlob("de-DE/*.md").matches("Content/de-DE/sub/roles.md"))
        XCTAssertTrue(PathGlob("de-DE/**/*.md").matches("Content/de-DE/sub/deeper/roles.md"))
        XCTAssertTrue(PathGlob("*-??/roles.md").matches("Content/sv-SE/roles.md"))
    }

    func testAnchoredPatternMatchesFromTheStart() {
        XCTAssertTrue(PathGlob("/Content/**").matches("Content/de-DE/roles.md"))
        XCTAssertFalse(PathGlob("/de-DE/**").matches("Content/de-DE/roles.md"))
    }
}
