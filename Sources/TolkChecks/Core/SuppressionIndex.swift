import Foundation
import TolkModel

/// Inline suppression comments of one file:
///
/// * `<!-- tolk-disable-next-line check-id … -->` silences the next non-blank line;
/// * `<!-- tolk-disable check-id … -->` … `<!-- tolk-enable check-id … -->`
///   silences the lines between (to the end of the file when not re-enabled).
///
/// Without ids, a comment applies to every check. Comments inside span pairs
/// are read too: they are part of the file's text.
public struct SuppressionIndex: Sendable, Equatable {
    /// A silenced line range for some checks (`nil`: every check).
    public struct Range: Sendable, Equatable {
        public var lines: ClosedRange<Int>
        public var checks: Set<String>?
    }

    /// A suppression comment naming a check that does not exist.
    public struct UnknownCheck: Sendable, Equatable {
        public var id: String
        public var line: Int
        public var column: Int
    }

    public private(set) var ranges: [Range] = []
    /// Every id the comments name, with its position, for reporting typos.
    public private(set) var mentions: [UnknownCheck] = []

    public init() {}

    public var isEmpty: Bool { ranges.isEmpty }

    public func suppresses(check: String, line: Int) -> Bool {
        ranges.contains { $0.lines.contains(line) && ($0.checks?.contains(check) ?? true) }
    }

    /// Reads the comments of `document` from its layout, so positions are those of the file.
    public init(document: Document) {
        // Most files have no such comment: a byte scan of the layout decides
        // that before any string is built.
        guard Self.mentionsTolk(document) else { return }
        var text = ""
        for piece in document.layout {
            switch piece {
            case .text(let literal): text += literal
            case .segment(let index): text += document.segments[index].rawPair
            }
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var open: [String?: Int] = [:] // check (nil: all) → first silenced line
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            for comment in Self.comments(in: line) {
                let ids = comment.ids
                for id in ids { mentions.append(UnknownCheck(id: id, line: number, column: comment.column)) }
                let keys: [String?] = ids.isEmpty ? [nil] : ids.map { $0 }
                switch comment.directive {
                case "tolk-disable-next-line":
                    if let next = lines.indices.dropFirst(offset + 1).first(where: {
                        !lines[$0].allSatisfy(\.isWhitespace)
                    }) {
                        ranges.append(Range(lines: (next + 1)...(next + 1), checks: ids.isEmpty ? nil : Set(ids)))
                    }
                case "tolk-disable-line":
                    ranges.append(Range(lines: number...number, checks: ids.isEmpty ? nil : Set(ids)))
                case "tolk-disable":
                    for key in keys where open[key] == nil { open[key] = number }
                case "tolk-enable":
                    let closing = ids.isEmpty ? Array(open.keys) : keys
                    for key in closing {
                        guard let start = open.removeValue(forKey: key) else { continue }
                        ranges.append(Range(lines: start...number, checks: key.map { [$0] }))
                    }
                default:
                    break
                }
            }
        }
        for (key, start) in open {
            ranges.append(Range(lines: start...max(start, lines.count), checks: key.map { [$0] }))
        }
        ranges.sort { ($0.lines.lowerBound, $0.checks?.sorted().joined(separator: ",") ?? "") < ($1.lines.lowerBound, $1.checks?.sorted().joined(separator: ",") ?? "") }
    }

    /// Whether any piece of the file holds the bytes `tolk-`.
    private static func mentionsTolk(_ document: Document) -> Bool {
        for piece in document.layout {
            let found: Bool
            switch piece {
            case .text(let literal): found = containsTolk(literal.utf8)
            case .segment(let index):
                let segment = document.segments[index]
                found = containsTolk(segment.rawTarget.utf8) || containsTolk(segment.rawSource.utf8)
            }
            if found { return true }
        }
        return false
    }

    private static func containsTolk(_ bytes: String.UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable { ByteSearch.contains($0, tolkPrefix) }
            ?? String(bytes).contains("tolk-")
    }

    /// The bytes every directive starts with, made once rather than per piece of the file.
    private static let tolkPrefix = Array("tolk-".utf8)

    private struct Comment {
        var directive: String
        var ids: [String]
        var column: Int
    }

    /// `<!-- tolk-… ids -->` comments on one line.
    private static func comments(in line: Substring) -> [Comment] {
        var out: [Comment] = []
        var rest = line[...]
        while let open = rest.range(of: "<!--") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "-->") else { break }
            let body = afterOpen[..<close.lowerBound].split(whereSeparator: \.isWhitespace).map(String.init)
            if let directive = body.first, directive.hasPrefix("tolk-") {
                let column = line.utf8.distance(from: line.startIndex, to: open.lowerBound) + 1
                let ids = body.dropFirst().flatMap { $0.split(separator: ",").map(String.init) }.filter { !$0.isEmpty }
                out.append(Comment(directive: directive, ids: ids, column: column))
            }
            rest = afterOpen[close.upperBound...]
        }
        return out
    }
}
