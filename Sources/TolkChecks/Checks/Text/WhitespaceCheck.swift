import TolkModel

/// Reports whitespace a pair's target has and its source does not: a
/// leading or trailing space inside the target's tags, or a doubled space
/// between words. Machine translation and careless edits leave them; they
/// show as gaps, break bold and code markers next to them, and make the
/// target differ from the source where nothing was meant to differ.
///
/// Works on the exact bytes between the tags (`rawTarget`, `rawSource`).
/// Only whitespace the target adds is reported, never whitespace it lacks:
/// Chinese and Japanese targets have no spaces between words or sentences
/// where their English sources do. Spaces at the start or end of a line
/// (indentation of a continued list item, a Markdown hard break) are not
/// doubled spaces.
struct WhitespaceCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "whitespace", category: .content, defaultSeverity: .note,
        summary: "A pair's target has leading, trailing or doubled whitespace its source does not have.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard file.hasTranslatedPairs else { return }
        file.forEachSegment { _, segment in
            guard segment.rawTarget != segment.rawSource else { return }
            let target = segment.rawTarget, source = segment.rawSource
            guard !target.isEmpty else { return }
            if Self.startsWithSpace(target), !Self.startsWithSpace(source) {
                findings.add("the target starts with whitespace that the source does not have",
                             at: segment.location, segment: segment.id)
            }
            if Self.endsWithSpace(target), !Self.endsWithSpace(source) {
                findings.add("the target ends with whitespace that the source does not have",
                             at: segment.location, segment: segment.id)
            }
            let doubled = Self.doubledSpaces(target)
            guard let first = doubled.first else { return }
            let inSource = Self.doubledSpaces(source).count
            if doubled.count > inSource {
                let noun = doubled.count == 1 ? "a doubled space" : "\(doubled.count) doubled spaces"
                let message = inSource == 0
                    ? "the target has \(noun) ('\(first)') that the source does not have"
                    : "the target has \(noun) ('\(first)') where the source has \(inSource)"
                findings.add(message, at: segment.location, segment: segment.id)
            }
        }
    }

    /// The length in bytes of the space that starts at `index`: ASCII space and tab, no-break
    /// (U+00A0), narrow no-break (U+202F), thin (U+2009) and ideographic (U+3000) spaces; 0 for none.
    static func spaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        guard index + 2 < bytes.count else { return 0 }
        if byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89 { return 3 }
        if byte == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// The length in bytes of a space that ends just before `end`; 0 for none.
    static func spaceLength(_ bytes: [UInt8], endingAt end: Int) -> Int {
        for length in [1, 2, 3] where end - length >= 0 {
            if spaceLength(bytes, at: end - length) == length { return length }
        }
        return 0
    }

    private static func isNewline(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    static func startsWithSpace(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if isNewline(first) { return true }
        // Most texts start with a letter: no bytes are copied for them.
        return startsSpace(first) && spaceLength(Array(text.utf8.prefix(3)), at: 0) > 0
    }

    static func endsWithSpace(_ text: String) -> Bool {
        guard let last = text.utf8.last else { return false }
        if isNewline(last) { return true }
        // Most texts end with a letter or a stop: no bytes are copied for them.
        guard endsSpace(last) else { return false }
        let tail = Array(text.utf8.suffix(3))
        return spaceLength(tail, endingAt: tail.count) > 0
    }

    /// Each run of two or more spaces between two other characters on one line, as a short
    /// excerpt around it (the words on either side), in text order.
    static func doubledSpaces(_ text: String) -> [String] {
        guard mayHaveDoubledSpace(text) else { return [] }
        let bytes = Array(text.utf8)
        var found: [String] = []
        var index = 0
        while index < bytes.count {
            let first = spaceLength(bytes, at: index)
            guard first > 0 else {
                index += 1
                continue
            }
            var end = index, count = 0
            while end < bytes.count {
                let length = spaceLength(bytes, at: end)
                guard length > 0 else { break }
                end += length
                count += 1
            }
            let inLine = index > 0 && end < bytes.count && !isNewline(bytes[index - 1]) && !isNewline(bytes[end])
            if count >= 2, inLine {
                found.append(excerpt(bytes, from: index, to: end))
            }
            index = end
        }
        return found
    }

    /// Whether `byte` may be the first byte of a space `spaceLength` knows.
    private static func startsSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3
    }

    /// Whether `byte` may be the last byte of a space `spaceLength` knows
    /// (` `, tab, and the last byte of U+00A0, U+202F, U+2009, U+3000).
    private static func endsSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0xA0 || byte == 0xAF || byte == 0x89 || byte == 0x80
    }

    /// Whether two spaces may stand next to each other: a byte that ends a
    /// space followed by one that starts a space. Most texts have none, and
    /// are passed without copying their bytes.
    private static func mayHaveDoubledSpace(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var previousEndsSpace = false
            for byte in bytes {
                if previousEndsSpace, startsSpace(byte) { return true }
                previousEndsSpace = endsSpace(byte)
            }
            return false
        }
    }

    /// Up to 12 characters either side of the run, on its line, the run as it is.
    private static func excerpt(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        // UTF-8 continuation bytes are 10xxxxxx: a character starts at every other byte.
        func startsCharacter(_ index: Int) -> Bool { bytes[index] & 0xC0 != 0x80 }
        var lower = start, characters = 0
        while lower > 0, !isNewline(bytes[lower - 1]) {
            lower -= 1
            if startsCharacter(lower) {
                characters += 1
                if characters == 12 { break }
            }
        }
        var upper = end
        characters = 0
        while upper < bytes.count, !isNewline(bytes[upper]) {
            if startsCharacter(upper) {
                if characters == 12 { break }
                characters += 1
            }
            upper += 1
        }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
