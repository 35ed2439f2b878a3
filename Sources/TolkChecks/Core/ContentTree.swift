import Foundation

/// Every file under the checked paths, for `broken-link`: a relative link
/// must name a file that exists in the tree.
public struct ContentTree: Sendable {
    /// Standardized absolute paths of every file found.
    public let files: Set<String>
    /// Every folder that holds a file of the tree, at any depth.
    public let directories: Set<String>
    /// The directories the scan walked (standardized); `nil`: every folder of `files` counts as scanned.
    public let roots: [String]?

    /// Lower-cased path → the tree's spelling (the first in sorted order), for "letter case differs" hints.
    public let filesByLowercasedPath: [String: String]
    /// `folder/stem` (the name without its last extension) → the names with that stem, sorted.
    public let namesByFolderAndStem: [String: [String]]

    public init(files: Set<String>, roots: [String]? = nil) {
        self.files = files
        self.roots = roots
        var lowered: [String: String] = [:]
        var stems: [String: [String]] = [:]
        for file in files.sorted() {
            let key = file.lowercased()
            if lowered[key] == nil { lowered[key] = file }
            let slash = file.lastIndex(of: "/") ?? file.startIndex
            let name = file[slash...].dropFirst(file.hasPrefix("/") || slash != file.startIndex ? 1 : 0)
            let stem = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : name[..<$0] } ?? name
            stems[String(file[..<slash]) + "/" + stem, default: []].append(String(name))
        }
        filesByLowercasedPath = lowered
        namesByFolderAndStem = stems
        var directories: Set<String> = []
        for file in files {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/"), slash > path.startIndex {
                path = path[..<slash]
                if !directories.insert(String(path)).inserted { break }
            }
        }
        self.directories = directories
    }

    /// Walks `paths` (files or directories) and records every regular file.
    public static func scan(_ paths: [String]) -> ContentTree {
        var files: Set<String> = []
        var roots: [String] = []
        let manager = FileManager.default
        for path in paths {
            let root = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                files.insert(root.path)
                continue
            }
            roots.append(root.path)
            guard let walker = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
                continue
            }
            for case let url as URL in walker {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    files.insert(url.standardizedFileURL.path)
                }
            }
        }
        return ContentTree(files: files, roots: roots)
    }

    /// Whether `target` (a relative link with its `#fragment` or `?query`
    /// removed, percent-escapes decoded) names a file of the tree, seen from
    /// the file at `documentPath`.
    public func contains(relativeTarget target: String, from documentPath: String) -> Bool {
        let base = URL(fileURLWithPath: documentPath).standardizedFileURL.deletingLastPathComponent()
        let resolved = base.appendingPathComponent(target).standardizedFileURL.path
        return files.contains(resolved)
    }

    /// Whether the tree holds any file under `directory` (absolute, standardized):
    /// links into folders the run did not scan cannot be judged.
    /// A file given on its own does not make its folder scanned: its
    /// neighbours were not looked at, so links to them cannot be judged.
    public func covers(directory: String) -> Bool {
        let directory = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard directories.contains(directory) else { return false }
        guard let roots else { return true }
        return roots.contains { directory == $0 || directory.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }
}
