import Foundation
import TolkModel

/// Parses one Markdown file into a `Document`. Never fails: every problem
/// becomes a diagnostic and the rest of the file is still read.
public struct DocumentParser: Sendable {
    /// Deeper nesting is kept as text with a diagnostic (see `CmarkConverter.maxDepth`).
    public var maxNestingDepth: Int

    public init(maxNestingDepth: Int = 64) {
        self.maxNestingDepth = maxNestingDepth
    }

    /// Parses `data`. `pathLocale` is the locale the file's path names, used
    /// when the front matter names none.
    public func parse(_ data: Data, path: String, pathLocale: LocaleTag? = nil) -> Document {
        var bytes = [UInt8](data)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            parse(UnsafeBufferPointer(buffer), path: path, pathLocale: pathLocale)
        }
    }

    /// Parses a string (tests, fixtures).
    public func parse(_ text: String, path: String = "<input>", pathLocale: LocaleTag? = nil) -> Document {
        parse(Data(text.utf8), path: path, pathLocale: pathLocale)
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, pathLocale: LocaleTag?) -> Document {
        let bomLength = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        // cmark skips a BOM itself, so its line 1 starts after it.
        let lines = LineTable(bytes, firstLineOffset: bomLength)
        let split = FrontMatterParser.split(bytes, bomLength: bomLength, lines: lines)

        // cmark reads the body with the front matter blanked out (newlines
        // kept), so its line and column numbers are the file's; a NUL byte,
        // which cmark would widen to a 3-byte U+FFFD, is given as SUB (0x1A)
        // so that columns after it stay exact.
        var input = [UInt8](bytes)
        for i in bomLength..<min(split.bodyStart, input.count)
        where input[i] != UInt8(ascii: "\n") && input[i] != UInt8(ascii: "\r") {
            input[i] = UInt8(ascii: " ")
        }
        let nuls = ByteScan.nulOffsets(bytes)
        for i in nuls { input[i] = 0x1A }

        let assembly = DocumentAssembly(bytes: bytes, parsedBytes: input, lines: lines)
        assembly.converter.maxDepth = maxNestingDepth
        checkBytes(bytes, bomLength: bomLength, nuls: nuls, assembly: assembly)
        assembly.diagnostics.append(contentsOf: split.diagnostics)
        // Same length and line ends as the file, so the file's line table serves.
        let root = input.withUnsafeBufferPointer { assembly.converter.parseDocument($0, lines: lines) }
        if let deep = assembly.converter.truncatedAt {
            assembly.diagnose(.nestingTooDeep, .warning, at: deep,
                              "nesting deeper than \(maxNestingDepth) levels; the deeper content is kept as plain text")
        }
        let blocks = BlockBuilder(assembly: assembly).build(root.children, context: .paragraph)

        diagnoseDuplicateIDs(assembly)
        diagnoseStrayTargetIDs(assembly)
        let layout = LayoutBuilder.layout(assembly)

        let frontMatter = split.frontMatter
        let locale = frontMatter?.locale ?? pathLocale
        let origin: Document.LocaleOrigin = frontMatter?.locale != nil ? .frontMatter : pathLocale != nil ? .path : .none
        let diagnostics = assembly.diagnostics.sorted { ($0.location, $0.code.rawValue) < ($1.location, $1.code.rawValue) }
        return Document(path: path, locale: locale, localeOrigin: origin, frontMatter: frontMatter,
                        blocks: blocks, segments: assembly.segments, diagnostics: diagnostics,
                        layout: layout, byteCount: bytes.count)
    }

    private func checkBytes(_ bytes: UnsafeBufferPointer<UInt8>, bomLength: Int, nuls: [Int], assembly: DocumentAssembly) {
        if bytes.count == bomLength {
            assembly.diagnose(.empty, .warning, at: .start, "the file is empty")
        }
        if let (first, count) = ByteScan.invalidUTF8(bytes) {
            assembly.diagnose(.invalidUTF8, .error, at: assembly.lines.location(of: first),
                              "\(count) byte sequence\(count == 1 ? " is" : "s are") not valid UTF-8; shown as U+FFFD, so views differ from the input there")
        }
        if let first = nuls.first {
            assembly.diagnose(.nulByte, .error, at: assembly.lines.location(of: first),
                              "\(nuls.count) NUL byte\(nuls.count == 1 ? "" : "s"); read as U+001A (SUB)")
        }
    }

    /// The second and later pairs with an id already used in the file.
    private func diagnoseDuplicateIDs(_ assembly: DocumentAssembly) {
        var first: [String: SourceLocation] = [:]
        for segment in assembly.segments {
            if let earlier = first[segment.id] {
                assembly.diagnose(.spanIDDuplicate, .error, at: segment.location,
                                  "pair id \"\(segment.id)\" is already used at \(earlier)", segmentID: segment.id)
            } else {
                first[segment.id] = segment.location
            }
        }
    }

    /// Every `data-ttu-id` in the bytes is a segment or has a diagnostic
    /// already; any other (inside code, front matter, a broken tag) gets one
    /// here, so none is lost without a word.
    private func diagnoseStrayTargetIDs(_ assembly: DocumentAssembly) {
        let occurrences = ByteScan.occurrences(of: "data-ttu-id", in: assembly.bytes)
        guard !occurrences.isEmpty else { return }
        for offset in occurrences where !assembly.accountedTargetTags.contains(offset) {
            assembly.diagnose(.spanOutsideMarkup, .warning, at: assembly.lines.location(of: offset),
                              "`data-ttu-id` outside a span tag Tolk can read (code, front matter or broken HTML); not a segment")
        }
    }
}

/// Cuts the file into literal text and pairs.
enum LayoutBuilder {
    static func layout(_ assembly: DocumentAssembly) -> [Document.LayoutPiece] {
        let placed = assembly.pairRanges.enumerated()
            .compactMap { index, range in range.map { (index, $0) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
        var pieces: [Document.LayoutPiece] = []
        var cursor = 0
        for (index, range) in placed where range.lowerBound >= cursor {
            // A pair inside another pair's text (`**<span…>**` within a target)
            // stays part of the outer pair's raw text.
            if range.lowerBound > cursor { pieces.append(.text(assembly.text(cursor..<range.lowerBound))) }
            pieces.append(.segment(index))
            cursor = range.upperBound
        }
        if cursor < assembly.bytes.count { pieces.append(.text(assembly.text(cursor..<assembly.bytes.count))) }
        return pieces
    }
}
