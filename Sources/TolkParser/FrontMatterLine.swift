/// One line of a file, as cmark breaks lines (LF, CRLF or CR): content
/// `start..<contentEnd`, the next line at `next`.
struct FrontMatterLine {
    var start: Int
    var contentEnd: Int
    var next: Int

    /// The line starting at byte offset `start`.
    init(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var i = start
        while i < count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        self.start = start
        contentEnd = i
        if i < count {
            next = bytes[i] == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
        } else {
            next = i
        }
    }

    /// Whether the line ends with a line break (the file's last line may not).
    var hasLineEnding: Bool { next > contentEnd }

    /// Whether the line is a front matter fence: exactly three `marker`
    /// bytes, then only spaces and tabs.
    func isFence(in bytes: UnsafeBufferPointer<UInt8>, marker: UInt8) -> Bool {
        guard contentEnd - start >= 3,
              bytes[start] == marker, bytes[start + 1] == marker, bytes[start + 2] == marker
        else { return false }
        var i = start + 3
        while i < contentEnd {
            guard bytes[i] == 0x20 || bytes[i] == 0x09 else { return false }
            i += 1
        }
        return true
    }
}
