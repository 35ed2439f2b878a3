/// What two lists hold differently, counted as multisets: items of the
/// source the target lacks, and items of the target the source lacks, each
/// in the order they occur.
struct ContentDifference: Equatable {
    var missing: [String] = []
    var extra: [String] = []

    var isEmpty: Bool { missing.isEmpty && extra.isEmpty }

    init(source: [String], target: [String]) {
        var remaining: [String: Int] = [:]
        for item in target { remaining[item, default: 0] += 1 }
        for item in source {
            if let count = remaining[item], count > 0 {
                remaining[item] = count - 1
            } else {
                missing.append(item)
            }
        }
        for item in target.reversed() {
            if let count = remaining[item], count > 0 {
                remaining[item] = count - 1
                extra.append(item)
            }
        }
        extra.reverse()
    }

    /// A message naming the difference: `what 'a' in the source is 'b' in the
    /// target` when as many items changed as were added (up to three), else
    /// what is missing and what was added.
    func message(_ what: String, quote: (String) -> String) -> String {
        if missing.count == extra.count, (1...3).contains(missing.count) {
            // As many changed as added: read them as changed, in order.
            let changes = zip(missing, extra).enumerated().map { index, change in
                index == 0 ? "\(what) \(quote(change.0)) in the source is \(quote(change.1)) in the target"
                    : "\(quote(change.0)) is \(quote(change.1))"
            }
            return changes.joined(separator: ", ")
        }
        var parts: [String] = []
        if !missing.isEmpty {
            parts.append("\(what) \(Self.list(missing, quote)) of the source \(missing.count == 1 ? "is" : "are") missing from the target")
        }
        if !extra.isEmpty {
            parts.append("the target has \(what) \(Self.list(extra, quote)) the source does not")
        }
        return parts.joined(separator: "; ")
    }

    /// At most three items, then how many more.
    private static func list(_ items: [String], _ quote: (String) -> String) -> String {
        let shown = items.prefix(3).map(quote).joined(separator: ", ")
        return items.count > 3 ? "\(shown) and \(items.count - 3) more" : shown
    }
}
