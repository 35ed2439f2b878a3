import XCTest
@testable import TolkRules

/// Asserts that `yaml` fails to load with an error at `line`:`column` of
/// `tolk.yml` whose message contains every one of `fragments`.
func assertConfigurationError(_ yaml: String, at line: Int, _ column: Int, _ fragments: String...,
                              base: RulesConfiguration? = nil,
                              file: StaticString = #filePath, testLine: UInt = #line) {
    do {
        _ = try ConfigurationLoader.load(yaml: yaml, path: "tolk.yml", base: base)
        XCTFail("expected an error at \(line):\(column)", file: file, line: testLine)
    } catch {
        guard let error = error as? ConfigurationError else {
            return XCTFail("not a ConfigurationError: \(error)", file: file, line: testLine)
        }
        XCTAssertEqual(error.location, ConfigurationLocation(path: "tolk.yml", line: line, column: column),
                       "\(error)", file: file, line: testLine)
        for fragment in fragments {
            XCTAssertTrue(error.message.contains(fragment), "'\(fragment)' not in: \(error.message)",
                          file: file, line: testLine)
        }
    }
}
