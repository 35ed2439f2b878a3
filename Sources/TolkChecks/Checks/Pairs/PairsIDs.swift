/// How pair ids are written: `PREFIX-NUMBER` (`67d78-104`), the prefix
/// shared by every pair of a file.
enum PairsIDs {
    /// The parts of a `PREFIX-NUMBER` id; `nil` when `id` has another form.
    /// The prefix is ASCII letters and digits, the number ASCII digits.
    static func parts(_ id: String) -> (prefix: Substring, number: Substring)? {
        let bytes = id.utf8
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let afterDash = bytes.index(after: dash)
        guard dash > bytes.startIndex, afterDash < bytes.endIndex,
              bytes[..<dash].allSatisfy(isASCIIAlphanumeric),
              bytes[afterDash...].allSatisfy(isASCIIDigit) else { return nil }
        return (id[..<dash], id[afterDash...])
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
