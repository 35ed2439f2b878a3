import Foundation
import TolkModel

/// Streams records from inputs through a validator: read in chunks, cut
/// into batches, batches validated on all cores, verdicts written in input
/// order (the same bytes on any number of threads), then a summary.
public struct ValidationRun: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, json }

    public struct Options: Sendable {
        public var asOf: CalendarDate
        public var locale: String?
        public var format: Format
        /// Only decode the records (the benchmark's baseline): no verdicts.
        public var decodeOnly: Bool
        public var jobs: Int
        public var batchSize: Int

        public init(asOf: CalendarDate, locale: String? = nil, format: Format = .text, decodeOnly: Bool = false,
                    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 1024) {
            self.asOf = asOf
            self.locale = locale
            self.format = format
            self.decodeOnly = decodeOnly
            self.jobs = max(1, jobs)
            self.batchSize = max(1, batchSize)
        }
    }

    /// What a run saw.
    public struct Summary: Sendable, Equatable {
        public var records = 0
        public var valid = 0
        public var invalid = 0
        /// Lines, rows or records that could not be read or decoded.
        public var unreadable = 0
        /// Members no record field has (each a warning).
        public var unknownFields = 0
        /// Inputs that could not be opened or read.
        public var failedInputs = 0

        public init() {}

        /// 2 for bad input, else 1 when a record is invalid, else 0.
        public var exitStatus: Int32 {
            if unreadable > 0 || failedInputs > 0 { return 2 }
            return invalid > 0 ? 1 : 0
        }

        public mutating func add(_ other: Summary) {
            records += other.records
            valid += other.valid
            invalid += other.invalid
            unreadable += other.unreadable
            unknownFields += other.unknownFields
            failedInputs += other.failedInputs
        }
    }

    public let validator: Validator
    public let options: Options

    public init(validator: Validator, options: Options) {
        self.validator = validator
        self.options = options
    }

    /// Validates `path` (`-` for standard input) in `format`, writing
    /// verdicts to `output` and diagnostics (`file:line: error: …`) to `diagnostics`.
    public func run(path: String, format: RecordInputFormat, output: BufferedOutput,
                    diagnostics: BufferedOutput) -> Summary {
        let name = path == "-" ? "<stdin>" : path
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        var summary = Summary()
        guard descriptor >= 0 else {
            diagnostics.write("\(name): error: cannot open: \(String(cString: strerror(errno)))\n")
            summary.failedInputs = 1
            return summary
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var window: [[InputItem]] = []
        let windowSize = options.jobs * 2
        let batcher = RecordBatcher(name: name, format: format, batchSize: options.batchSize)
        do {
            try batcher.read(descriptor, batch: { batch in
                window.append(batch)
                if window.count >= windowSize {
                    summary.add(process(window, output: output, diagnostics: diagnostics))
                    window.removeAll(keepingCapacity: true)
                }
            }, warning: { diagnostics.write($0 + "\n") })
        } catch {
            diagnostics.write("\(name): error: cannot read: \(error)\n")
            summary.failedInputs = 1
        }
        summary.add(process(window, output: output, diagnostics: diagnostics))
        return summary
    }

    /// The summary line: a JSON object in `json` format.
    public func summaryText(_ summary: Summary) -> String {
        switch options.format {
        case .json:
            return "{\"summary\":{\"records\":\(summary.records),\"valid\":\(summary.valid),\"invalid\":\(summary.invalid),"
                + "\"unreadable\":\(summary.unreadable),\"unknownFields\":\(summary.unknownFields)}}\n"
        case .text:
            var text = "\(summary.records) record\(summary.records == 1 ? "" : "s"): \(summary.valid) valid, "
                + "\(summary.invalid) invalid, \(summary.unreadable) unreadable"
            if summary.unknownFields > 0 { text += ", \(summary.unknownFields) unknown field(s)" }
            return text + "\n"
        }
    }

    /// Validates the batches concurrently and writes their output in order.
    private func process(_ batches: [[InputItem]], output: BufferedOutput, diagnostics: BufferedOutput) -> Summary {
        guard !batches.isEmpty else { return Summary() }
        let results = ParallelMap.map(batches, jobs: options.jobs) { batch in
            BatchProcessor(validator: validator, options: options).process(batch)
        }
        var summary = Summary()
        for result in results {
            output.write(bytes: result.output)
            if !result.diagnostics.isEmpty { diagnostics.write(bytes: result.diagnostics) }
            summary.add(result.summary)
        }
        return summary
    }
}
