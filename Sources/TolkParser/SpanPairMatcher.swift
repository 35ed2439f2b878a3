import TolkModel

/// Finds side-by-side pairs in a flat sequence of tokens, some of which are
/// span tags. Shared by the cmark-tree path (inline HTML nodes) and the raw
/// HTML path (HTML blocks, `:::image` attributes), so both judge pairs alike.
///
/// A pair is exactly: target-open, content, close, lookup-open, source-open,
/// content, close, close — with nothing between the tags that must touch.
struct SpanPairMatcher {
    /// Token indices of one well-formed pair.
    struct Pair: Equatable {
        var id: String
        var sourceID: String
        var open: Int
        var targetContent: Range<Int>
        var sourceOpen: Int
        var sourceContent: Range<Int>
        /// The index of the last `</span>`.
        var end: Int
    }

    /// What to do with the tokens, in order.
    enum Event: Equatable {
        case token(Int)
        case pair(Pair)
    }

    /// A problem at a token index.
    struct Problem: Equatable {
        var token: Int
        var code: DiagnosticCode
        var id: String
        var message: String
    }

    static func match(_ tags: [SpanTag?]) -> (events: [Event], problems: [Problem]) {
        var events: [Event] = []
        var problems: [Problem] = []
        let n = tags.count
        func nextTag(after index: Int) -> Int? {
            var j = index + 1
            while j < n {
                if tags[j] != nil { return j }
                j += 1
            }
            return nil
        }
        var i = 0
        while i < n {
            guard let tag = tags[i] else {
                events.append(.token(i))
                i += 1
                continue
            }
            switch tag {
            case .targetOpen(let id):
                guard let j = nextTag(after: i) else {
                    problems.append(Problem(token: i, code: .spanUnpaired, id: id,
                                            message: "target span \"\(id)\" is never closed"))
                    events.append(.token(i))
                    i += 1
                    continue
                }
                switch tags[j]! {
                case .targetOpen(let inner):
                    problems.append(Problem(token: i, code: .spanNested, id: id,
                                            message: "target span \"\(id)\" contains the span of pair \"\(inner)\"; spans must not nest"))
                    events.append(.token(i))
                    i += 1
                    continue
                case .lookupOpen, .sourceOpen:
                    problems.append(Problem(token: i, code: .spanUnpaired, id: id,
                                            message: "target span \"\(id)\" is not closed before its source begins"))
                    events.append(.token(i))
                    i += 1
                    continue
                case .close:
                    break
                }
                guard j + 2 < n, tags[j + 1] == .lookupOpen, case .sourceOpen(let sourceID)? = tags[j + 2] else {
                    problems.append(Problem(token: i, code: .spanUnpaired, id: id,
                                            message: "target span \"\(id)\" has no English source: `<span class=\"sxs-lookup\"><span data-stu-id=…>` must follow its `</span>` directly"))
                    events.append(contentsOf: (i...j).map(Event.token))
                    i = j + 1
                    continue
                }
                guard let k = nextTag(after: j + 2), tags[k] == .close, k + 1 < n, tags[k + 1] == .close else {
                    problems.append(Problem(token: i, code: .spanUnpaired, id: id,
                                            message: "the source of pair \"\(id)\" is not closed by `</span></span>`"))
                    events.append(contentsOf: (i...(j + 2)).map(Event.token))
                    i = j + 3
                    continue
                }
                if sourceID != id {
                    problems.append(Problem(token: j + 2, code: .spanIDMismatch, id: id,
                                            message: "target id \"\(id)\" and source id \"\(sourceID)\" differ"))
                }
                events.append(.pair(Pair(id: id, sourceID: sourceID, open: i, targetContent: (i + 1)..<j,
                                         sourceOpen: j + 2, sourceContent: (j + 3)..<k, end: k + 1)))
                i = k + 2
            case .sourceOpen(let id):
                problems.append(Problem(token: i, code: .spanOrphanSource, id: id,
                                        message: "source span \"\(id)\" has no target span before it"))
                events.append(.token(i))
                i += 1
            case .lookupOpen, .close:
                // Stray markup stays in the text as HTML; the tags that make it
                // stray (an unpaired target or source) carry the diagnostic.
                events.append(.token(i))
                i += 1
            }
        }
        return (events, problems)
    }
}
