/// Counts per file and in total, as `tolk stats` reports them.
public struct ContentStatistics: Sendable, Codable, Equatable {
    public struct File: Sendable, Codable, Equatable {
        public var path: String
        public var locale: String?
        public var blocks: Int
        public var segments: Int
        public var diagnostics: Int
        public var bytes: Int

        public init(_ document: Document) {
            path = document.path
            locale = document.locale?.identifier
            blocks = document.blockCount
            segments = document.segments.count
            diagnostics = document.diagnostics.count
            bytes = document.byteCount
        }
    }

    public struct Totals: Sendable, Codable, Equatable {
        public var files: Int
        public var blocks: Int
        public var segments: Int
        public var diagnostics: Int
        public var bytes: Int
    }

    public var files: [File]
    public var totals: Totals

    public init(files: [File]) {
        self.files = files
        totals = Totals(files: files.count,
                        blocks: files.reduce(0) { $0 + $1.blocks },
                        segments: files.reduce(0) { $0 + $1.segments },
                        diagnostics: files.reduce(0) { $0 + $1.diagnostics },
                        bytes: files.reduce(0) { $0 + $1.bytes })
    }

    /// A plain-text table, one row per file and a total row.
    public func table() -> String {
        let header = ["path", "locale", "blocks", "segments", "diagnostics", "bytes"]
        var rows = files.map { [$0.path, $0.locale ?? "-", "\($0.blocks)", "\($0.segments)", "\($0.diagnostics)", "\($0.bytes)"] }
        rows.append(["total (\(totals.files) files)", "", "\(totals.blocks)", "\(totals.segments)",
                     "\(totals.diagnostics)", "\(totals.bytes)"])
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func format(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        return all.map(format).joined(separator: "\n") + "\n"
    }
}
