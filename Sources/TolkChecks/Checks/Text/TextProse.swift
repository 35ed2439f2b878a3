import Foundation
import TolkModel

/// The words of one side of a pair as the text checks compare them: text,
/// emphasis, strong and link text, with code spans, `no-loc` terms and inline
/// HTML left out (other checks compare those) and full-width digits read as
/// ASCII digits, so `２０２０` and `2020` are the same number.
enum TextProse {
    /// The prose of `inlines`; nested pairs are read through `nested` (their
    /// target or their source). Left-out inlines leave a space, so numbers on
    /// either side of a code span do not run together.
    static func prose(_ inlines: [Inline], nested: (Int) -> [Inline]) -> String {
        var out = ""
        append(inlines, to: &out, nested: nested, depth: 0)
        return out
    }

    private static func append(_ inlines: [Inline], to out: inout String, nested: (Int) -> [Inline], depth: Int) {
        for inline in inlines {
            switch inline.kind {
            case .text(let text):
                appendNormalized(text, to: &out)
            case .softBreak, .lineBreak, .code, .html, .noLoc:
                out += " "
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                append(content, to: &out, nested: nested, depth: depth)
            case .segment(let index):
                // Pairs do not nest in well-formed files; a bound keeps a malformed one from looping.
                if depth < 8 { append(nested(index), to: &out, nested: nested, depth: depth + 1) }
            }
        }
    }

    /// Appends `text` with full-width digits (U+FF10…U+FF19) as ASCII digits.
    private static func appendNormalized(_ text: String, to out: inout String) {
        // Read on bytes: most texts have no full-width digit, and are appended as they are.
        let hasFullWidthDigit = text.withUTF8Bytes { bytes in
            bytes.indices.contains { isFullWidthDigit(at: $0, in: bytes) }
        }
        guard hasFullWidthDigit else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            if isFullWidthDigit(scalar), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                out.unicodeScalars.append(ascii)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    private static func isFullWidthDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF10...0xFF19).contains(scalar.value)
    }

    /// Whether a full-width digit (U+FF10…U+FF19, `EF BC 90`…`EF BC 99`) starts at `index`.
    private static func isFullWidthDigit(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] &- 0x90 < 10
    }

    /// Whether `text` holds an ASCII digit.
    static func hasDigit(_ text: String) -> Bool {
        text.containsUTF8Byte { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// Whether the raw bytes of either side of a pair hold a digit, ASCII or full-width
    /// (U+FF10…U+FF19, `EF BC 90…99`): a cheap test before any text is built.
    static func rawHasDigit(_ segment: Segment) -> Bool {
        hasAnyDigit(segment.rawTarget) || hasAnyDigit(segment.rawSource)
    }

    private static func hasAnyDigit(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var from = 0
            while let index = ByteSearch.firstDigitOrFullWidthLead(in: bytes, from: from) {
                if bytes[index] != 0xEF || isFullWidthDigit(at: index, in: bytes) { return true }
                from = index + 1
            }
            return false
        }
    }

    /// `text` cut to at most `limit` characters, with `…` when cut: messages quote short excerpts only.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        MessageText.excerpt(text.trimmingCharacters(in: .whitespacesAndNewlines), limit: limit)
    }
}

extension FileUnderCheck {
    /// The prose of a pair's target (see `TextProse`).
    func targetProse(_ segment: Segment) -> String {
        TextProse.prose(segment.target) { PairSide.target.inlines(of: $0, in: document.segments) }
    }

    /// The prose of a pair's source (see `TextProse`).
    func sourceProse(_ segment: Segment) -> String {
        TextProse.prose(segment.source) { PairSide.source.inlines(of: $0, in: document.segments) }
    }

    /// Whether the text checks compare this file's pairs: not in a source-language file.
    var hasTranslatedPairs: Bool {
        guard !isSourceDocument, !document.segments.isEmpty else { return false }
        return locale != settings.sourceLocale
    }
}

/// The pairs of a file whose raw text holds a digit and whose target is not
/// its source, with both sides' prose: what `date-mismatch` and
/// `number-mismatch` read, made once for the two.
struct NumberedPairs: Sendable {
    struct Pair: Sendable {
        /// The pair's index in the document's segments.
        let index: Int
        let targetProse: String
        let sourceProse: String
        /// The numbers of each side's prose (`TextNumberScanner.numbers(in:)`).
        let targetNumbers: [TextNumber]
        let sourceNumbers: [TextNumber]
    }

    let pairs: [Pair]

    init(_ file: FileUnderCheck) {
        var pairs: [Pair] = []
        file.forEachSegment { index, segment in
            guard TextProse.rawHasDigit(segment), segment.rawTarget != segment.rawSource else { return }
            let target = file.targetProse(segment), source = file.sourceProse(segment)
            pairs.append(Pair(index: index, targetProse: target, sourceProse: source,
                              targetNumbers: TextNumberScanner.numbers(in: target),
                              sourceNumbers: TextNumberScanner.numbers(in: source)))
        }
        self.pairs = pairs
    }
}

extension FileUnderCheck {
    /// The pairs with numbers (see `NumberedPairs`).
    var numberedPairs: NumberedPairs { memo.value(NumberedPairs.self) { NumberedPairs(self) } }
}
