import Foundation
import TolkChecks
import TolkModel
import XCTest

/// JUnit XML output, read back with a JUnit parser that is not ours (PyPI
/// `junitparser`): suites are checks, test cases files, failures findings.
final class JUnitReporterTests: XCTestCase {
    /// Reads a JUnit file with junitparser and prints what it saw as JSON.
    private static let readScript = """
        import json, sys
        from junitparser import JUnitXml, Failure, Error, Skipped
        xml = JUnitXml.fromfile(sys.argv[1])
        suites = []
        for suite in xml:
            cases = []
            for case in suite:
                results = [{"kind": type(r).__name__, "message": r.message, "type": r.type, "text": r.text}
                           for r in case.result]
                cases.append({"name": case.name, "classname": case.classname, "results": results})
            properties = {p.name: p.value for p in suite.properties()}
            suites.append({"name": suite.name, "tests": suite.tests, "failures": suite.failures,
                           "errors": suite.errors, "properties": properties, "cases": cases})
        root = {"tests": xml.tests, "failures": xml.failures, "errors": xml.errors}
        # The counts a reader computes itself, not the attributes we wrote.
        xml.update_statistics()
        computed = {"tests": xml.tests, "failures": xml.failures, "errors": xml.errors}
        print(json.dumps({"root": root, "computed": computed, "suites": suites}))
        """

    private struct Read {
        var root: [String: Int]
        var computed: [String: Int]
        var suites: [[String: Any]]

        func suite(_ name: String) -> [String: Any]? { suites.first { $0["name"] as? String == name } }

        static func cases(_ suite: [String: Any]?) -> [[String: Any]] { suite?["cases"] as? [[String: Any]] ?? [] }

        static func results(_ testCase: [String: Any]) -> [[String: Any]] {
            testCase["results"] as? [[String: Any]] ?? []
        }
    }

    private func read(_ report: CheckReport, file: StaticString = #filePath, line: UInt = #line) throws -> Read {
        let folder = try ReporterScratch()
        try ReporterPython.require("junitparser", pipPackage: "junitparser", in: folder)
        let path = try folder.write(JUnitReporter().render(report), to: "tolk.xml")
        let output = try ReporterPython.script(Self.readScript, [path], in: folder)
        let object = try XCTUnwrap(try ReporterPython.json(output, file: file, line: line) as? [String: Any],
                                   file: file, line: line)
        return Read(root: object["root"] as? [String: Int] ?? [:], computed: object["computed"] as? [String: Int] ?? [:],
                    suites: object["suites"] as? [[String: Any]] ?? [])
    }

    func testJunitparserSeesOneSuitePerCheckOneCasePerFileAndOneFailurePerFinding() throws {
        let report = ReporterFixtures.report()
        let read = try read(report)
        XCTAssertEqual(read.suites.map { $0["name"] as? String },
                       ReporterFixtures.checks.map(\.id) + ["mystery-check"])
        var expectedTests = 0
        for suite in read.suites {
            let id = try XCTUnwrap(suite["name"] as? String)
            let findings = report.findings.filter { $0.check == id }
            let files = Set(findings.map(\.path))
            let cases = Read.cases(suite)
            XCTAssertEqual(cases.count, max(files.count, 1), id)
            XCTAssertEqual(suite["tests"] as? Int, cases.count, id)
            XCTAssertEqual(suite["failures"] as? Int, findings.count, id)
            XCTAssertEqual(suite["errors"] as? Int, 0, id)
            XCTAssertEqual(cases.flatMap(Read.results).count, findings.count, id)
            expectedTests += cases.count
            for testCase in cases {
                XCTAssertEqual(testCase["classname"] as? String, "tolk.\(id)")
            }
            if files.isEmpty {
                XCTAssertEqual(cases.first?["name"] as? String, JUnitReporter.cleanCaseName)
                XCTAssertEqual(cases.first.map(Read.results)?.count, 0)
            } else {
                XCTAssertEqual(Set(cases.compactMap { $0["name"] as? String }), files, id)
            }
        }
        XCTAssertEqual(read.root["tests"], expectedTests)
        XCTAssertEqual(read.root["failures"], report.findings.count)
        XCTAssertEqual(read.computed["tests"], expectedTests)
        XCTAssertEqual(read.computed["failures"], report.findings.count)
        XCTAssertEqual(read.computed["errors"], 0)
    }

    func testFailuresCarryMessageSeverityAndPosition() throws {
        let report = ReporterFixtures.report()
        let read = try read(report)
        let links = Read.cases(read.suite("link-mismatch"))
        XCTAssertEqual(links.count, 1)
        XCTAssertEqual(links[0]["name"] as? String, "de-DE/roles.md")
        let failures = Read.results(links[0])
        XCTAssertEqual(failures.map { $0["kind"] as? String }, ["Failure", "Failure"])
        XCTAssertEqual(failures.map { $0["type"] as? String }, ["warning", "warning"])
        XCTAssertEqual(failures.map { $0["message"] as? String },
                       ["the target links to 'a.md', the source to 'b.md'", "the target has 2 links, the source 3"])
        XCTAssertEqual(failures[0]["text"] as? String,
                       "de-DE/roles.md:5:14: warning [link-mismatch] the target links to 'a.md', the source to 'b.md'"
                       + "\nsegment: 14-1\nlocale: de-DE")
        XCTAssertEqual(failures[1]["text"] as? String,
                       "de-DE/roles.md:9:2: warning [link-mismatch] the target has 2 links, the source 3\nlocale: de-DE")
        let unpaired = read.suite("span-unpaired")
        XCTAssertEqual((unpaired?["properties"] as? [String: String])?["category"], "pairs")
        XCTAssertEqual((unpaired?["properties"] as? [String: String])?["defaultSeverity"], "warning")
        let types = Read.cases(unpaired).flatMap(Read.results).compactMap { $0["type"] as? String }
        XCTAssertEqual(types, ["error", "note"])
    }

    func testMarkupAndControlCharactersSurviveAsText() throws {
        let message = "tags <b> & \"quotes\" 'single' ]]> esc\u{1B} nul\u{0} bell\u{7} \u{FFFF} tab\there\nline\rcr"
        let odd = "sv-SE/<&>\"'\u{1}.md"
        let report = ReporterFixtures.report(extra: [
            ReporterFixtures.finding("date-mismatch", .error, odd, 4, 2, segment: "1-<2>", message),
        ])
        let xml = JUnitReporter().render(report)
        // Nothing XML 1.0 forbids appears raw.
        let forbidden = xml.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF
        }
        XCTAssertEqual(forbidden.map(\.value), [])

        let read = try read(report)
        let cases = Read.cases(read.suite("date-mismatch"))
        XCTAssertEqual(cases.count, 1)
        // Controls come back as their visible stand-ins, everything else exactly.
        let shown = "tags <b> & \"quotes\" 'single' ]]> esc\u{241B} nul\u{2400} bell\u{2407} \u{FFFD} tab\there\nline\rcr"
        XCTAssertEqual(cases[0]["name"] as? String, "sv-SE/<&>\"'\u{2401}.md")
        let failure = try XCTUnwrap(Read.results(cases[0]).first)
        XCTAssertEqual(failure["message"] as? String, shown)
        XCTAssertEqual(failure["type"] as? String, "error")
        XCTAssertEqual(failure["text"] as? String,
                       "sv-SE/<&>\"'\u{2401}.md:4:2: error [date-mismatch] \(shown)\nsegment: 1-<2>")
    }

    func testACleanRunHasOnePassingCasePerCheck() throws {
        let report = ReporterFixtures.clean()
        let read = try read(report)
        XCTAssertEqual(read.suites.count, ReporterFixtures.checks.count)
        for suite in read.suites {
            let cases = Read.cases(suite)
            XCTAssertEqual(cases.map { $0["name"] as? String }, [JUnitReporter.cleanCaseName])
            XCTAssertEqual(cases.flatMap(Read.results).count, 0)
        }
        XCTAssertEqual(read.computed["tests"], ReporterFixtures.checks.count)
        XCTAssertEqual(read.computed["failures"], 0)
    }

    func testDocumentShapeAndDeterminism() throws {
        let report = ReporterFixtures.report()
        let xml = JUnitReporter().render(report)
        XCTAssertEqual(xml, JUnitReporter().render(report))
        XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tolk check\""))
        XCTAssertTrue(xml.hasSuffix("</testsuites>\n"))
        XCTAssertFalse(xml.contains("timestamp"))
        XCTAssertTrue(xml.contains("<testcase name=\"nl-NL/TOC.md\" classname=\"tolk.frontmatter-missing\" time=\"0\">"))
    }
}
