import Foundation

/// How an input holds its records.
public enum RecordInputFormat: String, Sendable, CaseIterable {
    /// One JSON record per line.
    case jsonl
    /// One JSON record, or an array of records.
    case json
    /// A header row of record paths, then one record per row.
    case csv

    /// By extension: `.csv`, `.json`; anything else (`.jsonl`, `.ndjson`, stdin) is JSON Lines.
    public static func guess(path: String) -> RecordInputFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": .csv
        case "json": .json
        default: .jsonl
        }
    }
}

/// One record's JSON as read, with where it was read, or why a line or row
/// could not be read at all.
struct InputItem: Sendable {
    /// `file:line` (or `file[index]` in a JSON array).
    var location: String
    var payload: Result<Data, UnreadableRecord>
}

/// Streams an input's records in batches: what `ValidationRun` validates
/// concurrently, in order.
struct RecordBatcher {
    let name: String
    let format: RecordInputFormat
    let batchSize: Int

    /// Reads `descriptor` to its end, calling `batch` with each full batch
    /// and `warning` for input-level warnings (unknown CSV columns).
    func read(_ descriptor: Int32, batch: ([InputItem]) -> Void, warning: (String) -> Void) throws {
        let reader = ChunkedReader(descriptor: descriptor)
        var items: [InputItem] = []
        items.reserveCapacity(batchSize)
        func add(_ item: InputItem) {
            items.append(item)
            if items.count >= batchSize {
                batch(items)
                items.removeAll(keepingCapacity: true)
            }
        }
        switch format {
        case .jsonl:
            var splitter = LineSplitter()
            let emit = { (line: Int, bytes: ArraySlice<UInt8>) in
                var bytes = bytes
                if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
                guard bytes.contains(where: { !Self.isJSONSpace($0) }) else { return }
                add(InputItem(location: "\(name):\(line)", payload: .success(Data(bytes))))
            }
            while case let chunk = try reader.next(), !chunk.isEmpty { splitter.feed(chunk, emit: emit) }
            splitter.finish(emit: emit)
        case .csv:
            var parser = CSVParser()
            var mapper: CSVRecordMapper?
            let emit = { (row: CSVParser.Row) in
                switch row.fields {
                case .failure(let error):
                    add(InputItem(location: "\(name):\(row.line)", payload: .failure(error)))
                case .success(let fields):
                    guard let mapper else {
                        let header = CSVRecordMapper(header: fields)
                        for column in header.unknownColumns {
                            warning("\(name):\(row.line): warning: unknown column \"\(column)\" (ignored)")
                        }
                        mapper = header
                        return
                    }
                    if CSVRecordMapper.isBlank(fields) { return }
                    add(InputItem(location: "\(name):\(row.line)", payload: mapper.json(fields)))
                }
            }
            while case let chunk = try reader.next(), !chunk.isEmpty { parser.feed(chunk, emit: emit) }
            parser.finish(emit: emit)
        case .json:
            // A single JSON document is read whole: it is one record or a small array of them.
            var data = Data()
            while case let chunk = try reader.next(), !chunk.isEmpty { data.append(contentsOf: chunk) }
            for item in Self.jsonItems(data, name: name) { add(item) }
        }
        if !items.isEmpty { batch(items) }
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// An array's elements each as a record; anything else is one record.
    private static func jsonItems(_ data: Data, name: String) -> [InputItem] {
        guard data.first(where: { !isJSONSpace($0) }) == UInt8(ascii: "["),
              let array = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [Any]
        else { return [InputItem(location: name, payload: .success(data))] }
        return array.enumerated().map { index, element in
            let location = "\(name)[\(index)]"
            guard JSONSerialization.isValidJSONObject(element),
                  let bytes = try? JSONSerialization.data(withJSONObject: element) else {
                return InputItem(location: location, payload: .failure(UnreadableRecord(message: "not a JSON record: expected an object")))
            }
            return InputItem(location: location, payload: .success(bytes))
        }
    }
}
