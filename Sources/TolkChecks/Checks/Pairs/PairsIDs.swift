/// How pair ids are written: `PREFIX-NUMBER` (`67d78-104`), the prefix
/// shared by every pair of a file.
enum PairsIDs {
    /// The parts of a `PREFIX-NUMBER` id; `nil` when `id` has another form.
    /// The prefix is ASCII letters and digits, the number ASCII digits.
    static func parts(_ id: String) -> (prefix: Substring, number: Substring)? {
        // Every pair's id is read: bytes through a pointer, then one index into the string.
        let dashOffset: Int? = id.withUTF8Bytes { bytes in
            guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")), dash > 0, dash + 1 < bytes.count,
                  bytes[..<dash].allSatisfy(isASCIIAlphanumeric),
                  bytes[(dash + 1)...].allSatisfy(isASCIIDigit) else { return nil }
            return dash
        }
        guard let dashOffset else { return nil }
        let dash = id.utf8.index(id.utf8.startIndex, offsetBy: dashOffset)
        return (id[..<dash], id[id.utf8.index(after: dash)...])
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIIDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether `message` cites a `line:column` position (`at 7:1`).
    static func citesPosition(_ message: String) -> Bool {
        var digitsBefore = false
        var sawColon = false
        for character in message {
            if character.isASCII, character.isNumber {
                if sawColon { return true }
                digitsBefore = true
            } else if character == ":", digitsBefore {
                sawColon = true
            } else {
                digitsBefore = false
                sawColon = false
            }
        }
        return false
    }
}
