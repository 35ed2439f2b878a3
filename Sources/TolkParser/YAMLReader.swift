import TolkModel
import Yams

/// An entry with the position of its value, for value diagnostics.
struct ReadEntry {
    var entry: FrontMatter.Entry
    var valueLocation: SourceLocation
}

/// Reads the YAML between the fences with Yams' composer, keeping key order.
struct YAMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    let locator: LineTable
    var diagnostics: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, locator: LineTable) {
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
                .frontMatterYAML, .error, at: locator.location(of: start),
                "front matter uses \(aliases) YAML aliases; it was not read"))
            return nil
        }
        let text = region.text
        do {
            guard let root = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                return [] // empty, or only comments
            }
            guard case .mapping(let mapping) = root else {
                diagnostics.append(Diagnostic(
                    .frontMatterNotMapping, .error, at: locator.location(of: root.mark, in: region),
                    "front matter is a YAML \(root.kindName), not a mapping of 'key: value' lines"))
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
            let key = keyNode.frontMatterText
            let keyLocation = locator.location(of: keyNode.mark, in: region)
            if let first = seen[key] {
                diagnostics.append(Diagnostic(
                    .frontMatterYAML, .warning, at: keyLocation,
                    "duplicate front matter key '\(shortened(key))' (first on line \(first.line)); "
                        + "the first value is kept"))
                continue
            }
            seen[key] = keyLocation
            entries.append(ReadEntry(
                entry: FrontMatter.Entry(key: key, value: valueNode.frontMatterText, location: keyLocation),
                valueLocation: locator.location(of: valueNode.mark, in: region)))
        }
    }

    /// Yams rejects a whole document with a duplicated key. Read it again one
    /// top-level entry at a time (each starts on a line at column 1), keeping
    /// the first of each key. `nil` when the text does not split that way.
    private mutating func readByTopLevelKeys(_ whole: YAMLRegion) -> [ReadEntry]? {
        var chunkStarts: [Int] = []
        var position = start
        while position < end {
            let line = FrontMatterLine(at: position, in: bytes)
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
                guard let root = try Yams.compose(yaml: region.text, .basic, .default, .utf8) else { continue }
                guard case .mapping(let mapping) = root else {
                    diagnostics = saved
                    return nil
                }
                add(mapping, in: region, to: &entries, seen: &seen)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                // A duplicate inside a nested mapping: skip this entry.
                let names = duplicates.map { "'\(shortened($0))'" }.joined(separator: ", ")
                pending.append(Diagnostic(
                    .frontMatterYAML, .warning, at: locator.location(of: context.mark, in: region),
                    "duplicate key \(names) inside a nested mapping; the entry starting on line "
                        + "\(locator.location(of: chunkStart).line) was skipped"))
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
    private func startsTopLevelEntry(_ line: FrontMatterLine) -> Bool {
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
}

private extension Node {
    /// What a node is, for messages.
    var kindName: String {
        switch self {
        case .scalar: return "scalar"
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        case .alias: return "alias"
        }
    }
}
