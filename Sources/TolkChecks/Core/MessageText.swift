/// How messages quote the document: short, on one line.
enum MessageText {
    /// `text` with line breaks as spaces, cut to at most `limit` characters
    /// with `…` marking the cut (messages quote short excerpts only).
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        let flat = text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
        return flat.count <= limit ? flat : String(flat.prefix(max(1, limit - 1))) + "…"
    }

    /// `1 day`, `402 days`: in findings and in the status report.
    static func dayCount(_ days: Int) -> String {
        days == 1 ? "1 day" : "\(days) days"
    }
}
