/// Small text helpers the document checks share.
enum DocumentText {
    /// `text` without leading and trailing white space (Foundation's trimming
    /// is slow on Linux, and this runs once per link).
    static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarProperties.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !ScalarProperties.isWhitespace($0) }) else { return "" }
        return text[first...last]
    }
}
