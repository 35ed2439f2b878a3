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
        split(bytes, bomLength: bomLength, lines: nil)
    }

    /// The same, with the file's line table when the caller has built it.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, bomLength: Int, lines: LineTable?) -> FrontMatterSplit {
        let count = bytes.count
        let bom = min(max(bomLength, 0), count)
        let opening = FrontMatterLine(at: bom, in: bytes)

        guard opening.isFence(in: bytes, marker: UInt8(ascii: "-")) else {
            return FrontMatterSplit(
                frontMatter: nil, bodyStart: bom,
                diagnostics: [Diagnostic(
                    .frontMatterMissing, .warning, at: .start,
                    "no YAML front matter: the file does not start with a '---' line")])
        }

        var closing: FrontMatterLine?
        var position = opening.next
        if opening.hasLineEnding {
            while position < count {
                let line = FrontMatterLine(at: position, in: bytes)
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

        let locator = lines ?? LineTable(bytes, firstLineOffset: bom)
        let closingLine = locator.location(of: closing.start).line
        let bodyStart = closing.next
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[bom..<bodyStart]), as: UTF8.self)
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

// MARK: - Message text

/// Text shortened to `limit` characters for a message.
func shortened(_ text: String, limit: Int = 80) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
}
