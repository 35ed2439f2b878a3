import Foundation
import TolkModel
import TolkRules

/// Function words of every configured language, as one table: each word
/// maps to a bit set of the languages (indices into `languages`) that list it,
/// so a token costs one lookup however many languages there are.
struct DocumentFunctionWords: Sendable {
    /// Language codes, sorted; at most 64.
    let languages: [String]
    /// Word (lower case) → the languages that list it, by UTF-8 bytes.
    let table: FunctionWordTable
    /// The longest word in UTF-8 bytes: longer tokens are never looked up.
    let maxLength: Int

    init(_ words: [String: Set<String>]) {
        languages = Array(words.keys.sorted().prefix(64))
        var masks: [String: UInt64] = [:]
        var maxLength = 0
        for (index, language) in languages.enumerated() {
            for word in words[language] ?? [] {
                let key = word.lowercased()
                masks[key, default: 0] |= 1 << UInt64(index)
                maxLength = max(maxLength, key.utf8.count)
            }
        }
        self.maxLength = maxLength
        table = FunctionWordTable(masks)
    }

    /// The table for `words`, built once per run: every file of a run has the
    /// same settings, so the last table is kept and reused while they match.
    static func table(for words: [String: Set<String>]) -> DocumentFunctionWords {
        cache.withLock { last in
            if let last, last.words == words { return last.table }
            let table = DocumentFunctionWords(words)
            last = (words, table)
            return table
        }
    }

    private static let cache = LockedValue<(words: [String: Set<String>], table: DocumentFunctionWords)?>(nil)

    func bit(_ language: String) -> UInt64 {
        languages.firstIndex(of: language).map { 1 << UInt64($0) } ?? 0
    }
}

/// The tokens of a sentence as `wrong-language` counts them: runs of letters
/// and digits (hyphenated compounds kept whole), with the languages whose
/// function word each is and what makes a token part of a name.
///
/// Text is fed in pieces (`feed`), as a sentence is put together from the
/// inlines of a paragraph, and `end` closes the last token: the same tokens
/// as for the whole text at once. `reset` starts the next sentence, keeping
/// the buffers.
struct DocumentWords {
    struct Token {
        /// The languages that list this token as a function word.
        var languages: UInt64
        /// Only letters, not an acronym: a word that may be a function word.
        var isWord: Bool
        /// Holds a digit (`365`, `A5`), is an acronym, or starts with an
        /// upper-case letter not at the start of the sentence: how the words
        /// of product and feature names look.
        var isNameLike: Bool
    }

    private(set) var tokens: [Token] = []
    /// How many tokens are words.
    private(set) var wordCount = 0
    /// Whether a letter of a script other than Latin occurs.
    private(set) var hasNonLatinLetter = false
    /// Whether `=` or `*` occurs: a formula ("Unit Price * Quantity") names fields, it is not prose.
    private(set) var hasFormulaMark = false

    private let functionWords: DocumentFunctionWords
    /// The token's UTF-8 bytes, lower-cased scalar by scalar (as
    /// `String.lowercased()` does), looked up as bytes. Only tokens of at most
    /// `maxLength` bytes as written are looked up, so no more is kept; a
    /// scalar's lower case is at most three scalars of at most four bytes.
    private let key: TokenKeyBuffer
    private var token = TokenState()

    /// The token being read.
    private struct TokenState {
        var keyLength = 0
        var length = 0
        /// The token's length in UTF-8 bytes as written (lower-casing may change it).
        var writtenBytes = 0
        var hasDigit = false, startsUpper = false, allUpper = true
        var letters = 0
        var pendingHyphen = false
    }

    /// An empty sentence, to `feed`.
    init(functionWords: DocumentFunctionWords) {
        self.functionWords = functionWords
        key = TokenKeyBuffer(capacity: functionWords.maxLength + 16)
    }

    /// The tokens of `text`.
    init(_ text: String, functionWords: DocumentFunctionWords) {
        self.init(functionWords: functionWords)
        text.withUTF8Bytes { feed($0) }
        end()
    }

    /// Starts the next sentence.
    mutating func reset() {
        tokens.removeAll(keepingCapacity: true)
        wordCount = 0
        hasNonLatinLetter = false
        hasFormulaMark = false
        token = TokenState()
    }

    /// Closes the token being read, if any.
    mutating func end() {
        var state = token
        flush(&state)
        token = state
    }

    /// Reads `bytes` (whole scalars of valid UTF-8) on from where the last piece stopped.
    /// Every sentence of every file goes through here: the bytes are read through a
    /// pointer and decoded by hand, which costs a fraction of the unicode-scalar view's
    /// iterator, and the token's state is kept in locals while the loop runs.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var state = token
        defer { token = state }
        let maxLength = functionWords.maxLength
        let key = self.key.pointer, capacity = self.key.capacity

        func keep(_ byte: UInt8) {
            if state.keyLength < capacity { key[state.keyLength] = byte }
            state.keyLength += 1
        }

        var index = 0
        let count = bytes.count
        while index < count {
            // Most bytes are lower-case ASCII letters inside a word: a run of them
            // only extends the token, and is taken in one step.
            if bytes[index] &- UInt8(ascii: "a") < 26, state.length > 0, !state.pendingHyphen {
                var end = index + 1
                while end < count, bytes[end] &- UInt8(ascii: "a") < 26 { end += 1 }
                for offset in index..<end where state.writtenBytes + (offset - index) <= maxLength {
                    keep(bytes[offset])
                }
                let run = end - index
                state.writtenBytes += run
                state.letters += run
                state.length += run
                state.allUpper = false
                index = end
                continue
            }
            let (value, width) = ValidUTF8.scalar(at: index, in: bytes)
            let start = index
            index += width
            var isLetter = false, isDigit = false, isUpper = false
            var scalar = Unicode.Scalar(UInt8(0))
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: isLetter = true; isUpper = true
                case 0x61...0x7A: isLetter = true
                case 0x30...0x39: isDigit = true
                case 0x3D, 0x2A: hasFormulaMark = true // = *
                default: break
                }
            } else {
                scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if ScalarProperties.isAlphabetic(scalar) {
                    isLetter = true
                    isUpper = ScalarProperties.isUppercase(scalar)
                } else if case let properties = scalar.properties, properties.numericType != nil {
                    isDigit = true
                } else if case let properties = scalar.properties, properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                    isLetter = state.length > 0 // a combining mark continues its word
                }
            }
            if isLetter || isDigit {
                let keeps = state.writtenBytes <= maxLength
                if state.pendingHyphen {
                    // A hyphen between letters joins a compound ("Platform-as-a-Service").
                    if keeps { keep(UInt8(ascii: "-")) }
                    state.writtenBytes += 1
                    state.length += 1
                    state.pendingHyphen = false
                }
                if isLetter {
                    if state.length == 0 { state.startsUpper = isUpper }
                    if !isUpper { state.allUpper = false }
                    state.letters += 1
                    if value >= 0x80, !hasNonLatinLetter, Self.isNonLatin(value) { hasNonLatinLetter = true }
                    if value < 0x80 {
                        if keeps { keep(UInt8(truncatingIfNeeded: isUpper ? value + 0x20 : value)) }
                    } else if keeps {
                        if value <= 0xFF {
                            // Latin-1: an upper-case letter's lower case is 0x20 on (À → à).
                            let lower = isUpper ? value + 0x20 : value
                            keep(0xC0 | UInt8(truncatingIfNeeded: lower >> 6))
                            keep(0x80 | UInt8(truncatingIfNeeded: lower & 0x3F))
                        } else if value >= 0x3400 && value <= 0x9FFF {
                            // CJK ideographs have no case.
                            for offset in start..<index { keep(bytes[offset]) }
                        } else {
                            for byte in scalar.properties.lowercaseMapping.utf8 { keep(byte) }
                        }
                    }
                    state.writtenBytes += width
                } else {
                    state.hasDigit = true
                    if value < 0x80 {
                        if keeps { keep(UInt8(truncatingIfNeeded: value)) }
                        state.writtenBytes += 1
                    }
                }
                state.length += 1
            } else if value == 0x2D, state.length > 0, !state.pendingHyphen {
                state.pendingHyphen = true
            } else {
                state.pendingHyphen = false
                flush(&state)
            }
        }
    }

    /// Adds the token `state` holds, if any, and clears it.
    private mutating func flush(_ state: inout TokenState) {
        guard state.length > 0 else { return }
        // An acronym (`IT`, `US`, `ON`) is a name, never a function word.
        let isAcronym = state.letters >= 2 && state.allUpper
        let isWord = !state.hasDigit && !isAcronym
        var languages: UInt64 = 0
        if isWord {
            wordCount += 1
            if state.writtenBytes <= functionWords.maxLength, state.keyLength <= key.capacity {
                languages = functionWords.table.mask(of: UnsafeBufferPointer(start: key.pointer, count: state.keyLength))
            }
        }
        // A sentence's first word is capitalized whatever it is.
        let isNameLike = state.hasDigit || isAcronym || (state.startsUpper && !tokens.isEmpty)
        tokens.append(Token(languages: languages, isWord: isWord, isNameLike: isNameLike))
        state = TokenState()
    }

    /// Whether the token at `index` sits between two name-like tokens
    /// ("Dynamics 365 for Sales", "Protection and Governance"): a function
    /// word there belongs to a name, not to a sentence.
    func isInsideName(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index - 1].isNameLike && tokens[index + 1].isNameLike
    }

    /// A letter outside the Latin script and its extensions.
    static func isNonLatin(_ value: UInt32) -> Bool {
        switch value {
        case 0x0000...0x024F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF5A:
            return false
        default:
            return true
        }
    }
}

/// The bytes of the token being read, owned by one `DocumentWords` and its copies.
final class TokenKeyBuffer {
    let pointer: UnsafeMutablePointer<UInt8>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }
}

/// Function words by their UTF-8 bytes in an open-addressing hash table
/// (FNV-1a): `wrong-language` looks up every word of every file, and making a
/// String of each and hashing it with `Hasher` cost more than the tokenizing.
struct FunctionWordTable: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var start = 0
        var length = -1 // -1: empty
        var mask: UInt64 = 0
    }

    private let slots: [Slot]
    private let bytes: [UInt8]

    init(_ masks: [String: UInt64]) {
        var capacity = 16
        while capacity < masks.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var bytes: [UInt8] = []
        for (word, mask) in masks.sorted(by: { $0.key < $1.key }) {
            let hash = FNV1a.hash(word.utf8)
            var index = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[index].length >= 0 { index = (index + 1) & (capacity - 1) }
            slots[index] = Slot(hash: hash, start: bytes.count, length: word.utf8.count, mask: mask)
            bytes.append(contentsOf: word.utf8)
        }
        self.slots = slots
        self.bytes = bytes
    }

    /// The languages that list the word spelled by `key`; 0 for none.
    func mask(of key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let hash = FNV1a.hash(key)
        var index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let slot = slots[index]
            if slot.length < 0 { return 0 }
            if slot.hash == hash, slot.length == key.count,
               bytes[slot.start..<(slot.start + slot.length)].elementsEqual(key) {
                return slot.mask
            }
            index = (index + 1) & (slots.count - 1)
        }
    }
}
