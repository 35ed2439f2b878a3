import Foundation

/// Which link targets a guide may carry. Only `http`, `https` and `mailto`
/// URLs and relative paths pass; every other scheme (`javascript:`,
/// `vbscript:`, `data:`, `file:` …) is dropped and its text kept as plain text.
///
/// Browsers ignore ASCII whitespace and control characters inside a scheme
/// and decode character references in attributes, so the scheme is read after
/// undoing both: `java\tscript:`, ` JaVaScRiPt:`, `&#106;avascript:` and
/// `javascript&colon;` are all caught.
public enum LinkPolicy {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The target for `url`, or nil when it must be dropped.
    public static func classify(_ url: String) -> LinkTarget? {
        let decoded = decodeCharacterReferences(url)
        let cleaned = String(String.UnicodeScalarView(decoded.unicodeScalars.filter { !isIgnoredInScheme($0) }))
        guard !cleaned.isEmpty else { return nil }
        if let scheme = scheme(of: cleaned) {
            guard allowedSchemes.contains(scheme) else { return nil }
            return .url(url.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return .page(url.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The lower-cased scheme: letters, digits, `+ - .` before the first `:`
    /// that comes before any `/ ? #`.
    static func scheme(of text: String) -> String? {
        var scheme = ""
        for scalar in text.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if scalar == "/" || scalar == "?" || scalar == "#" { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Tab, newline, other controls and spaces: browsers strip them from URLs.
    private static func isIgnoredInScheme(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0x7F || scalar.properties.isWhitespace
            || scalar.properties.generalCategory == .format
    }

    /// `&#106;`, `&#x6A;`, and the named references that can spell a scheme
    /// or hide its colon (`&colon;`, `&Tab;`, `&NewLine;`).
    static func decodeCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<",
                                       "gt": ">", "quot": "\"", "apos": "'", "sol": "/", "num": "#", "quest": "?"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var consumed = name.endIndex
            if consumed < after.endIndex, after[consumed] == ";" { consumed = after.index(after: consumed) }
            if let value = reference(String(name), named: named) {
                out += value
                rest = after[consumed...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func reference(_ name: String, named: [String: String]) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) } }
        return named[name.lowercased()]
    }
}
