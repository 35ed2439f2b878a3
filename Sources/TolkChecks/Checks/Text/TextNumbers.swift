/// A number written in prose, read the same whatever the locale's way of
/// grouping digits and marking decimals: `1,000`, `1.000`, `1 000` and
/// `1000` are `1000`; `1.5` and `1,5` are `1.5`; leading zeros are dropped.
struct TextNumber: Sendable, Hashable {
    /// The value as compared (`1000`, `1.5`, `10.0.1` for version-like runs).
    var canonical: String
    /// The number as written.
    var text: String
    /// Its UTF-8 byte offsets in the scanned text.
    var utf8Range: Range<Int>
}

/// Finds the numbers of a text in one pass over its UTF-8 bytes.
enum TextNumberScanner {
    /// Every number in `text` outside web addresses and outside `masked`
    /// (UTF-8 ranges, the dates another check compares).
    static func numbers(in text: String, masked: [Range<Int>] = []) -> [TextNumber] {
        let bytes = Array(text.utf8)
        let skipped = (urlRanges(bytes) + masked).sorted { $0.lowerBound < $1.lowerBound }
        var out: [TextNumber] = []
        var skipIndex = 0
        var i = 0
        while i < bytes.count {
            while skipIndex < skipped.count, skipped[skipIndex].upperBound <= i { skipIndex += 1 }
            if skipIndex < skipped.count, skipped[skipIndex].contains(i) {
                i = skipped[skipIndex].upperBound
                continue
            }
            guard isDigit(bytes[i]) else {
                // Straight to the next digit: only a digit starts a number, and a skipped
                // range is left at the first digit inside it.
                i = bytes[(i + 1)...].firstIndex(where: isDigit) ?? bytes.count
                continue
            }
            let (number, end) = scanNumber(bytes, from: i)
            // Ranges are sorted by start: only those starting before the number's end can overlap it.
            let overlapsSkip = skipped[skipIndex...].prefix { $0.lowerBound < end }.contains { $0.upperBound > i }
            // `:00` is the minutes of a full hour (`17:00`), which one side may leave out.
            let fullHour = number.text == "00" && i > 0 && (bytes[i - 1] == UInt8(ascii: ":") || bytes[i - 1] == UInt8(ascii: "."))
            if !overlapsSkip, !fullHour { out.append(number) }
            i = end
        }
        return out
    }

    private enum Separator: Equatable {
        case comma, period, apostrophe, space, fullWidthComma
    }

    /// Reads digit groups and the separators between them from `start` (a digit).
    private static func scanNumber(_ bytes: [UInt8], from start: Int) -> (TextNumber, Int) {
        var groups: [String] = []
        var separators: [Separator] = []
        var end = digitRunEnd(bytes, from: start)
        groups.append(ascii(bytes[start..<end]))
        while let (mark, length) = separator(bytes, at: end), end + length < bytes.count,
              isDigit(bytes[end + length]) {
            let runStart = end + length
            let runEnd = digitRunEnd(bytes, from: runStart)
            if mark == .space || mark == .apostrophe || mark == .fullWidthComma {
                // Only thousands grouping: `1 000`, `10'000`; "page 2 3" is two numbers.
                let groupsSoFarAreThousands = groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }
                guard runEnd - runStart == 3, groupsSoFarAreThousands,
                      separators.allSatisfy({ $0 == mark }) else { break }
            }
            separators.append(mark)
            groups.append(ascii(bytes[runStart..<runEnd]))
            end = runEnd
        }
        var value = canonical(groups, separators)
        if separators.isEmpty {
            if let roundTheClock = roundTheClockEnd(bytes, number: value, from: end) {
                let text = String(decoding: bytes[start..<roundTheClock], as: UTF8.self)
                return (TextNumber(canonical: "24x7", text: text, utf8Range: start..<roundTheClock), roundTheClock)
            }
            if hasLeadingDecimalMark(bytes, at: start) {
                value = "0." + groups[0]
            } else if let hour = Int(value), (1...12).contains(hour), let afternoon = meridiem(bytes, from: end) {
                // On a 24-hour clock: 7 PM is 19, 12 PM is 12, 12 AM is 0.
                value = String(hour % 12 + (afternoon ? 12 : 0))
            }
        }
        if let (zeros, length) = multiplier(bytes, at: end) {
            value = shifted(value, by: zeros)
            end += length
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return (TextNumber(canonical: value, text: text, utf8Range: start..<end), end)
    }

    /// `.80` (a price written without its zero): a decimal mark after a space, `$`, `(` or the start.
    private static func hasLeadingDecimalMark(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start >= 1, bytes[start - 1] == UInt8(ascii: ".") || bytes[start - 1] == UInt8(ascii: ",") else {
            return false
        }
        guard start >= 2 else { return true }
        let before = bytes[start - 2]
        return before == UInt8(ascii: " ") || before == UInt8(ascii: "$") || before == UInt8(ascii: "(")
    }

    /// `7 PM`, `7:30 p.m.`, `12:01am`: true for PM, false for AM, nil without either.
    private static func meridiem(_ bytes: [UInt8], from end: Int) -> Bool? {
        var i = end
        if i + 2 < bytes.count, bytes[i] == UInt8(ascii: ":"), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]) { i += 3 }
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i + 1 < bytes.count else { return nil }
        let letter = bytes[i] | 0x20
        guard letter == UInt8(ascii: "p") || letter == UInt8(ascii: "a") else { return nil }
        var m = i + 1
        if bytes[m] == UInt8(ascii: "."), m + 1 < bytes.count { m += 1 }
        guard bytes[m] | 0x20 == UInt8(ascii: "m"), m + 1 >= bytes.count || !isWordByte(bytes[m + 1]) else {
            return nil
        }
        return letter == UInt8(ascii: "p")
    }

    /// `24x7`, `24 X 7`, `24/7`: "round the clock", which translations write as a word.
    private static func roundTheClockEnd(_ bytes: [UInt8], number: String, from end: Int) -> Int? {
        guard number == "24" else { return nil }
        var i = end
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] | 0x20 == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "/") {
            i += 1
        } else if i + 1 < bytes.count, bytes[i] == 0xC3, bytes[i + 1] == 0x97 { // ×
            i += 2
        } else {
            return nil
        }
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "7"), i + 1 >= bytes.count || !isDigit(bytes[i + 1]) else {
            return nil
        }
        return i + 1
    }

    /// `10k`, `USD300K` (thousands), `30 万` (ten thousands), `3 亿` (hundred millions):
    /// the number of zeros the suffix stands for, and its length in bytes.
    private static func multiplier(_ bytes: [UInt8], at end: Int) -> (Int, Int)? {
        guard end < bytes.count else { return nil }
        // `20 K`, `1-K`
        let space = bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "-") ? 1 : 0
        let i = end + space
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "k") {
            let after = i + 1 < bytes.count ? bytes[i + 1] : 0x20
            // `20 K participants`, `$10k`; not `5 km`, `10 Kunden`.
            return isWordByte(after) || (space == 1 && bytes[i] != UInt8(ascii: "K")) ? nil : (3, space + 1)
        }
        guard bytes[end] != UInt8(ascii: "-") else { return nil
        }
        guard i + 2 < bytes.count, bytes[i] == 0xE4 else { return nil }
        if bytes[i + 1] == 0xB8, bytes[i + 2] == 0x87 { return (4, space + 3) } // 万
        if bytes[i + 1] == 0xBA, bytes[i + 2] == 0xBF { return (8, space + 3) } // 亿
        return nil
    }

    /// `value` times ten to the `zeros`; version-like values stay as they are.
    static func shifted(_ value: String, by zeros: Int) -> String {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return value }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        while fraction.count < zeros { fraction += "0" }
        let whole = trimmedZeros(String(parts[0]) + fraction.prefix(zeros))
        let rest = fraction.dropFirst(zeros)
        return rest.isEmpty ? whole : whole + "." + rest
    }

    /// One reading for every locale's way of writing the same number.
    private static func canonical(_ groups: [String], _ separators: [Separator]) -> String {
        guard let last = separators.last, let first = separators.first else { return trimmedZeros(groups[0]) }
        let middle = groups.dropFirst().dropLast()
        // 1,000 / 1.000 / 1 000 / 1,000,000: one kind of separator between groups of three.
        if separators.allSatisfy({ $0 == first }), groups[0].count <= 3,
           groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return trimmedZeros(groups.joined())
        }
        // 1.5 / 1,5 / 1,000.50 / 1.000,50 / 1 000,5: grouping, then a decimal mark of another kind.
        if last == .comma || last == .period, separators.dropLast().allSatisfy({ $0 != last && $0 == first }),
           middle.allSatisfy({ $0.count == 3 }), separators.count == 1 || groups[0].count <= 3 {
            let whole = trimmedZeros(groups.dropLast().joined())
            let fraction = groups.last ?? ""
            // 18.00 is 18: a full hour or a round price.
            return fraction.allSatisfy { $0 == "0" } ? whole : whole + "." + fraction
        }
        // Version-like runs (10.0.1) compare as written, whatever the marks.
        return groups.map(trimmedZeros).joined(separator: ".")
    }

    private static func trimmedZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    private static func separator(_ bytes: [UInt8], at index: Int) -> (Separator, Int)? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: ","): return (.comma, 1)
        case UInt8(ascii: "."): return (.period, 1)
        case UInt8(ascii: "'"): return (.apostrophe, 1)
        case UInt8(ascii: " "): return (.space, 1)
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
            return (.space, 2) // no-break space
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
            switch bytes[index + 2] {
            case 0xAF, 0x89: return (.space, 3) // narrow no-break space, thin space
            case 0x99: return (.apostrophe, 3) // right single quotation mark
            default: return nil
            }
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8C:
            return (.fullWidthComma, 3) // ，
        default:
            return nil
        }
    }

    /// Web addresses (`https://…`, `www.…`) up to the next space: their digits are not numbers of the sentence.
    private static func urlRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i + 4 <= bytes.count {
            // Both prefixes start with `h` or `w` in either case: other bytes are passed at once.
            let first = bytes[i] | 0x20
            guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else {
                i += 1
                continue
            }
            let startsURL = startsWith(bytes, at: i, "http://") || startsWith(bytes, at: i, "https://")
                || (startsWith(bytes, at: i, "www.") && (i == 0 || !isWordByte(bytes[i - 1])))
            guard startsURL else {
                i += 1
                continue
            }
            var end = i
            while end < bytes.count, !isSpaceByte(bytes[end]) { end += 1 }
            ranges.append(i..<end)
            i = end
        }
        return ranges
    }

    private static func startsWith(_ bytes: [UInt8], at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { buffer in
            for k in 0..<count {
                let byte = bytes[index + k]
                // ASCII letters match in either case.
                let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if lowered != buffer[k] { return false }
            }
            return true
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    private static func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte >= 0x80
    }

    private static func digitRunEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end
    }

    private static func ascii(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
