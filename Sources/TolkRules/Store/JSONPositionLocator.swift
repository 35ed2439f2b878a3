import Foundation

/// Finds where a value sits in JSON text by following a path from the root.
///
/// JSONDecoder reports a coding path but no position; this turns the path into
/// a line and column for diagnostics. It only skips over values to reach the
/// one named: the text was already accepted by JSONSerialization, so it does
/// not validate, and JSONDecoder still does the decoding.
struct JSONPositionLocator {
    struct Position: Equatable {
        /// 1-based.
        var line: Int
        /// 1-based, in UTF-8 bytes.
        var column: Int
    }

    /// Where a path led.
    struct Location {
        /// Offset of the value; when the path cannot be followed to the end
        /// (a missing key), of the deepest value reached.
        var valueOffset: Int
        /// Offset of the last member's key (its opening quote), when the path ends in a found key.
        var keyOffset: Int?
        var found: Bool
    }

    private let bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    /// The position of the value at `path` (of the deepest value reached when it is missing).
    func valuePosition(of path: [JSONPathComponent]) -> Position {
        position(ofOffset: locate(path).valueOffset)
    }

    /// The position of the key of the member at `path`, else of its value.
    func keyPosition(of path: [JSONPathComponent]) -> Position {
        let location = locate(path)
        return position(ofOffset: location.keyOffset ?? location.valueOffset)
    }

    /// The first byte of the value at `path`: tells its JSON type without decoding it.
    func firstByte(of path: [JSONPathComponent]) -> UInt8? {
        let location = locate(path)
        guard location.found, location.valueOffset < bytes.count else { return nil }
        return bytes[location.valueOffset]
    }

    func position(ofOffset offset: Int) -> Position {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return Position(line: line, column: offset - lineStart + 1)
    }

    func locate(_ path: [JSONPathComponent]) -> Location {
        var offset = skipWhitespace(0)
        var keyOffset: Int?
        for component in path {
            keyOffset = nil
            switch component {
            case .key(let wanted):
                guard let member = findMember(wanted, inObjectAt: offset) else {
                    return Location(valueOffset: offset, keyOffset: nil, found: false)
                }
                keyOffset = member.key
                offset = member.value
            case .index(let wanted):
                guard let element = findElement(wanted, inArrayAt: offset) else {
                    return Location(valueOffset: offset, keyOffset: nil, found: false)
                }
                offset = element
            }
        }
        return Location(valueOffset: offset, keyOffset: keyOffset, found: true)
    }

    // MARK: - Skipping over JSON text

    private func findMember(_ wanted: String, inObjectAt start: Int) -> (key: Int, value: Int)? {
        guard byte(at: start) == UInt8(ascii: "{") else { return nil }
        var offset = skipWhitespace(start + 1)
        while byte(at: offset) == UInt8(ascii: "\"") {
            let keyStart = offset
            let keyEnd = skipString(offset)
            let name = stringValue(from: keyStart, to: keyEnd)
            offset = skipWhitespace(keyEnd)
            guard byte(at: offset) == UInt8(ascii: ":") else { return nil }
            offset = skipWhitespace(offset + 1)
            if name == wanted { return (keyStart, offset) }
            offset = skipWhitespace(skipValue(offset))
            guard byte(at: offset) == UInt8(ascii: ",") else { return nil }
            offset = skipWhitespace(offset + 1)
        }
        return nil
    }

    private func findElement(_ wanted: Int, inArrayAt start: Int) -> Int? {
        guard byte(at: start) == UInt8(ascii: "["), wanted >= 0 else { return nil }
        var offset = skipWhitespace(start + 1)
        for _ in 0..<wanted {
            offset = skipWhitespace(skipValue(offset))
            guard byte(at: offset) == UInt8(ascii: ",") else { return nil }
            offset = skipWhitespace(offset + 1)
        }
        guard let first = byte(at: offset), first != UInt8(ascii: "]") else { return nil }
        return offset
    }

    private func byte(at offset: Int) -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private func skipWhitespace(_ start: Int) -> Int {
        var offset = start
        while let b = byte(at: offset), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { offset += 1 }
        return offset
    }

    /// From an opening quote to just past the closing one.
    private func skipString(_ start: Int) -> Int {
        var offset = start + 1
        while let b = byte(at: offset) {
            if b == UInt8(ascii: "\\") {
                offset += 2
            } else if b == UInt8(ascii: "\"") {
                return offset + 1
            } else {
                offset += 1
            }
        }
        return offset
    }

    /// From the first byte of any value to just past it.
    private func skipValue(_ start: Int) -> Int {
        guard let first = byte(at: start) else { return start }
        if first == UInt8(ascii: "\"") { return skipString(start) }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            var depth = 0
            var offset = start
            while let b = byte(at: offset) {
                switch b {
                case UInt8(ascii: "\""):
                    offset = skipString(offset)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return offset + 1 }
                default:
                    break
                }
                offset += 1
            }
            return offset
        }
        // A number or a literal: up to the next delimiter.
        var offset = start
        while let b = byte(at: offset), !",}] \n\r\t".utf8.contains(b) { offset += 1 }
        return offset
    }

    /// The decoded text of a string token (quotes included in the range).
    private func stringValue(from start: Int, to end: Int) -> String {
        let inner = bytes[(start + 1)..<max(start + 1, end - 1)]
        if !inner.contains(UInt8(ascii: "\\")) { return String(decoding: inner, as: UTF8.self) }
        // Escapes are rare in keys: let JSONSerialization undo them.
        let token = Data(bytes[start..<end])
        return (try? JSONSerialization.jsonObject(with: token, options: .fragmentsAllowed)) as? String
            ?? String(decoding: inner, as: UTF8.self)
    }
}
