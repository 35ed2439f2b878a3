import Foundation
import XCTest

/// A Markdown file read at test time, to compute what the table must say
/// (lines, segment ids, labels) from the input itself rather than from
/// copied sentences or from the compiler's own output.
struct MarkdownOracle {
    let path: String
    /// Line 1 is `lines[0]`; line ends (`\n`, `\r\n`) removed.
    let lines: [String]

    init(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        self.path = path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Split on scalars: "\r\n" is one Character, so a Character split would miss it.
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
        }
    }

    /// The text of line `number` (1-based).
    func text(_ number: Int) -> String { lines.indices.contains(number - 1) ? lines[number - 1] : "" }

    /// 1-based numbers of the lines that contain `fragment`.
    func lines(containing fragment: String) -> [Int] {
        lines.indices.filter { lines[$0].contains(fragment) }.map { $0 + 1 }
    }

    func line(containing fragment: String) -> Int? { lines(containing: fragment).first }

    /// The first line at or after `start` that begins with `prefix` (leading spaces ignored).
    func line(startingWith prefix: String, from start: Int = 1) -> Int? {
        lines.indices.first { $0 + 1 >= start && lines[$0].drop { $0 == " " }.hasPrefix(prefix) }.map { $0 + 1 }
    }

    /// `ms.date` (MM/DD/YYYY) of the front matter, as YYYY-MM-DD.
    var msDate: String? { frontMatterDate("ms.date") }

    /// `ms.lasthandoff` (MM/DD/YYYY) of the front matter, as YYYY-MM-DD.
    var handoff: String? { frontMatterDate("ms.lasthandoff") }

    private func frontMatterDate(_ key: String) -> String? {
        guard let line = frontMatter.first(where: { $0.lowercased().hasPrefix(key + ":") }) else { return nil }
        let parts = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces).split(separator: "/")
        guard parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Whether the front matter has an `ms.assetid` (any spelling of the key).
    var hasAssetID: Bool { frontMatter.contains { $0.lowercased().hasPrefix("ms.assetid:") } }

    private var frontMatter: [String] {
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return [] }
        return Array(lines[1..<end])
    }

    /// The span pairs written on line `number`: id, target and source, as Markdown.
    func pairs(onLine number: Int) -> [(id: String, target: String, source: String)] {
        let text = self.text(number) as NSString
        return Self.pairRegex.matches(in: text as String, range: NSRange(location: 0, length: text.length)).map {
            (text.substring(with: $0.range(at: 1)), text.substring(with: $0.range(at: 2)),
             text.substring(with: $0.range(at: 3)))
        }
    }

    /// The id of the first pair on line `number`, nil when the line has none.
    func firstSegment(onLine number: Int) -> String? { pairs(onLine: number).first?.id }

    /// The id of the pair on line `number` whose target or source contains `fragment`.
    func segment(onLine number: Int, containing fragment: String) -> String? {
        pairs(onLine: number).first { $0.target.contains(fragment) || $0.source.contains(fragment) }?.id
    }

    /// The line and pair id of the pair whose English source contains `fragment`.
    func pair(withSourceContaining fragment: String) -> (line: Int, id: String)? {
        for number in lines.indices.map({ $0 + 1 }) {
            if let pair = pairs(onLine: number).first(where: { $0.source.contains(fragment) }) {
                return (number, pair.id)
            }
        }
        return nil
    }

    /// The locale's text of line `number`: the targets of its pairs, or the
    /// whole line when it has none.
    func targetText(_ number: Int) -> String {
        let pairs = pairs(onLine: number)
        return pairs.isEmpty ? text(number) : pairs.map(\.target).joined(separator: " ")
    }

    /// The English side of line `number`: the sources of its pairs (the line
    /// itself in an English file).
    func sourceText(_ number: Int) -> String {
        let pairs = pairs(onLine: number)
        return pairs.isEmpty ? text(number) : pairs.map(\.source).joined(separator: " ")
    }

    /// Line `number` without tags, bold markers and link targets, whitespace collapsed.
    func plain(_ number: Int) -> String { Self.plain(text(number)) }

    static func plain(_ markdown: String) -> String {
        var text = markdown.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\[([^\\]]*)\\]\\([^)]*\\)", with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The `**bold**` spans of `markdown`, trimmed of spaces, colons and full stops.
    static func boldSpans(_ markdown: String) -> [String] {
        let text = markdown as NSString
        return boldRegex.matches(in: markdown, range: NSRange(location: 0, length: text.length)).compactMap {
            let label = plain(text.substring(with: $0.range(at: 1)))
                .trimmingCharacters(in: CharacterSet(charactersIn: " :：.。"))
            return label.isEmpty ? nil : label
        }
    }

    /// The items of a `**Lead-in**: A | B | C` line, after the lead-in.
    static func inlineItems(_ markdown: String) -> [String] {
        guard let lead = markdown.range(of: "**", options: .backwards) else { return [] }
        return plain(String(markdown[lead.upperBound...]))
            .trimmingCharacters(in: CharacterSet(charactersIn: " :："))
            .split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The bullet items (`- …`) that follow line `number`, up to the first other line after them.
    func bulletLines(after number: Int) -> [Int] {
        var out: [Int] = []
        var index = number + 1
        while index <= lines.count {
            let line = text(index).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("- ") { out.append(index) } else if !(line.isEmpty && out.isEmpty) { break }
            index += 1
        }
        return out
    }

    /// A bullet item's text on one side: its pair's target (or source), else the line after `- `.
    func itemText(_ number: Int, source: Bool = false) -> String {
        let pairs = pairs(onLine: number)
        if let pair = pairs.first { return Self.plain(source ? pair.source : pair.target) }
        return Self.plain(String(text(number).drop { $0 == " " || $0 == "-" }))
    }

    private static let pairRegex = try! NSRegularExpression(
        pattern: "<span data-ttu-id=\"([^\"]+)\">(.*?)</span><span class=\"sxs-lookup\"><span data-stu-id=\"[^\"]+\">(.*?)</span></span>")
    private static let boldRegex = try! NSRegularExpression(pattern: "\\*\\*(.+?)\\*\\*")
}
