/// Small text helpers the document checks share.
enum DocumentText {
    /// `text` cut to at most `limit` characters, an ellipsis marking the cut;
    /// line breaks become spaces so a message stays on one line.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        MessageText.excerpt(text, limit: limit)
    }

    /// `text` without leading and trailing white space (Foundation's trimming
    /// is slow on Linux, and this runs once per link).
    static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarProperties.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !ScalarProperties.isWhitespace($0) }) else { return "" }
        return text[first...last]
    }
}
