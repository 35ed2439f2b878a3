import Foundation
import TolkModel

/// Finds Markdown files under paths and parses them in parallel, returning
/// results in a fixed order (sorted paths) whatever the number of threads.
public struct ContentLoader: Sendable {
    /// Worker threads; defaults to the machine's active cores.
    public var jobs: Int
    public var parser: DocumentParser

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, parser: DocumentParser = DocumentParser()) {
        self.jobs = max(1, jobs)
        self.parser = parser
    }

    /// A path that could not be used.
    public struct PathError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The Markdown files named by `paths`: files as given, directories
    /// walked recursively for `*.md` (hidden folders such as `.git` skipped),
    /// sorted, duplicates removed.
    public static func markdownFiles(in paths: [String]) -> (files: [String], errors: [PathError]) {
        var files: [String] = []
        var errors: [PathError] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(PathError(path: path, reason: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = fm.enumerator(atPath: path) else {
                errors.append(PathError(path: path, reason: "directory cannot be read"))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let full = base + "/" + relative
                var childIsDirectory: ObjCBool = false
                _ = fm.fileExists(atPath: full, isDirectory: &childIsDirectory)
                if childIsDirectory.boolValue {
                    if name.hasPrefix(".") { enumerator.skipDescendants() }
                    continue
                }
                if name.lowercased().hasSuffix(".md") { files.append(full) }
            }
        }
        var seen = Set<String>()
        let unique = files.filter { seen.insert($0).inserted }
        return (unique.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, errors)
    }

    /// The locale a path names: the nearest folder that is a BCP 47 tag.
    public static func locale(fromPath path: String) -> LocaleTag? {
        LocaleTag.nearestFolder(inPath: path)?.tag
    }

    /// Reads and parses one file; an unreadable file is a document with an
    /// error diagnostic and no content.
    public func load(_ path: String) -> Document {
        let pathLocale = Self.locale(fromPath: path)
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return parser.parse(data, path: path, pathLocale: pathLocale)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            let diagnostic = Diagnostic(.unreadable, .error, at: .start, "cannot read the file: \(reason)")
            return Document(path: path, locale: pathLocale, localeOrigin: pathLocale == nil ? .none : .path,
                            frontMatter: nil, blocks: [], segments: [], diagnostics: [diagnostic],
                            layout: [], byteCount: 0)
        }
    }

    /// Parses every file and maps each document through `transform` on the
    /// worker threads, so only the (small) results stay in memory. Results
    /// come back in the order of `files`.
    public func map<T: Sendable>(_ files: [String], _ transform: @escaping @Sendable (Document) -> T) -> [T] {
        ParallelMap.map(files, jobs: jobs) { transform(self.load($0)) }
    }
}
