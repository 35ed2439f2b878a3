import TolkModel

/// A sentence of a document, the unit sentence patterns and date recognition
/// run on: a span pair (target and English source), or a sentence of plain text.
struct TextUnit: Sendable {
    enum Kind: Sendable { case heading, paragraph, tableRow, other }

    /// The locale's text (the pair's target, or the document's own words).
    var target: String
    /// The English source: the pair's source side, or the text itself in a
    /// source-locale document; nil for plain translations.
    var source: String?
    var location: SourceLocation
    /// The pair's `data-ttu-id`.
    var segment: String?
    /// The headings above it.
    var headings: HeadingStack
    var kind: Kind
}

/// Splits plain text into sentences: after `.`, `!`, `?` followed by a space
/// and a capital or a non-letter, and after CJK full stops.
enum SentenceSplitter {
    /// Sentences with their UTF-8 offset in `text`.
    static func split(_ text: String) -> [(text: String, offset: Int)] {
        var result: [(String, Int)] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var startByte = 0
        var byte = 0
        var i = 0
        func flush(_ end: Int) {
            let sentence = String(String.UnicodeScalarView(scalars[start..<end])).collapsingWhitespace()
            if !sentence.isEmpty { result.append((sentence, startByte)) }
        }
        while i < scalars.count {
            let s = scalars[i]
            byte += String(s).utf8.count
            i += 1
            let cjkStop = s == "。" || s == "！" || s == "？"
            // "31. Januar": a dot after digits is a German or Nordic ordinal, not a stop.
            // Only after one or two digits: "2020." ends a sentence.
            let ordinalDot = s == "." && i >= 2 && isDigit(scalars[i - 2])
                && (i < 3 || !isDigit(scalars[i - 3]) || i < 4 || !isDigit(scalars[i - 4]))
            let latinStop = (s == "." || s == "!" || s == "?") && !ordinalDot && !(s == "." && isAbbreviation(scalars, dot: i - 1))
                && i < scalars.count
                && scalars[i].properties.isWhitespace && startsSentence(scalars, after: i)
            if cjkStop || latinStop {
                flush(i)
                start = i
                startByte = byte
            }
        }
        if start < scalars.count { flush(scalars.count) }
        return result
    }

    /// "z. B.", "e.g.", "z.B.": a dot after a one-letter word or inside a
    /// dotted word is an abbreviation, not a stop.
    private static func isAbbreviation(_ scalars: [Unicode.Scalar], dot: Int) -> Bool {
        var start = dot
        while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        let word = scalars[start..<dot]
        if word.contains(".") { return true }
        // A one-letter word ends an abbreviation only when another one
        // follows ("z. B."); "mit Umlaut ä. Dritte" still ends a sentence.
        guard word.count == 1, word.first!.properties.isAlphabetic else { return false }
        var next = dot + 1
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        return next + 1 < scalars.count && scalars[next].properties.isAlphabetic && scalars[next + 1] == "."
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func startsSentence(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var j = index
        while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
        guard j < scalars.count else { return true }
        let next = scalars[j]
        return !next.properties.isLowercase
    }
}
