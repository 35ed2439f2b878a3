import Foundation

/// Decodes and judges one batch of records on one thread, into its output
/// bytes, its diagnostics and its counts.
struct BatchProcessor {
    let validator: Validator
    let options: ValidationRun.Options

    struct Result {
        var output: [UInt8] = []
        var diagnostics: [UInt8] = []
        var summary = ValidationRun.Summary()
    }

    func process(_ items: [InputItem]) -> Result {
        let decoder = RecordDecoder()
        var result = Result()
        result.output.reserveCapacity(items.count * 256)
        for item in items {
            let data: Data
            switch item.payload {
            case .failure(let error):
                result.diagnostics += "\(item.location): error: \(error.message)\n".utf8
                result.summary.unreadable += 1
                continue
            case .success(let bytes):
                data = bytes
            }
            switch decoder.decode(data) {
            case .failure(let error):
                result.diagnostics += "\(item.location): error: \(error.message)\n".utf8
                result.summary.unreadable += 1
            case .success(let (record, unknown)):
                for path in unknown {
                    result.diagnostics += "\(item.location): warning: unknown field \"\(path)\" (ignored)\n".utf8
                }
                result.summary.unknownFields += unknown.count
                result.summary.records += 1
                guard !options.decodeOnly else { continue }
                let verdict = validator.validate(record, asOf: options.asOf, locale: options.locale)
                if verdict.valid { result.summary.valid += 1 } else { result.summary.invalid += 1 }
                switch options.format {
                case .json: VerdictJSON.append(verdict, input: item.location, to: &result.output)
                case .text: VerdictText.append(verdict, input: item.location, to: &result.output)
                }
            }
        }
        return result
    }
}
