import Foundation

/// A BCP 47 language tag as documents use it (`de-DE`, `zh-CN`, `en-US`),
/// kept in canonical case: language lower case, script title case, region
/// upper case.
public struct LocaleTag: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let identifier: String

    /// Accepts `language[-Script][-REGION]` where the language is an ISO 639
    /// code Foundation knows, in any letter case; `nil` otherwise.
    ///
    /// The check is deliberately strict so that folder names such as
    /// `partner-center` or `media` are never taken for locales.
    public init?(_ text: String) {
        // The language subtag is two or three ASCII letters, ending the text or followed by
        // `-` or `_`: most folder names fail this, and are passed without splitting them.
        // Folder names such as `add-a-new-customer` pass that, so the subtag is looked up too.
        let language: String? = text.withUTF8Bytes { bytes in
            var letters = 0
            while letters < bytes.count, (bytes[letters] | 0x20) &- UInt8(ascii: "a") < 26 { letters += 1 }
            guard (2...3).contains(letters),
                  letters == bytes.count || bytes[letters] == UInt8(ascii: "-") || bytes[letters] == UInt8(ascii: "_")
            else { return nil }
            return String(decoding: bytes[..<letters].map { $0 | 0x20 }, as: UTF8.self)
        }
        guard let language, LocaleTag.knownLanguages.contains(language) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        var canonical = [language]
        var sawScript = false, sawRegion = false
        for part in parts.dropFirst() {
            if !sawScript, !sawRegion, part.count == 4, part.allSatisfy({ $0.isASCII && $0.isLetter }) {
                canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
                sawScript = true
            } else if !sawRegion, part.count == 2, part.allSatisfy({ $0.isASCII && $0.isLetter }) {
                canonical.append(part.uppercased())
                sawRegion = true
            } else if !sawRegion, part.count == 3, part.allSatisfy({ $0.isASCII && $0.isNumber }) {
                canonical.append(String(part))
                sawRegion = true
            } else {
                return nil
            }
        }
        identifier = canonical.joined(separator: "-")
    }

    /// The language subtag (`de` for `de-DE`).
    public var language: String {
        String(identifier.prefix { $0 != "-" })
    }

    /// Foundation's locale for this tag (month names, date patterns).
    public var foundationLocale: Locale { Locale(identifier: identifier) }

    private static let knownLanguages: Set<String> = {
        var codes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))
        // Foundation lists ISO 639-1 codes; `und` (undetermined) is never a folder name.
        codes.remove("und")
        return codes
    }()

    public static func < (lhs: LocaleTag, rhs: LocaleTag) -> Bool { lhs.identifier < rhs.identifier }

    public var description: String { identifier }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let tag = LocaleTag(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a BCP 47 tag: \"\(text)\"")
        }
        self = tag
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }
}

extension LocaleTag {
    /// The nearest folder of `path` named by a BCP 47 tag (`de-DE`, `sv`):
    /// its index among the path's `/`-separated components, its name as
    /// written, and the tag. The file name itself is not a folder.
    public static func nearestFolder(inPath path: String) -> (index: Int, name: String, tag: LocaleTag)? {
        // Split on bytes: every file's path is read, and splitting by Character
        // costs more than the rest. Only a component with a `-`, or of two
        // ASCII characters, is read as a tag (a tag is ASCII: a non-ASCII
        // component is never one, whatever its length).
        path.withUTF8Bytes { bytes -> (index: Int, name: String, tag: LocaleTag)? in
            // Folders are read from the nearest back; `index` counts the slashes before one.
            var index = bytes.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
            guard var end = bytes.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            while true {
                index -= 1
                let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                let component = bytes[start..<end]
                if component.contains(UInt8(ascii: "-")) || component.count == 2 {
                    let name = String(decoding: component, as: UTF8.self)
                    if let tag = LocaleTag(name) { return (index, name, tag) }
                }
                guard start > 0 else { return nil }
                end = start - 1
            }
        }
    }
}
