import Foundation
import TolkModel
import XCTest

final class LocaleTagTests: XCTestCase {

    func testCanonicalForms() {
        XCTAssertEqual(LocaleTag("de-DE")?.identifier, "de-DE")
        XCTAssertEqual(LocaleTag("zh-cn")?.identifier, "zh-CN")
        XCTAssertEqual(LocaleTag("ZH-CN")?.identifier, "zh-CN")
        XCTAssertEqual(LocaleTag("zh-Hans-CN")?.identifier, "zh-Hans-CN")
        XCTAssertEqual(LocaleTag("zh-hans-cn")?.identifier, "zh-Hans-CN")
        XCTAssertEqual(LocaleTag("sv_SE")?.identifier, "sv-SE")
        XCTAssertEqual(LocaleTag("nl")?.identifier, "nl")
        XCTAssertEqual(LocaleTag("es-419")?.identifier, "es-419")
        XCTAssertEqual(LocaleTag("zh-cn"), LocaleTag("zh-CN"))
        XCTAssertEqual(LocaleTag("de-DE")?.description, "de-DE")
    }

    func testLanguage() {
        XCTAssertEqual(LocaleTag("de-DE")?.language, "de")
        XCTAssertEqual(LocaleTag("zh-Hans-CN")?.language, "zh")
        XCTAssertEqual(LocaleTag("sv")?.language, "sv")
    }

    func testRejectsFolderNamesAndMalformedTags() {
        for text in ["partner-center", "media", "images", "includes", "xx-YY", "qq", "en-", "-US", "", "de-DE-",
                     "de--DE", "en-USA", "en-U", "de DE", "de-DE-DE", "en-US-Latn", "d", "1e-DE", "und"] {
            XCTAssertNil(LocaleTag(text), "\"\(text)\" must not be a locale")
        }
    }

    func testOrderingAndCodable() throws {
        let tags = ["sv-SE", "de-DE", "zh-CN", "nl-NL"].compactMap(LocaleTag.init)
        XCTAssertEqual(tags.sorted().map(\.identifier), ["de-DE", "nl-NL", "sv-SE", "zh-CN"])
        let data = try JSONEncoder().encode(tags)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["sv-SE","de-DE","zh-CN","nl-NL"]"#)
        XCTAssertEqual(try JSONDecoder().decode([LocaleTag].self, from: data), tags)
        XCTAssertThrowsError(try JSONDecoder().decode([LocaleTag].self, from: Data(#"["media"]"#.utf8)))
    }
}
