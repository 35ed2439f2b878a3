import Foundation

/// A sentence pattern's `match` split into ICU regex text and placeholders.
///
/// A placeholder is `{name}` (its type is its name: `{date}`), `{name:type}`
/// or `{name:type[]}` for a list, where `name` is letters and digits starting
/// with a letter (so it can name a regex group) and `type` a
/// ``PlaceholderType``. Any other brace is regex syntax and left alone:
/// quantifiers (`a{2,3}`), escaped braces (`\{`), `\p{L}`, `\x{41}` and
/// everything between `\Q` and `\E`.
public struct PatternTemplate: Sendable, Equatable {
    /// A stretch of the template.
    public enum Piece: Sendable, Equatable {
        /// Regex text, copied as written.
        case regex(String)
        /// A placeholder the extractor fills with a date or vocabulary names.
        case placeholder(name: String, type: PlaceholderType, isList: Bool)
    }

    /// One placeholder, for callers that only need those.
    public struct Placeholder: Sendable, Equatable {
        public var name: String
        public var type: PlaceholderType
        public var isList: Bool

        public init(name: String, type: PlaceholderType, isList: Bool) {
            self.name = name
            self.type = type
            self.isList = isList
        }
    }

    /// Why a `match` cannot be a template.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The pieces in order; adjacent regex text is one piece.
    public let pieces: [Piece]

    /// Parses `match`; throws a `ParseError` for a placeholder of unknown
    /// type or a name used twice.
    public init(_ match: String) throws {
        self = try Self.parse(match)
    }

    /// `init(_:)` with the error type spelled out, for the configuration loader.
    static func parse(_ match: String) throws(ParseError) -> PatternTemplate {
        var scanner = TemplateScanner(Array(match.unicodeScalars))
        return PatternTemplate(pieces: try scanner.scan())
    }

    private init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The placeholders in order.
    public var placeholders: [Placeholder] {
        pieces.compactMap {
            if case .placeholder(let name, let type, let isList) = $0 {
                return Placeholder(name: name, type: type, isList: isList)
            }
            return nil
        }
    }

    /// The placeholder called `name`, if the template has one.
    public func placeholder(named name: String) -> Placeholder? {
        placeholders.first { $0.name == name }
    }

    /// The regex with each placeholder replaced by `replacement(placeholder)`,
    /// typically a named group `(?<name>…)` of alternatives.
    public func regex(replacingPlaceholders replacement: (Placeholder) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .regex(let text): text
            case .placeholder(let name, let type, let isList):
                replacement(Placeholder(name: name, type: type, isList: isList))
            }
        }.joined()
    }
}

/// Walks a template's scalars once, left to right.
private struct TemplateScanner {
    let scalars: [Unicode.Scalar]
    var index = 0
    var pieces: [PatternTemplate.Piece] = []
    var literal = String.UnicodeScalarView()
    var seenNames: Set<String> = []

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func scan() throws(PatternTemplate.ParseError) -> [PatternTemplate.Piece] {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                copyEscape()
            } else if scalar == "{", let found = placeholderBody() {
                try addPlaceholder(found.body)
                index = found.end + 1
            } else {
                literal.append(scalar)
                index += 1
            }
        }
        flushLiteral()
        return pieces
    }

    /// Copies an escape whole, so that `\{`, `\p{L}`, `\x{41}` and `\Q…\E`
    /// never look like placeholders.
    private mutating func copyEscape() {
        literal.append(scalars[index])
        index += 1
        guard index < scalars.count else { return }
        let escaped = scalars[index]
        literal.append(escaped)
        index += 1
        if escaped == "Q" {
            // Quoted until `\E` (or the end): copy verbatim.
            while index < scalars.count {
                let isEnd = scalars[index] == "\\" && index + 1 < scalars.count && scalars[index + 1] == "E"
                literal.append(scalars[index])
                index += 1
                if isEnd {
                    literal.append(scalars[index])
                    index += 1
                    return
                }
            }
        } else if ["p", "P", "N", "x"].contains(escaped), index < scalars.count, scalars[index] == "{" {
            // ICU's braced escape arguments (`\p{L}`, `\x{41}`, `\N{SPACE}`).
            while index < scalars.count {
                let current = scalars[index]
                literal.append(current)
                index += 1
                if current == "}" { return }
            }
        }
    }

    /// The text between `{` at `index` and its `}` when it has placeholder
    /// shape (`name`, `name:type`, `name:type[]`), with the `}`'s index.
    private func placeholderBody() -> (body: String, end: Int)? {
        var end = index + 1
        while end < scalars.count, scalars[end] != "}" {
            if scalars[end] == "{" { return nil }
            end += 1
        }
        guard end < scalars.count else { return nil }
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars[(index + 1)..<end])
        let text = String(body)
        return Self.hasPlaceholderShape(text) ? (text, end) : nil
    }

    static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) }
    }

    static func hasPlaceholderShape(_ body: String) -> Bool {
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard isIdentifier(parts[0]) else { return false }
        guard parts.count == 2 else { return true }
        var type = parts[1]
        if type.hasSuffix("[]") { type = type.dropLast(2) }
        return isIdentifier(type)
    }

    private mutating func addPlaceholder(_ body: String) throws(PatternTemplate.ParseError) {
        let parts = body.split(separator: ":", maxSplits: 1).map(String.init)
        let name = parts[0]
        var typeName = parts.count == 2 ? parts[1] : name
        let isList = typeName.hasSuffix("[]")
        if isList { typeName.removeLast(2) }
        guard let type = PlaceholderType(rawValue: typeName) else {
            let allowed = PlaceholderType.allCases.map(\.rawValue)
            var message = "unknown placeholder type '\(typeName)' in '{\(body)}'"
            if let near = Spelling.nearest(to: typeName, among: allowed) { message += " (did you mean '\(near)'?)" }
            message += "; the types are " + allowed.joined(separator: ", ")
            if parts.count == 1 { message += " (write '{\(name):TYPE}' to name a placeholder)" }
            throw PatternTemplate.ParseError(message: message)
        }
        guard seenNames.insert(name).inserted else {
            throw PatternTemplate.ParseError(
                message: "placeholder name '\(name)' is used twice; each placeholder needs its own name")
        }
        flushLiteral()
        pieces.append(.placeholder(name: name, type: type, isList: isList))
    }

    private mutating func flushLiteral() {
        guard !literal.isEmpty else { return }
        pieces.append(.regex(String(literal)))
        literal = String.UnicodeScalarView()
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
