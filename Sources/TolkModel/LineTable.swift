/// Maps between byte offsets and (line, column) positions of one file.
///
/// Line ends are LF, CRLF or a lone CR, as in CommonMark. The parser makes
/// positions with it; reporters that convert columns read files the same way.
public struct LineTable: Sendable {
    /// Byte offset where each line starts; `starts[0]` is line 1.
    public private(set) var starts: [Int]
    public let byteCount: Int

    public init(_ bytes: UnsafeBufferPointer<UInt8>, firstLineOffset: Int = 0) {
        var starts = [firstLineOffset]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var i = firstLineOffset
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
        self.starts = starts
        self.byteCount = n
    }

    public var lineCount: Int { starts.count }

    /// The byte offset of a position, clamped into the file.
    public func offset(of location: SourceLocation) -> Int {
        let line = min(max(location.line, 1), starts.count)
        return min(max(starts[line - 1] + location.column - 1, 0), byteCount)
    }

    /// The position of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        // Binary search for the last line start <= offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - starts[low] + 1)
    }

    /// The byte range of a line's content, without its line ending.
    public func contentRange(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard line >= 1, line <= starts.count else { return byteCount..<byteCount }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : byteCount
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }
}
