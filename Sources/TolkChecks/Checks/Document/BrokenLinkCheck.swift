import Foundation
import TolkModel

/// Reports relative links, images, `:::image` sources and lightboxes and
/// `[!INCLUDE]` paths that name a file absent from the checked tree (case
/// sensitive, as on Linux; a file differing only in letter case or extension
/// is named in the message). A reader who follows such a
/// link lands on a 404 page, and a missing include or image leaves a hole in
/// the page. Absolute URLs (`https:`, `mailto:`, `xref:`), pure `#anchors`,
/// site-root links (`/partner-center/…`, `~/…`) and links into folders the
/// run did not scan (a `media/` folder left out of the tree) cannot be judged
/// and are skipped. Links inside pairs are read on the target side, the one
/// readers follow.
public struct BrokenLinkCheck: DocumentCheck {
    public static let descriptor = CheckDescriptor(
        id: "broken-link", category: .document, defaultSeverity: .error,
        summary: "a relative link, image or include names a file that is not in the checked tree")

    public init() {}

    /// What names the target: shown in the message.
    enum Reference: String {
        case link, image, include
    }

    public func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        // Paths as text: URL on Linux costs more than all the rest of the check.
        // The file's folder: its standardized path without its own name.
        let folder = BrokenLinkCheck.resolve(file.tree.standardizedPath(file.path), fromBytes: []).folder
        var walker = Walker(file: file, base: Array(folder.utf8.dropFirst()), findings: findings)
        walker.blocks(file.document.blocks)
        findings = walker.findings
    }

    /// Walks blocks and inlines, judging every reference once.
    struct Walker {
        let file: FileUnderCheck
        /// The components of the file's folder, absolute and standardized, `/`-joined
        /// as bytes without the leading `/`: made once per file.
        let baseBytes: [UInt8]

        init(file: FileUnderCheck, base: [UInt8], findings: FindingCollector) {
            self.file = file
            self.baseBytes = base
            self.findings = findings
        }
        var findings: FindingCollector
        /// Misses that may still look for a near match in the tree (each look reads every path).
        var hintBudget = BrokenLinkCheck.hintsPerFile

        mutating func blocks(_ blocks: [Block]) {
            for block in blocks { self.block(block) }
        }

        mutating func block(_ block: Block) {
            switch block.kind {
            case .heading(_, _, let content), .paragraph(let content):
                inlines(content, segment: nil, depth: 0)
            case .list(_, _, let items):
                for item in items { blocks(item.blocks) }
            case .blockQuote(let children), .alert(_, let children):
                blocks(children)
            case .table(let table), .htmlTable(let table):
                for row in (table.header.map { [$0] } ?? []) + table.rows {
                    for cell in row.cells { inlines(cell.content, segment: nil, depth: 0) }
                }
            case .image(let image):
                if let source = image.source { judge(source, as: .image, at: block.location, segment: nil) }
                // The larger picture a click opens.
                for attribute in image.attributes where attribute.name.lowercased() == "lightbox" {
                    judge(attribute.value, as: .image, at: block.location, segment: nil)
                }
                inlines(image.altText, segment: nil, depth: 0)
            case .include(_, let path):
                judge(path, as: .include, at: block.location, segment: nil)
            case .code, .html, .thematicBreak, .truncated:
                break
            }
        }

        mutating func inlines(_ inlines: [Inline], segment: String?, depth: Int) {
            for inline in inlines {
                switch inline.kind {
                case .link(let url, _, let content):
                    judge(url, as: .link, at: inline.location, segment: segment)
                    self.inlines(content, segment: segment, depth: depth)
                case .image(let url, _, let alt):
                    judge(url, as: .image, at: inline.location, segment: segment)
                    self.inlines(alt, segment: segment, depth: depth)
                case .emphasis(let content), .strong(let content):
                    self.inlines(content, segment: segment, depth: depth)
                case .segment(let index):
                    // Pairs nest only by mistake; a bound keeps a malformed model finite.
                    guard depth < 8, file.document.segments.indices.contains(index) else { continue }
                    self.inlines(file.document.segments[index].target,
                                 segment: segment ?? file.document.segments[index].id, depth: depth + 1)
                case .text, .softBreak, .lineBreak, .code, .html, .noLoc:
                    break
                }
            }
        }

        mutating func judge(_ reference: String, as kind: Reference, at location: SourceLocation, segment: String?) {
            guard let target = BrokenLinkCheck.relativeTarget(reference) else { return }
            let (resolved, folder) = BrokenLinkCheck.resolve(target, fromBytes: baseBytes)
            if file.tree.files.contains(resolved) { return }
            // A link to a folder of the tree (its index page), or into one the run did not scan.
            if file.tree.covers(directory: resolved) { return }
            guard file.tree.covers(directory: folder) else { return }
            let shown = MessageText.excerpt(String(DocumentText.trimmed(Substring(reference))))
            var message: String
            switch kind {
            case .link: message = "link to '\(shown)': no such file in the checked tree"
            case .image: message = "image '\(shown)': no such file in the checked tree"
            case .include: message = "include '\(shown)': no such file in the checked tree"
            }
            if hintBudget > 0 {
                hintBudget -= 1
                if let near = BrokenLinkCheck.nearMatch(for: resolved, in: file.tree) {
                    message += "; there is '\(MessageText.excerpt(near.name, limit: 40))' (\(near.reason))"
                }
            }
            findings.add(message, at: location, segment: segment)
        }
    }

    /// `target` joined to the folder `base` with `.` and `..` resolved, as
    /// `URL.standardizedFileURL` does (the tree's paths are made that way),
    /// and the folder the result is in.
    /// The folder's components are `/`-joined bytes without the leading `/`: every
    /// link of every file is resolved, and joining substrings cost more than the rest.
    static func resolve(_ target: String, fromBytes base: [UInt8]) -> (path: String, folder: String) {
        // The path without its leading `/`, built in place; components are separated by `/`.
        var path = base
        path.reserveCapacity(base.count + target.utf8.count + 1)
        ContentTree.append(componentsOf: target, to: &path)
        let folderEnd = path.lastIndex(of: UInt8(ascii: "/")) ?? 0
        let folder = "/" + String(decoding: path[..<folderEnd], as: UTF8.self)
        return ("/" + String(decoding: path, as: UTF8.self), folder)
    }

    /// Misses per file that look for a near match.
    static let hintsPerFile = 32

    /// A file of the tree the link probably meant: the same path in other
    /// letter case (case-sensitive hosts and tools miss it), or the same name
    /// with another extension (a page moved from `.md` to `.yml`).
    static func nearMatch(for path: String, in tree: ContentTree) -> (name: String, reason: String)? {
        let (folder, name) = split(path)
        let stem = stemOf(name)
        guard !stem.isEmpty else { return nil }
        if let spelled = tree.filesByLowercasedPath[path.lowercased()] {
            return (String(split(spelled).name), "letter case differs")
        }
        let other = tree.namesByFolderAndStem[String(folder) + "/" + stem]?.first { $0 != name }
        return other.map { ($0, "another extension") }
    }

    /// A path's folder and last component.
    private static func split(_ path: String) -> (folder: Substring, name: Substring) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path[...]) }
        return (path[..<slash], path[path.index(after: slash)...])
    }

    /// A file name without its last extension.
    private static func stemOf(_ name: Substring) -> Substring {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return name[..<dot]
    }

    /// The file part of a relative reference, fragment and query removed and
    /// percent-escapes decoded; `nil` for what cannot be judged against the
    /// tree (absolute and site-root URLs, pure anchors, empty references).
    static func relativeTarget(_ reference: String) -> String? {
        // Bytes, not Characters: grapheme breaking costs more than the rest of the check.
        var text = DocumentText.trimmed(Substring(reference))
        if text.utf8.count >= 2, text.utf8.first == UInt8(ascii: "<"), text.utf8.last == UInt8(ascii: ">") {
            text = text.dropFirst().dropLast()
        }
        guard let first = text.utf8.first, !"#/\\~?".utf8.contains(first) else { return nil }
        if hasScheme(text) { return nil }
        if let cut = text.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            text = text[..<cut]
        }
        guard !text.isEmpty else { return nil }
        var decoded = text.utf8.contains(UInt8(ascii: "%")) ? String(text).removingPercentEncoding ?? String(text) : String(text)
        // A NUL cannot name a file; such a reference is judged as written.
        if decoded.utf8.contains(0) { decoded = String(text) }
        // Browsers and docs builds read `..\\page.md` as `../page.md`.
        return decoded.utf8.contains(UInt8(ascii: "\\")) ? decoded.replacingOccurrences(of: "\\", with: "/") : decoded
    }

    /// `scheme:` as RFC 3986 spells it (`https:`, `mailto:`, `xref:`, `C:`).
    static func hasScheme(_ text: Substring) -> Bool {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = bytes[..<colon]
        guard let first = scheme.first, isASCIILetter(first) else { return false }
        return scheme.allSatisfy { byte in
            isASCIILetter(byte) || byte &- UInt8(ascii: "0") < 10 || "+-.".utf8.contains(byte)
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }
}
