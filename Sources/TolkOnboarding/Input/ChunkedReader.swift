import Foundation

/// Reads a file descriptor in fixed-size chunks, so input of any size is
/// streamed in constant memory.
struct ChunkedReader {
    let descriptor: Int32
    let chunkSize: Int

    init(descriptor: Int32, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.chunkSize = chunkSize
    }

    /// The next chunk, empty at the end; a read error throws.
    func next() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count >= 0 {
                buffer.removeSubrange(count...)
                return buffer
            }
            if errno != EINTR { throw InputReadError(message: String(cString: strerror(errno))) }
        }
    }
}

struct InputReadError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Splits chunks into lines (`\n`, a `\r` before it dropped), keeping the
/// 1-based number of each; a line may span chunks.
struct LineSplitter {
    private var pending: [UInt8] = []
    private(set) var lineNumber = 0

    /// Calls `emit` for each complete line in `chunk`.
    mutating func feed(_ chunk: [UInt8], emit: (Int, ArraySlice<UInt8>) -> Void) {
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            lineNumber += 1
            if pending.isEmpty {
                emit(lineNumber, Self.trimmed(chunk[start..<newline]))
            } else {
                pending += chunk[start..<newline]
                emit(lineNumber, Self.trimmed(pending[...]))
                pending.removeAll(keepingCapacity: true)
            }
            start = newline + 1
        }
        pending += chunk[start...]
    }

    /// The last line, when the input does not end with a line break.
    mutating func finish(emit: (Int, ArraySlice<UInt8>) -> Void) {
        guard !pending.isEmpty else { return }
        lineNumber += 1
        emit(lineNumber, Self.trimmed(pending[...]))
        pending.removeAll()
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 0x0D ? line.dropLast() : line
    }
}
