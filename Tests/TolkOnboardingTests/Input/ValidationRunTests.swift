import Foundation
import TolkModel
import TolkOnboarding
import XCTest

/// Whole inputs through `ValidationRun`: JSON Lines with bad lines among
/// good ones, CSV with quoted fields, the same bytes on any thread count.
final class ValidationRunTests: XCTestCase {
    struct Outcome {
        var output: String
        var diagnostics: String
        var summary: ValidationRun.Summary
    }

    private func run(_ path: URL, format: RecordInputFormat, jobs: Int = 2, batchSize: Int = 3,
                     outputFormat: ValidationRun.Format = .json, decodeOnly: Bool = false) throws -> Outcome {
        let directory = try OnboardingInputs.temporaryDirectory(for: self)
        let out = directory.appendingPathComponent("out"), err = directory.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        let options = ValidationRun.Options(asOf: day("2100-01-01"), format: outputFormat, decodeOnly: decodeOnly,
                                            jobs: jobs, batchSize: batchSize)
        let run = ValidationRun(validator: Validator(rules: try OnboardingInputs.table()), options: options)
        var summary: ValidationRun.Summary
        do {
            let output = BufferedOutput(descriptor: outHandle.fileDescriptor)
            let diagnostics = BufferedOutput(descriptor: errHandle.fileDescriptor)
            summary = run.run(path: path.path, format: format, output: output, diagnostics: diagnostics)
            output.write(run.summaryText(summary))
            output.flush()
            diagnostics.flush()
        }
        try outHandle.close()
        try errHandle.close()
        return Outcome(output: try String(contentsOf: out, encoding: .utf8),
                       diagnostics: try String(contentsOf: err, encoding: .utf8), summary: summary)
    }

    /// Valid and broken records with garbage between them.
    private func jsonLines() throws -> URL {
        let valid = try String(contentsOf: OnboardingInputs.fixtures.appendingPathComponent("valid-record.json"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        var lines: [Data] = []
        for index in 0..<20 {
            switch index % 5 {
            case 0: lines.append(Data(valid.replacingOccurrences(of: "fixture-valid", with: "v\(index)").utf8))
            case 1: lines.append(Data(valid.replacingOccurrences(of: "fixture-valid", with: "i\(index)")
                .replacingOccurrences(of: "Admin agent", with: "Nobody").utf8))
            case 2: lines.append(Data([0xC3, 0x28, 0x7B, 0xFF]))
            case 3: lines.append(Data(#"{"id":"t\#(index)","submittedOn":"2024-06-03","partnerType":7}"#.utf8))
            default: lines.append(Data("   ".utf8))
            }
        }
        let url = try OnboardingInputs.temporaryDirectory(for: self).appendingPathComponent("records.jsonl")
        try lines.reduce(Data()) { $0 + $1 + Data([0x0A]) }.write(to: url)
        return url
    }

    func testBadLinesAreReportedWithTheirNumberAndTheRestContinues() throws {
        let outcome = try run(try jsonLines(), format: .jsonl)
        XCTAssertEqual(outcome.summary.records, 8)
        XCTAssertEqual(outcome.summary.valid, 4)
        XCTAssertEqual(outcome.summary.invalid, 4)
        XCTAssertEqual(outcome.summary.unreadable, 8)
        XCTAssertEqual(outcome.summary.exitStatus, 2)
        let lines = outcome.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 9, "one verdict per record, then the summary")
        XCTAssertTrue(lines.last!.hasPrefix(#"{"summary":"#))
        // Verdicts in input order, each a JSON object with the promised members.
        let records = try lines.dropLast().map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(records.compactMap { $0["record"] as? String }, ["v0", "i1", "v5", "i6", "v10", "i11", "v15", "i16"])
        let violation = try XCTUnwrap((records[1]["violations"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(violation.keys), ["check", "rule", "kind", "severity", "field", "message", "locale", "fallback",
                                             "detail", "provenance"])
        XCTAssertEqual(violation["field"] as? String, "actorRole")
        // Provenance says where to read the rule: document, file, line, section anchor.
        let place = try XCTUnwrap(violation["provenance"] as? [String: Any])
        XCTAssertTrue(["document", "path", "line", "column", "anchor"].allSatisfy { place[$0] != nil }, "\(place)")
        XCTAssertFalse((place["anchor"] as? String ?? "").isEmpty)
        // Line numbers of the bad lines (3, 4, 8, 9 …), each named once.
        for line in [3, 4, 8, 9, 13, 14, 18, 19] {
            XCTAssertEqual(outcome.diagnostics.components(separatedBy: "records.jsonl:\(line): error:").count, 2,
                           "line \(line): \(outcome.diagnostics)")
        }
        XCTAssertTrue(outcome.diagnostics.contains("records.jsonl:4: error: partnerType: expected a string"))
    }

    func testOutputIsTheSameOnAnyNumberOfThreads() throws {
        let input = try jsonLines()
        let one = try run(input, format: .jsonl, jobs: 1, batchSize: 1000)
        let many = try run(input, format: .jsonl, jobs: 4, batchSize: 1)
        XCTAssertEqual(one.output, many.output)
        XCTAssertEqual(one.diagnostics, many.diagnostics)
        let decodeOnly = try run(input, format: .jsonl, decodeOnly: true)
        XCTAssertEqual(decodeOnly.summary.records, 8)
        XCTAssertEqual(decodeOnly.output.split(separator: "\n").count, 1, "the baseline writes only the summary")
    }

    func testCSVWithQuotedFieldsBecomesTheSameRecords() throws {
        let outcome = try run(OnboardingInputs.fixtures.appendingPathComponent("records.csv"), format: .csv)
        XCTAssertEqual(outcome.summary.records, 2)
        XCTAssertEqual(outcome.summary.unreadable, 2)
        XCTAssertTrue(outcome.diagnostics.contains("records.csv:5: error: the row has 3 fields; the header has 24"),
                      outcome.diagnostics)
        XCTAssertTrue(outcome.diagnostics.contains("records.csv:6: error: a quote inside an unquoted field"), outcome.diagnostics)
        // The first row is the valid fixture, field for field.
        let verdicts = outcome.output.split(separator: "\n").dropLast()
        XCTAssertTrue(verdicts.first?.contains(#""record":"fixture-valid","input":"#) ?? false)
        XCTAssertTrue(verdicts.first?.contains(#""valid":true"#) ?? false, String(verdicts.first ?? ""))
    }

    func testCSVRowsDecodeToTheRecordsTheyDescribe() throws {
        let directory = try OnboardingInputs.temporaryDirectory(for: self)
        let url = directory.appendingPathComponent("one.csv")
        try Data(("\u{FEFF}id,submittedOn,partnerType,customer.legalName,customer.address.lines,subscriptions,extra\r\n"
                  + "q1,2024-06-03,direct,\"Fabrikam, \"\"Nord\"\" AB\",\"Storgatan 1\r\nBox 22\",\"A: Plus:3;B:2\",x\r\n").utf8)
            .write(to: url)
        let records = try OnboardingCSV.records(inCSVFile: url).compactMap { try? $0.get() }
        XCTAssertEqual(records.count, 1)
        let record = try XCTUnwrap(records.first)
        XCTAssertEqual(record.customer?.legalName, #"Fabrikam, "Nord" AB"#)
        XCTAssertEqual(record.customer?.address?.lines, ["Storgatan 1", "Box 22"])
        XCTAssertEqual(record.subscriptions, [.init(offer: "A: Plus", licenses: 3), .init(offer: "B", licenses: 2)])
    }
}
