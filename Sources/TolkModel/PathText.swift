/// Paths read as text, on their bytes. Every file of a run has its path
/// split several times (grouping, document names, slugs), and splitting a
/// whole path by Character cost more than the rest of that work.
public enum PathText {
    /// The last `count` non-empty `/`-separated components of `path`, in order.
    public static func lastComponents(_ path: String, _ count: Int) -> [Substring] {
        let utf8 = path.utf8
        var found: [Substring] = []
        var end = utf8.endIndex
        while found.count < count, end > utf8.startIndex {
            let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
            if start < end { found.append(path[start..<end]) }
            end = start > utf8.startIndex ? utf8.index(before: start) : start
        }
        return found.reversed()
    }
}
