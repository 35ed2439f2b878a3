import Foundation
import TolkModel
import XCTest
@testable import TolkRules

/// The same input gives the same table (and the same JSON bytes) whatever
/// the order of the extractions and the number of workers.
final class SeedDeterminismTests: XCTestCase {
    func testReversedExtractionsBuildTheSameTable() throws {
        let compiled = try CompiledRules.seeds.get()
        let builder = RuleTableBuilder(configuration: compiled.configuration)
        let reversed = builder.build(compiled.extractions.reversed())
        XCTAssertEqual(reversed, compiled.table)
        XCTAssertEqual(try RuleTableJSON.encode(reversed), try RuleTableJSON.encode(compiled.table))
        var shuffled = compiled.extractions
        shuffled.swapAt(0, shuffled.count - 1)
        shuffled.swapAt(1, 2)
        XCTAssertEqual(builder.build(shuffled), compiled.table)
    }

    func testOneWorkerGivesTheSameTableAsTwo() throws {
        let compiled = try CompiledRules.seeds.get()
        let single = try CompiledRules.compile([RulesTestInputs.seeds], configuration: compiled.configuration, jobs: 1)
        XCTAssertEqual(single.extractions.map(\.path), compiled.extractions.map(\.path))
        XCTAssertEqual(single.table, compiled.table)
        XCTAssertEqual(try RuleTableJSON.encode(single.table), try RuleTableJSON.encode(compiled.table))
    }

    func testBuildingTwiceGivesTheSameBytes() throws {
        let compiled = try CompiledRules.seeds.get()
        let again = RuleTableBuilder(configuration: compiled.configuration).build(compiled.extractions)
        XCTAssertEqual(try RuleTableJSON.encode(again), try RuleTableJSON.encode(compiled.table))
    }

    /// The history has many versions of each document: order must not decide
    /// which text is current or which variant gets which id.
    func testHistoryInReverseOrderBuildsTheSameTable() throws {
        let compiled = try CompiledRules.history.get()
        let reversed = RuleTableBuilder(configuration: compiled.configuration).build(compiled.extractions.reversed())
        XCTAssertEqual(reversed.rules.map(\.id), compiled.table.rules.map(\.id))
        XCTAssertEqual(reversed, compiled.table)
    }

    /// Sanity check that the comparison can fail: one extraction fewer is another table.
    func testADifferentInputIsADifferentTable() throws {
        let compiled = try CompiledRules.seeds.get()
        let fewer = RuleTableBuilder(configuration: compiled.configuration).build(Array(compiled.extractions.dropLast()))
        XCTAssertNotEqual(fewer, compiled.table)
        XCTAssertNotEqual(fewer.generated.contentHash, compiled.table.generated.contentHash)
    }
}
