import XCTest
@testable import TolkRules

final class PatternTemplateTests: XCTestCase {
    func testShorthandPlaceholderTakesItsNameAsType() throws {
        let template = try PatternTemplate("On {date}, Microsoft introduced the {agreement}")
        XCTAssertEqual(template.pieces, [
            .regex("On "),
            .placeholder(name: "date", type: .date, isList: false),
            .regex(", Microsoft introduced the "),
            .placeholder(name: "agreement", type: .agreement, isList: false),
        ])
    }

    func testNamedAndListPlaceholders() throws {
        let template = try PatternTemplate("replace the {replaces:agreement} ({components:addressComponent[]})")
        XCTAssertEqual(template.placeholders, [
            .init(name: "replaces", type: .agreement, isList: false),
            .init(name: "components", type: .addressComponent, isList: true),
        ])
        XCTAssertEqual(template.placeholder(named: "components")?.isList, true)
        XCTAssertNil(template.placeholder(named: "date"))
    }

    func testRegexBracesAreNotPlaceholders() throws {
        let regex = #"a{2} b{1,3} \{date\} \p{L}+ \x{41} \Q{date}\E [0-9]{4}"#
        let template = try PatternTemplate(regex)
        XCTAssertEqual(template.pieces, [.regex(regex)])
        XCTAssertTrue(template.placeholders.isEmpty)
    }

    func testPlaceholderAfterAnEscapedParenthesis() throws {
        let template = try PatternTemplate(#"address \({components:addressComponent[]}\)"#)
        XCTAssertEqual(template.pieces, [
            .regex(#"address \("#), .placeholder(name: "components", type: .addressComponent, isList: true),
            .regex(#"\)"#),
        ])
    }

    func testPlaceholderAfterQuotedTextIsRecognized() throws {
        let template = try PatternTemplate(#"\Q(a)\E {date} x{2}"#)
        XCTAssertEqual(template.pieces, [
            .regex(#"\Q(a)\E "#), .placeholder(name: "date", type: .date, isList: false), .regex(" x{2}"),
        ])
    }

    func testUnknownTypeIsAnErrorWithSuggestion() {
        XCTAssertThrowsError(try PatternTemplate("On {date:dat}")) { error in
            let message = (error as? PatternTemplate.ParseError)?.message ?? ""
            XCTAssertTrue(message.contains("unknown placeholder type 'dat'"), message)
            XCTAssertTrue(message.contains("did you mean 'date'"), message)
            XCTAssertTrue(message.contains("date, agreement, role, audience, field, addressComponent"), message)
        }
        XCTAssertThrowsError(try PatternTemplate("the {contract}")) { error in
            let message = (error as? PatternTemplate.ParseError)?.message ?? ""
            XCTAssertTrue(message.contains("unknown placeholder type 'contract'"), message)
        }
    }

    func testNameUsedTwiceIsAnError() {
        XCTAssertThrowsError(try PatternTemplate("{date} or {date}")) { error in
            XCTAssertTrue("\(error)".contains("'date' is used twice"), "\(error)")
        }
    }

    func testRegexReplacesPlaceholders() throws {
        let template = try PatternTemplate("until {date} for {fields:field[]}")
        let regex = template.regex { "(?<\($0.name)>\($0.isList ? "L" : "S"))" }
        XCTAssertEqual(regex, "until (?<date>S) for (?<fields>L)")
    }

    func testEveryDefaultMatchIsATemplate() throws {
        let configuration = try ConfigurationLoader.defaults()
        for pattern in configuration.patterns {
            XCTAssertNoThrow(try PatternTemplate(pattern.match), pattern.id)
        }
        let address = try XCTUnwrap(configuration.patterns.first { $0.id == "complete-address" })
        XCTAssertEqual(try PatternTemplate(address.match).placeholders,
                       [.init(name: "components", type: .addressComponent, isList: true)])
    }
}
