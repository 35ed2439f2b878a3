import Foundation
import TolkOnboarding
import XCTest

/// Decoding is strict about types and says where; unknown members are
/// reported, not dropped in silence; no byte sequence crashes it.
final class RecordDecodingTests: XCTestCase {
    private func decode(_ json: String) -> Result<(record: OnboardingRecord, unknown: [String]), RecordDecodingError> {
        RecordDecoder().decode(Data(json.utf8))
    }

    private func error(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard case .failure(let error) = decode(json) else {
            XCTFail("decoded: \(json)", file: file, line: line)
            return ""
        }
        return error.message
    }

    private let minimal = #"{"id":"a","submittedOn":"2024-01-02","partnerType":"direct""#

    func testWrongTypesNameTheFieldPath() {
        XCTAssertEqual(error(minimal + #","customer":{"address":{"lines":["x",5]}}}"#),
                       "customer.address.lines[1]: expected a string")
        XCTAssertEqual(error(minimal + #","existingCustomer":"yes"}"#), "existingCustomer: expected true or false")
        XCTAssertEqual(error(minimal + #","subscriptions":[{"licenses":"ten"}]}"#), "subscriptions[0].licenses: expected a number")
        XCTAssertEqual(error(#"{"id":"a","partnerType":"direct"}"#), "submittedOn: required field missing")
        XCTAssertTrue(error(minimal + #","agreement":{"acceptedOn":"01/02/2024"}}"#)
            .hasPrefix("agreement.acceptedOn: expected a date as YYYY-MM-DD"))
        XCTAssertTrue(error(#"{"id":"a","submittedOn":"2024-01-02","partnerType":"reseller"}"#)
            .contains("\"reseller\" is not a partner type"))
        XCTAssertTrue(error(minimal + #","schemaVersion":"tolk.onboarding/2"}"#).contains("not supported"))
        XCTAssertTrue(error(minimal + #","locale":"klingon-XX"}"#).contains("not a BCP 47"))
        XCTAssertEqual(error("[1]"), "(record): expected an object (the record must be a JSON object)")
    }

    func testUnknownMembersAreReportedWithTheirPath() throws {
        guard case .success(let decoded) = decode(minimal + #","vatId":"x","customer":{"legalName":"A","taxNumber":1}}"#) else {
            return XCTFail("should decode")
        }
        XCTAssertEqual(Set(decoded.unknown), ["vatId", "customer.taxNumber"])
        XCTAssertEqual(decoded.record.customer?.legalName, "A")
    }

    func testNullsAreFieldsNotGiven() throws {
        guard case .success(let decoded) = decode(minimal + #","agreement":null,"indirectReseller":null,"actorRole":null}"#) else {
            return XCTFail("should decode")
        }
        XCTAssertNil(decoded.record.agreement)
        XCTAssertEqual(decoded.unknown, [])
    }

    /// Random bytes, invalid UTF-8, truncated records and deep nesting: an
    /// error each, never a crash.
    func testNoByteSequenceCrashes() throws {
        var generator = SystemRandomNumberGenerator()
        let valid = try Data(contentsOf: OnboardingInputs.fixtures.appendingPathComponent("valid-record.json"))
        var inputs: [Data] = [Data([0xFF, 0xFE, 0x7B]), Data("{\"id\":\"\u{0}\"".utf8), Data(),
                              Data(String(repeating: "[", count: 100_000).utf8),
                              Data(("{\"id\":" + String(repeating: "{\"a\":", count: 5_000)).utf8)]
        for length in stride(from: 1, to: valid.count, by: 37) { inputs.append(valid.prefix(length)) }
        for _ in 0..<300 {
            inputs.append(Data((0..<Int.random(in: 1...200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }))
            var mutated = valid
            mutated[Int.random(in: 0..<mutated.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            inputs.append(mutated)
        }
        let decoder = RecordDecoder()
        var failures = 0
        for input in inputs {
            if case .failure(let error) = decoder.decode(input) {
                failures += 1
                XCTAssertFalse(error.message.isEmpty)
            }
        }
        XCTAssertGreaterThan(failures, inputs.count / 2)
        if case .failure(let error) = decoder.decode(Data([0xFF, 0xFE, 0x7B])) {
            XCTAssertTrue(error.message.contains("UTF-8"), error.message)
        } else {
            XCTFail("invalid UTF-8 decoded")
        }
    }
}
