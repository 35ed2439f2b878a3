import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// The directory relative paths are resolved against.
    public let workingDirectory: String

    public init(files: Set<String>, roots: [String]? = nil,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.files = files
        self.roots = roots
        self.workingDirectory = workingDirectory
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

    /// Walks `paths` (files or directories) and records every regular file
    /// (symbolic links are not followed, as `FileManager`'s enumerator does not).
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
            collectFiles(under: root.path, into: &files)
        }
        return ContentTree(files: files, roots: roots)
    }

    /// Every regular file below `directory` (a standardized absolute path).
    /// `readdir` tells each entry's type without a `stat` per file: asking
    /// `URL.resourceValues` for it cost more than the rest of the tree scan.
    private static func collectFiles(under directory: String, into files: inout Set<String>) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        let prefix = directory == "/" ? "/" : directory + "/"
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG):
                files.insert(path)
            case Int32(DT_DIR):
                collectFiles(under: path, into: &files)
            case Int32(DT_UNKNOWN):
                // File systems that do not fill in the type: ask for it.
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFREG { files.insert(path) }
                if status.st_mode & S_IFMT == S_IFDIR { collectFiles(under: path, into: &files) }
            default:
                continue
            }
        }
    }

    /// `path` made absolute against the working directory, with `.` and `..`
    /// resolved and empty components dropped, as `URL.standardizedFileURL`
    /// spells the tree's paths (symbolic links are not resolved).
    public func standardizedPath(_ path: String) -> String {
        // On bytes: every file's path is standardized, and splitting it into substrings cost more.
        var components = path.hasPrefix("/") ? [] : Array(workingDirectory.split(separator: "/").joined(separator: "/").utf8)
        Self.append(componentsOf: path, to: &components)
        return "/" + String(decoding: components, as: UTF8.self)
    }

    /// Appends the `/`-separated components of `path` to `components` (a path
    /// without its leading `/`, components joined by `/`): empty ones and `.`
    /// are skipped, `..` drops the last component, if any.
    static func append(componentsOf path: String, to components: inout [UInt8]) {
        path.withUTF8Bytes { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "/") { end += 1 }
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if part.isEmpty || (part.count == 1 && part[0] == UInt8(ascii: ".")) { continue }
                if part.count == 2, part[0] == UInt8(ascii: "."), part[1] == UInt8(ascii: ".") {
                    if let slash = components.lastIndex(of: UInt8(ascii: "/")) {
                        components.removeSubrange(slash...)
                    } else {
                        components.removeAll(keepingCapacity: true)
                    }
                    continue
                }
                if !components.isEmpty { components.append(UInt8(ascii: "/")) }
                components.append(contentsOf: part)
            }
        }
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
