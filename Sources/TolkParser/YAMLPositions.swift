import TolkModel
import Yams

// Positions: Yams reports libyaml marks in its own terms; Tolk reports file
// lines and UTF-8 byte columns, as cmark does.

extension LineTable {
    /// The file position of a Yams mark in `region`; the region's start
    /// when there is no mark.
    func location(of mark: Mark?, in region: YAMLRegion) -> SourceLocation {
        location(of: mark.map(region.byteOffset(of:)) ?? region.start)
    }
}

/// A stretch of YAML in the file, and the way libyaml (through Yams) counts
/// positions in it: lines broken also by NEL, LS and PS, columns counted in
/// Unicode scalars of the text after invalid UTF-8 was replaced.
struct YAMLRegion {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    /// Byte offsets of the starts of libyaml's lines, line 1 first.
    let lineStarts: [Int]

    /// The YAML in `bytes[start..<end]`.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.bytes = bytes
        self.start = start
        self.end = end
        var starts = [start]
        var i = start
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                i += 1
                starts.append(i)
            } else if b == 0x0D {
                i += i + 1 < end && bytes[i + 1] == 0x0A ? 2 : 1
                starts.append(i)
            } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0x85 {
                i += 2
                starts.append(i)
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                i += 3
                starts.append(i)
            } else {
                i += 1
            }
        }
        lineStarts = starts
    }

    /// The YAML text handed to Yams (invalid UTF-8 replaced by U+FFFD).
    var text: String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The byte offset of a Yams mark (1-based line and scalar column).
    func byteOffset(of mark: Mark) -> Int {
        let line = min(max(mark.line, 1), lineStarts.count)
        return advance(from: lineStarts[line - 1], scalars: mark.column - 1)
    }

    /// The byte offset `scalars` decoded Unicode scalars after `offset`.
    func advance(from offset: Int, scalars: Int) -> Int {
        guard scalars > 0, offset < end else { return min(offset, end) }
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<end]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = offset
        var remaining = scalars
        while remaining > 0 {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): position += scalar.count
            case .error(let length): position += length
            case .emptyInput: return position
            }
            remaining -= 1
        }
        return position
    }
}
