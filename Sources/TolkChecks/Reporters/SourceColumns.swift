import Foundation
import TolkModel

/// Turns Tolk's columns (UTF-8 bytes, 1-based) into UTF-16 code unit columns
/// (1-based), the unit SARIF viewers count in, from the text of the file.
///
/// A byte column says nothing about UTF-16 units unless the line's text
/// before it is known: `ü` is two bytes and one unit, `😀` four bytes and two
/// units. So each file is read once (through `read`) and its lines are split
/// the way Tolk's parser splits them: LF, CRLF or a lone CR, a UTF-8 BOM
/// not counted on line 1. A column is converted only when it lands on a
/// character boundary inside (or just past the end of) its line and the text
/// before it is valid UTF-8; otherwise there is no answer (`nil`), never a
/// guess.
struct SourceColumns {
    private let read: (String) -> Data?
    private var files: [String: Lines?] = [:]

    init(read: @escaping (String) -> Data?) {
        self.read = read
    }

    /// The UTF-16 column of the byte `column` on `line` of `path`, or `nil`
    /// when the file cannot be read or the position does not fit its text.
    mutating func utf16Column(path: String, line: Int, column: Int) -> Int? {
        // Column 1 is the first character in every unit; no text needed.
        if column == 1 { return 1 }
        guard line >= 1, column >= 1 else { return nil }
        if files[path] == nil { files[path] = read(path).map(Lines.init) }
        guard let lines = files[path] ?? nil, line <= lines.starts.count else { return nil }
        let start = lines.starts[line - 1]
        let end = lines.contentEnd(ofLine: line)
        let offset = start + column - 1
        guard offset <= end else { return nil }
        // Strict decoding: an invalid byte, or a prefix that stops inside a
        // character, gives no column.
        guard let prefix = String(validating: lines.bytes[start..<offset], as: UTF8.self) else { return nil }
        return prefix.utf16.count + 1
    }

    /// One file's bytes and their `LineTable` (the parser's line splitting).
    private struct Lines {
        let bytes: [UInt8]
        let table: LineTable

        init(_ data: Data) {
            let bytes = [UInt8](data)
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            self.bytes = bytes
            table = bytes.withUnsafeBufferPointer { LineTable($0, firstLineOffset: bom) }
        }

        var starts: [Int] { table.starts }

        /// Where a line's text ends, before its line break.
        func contentEnd(ofLine line: Int) -> Int {
            bytes.withUnsafeBufferPointer { table.contentRange(ofLine: line, in: $0).upperBound }
        }
    }
}
