import TolkModel
import Yams

/// The result of splitting YAML front matter off a file.
public struct FrontMatterSplit: Sendable {
    /// The front matter, or `nil` when the file has none or it is unusable
    /// (unclosed, malformed YAML, not a mapping).
    public var frontMatter: FrontMatter?
    /// Byte offset into the bytes given where the Markdown body starts: just
    /// past the closing fence's line ending. When there is no front matter, or
    /// it is unclosed, this is the BOM length: the whole file is body.
    public var bodyStart: Int
    /// Problems found, positions in file coordinates.
    public var diagnostics: [Diagnostic]

    public init(frontMatter: FrontMatter?, bodyStart: Int, diagnostics: [Diagnostic]) {
        self.frontMatter = frontMatter
        self.bodyStart = bodyStart
        self.diagnostics = diagnostics
    }
}

/// Splits Microsoft-Docs YAML front matter off a Markdown file and reads it.
///
/// Front matter starts only on the file's first line (after a UTF-8 BOM): a
/// line that is exactly `---` (trailing spaces and tabs allowed). It ends at
/// the next line that is exactly `---` or `...` (same allowance). Lines end
/// with LF, CRLF or CR, as for cmark.
///
/// Positions are file positions: 1-based lines, 1-based UTF-8 byte columns.
/// A BOM is not counted: cmark skips it, so line 1's columns start after it.
public enum FrontMatterParser {
    /// Splits `bytes` (a whole file) into front matter and body.
    ///
    /// - Parameter bomLength: 3 when the file starts with a UTF-8 BOM, else 0.
    public static func split(_ bytes: UnsafeBufferPointer<UInt8>, bomLength: Int) -> FrontMatterSplit {
        let count = bytes.count
        let bom = min(max(bomLength, 0), count)
        let opening = LineSpan(at: bom, in: bytes)

        guard opening.isFence(in: bytes, marker: UInt8(ascii: "-")) else {
            return FrontMatterSplit(
                frontMatter: nil, bodyStart: bom,
                diagnostics: [Diagnostic(
                    .frontMatterMissing, .warning, at: .start,
                    "no YAML front matter: the file does not start with a '---' line")])
        }

        // File line starts, line 1 (after the BOM) first; only as far as the closing fence.
        var lineStarts = [bom]
        var closing: LineSpan?
        var position = opening.next
        if opening.hasLineEnding {
            while position < count {
                lineStarts.append(position)
                let line = LineSpan(at: position, in: bytes)
                if line.isFence(in: bytes, marker: UInt8(ascii: "-"))
                    || line.isFence(in: bytes, marker: UInt8(ascii: ".")) {
                    closing = line
                    break
                }
                position = line.next
            }
        }

        guard let closing else {
            return FrontMatterSplit(
                frontMatter: nil, bodyStart: bom,
                diagnostics: [Diagnostic(
                    .frontMatterUnclosed, .error, at: .start,
                    "front matter opened on line 1 is never closed (no '---' or '...' line follows); "
                        + "the file was read as Markdown from line 1")])
        }

        let closingLine = lineStarts.count
        let bodyStart = closing.next
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[bom..<bodyStart]), as: UTF8.self)
        let locator = FileLocator(lineStarts: lineStarts)
        var reader = YAMLReader(bytes: bytes, start: opening.next, end: closing.start, locator: locator)
        let entries = reader.read()

        var frontMatter: FrontMatter?
        if let entries {
            let fm = FrontMatter(entries: entries.map(\.entry), raw: raw, lines: 1...closingLine)
            reader.diagnostics += valueDiagnostics(entries)
            frontMatter = fm
        }
        return FrontMatterSplit(frontMatter: frontMatter, bodyStart: bodyStart, diagnostics: reader.diagnostics)
    }

    /// Splits a whole file given as bytes, detecting a UTF-8 BOM itself.
    public static func split(_ bytes: [UInt8]) -> FrontMatterSplit {
        bytes.withUnsafeBufferPointer { buffer in
            let bom = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return split(buffer, bomLength: bom)
        }
    }

    /// Date and locale checks on the values Tolk relies on.
    private static func valueDiagnostics(_ entries: [ReadEntry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The same lookup as `FrontMatter.entry(_:)`: exact spelling first, then any case.
        func lookup(_ key: String) -> ReadEntry? {
            entries.first { $0.entry.key == key }
                ?? entries.first { $0.entry.key.lowercased() == key.lowercased() }
        }
        for key in ["ms.date", "ms.lasthandoff"] {
            guard let read = lookup(key) else { continue }
            if CalendarDate(usSlashed: read.entry.value) == nil {
                diagnostics.append(Diagnostic(
                    .frontMatterDate, .warning, at: read.valueLocation,
                    "\(read.entry.key) '\(shortened(read.entry.value))' is not a date in the form MM/DD/YYYY"))
            }
        }
        if let read = lookup("ms.contentlocale"), LocaleTag(read.entry.value) == nil {
            diagnostics.append(Diagnostic(
                .frontMatterLocale, .warning, at: read.valueLocation,
                "\(read.entry.key) '\(shortened(read.entry.value))' is not a locale tag such as 'de-DE'"))
        }
        return diagnostics
    }
}

// MARK: - Lines and positions

/// One line of the file: content `start..<contentEnd`, next line at `next`.
fileprivate struct LineSpan {
    var start: Int
    var contentEnd: Int
    var next: Int

    init(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var i = start
        while i < count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        self.start = start
        contentEnd = i
        if i < count {
            next = bytes[i] == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
        } else {
            next = i
        }
    }

    var hasLineEnding: Bool { next > contentEnd }

    /// Exactly three `marker` bytes, then only spaces and tabs.
    func isFence(in bytes: UnsafeBufferPointer<UInt8>, marker: UInt8) -> Bool {
        guard contentEnd - start >= 3,
              bytes[start] == marker, bytes[start + 1] == marker, bytes[start + 2] == marker
        else { return false }
        var i = start + 3
        while i < contentEnd {
            guard bytes[i] == 0x20 || bytes[i] == 0x09 else { return false }
            i += 1
        }
        return true
    }
}

/// Byte offset → file line and byte column.
fileprivate struct FileLocator {
    /// Byte offset of the start of each file line, line 1 first.
    let lineStarts: [Int]

    func location(ofByte offset: Int) -> SourceLocation {
        // The last line starting at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }
}

/// A stretch of YAML in the file, and the way libyaml (through Yams) counts
/// positions in it: lines broken also by NEL, LS and PS, columns counted in
/// Unicode scalars of the text after invalid UTF-8 was replaced.
fileprivate struct YAMLRegion {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    /// Byte offsets of the starts of libyaml's lines, line 1 first.
    let lineStarts: [Int]

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.bytes = bytes
        self.start = start
        self.end = end
        var starts = [start]
        var i = start
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                i += 1
                starts.append(i)
            } else if b == 0x0D {
                i += i + 1 < end && bytes[i + 1] == 0x0A ? 2 : 1
                starts.append(i)
            } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0x85 {
                i += 2
                starts.append(i)
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                i += 3
                starts.append(i)
            } else {
                i += 1
            }
        }
        lineStarts = starts
    }

    /// The YAML text handed to Yams (invalid UTF-8 replaced by U+FFFD).
    var text: String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The byte offset of a Yams mark (1-based line and scalar column).
    func byteOffset(of mark: Mark) -> Int {
        let line = min(max(mark.line, 1), lineStarts.count)
        return advance(from: lineStarts[line - 1], scalars: mark.column - 1)
    }

    /// The byte offset `scalars` decoded Unicode scalars after `offset`.
    func advance(from offset: Int, scalars: Int) -> Int {
        guard scalars > 0, offset < end else { return min(offset, end) }
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<end]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = offset
        var remaining = scalars
        while remaining > 0 {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): position += scalar.count
            case .error(let length): position += length
            case .emptyInput: return position
            }
            remaining -= 1
        }
        return position
    }
}

// MARK: - Reading the YAML

/// An entry with the position of its value, for value diagnostics.
fileprivate struct ReadEntry {
    var entry: FrontMatter.Entry
    var valueLocation: SourceLocation
}

/// Reads the YAML between the fences with Yams' composer, keeping key order.
fileprivate struct YAMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    let locator: FileLocator
    var diagnostics: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, locator: FileLocator) {
        self.bytes = bytes
        self.start = start
        self.end = end
        self.locator = locator
    }

    /// The entries, or `nil` (with an error diagnostic) when the YAML is unusable.
    mutating func read() -> [ReadEntry]? {
        let region = YAMLRegion(bytes: bytes, start: start, end: end)
        if let aliases = aliasBombSuspected(region) {
            diagnostics.append(Diagnostic(
                .frontMatterYAML, .error, at: locator.location(ofByte: start),
                "front matter uses \(aliases) YAML aliases; it was not read"))
            return nil
        }
        let text = region.text
        do {
            guard let root = try Yams.compose(yaml: text, .default, .default, .utf8) else {
                return [] // empty, or only comments
            }
            guard case .mapping(let mapping) = root else {
                diagnostics.append(Diagnostic(
                    .frontMatterNotMapping, .error, at: location(of: root.mark, in: region),
                    "front matter is a YAML \(kind(of: root)), not a mapping of 'key: value' lines"))
                return nil
            }
            var entries: [ReadEntry] = []
            var seen: [String: SourceLocation] = [:]
            add(mapping, in: region, to: &entries, seen: &seen)
            return entries
        } catch YamlError.duplicatedKeysInMapping {
            if let entries = readByTopLevelKeys(region) { return entries }
            diagnostics.append(yamlErrorDiagnostic(for: nil, text: text, region: region,
                                                   fallbackMessage: "duplicate keys in front matter"))
            return nil
        } catch {
            diagnostics.append(yamlErrorDiagnostic(for: error, text: text, region: region,
                                                   fallbackMessage: nil))
            return nil
        }
    }

    /// Appends the pairs of `mapping`, keeping the first of keys spelled alike.
    private mutating func add(_ mapping: Node.Mapping, in region: YAMLRegion,
                              to entries: inout [ReadEntry], seen: inout [String: SourceLocation]) {
        for (keyNode, valueNode) in mapping {
            let key = keyString(keyNode)
            let keyLocation = location(of: keyNode.mark, in: region)
            if let first = seen[key] {
                diagnostics.append(Diagnostic(
                    .frontMatterYAML, .warning, at: keyLocation,
                    "duplicate front matter key '\(shortened(key))' (first on line \(first.line)); "
                        + "the first value is kept"))
                continue
            }
            seen[key] = keyLocation
            entries.append(ReadEntry(
                entry: FrontMatter.Entry(key: key, value: valueString(valueNode), location: keyLocation),
                valueLocation: location(of: valueNode.mark, in: region)))
        }
    }

    /// Yams rejects a whole document with a duplicated key. Read it again one
    /// top-level entry at a time (each starts on a line at column 1), keeping
    /// the first of each key. `nil` when the text does not split that way.
    private mutating func readByTopLevelKeys(_ whole: YAMLRegion) -> [ReadEntry]? {
        var chunkStarts: [Int] = []
        var position = start
        while position < end {
            let line = LineSpan(at: position, in: bytes)
            if line.contentEnd > line.start, startsTopLevelEntry(line) {
                chunkStarts.append(line.start)
            }
            position = line.next
        }
        if chunkStarts.first != start { chunkStarts.insert(start, at: 0) }

        var entries: [ReadEntry] = []
        var seen: [String: SourceLocation] = [:]
        var pending: [Diagnostic] = []
        let saved = diagnostics
        for (index, chunkStart) in chunkStarts.enumerated() {
            let chunkEnd = index + 1 < chunkStarts.count ? chunkStarts[index + 1] : end
            let region = YAMLRegion(bytes: bytes, start: chunkStart, end: chunkEnd)
            do {
                guard let root = try Yams.compose(yaml: region.text, .default, .default, .utf8) else { continue }
                guard case .mapping(let mapping) = root else {
                    diagnostics = saved
                    return nil
                }
                add(mapping, in: region, to: &entries, seen: &seen)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                // A duplicate inside a nested mapping: skip this entry.
                let names = duplicates.map { "'\(shortened($0))'" }.joined(separator: ", ")
                pending.append(Diagnostic(
                    .frontMatterYAML, .warning, at: location(of: context.mark, in: region),
                    "duplicate key \(names) inside a nested mapping; the entry starting on line "
                        + "\(locator.location(ofByte: chunkStart).line) was skipped"))
            } catch {
                diagnostics = saved
                return nil
            }
        }
        diagnostics += pending
        diagnostics.sort { $0.location < $1.location }
        return entries
    }

    /// Whether a line starts a new top-level key: not indented, not a comment,
    /// not a block sequence item or a flow collection's continuation.
    private func startsTopLevelEntry(_ line: LineSpan) -> Bool {
        let first = bytes[line.start]
        switch first {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"),
             UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","):
            return false
        case UInt8(ascii: "-"):
            let second = line.start + 1 < line.contentEnd ? bytes[line.start + 1] : UInt8(ascii: " ")
            return !(second == UInt8(ascii: " ") || second == UInt8(ascii: "\t"))
        default:
            return true
        }
    }

    /// A billion-laughs guard: Yams hashes mapping keys, and aliases can make
    /// a key exponentially large. Real front matter has no aliases at all.
    /// Returns the alias count when the text has anchors and many aliases.
    private func aliasBombSuspected(_ region: YAMLRegion) -> Int? {
        var anchors = 0, aliases = 0
        var previous: UInt8 = 0x0A
        var i = region.start
        while i < region.end {
            let b = bytes[i]
            if b == UInt8(ascii: "&") || b == UInt8(ascii: "*") {
                let tokenStart: Bool
                switch previous {
                case 0x0A, 0x0D, 0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","),
                     UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"):
                    tokenStart = true
                default:
                    tokenStart = false
                }
                if tokenStart, i + 1 < region.end, !isYAMLSeparator(bytes[i + 1]) {
                    if b == UInt8(ascii: "&") { anchors += 1 } else { aliases += 1 }
                }
            }
            previous = b
            i += 1
        }
        return anchors > 0 && aliases > 32 ? aliases : nil
    }

    private func isYAMLSeparator(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    private func location(of mark: Mark?, in region: YAMLRegion) -> SourceLocation {
        guard let mark else { return locator.location(ofByte: region.start) }
        return locator.location(ofByte: region.byteOffset(of: mark))
    }

    /// One diagnostic for an error Yams threw, at its position in the file.
    private func yamlErrorDiagnostic(for error: Error?, text: String, region: YAMLRegion,
                                     fallbackMessage: String?) -> Diagnostic {
        var problem = fallbackMessage ?? "cannot read it"
        var context: String?
        var offset = region.start
        if let yamlError = error as? YamlError {
            switch yamlError {
            case let .reader(readerProblem, characterOffset, _, _):
                problem = readerProblem
                if let characterOffset,
                   let index = text.index(text.startIndex, offsetBy: characterOffset, limitedBy: text.endIndex) {
                    let scalars = text.unicodeScalars.distance(from: text.startIndex, to: index)
                    offset = region.advance(from: region.start, scalars: scalars)
                }
            case let .scanner(errorContext, scannerProblem, mark, _),
                 let .parser(errorContext, scannerProblem, mark, _),
                 let .composer(errorContext, scannerProblem, mark, _):
                // libyaml words some problems as the second half of a sentence.
                problem = scannerProblem.hasPrefix("but ") ? String(scannerProblem.dropFirst(4)) : scannerProblem
                offset = region.byteOffset(of: mark)
                if let errorContext {
                    let where_ = locator.location(ofByte: region.byteOffset(of: errorContext.mark))
                    context = "\(errorContext.text) at \(where_)"
                }
            case let .duplicatedKeysInMapping(duplicates, errorContext):
                problem = "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
                offset = region.byteOffset(of: errorContext.mark)
            default:
                problem = "\(yamlError)"
            }
        } else if let error {
            problem = "\(error)"
        }
        var message = "invalid YAML in front matter: \(oneLine(problem))"
        if let context { message += " (\(oneLine(context)))" }
        return Diagnostic(.frontMatterYAML, .error, at: locator.location(ofByte: offset), message)
    }
}

// MARK: - Values

/// Scalars as written; anything else as compact flow YAML.
private func keyString(_ node: Node) -> String {
    if case .scalar(let scalar) = node { return scalar.string }
    return valueString(node)
}

private func valueString(_ node: Node) -> String {
    if case .scalar(let scalar) = node { return scalar.string }
    var writer = CompactYAMLWriter()
    writer.write(node)
    return writer.output
}

/// Writes a node as one-line flow YAML (`[a, b]`, `{k: v}`), at most
/// `limit` bytes (aliases can make a small text expand enormously).
fileprivate struct CompactYAMLWriter {
    var output = ""
    var limit = 65_536
    private(set) var truncated = false

    mutating func write(_ node: Node) {
        guard !truncated else { return }
        guard output.utf8.count < limit else {
            output += "…"
            truncated = true
            return
        }
        switch node {
        case .scalar(let scalar):
            output += Self.flowScalar(scalar)
        case .sequence(let sequence):
            output += "["
            for (index, item) in sequence.enumerated() {
                if index > 0 { output += ", " }
                write(item)
                if truncated { return }
            }
            output += "]"
        case .mapping(let mapping):
            output += "{"
            for (index, pair) in mapping.enumerated() {
                if index > 0 { output += ", " }
                write(pair.key)
                if truncated { return }
                output += ": "
                write(pair.value)
                if truncated { return }
            }
            output += "}"
        case .alias:
            output += "*"
        }
    }

    /// Plain when it was plain and reads back the same in a flow collection;
    /// double-quoted otherwise.
    static func flowScalar(_ scalar: Node.Scalar) -> String {
        let text = scalar.string
        if scalar.style == .plain || scalar.style == .any {
            if text.isEmpty { return "null" }
            if isPlainSafe(text) { return text }
        }
        return doubleQuoted(text)
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if first == " " || last == " " || last == ":" { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case ",", "[", "]", "{", "}": return false
            case "#" where previous == " ": return false
            case " " where previous == ":": return false
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    return false
                }
            }
            previous = scalar
        }
        return true
    }

    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

// MARK: - Helpers

private func kind(of node: Node) -> String {
    switch node {
    case .scalar: return "scalar"
    case .sequence: return "sequence"
    case .mapping: return "mapping"
    case .alias: return "alias"
    }
}

/// Text fit for a one-line message.
private func oneLine(_ text: String) -> String {
    var result = ""
    var lastWasSpace = false
    for character in text {
        if character.isNewline || character == "\t" {
            if !lastWasSpace { result.append(" ") }
            lastWasSpace = true
        } else {
            result.append(character)
            lastWasSpace = character == " "
        }
    }
    return shortened(result.trimmingSpaces(), limit: 160)
}

private func shortened(_ text: String, limit: Int = 80) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
}

private extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
