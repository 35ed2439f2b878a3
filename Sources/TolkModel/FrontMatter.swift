/// The YAML front matter of a document, keys in their original order and
/// spelling (`Description` and `description` both occur in the wild).
public struct FrontMatter: Hashable, Sendable, Codable {
    /// One `key: value` of the mapping.
    public struct Entry: Hashable, Sendable, Codable {
        public var key: String
        /// Scalars as written (unquoted); sequences and mappings as compact YAML.
        public var value: String
        public var location: SourceLocation

        public init(key: String, value: String, location: SourceLocation) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    /// Machine (`MT`) or human (`HT`) translation, or whatever else a file says.
    public enum TranslationType: Hashable, Sendable, Codable {
        case machine, human
        case other(String)

        public init(_ text: String) {
            switch text.uppercased() {
            case "MT": self = .machine
            case "HT": self = .human
            default: self = .other(text)
            }
        }

        /// `MT`, `HT`, or the text as the file writes it.
        public var code: String {
            switch self {
            case .machine: "MT"
            case .human: "HT"
            case .other(let text): text
            }
        }
    }

    public var entries: [Entry]
    /// The exact text between (and including) the `---` lines.
    public var raw: String
    /// The lines the front matter occupies, fences included.
    public var lines: ClosedRange<Int>

    public init(entries: [Entry], raw: String, lines: ClosedRange<Int>) {
        self.entries = entries
        self.raw = raw
        self.lines = lines
    }

    /// The first entry whose key equals `key`, or matches it ignoring case when
    /// no exact spelling exists.
    public func entry(_ key: String) -> Entry? {
        if let exact = entries.first(where: { $0.key == key }) { return exact }
        let lowered = key.lowercased()
        return entries.first { Self.lowercases($0.key, to: lowered) }
    }

    /// Whether `key` lower-cased is `lowered`. ASCII keys (a docs build's all are)
    /// are compared byte by byte: lower-casing every key of every file for each
    /// lookup cost more than the lookups.
    private static func lowercases(_ key: String, to lowered: String) -> Bool {
        let ascii: Bool? = key.withUTF8Bytes { a in
            lowered.withUTF8Bytes { b -> Bool? in
                guard a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard a.count == b.count else { return false }
                for index in 0..<a.count {
                    let byte = a[index] &- UInt8(ascii: "A") < 26 ? a[index] | 0x20 : a[index]
                    if byte != b[index] { return false }
                }
                return true
            }
        }
        return ascii ?? (key.lowercased() == lowered)
    }

    public subscript(key: String) -> String? { entry(key)?.value }

    public var title: String? { self["title"] }
    public var description: String? { self["description"] }
    /// `ms.contentlocale`, when it is a valid tag.
    public var locale: LocaleTag? { self["ms.contentlocale"].flatMap(LocaleTag.init) }
    /// `ms.date`: the date of the English source (MM/DD/YYYY).
    public var sourceDate: CalendarDate? { self["ms.date"].flatMap(CalendarDate.init(usSlashed:)) }
    /// `ms.lasthandoff`: when the source was handed to translation (MM/DD/YYYY).
    public var handoffDate: CalendarDate? { self["ms.lasthandoff"].flatMap(CalendarDate.init(usSlashed:)) }
    public var translationType: TranslationType? { self["ms.translationtype"].map(TranslationType.init) }
    /// `ms.assetid`: the same in every locale of a document.
    public var assetID: String? { self["ms.assetid"] }
    /// `ms.sourcegitcommit`: the source commit the translation was made from.
    public var sourceCommit: String? { self["ms.sourcegitcommit"] }
    /// `ms.openlocfilehash`: hash of the source file handed to translation.
    public var sourceFileHash: String? { self["ms.openlocfilehash"] }
}
