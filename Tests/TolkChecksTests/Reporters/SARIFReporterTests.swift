import Foundation
import TolkChecks
import TolkModel
import XCTest

/// SARIF 2.1.0 output: its shape, its columns, and two readers that are not
/// ours — the OASIS JSON Schema (Python's `jsonschema`) and `sarif-tools`.
final class SARIFReporterTests: XCTestCase {
    /// Texts of the fixture files, for the column conversion.
    static let sources: [String: String] = [
        "de-DE/roles.md": "---\ntitle: Rollen\n<span>x</span>\n\nGröße 😀 x\n\n\n\nüber\n",
        "nl-NL/TOC.md": "# Inhalt\n",
    ]

    static func reporter(_ sources: [String: String] = sources) -> SARIFReporter {
        SARIFReporter(toolVersion: "9.8.7") { path in sources[path].map { Data($0.utf8) } }
    }

    private func log(_ report: CheckReport, _ reporter: SARIFReporter = reporter(),
                     file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let text = reporter.render(report)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                             file: file, line: line)
    }

    private func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        return runs[0]
    }

    private func results(_ run: [String: Any]) throws -> [[String: Any]] {
        try XCTUnwrap(run["results"] as? [[String: Any]])
    }

    private func region(_ result: [String: Any]) throws -> [String: Any] {
        let locations = try XCTUnwrap(result["locations"] as? [[String: Any]])
        XCTAssertEqual(locations.count, 1)
        let physical = try XCTUnwrap(locations[0]["physicalLocation"] as? [String: Any])
        return try XCTUnwrap(physical["region"] as? [String: Any])
    }

    private func artifactLocation(_ result: [String: Any]) throws -> [String: Any] {
        let locations = try XCTUnwrap(result["locations"] as? [[String: Any]])
        let physical = try XCTUnwrap(locations[0]["physicalLocation"] as? [String: Any])
        return try XCTUnwrap(physical["artifactLocation"] as? [String: Any])
    }

    // MARK: - Shape

    func testLogHasOneRunWithTheToolAndEveryCheckAsARule() throws {
        let report = ReporterFixtures.report()
        let log = try log(report)
        XCTAssertEqual(log["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try run(log)
        XCTAssertEqual(run["columnKind"] as? String, "utf16CodeUnits")
        XCTAssertEqual(run["newlineSequences"] as? [String], ["\r\n", "\n", "\r"])
        let invocations = try XCTUnwrap(run["invocations"] as? [[String: Any]])
        XCTAssertEqual(invocations.count, 1)
        XCTAssertEqual(invocations[0]["executionSuccessful"] as? Bool, true)

        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "tolk")
        XCTAssertEqual(driver["version"] as? String, "9.8.7")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        // Every known check in order, then the one id only a finding names.
        XCTAssertEqual(rules.map { $0["id"] as? String },
                       ReporterFixtures.checks.map(\.id) + ["mystery-check"])
        XCTAssertEqual(rules.map { $0["name"] as? String },
                       ["SpanUnpaired", "LinkMismatch", "DateMismatch", "FrontmatterMissing", "MysteryCheck"])
        let linkRule = rules[1]
        XCTAssertEqual((linkRule["shortDescription"] as? [String: Any])?["text"] as? String,
                       "a target whose links differ from its source's")
        let full = try XCTUnwrap((linkRule["fullDescription"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(full.hasPrefix("A target whose links differ from its source's."), full)
        XCTAssertEqual((linkRule["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")
        XCTAssertEqual((linkRule["properties"] as? [String: Any])?["category"] as? String, "content")
        XCTAssertEqual((rules[3]["defaultConfiguration"] as? [String: Any])?["level"] as? String, "warning")
        // The undescribed check has a rule to point at, and claims nothing about it.
        XCTAssertNil(rules[4]["defaultConfiguration"])
        XCTAssertNil(rules[4]["properties"])
        XCTAssertNotNil((rules[4]["shortDescription"] as? [String: Any])?["text"] as? String)
    }

    func testOneResultPerFindingPointingAtItsRuleAndArtifact() throws {
        let report = ReporterFixtures.report()
        let run = try run(try log(report))
        let results = try results(run)
        XCTAssertEqual(results.count, report.findings.count)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]
            as? [[String: Any]])
        let artifacts = try XCTUnwrap(run["artifacts"] as? [[String: Any]])
        let artifactURIs = artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
        // Each file with findings once, sorted by path; clean files are left out.
        XCTAssertEqual(artifactURIs.count, Set(report.findings.map(\.path)).count)
        XCTAssertEqual(Set(artifactURIs).count, artifactURIs.count)
        XCTAssertFalse(artifactURIs.contains("nl-NL/clean.md"))

        for (finding, result) in zip(report.findings, results) {
            XCTAssertEqual(result["ruleId"] as? String, finding.check)
            let ruleIndex = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[ruleIndex]["id"] as? String, finding.check)
            XCTAssertEqual(result["level"] as? String, finding.severity.rawValue)
            XCTAssertEqual((result["message"] as? [String: Any])?["text"] as? String, finding.message)
            XCTAssertEqual(try region(result)["startLine"] as? Int, finding.line)
            XCTAssertEqual(result["partialFingerprints"] as? [String: String],
                           ["tolkFingerprint/v1": finding.fingerprint])
            let location = try artifactLocation(result)
            let index = try XCTUnwrap(location["index"] as? Int)
            XCTAssertEqual(artifactURIs[index], location["uri"] as? String)
            let properties = result["properties"] as? [String: Any]
            XCTAssertEqual(properties?["segment"] as? String, finding.segment)
            XCTAssertEqual(properties?["locale"] as? String, finding.locale)
            if finding.segment == nil, finding.locale == nil { XCTAssertNil(properties) }
        }
        let roles = artifacts.map { $0["roles"] as? [String] }
        // The absolute path is no checked file of the fixture; the others are analysis targets.
        XCTAssertEqual(roles.filter { $0 == ["analysisTarget"] }.count, artifacts.count - 1)
    }

    func testPathsArePercentEncodedURIs() throws {
        let extra = [
            ReporterFixtures.finding("date-mismatch", .note, "a:b/50% [draft]?.md", 1, 1, "odd characters"),
            ReporterFixtures.finding("date-mismatch", .note, "/abs/a b/ü.md", 1, 1, "absolute"),
        ]
        let report = ReporterFixtures.report(extra: extra)
        let results = try results(try run(try log(report)))
        var seen: [String: [String: Any]] = [:]
        for (finding, result) in zip(report.findings, results) { seen[finding.path] = try artifactLocation(result) }

        func uri(_ path: String) -> String? { seen[path]?["uri"] as? String }
        XCTAssertEqual(uri("sv-SE/dir with space/ö#1.md"), "sv-SE/dir%20with%20space/%C3%B6%231.md")
        XCTAssertEqual(uri("a:b/50% [draft]?.md"), "a%3Ab/50%25%20%5Bdraft%5D%3F.md")
        XCTAssertEqual(uri("de-DE/roles.md"), "de-DE/roles.md")
        XCTAssertEqual(uri("/abs/a b/ü.md"), "file:///abs/a%20b/%C3%BC.md")
        XCTAssertEqual(seen["de-DE/roles.md"]?["uriBaseId"] as? String, "%SRCROOT%")
        XCTAssertNil(seen["/abs/a b/ü.md"]?["uriBaseId"])
        for (path, location) in seen {
            let uri = try XCTUnwrap(location["uri"] as? String)
            XCTAssertNotNil(URL(string: uri), uri)
            XCTAssertTrue(uri.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " }, uri)
            let decoded = uri.hasPrefix("file://") ? String(uri.dropFirst("file://".count)) : uri
            XCTAssertEqual(decoded.removingPercentEncoding, path)
        }
    }

    func testOutputIsDeterministicWithSortedKeys() throws {
        let report = ReporterFixtures.report()
        let first = Self.reporter().render(report)
        XCTAssertEqual(first, Self.reporter().render(report))
        XCTAssertTrue(first.hasPrefix("{\n  \"$schema\""), String(first.prefix(40)))
        // Re-serializing with sorted keys keeps the key order of every object.
        let object = try JSONSerialization.jsonObject(with: Data(first.utf8))
        let resorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        let keys = { (text: String) in
            text.matches(of: /"([^"\\]|\\.)*" ?:/).map { String($0.output.0).filter { $0 != " " } }
        }
        let plain = String(decoding: resorted, as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
        XCTAssertEqual(keys(first), keys(plain))
    }

    func testEmptyReportStillListsTheRules() throws {
        let run = try run(try log(ReporterFixtures.clean()))
        XCTAssertEqual(try results(run).count, 0)
        XCTAssertEqual((run["artifacts"] as? [Any])?.count, 0)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual((driver["rules"] as? [Any])?.count, ReporterFixtures.checks.count)
    }

    // MARK: - Columns

    func testByteColumnsBecomeUTF16ColumnsOnlyWhenExact() throws {
        let report = ReporterFixtures.report()
        let results = try results(try run(try log(report)))
        var columns: [String: Int?] = [:]
        for (finding, result) in zip(report.findings, results) {
            columns["\(finding.path):\(finding.line):\(finding.column)"] = try region(result)["startColumn"] as? Int
        }
        XCTAssertEqual(columns["de-DE/roles.md:3:1"], 1)
        // "Größe 😀 x": byte 14 is the x; in UTF-16 units it is column 10.
        XCTAssertEqual(columns["de-DE/roles.md:5:14"], 10)
        // Byte 2 of "über" is inside the ü: no column rather than a wrong one.
        XCTAssertEqual(columns["de-DE/roles.md:9:2"], .some(nil))
        // A file that cannot be read: column 1 needs no text, others are left out.
        XCTAssertEqual(columns["nl-NL/TOC.md:1:1"], 1)
        XCTAssertEqual(columns["sv-SE/dir with space/ö#1.md:2:5"], .some(nil))
        XCTAssertEqual(columns["/abs/path/x.md:7:3"], .some(nil))
    }

    func testColumnsFollowTolksLineBreaksAndSkipTheBOM() throws {
        let text = "\u{FEFF}ab€c\r\nline two\rÅx\n"
        let cases: [(line: Int, column: Int, expected: Int?)] = [
            (1, 6, 4),     // a b € c: the c, after a 3-byte €; the BOM is not counted
            (2, 9, 9),     // just past the end of "line two"
            (2, 10, nil),  // beyond the line
            (3, 3, 2),     // after a lone CR: "Åx", the x
            (4, 2, nil),   // the empty last line
            (7, 2, nil),   // no such line
        ]
        let findings = cases.map {
            ReporterFixtures.finding("date-mismatch", .note, "bom.md", $0.line, $0.column, "at \($0.line):\($0.column)")
        }
        let summary = CheckSummary(files: 1, documents: 1, locales: [], findings: findings, suppressed: 0, baselined: 0)
        let report = CheckReport(findings: findings, checks: ReporterFixtures.checks, files: [], summary: summary)
        let results = try results(try run(try log(report, Self.reporter(["bom.md": text]))))
        for (item, result) in zip(cases, results) {
            XCTAssertEqual(try region(result)["startColumn"] as? Int, item.expected, "\(item.line):\(item.column)")
            XCTAssertEqual(try region(result)["startLine"] as? Int, item.line)
        }
    }

    func testTheDefaultReaderReadsTheFileAtThePath() throws {
        let folder = try ReporterScratch()
        let path = try folder.write("ça va\n", to: "fr.md")
        let finding = ReporterFixtures.finding("date-mismatch", .note, path, 1, 4, "the v")
        let summary = CheckSummary(files: 1, documents: 1, locales: [], findings: [finding], suppressed: 0, baselined: 0)
        let report = CheckReport(findings: [finding], checks: ReporterFixtures.checks, files: [], summary: summary)
        let results = try results(try run(try log(report, SARIFReporter(toolVersion: "1"))))
        XCTAssertEqual(try region(results[0])["startColumn"] as? Int, 3)
    }

    // MARK: - Readers that are not ours

    /// The committed OASIS schema (see sarif-schema-2.1.0.NOTICE.md), with Python's `jsonschema`.
    static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("sarif-schema-2.1.0.json").path

    private static let validateScript = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
        out = []
        for path in sys.argv[2:]:
            instance = json.load(open(path, encoding="utf-8"))
            out.append(["/".join(str(p) for p in e.absolute_path) + ": " + e.message
                        for e in validator.iter_errors(instance)])
        print(json.dumps({"validator": validator_class.__name__, "errors": out}))
        """

    func testLogsAreValidAgainstTheOASISSchema() throws {
        let folder = try ReporterScratch()
        try ReporterPython.require("jsonschema", pipPackage: "jsonschema", in: folder)
        XCTAssertTrue(FileManager.default.fileExists(atPath: Self.schemaPath), Self.schemaPath)
        var broken = try log(ReporterFixtures.report())
        var runs = broken["runs"] as! [[String: Any]]
        var results = runs[0]["results"] as! [[String: Any]]
        results[0]["level"] = "fatal"
        runs[0]["results"] = results
        broken["runs"] = runs
        let brokenText = String(decoding: try JSONSerialization.data(withJSONObject: broken), as: UTF8.self)
        let quirky = ReporterFixtures.report(extra: [
            ReporterFixtures.finding("date-mismatch", .warning, "a:b/50% [draft]?.md", 2, 3, segment: "1-1",
                                     "quotes \" and \\ and a \u{1B} control"),
        ])
        let paths = [
            try folder.write(Self.reporter().render(ReporterFixtures.report()), to: "fixture.sarif"),
            try folder.write(Self.reporter().render(ReporterFixtures.clean()), to: "clean.sarif"),
            try folder.write(Self.reporter().render(quirky), to: "quirky.sarif"),
            try folder.write(brokenText, to: "broken.sarif"),
        ]
        let output = try ReporterPython.script(Self.validateScript, [Self.schemaPath] + paths, in: folder)
        let answer = try XCTUnwrap(try ReporterPython.json(output) as? [String: Any])
        XCTAssertEqual(answer["validator"] as? String, "Draft4Validator")
        let errors = try XCTUnwrap(answer["errors"] as? [[String]])
        XCTAssertEqual(errors.count, 4)
        XCTAssertEqual(errors[0], [])
        XCTAssertEqual(errors[1], [])
        XCTAssertEqual(errors[2], [])
        // The validator does refuse a bad log, so the empty lists above mean something.
        XCTAssertTrue(errors[3].contains { $0.contains("runs/0/results/0/level") }, "\(errors[3])")
    }

    /// `sarif-tools` (PyPI; `python3 -m sarif` is its `sarif` command).
    private func sarifTools(_ arguments: [String], in folder: ReporterScratch,
                            file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let outcome = try ReporterPython.run(["-m", "sarif"] + arguments, in: folder)
        XCTAssertEqual(outcome.status, 0, "sarif \(arguments.joined(separator: " ")): \(outcome.errors)",
                       file: file, line: line)
        return outcome.output
    }

    /// `error: N` lines of `sarif summary`.
    private func summaryCounts(_ summary: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for match in summary.matches(of: /(?m)^(error|warning|note): (\d+)$/) {
            counts[String(match.output.1)] = Int(match.output.2)
        }
        return counts
    }

    private static let csvScript = """
        import csv, json, sys
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            print(json.dumps(list(csv.DictReader(f))))
        """

    func testSarifToolsReadsTheLogWithTheSameCounts() throws {
        let folder = try ReporterScratch()
        try ReporterPython.require("sarif", pipPackage: "sarif-tools", in: folder)
        let report = ReporterFixtures.report()
        let path = try folder.write(Self.reporter().render(report), to: "tolk.sarif")

        let summary = try sarifTools(["summary", path], in: folder)
        XCTAssertEqual(summaryCounts(summary), ReporterFixtures.levels(report.findings), summary)

        _ = try sarifTools(["csv", path, "--output", folder.url("tolk.csv").path], in: folder)
        let csv = try ReporterPython.script(Self.csvScript, [folder.url("tolk.csv").path], in: folder)
        let rows = try XCTUnwrap(try ReporterPython.json(csv) as? [[String: String]])
        XCTAssertEqual(rows.count, report.findings.count)
        XCTAssertEqual(rows.reduce(into: ["error": 0, "warning": 0, "note": 0]) { $0[$1["Severity"] ?? "?", default: 0] += 1 },
                       ReporterFixtures.levels(report.findings))
        XCTAssertEqual(Set(rows.map { $0["Tool"] }), ["tolk"])
        func key(_ check: String?, _ line: String?, _ message: String?) -> String {
            "\(check ?? "?")|\(line ?? "?")|\(message ?? "?")"
        }
        XCTAssertEqual(rows.map { key($0["Code"], $0["Line"], $0["Description"]) }.sorted(),
                       report.findings.map { key($0.check, String($0.line), $0.message) }.sorted())
    }

    func testSarifToolsReadsACleanLog() throws {
        let folder = try ReporterScratch()
        try ReporterPython.require("sarif", pipPackage: "sarif-tools", in: folder)
        let path = try folder.write(Self.reporter().render(ReporterFixtures.clean()), to: "clean.sarif")
        let summary = try sarifTools(["summary", path], in: folder)
        XCTAssertEqual(summaryCounts(summary), ["error": 0, "warning": 0, "note": 0], summary)
    }
}
