import Foundation

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

    /// Line starts of one file, as `TolkParser.LineTable` computes them.
    private struct Lines {
        let bytes: Data
        let starts: [Int]

        init(_ data: Data) {
            // Index from 0 whatever slice `Data` we were given.
            let bytes = Data(data)
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var starts = [bom]
            var i = bom
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\n") {
                    starts.append(i + 1)
                } else if byte == UInt8(ascii: "\r") {
                    if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
            self.bytes = bytes
            self.starts = starts
        }

        /// Where a line's text ends, before its line break.
        func contentEnd(ofLine line: Int) -> Int {
            var end = line < starts.count ? starts[line] : bytes.count
            let start = starts[line - 1]
            while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
                end -= 1
            }
            return end
        }
    }
}
