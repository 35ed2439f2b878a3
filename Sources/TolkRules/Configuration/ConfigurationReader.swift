import TolkModel
import Yams

/// What one configuration file says, before it meets its base.
struct ConfigurationFile {
    /// `defaults:` — whether the file extends the configuration below it or replaces it.
    enum DefaultsMode: String, CaseIterable {
        case extend, replace
    }

    var defaults: DefaultsMode = .extend
    /// `nil` when the file does not say, so that the base's stays.
    var sourceLocale: String?
    /// Everything else the file declares; its `sourceLocale` is not used.
    var content = RulesConfiguration()
    /// The `field:` values of patterns, checked once the fields vocabulary is complete.
    var fieldReferences: [FieldReference] = []

    struct FieldReference {
        var field: String
        var location: ConfigurationLocation
    }
}

/// Reads a configuration file's YAML into a `ConfigurationFile`, checking
/// every key, type and value on the way.
struct ConfigurationReader {
    let yaml: ConfigurationYAML

    /// `checks` belongs to `tolk check` (TolkChecks reads it); the rules compiler skips it.
    static let topLevelKeys = ["version", "defaults", "sourceLocale", "vocabularies", "headings", "markers", "patterns",
                               "checks"]
    static let vocabularyKeys = ["agreements", "roles", "audiences", "fields", "addressComponents", "testNames"]
    static let headingKeys = ["roles", "audience"]
    static let markerKeys = ["optional", "required", "conjunctions"]
    static let supportedVersion = "1"

    func read() throws(ConfigurationError) -> ConfigurationFile {
        guard let root = try yaml.root() else {
            throw ConfigurationError("the file is empty; it needs at least 'version: \(Self.supportedVersion)'",
                                     at: yaml.location(nil))
        }
        let entries = try yaml.entries(of: root, in: "the top level", allowed: Self.topLevelKeys)
        guard let version = entries.first(where: { $0.key == "version" }) else {
            throw yaml.error("missing required key 'version'; write 'version: \(Self.supportedVersion)' at the top",
                             at: root)
        }
        let versionText = try yaml.text(version.value, for: "'version'")
        guard versionText == Self.supportedVersion else {
            throw yaml.error("unsupported version '\(versionText)'; this build reads version \(Self.supportedVersion)",
                             at: version.value)
        }

        var file = ConfigurationFile()
        for entry in entries {
            switch entry.key {
            case "defaults":
                file.defaults = try defaultsMode(entry.value)
            case "sourceLocale":
                file.sourceLocale = try languageTag(entry.value, for: "'sourceLocale'")
            case "vocabularies":
                try readVocabularies(entry.value, into: &file.content)
            case "headings":
                try readHeadings(entry.value, into: &file.content)
            case "markers":
                try readMarkers(entry.value, into: &file.content)
            case "patterns":
                (file.content.patterns, file.fieldReferences) = try PatternReader(yaml: yaml).read(entry.value)
            default:
                break // `version`, checked above; `checks`, read by TolkChecks
            }
        }
        return file
    }

    private func defaultsMode(_ node: Node) throws(ConfigurationError) -> ConfigurationFile.DefaultsMode {
        let text = try yaml.text(node, for: "'defaults'")
        guard let mode = ConfigurationFile.DefaultsMode(rawValue: text) else {
            let allowed = ConfigurationFile.DefaultsMode.allCases.map(\.rawValue)
            var message = "'defaults' is '\(text)'"
            if let near = Spelling.nearest(to: text, among: allowed) { message += " (did you mean '\(near)'?)" }
            throw yaml.error(message + "; it must be one of: " + allowed.joined(separator: ", "), at: node)
        }
        return mode
    }

    private func readVocabularies(_ node: Node, into content: inout RulesConfiguration) throws(ConfigurationError) {
        for section in try yaml.entries(of: node, in: "'vocabularies'", allowed: Self.vocabularyKeys) {
            let context = "'vocabularies.\(section.key)'"
            var terms: [RulesConfiguration.Term] = []
            for entry in try yaml.entries(of: section.value, in: context) {
                if section.key == "fields", !Self.isFieldPath(entry.key) {
                    throw yaml.error("'\(entry.key)' is not a field id; a field id is a dotted record path "
                                     + "such as agreement.signer.email", at: entry.keyNode)
                }
                terms.append(try term(entry, in: "\(context) '\(entry.key)'"))
            }
            switch section.key {
            case "agreements": content.agreements = terms
            case "roles": content.roles = terms
            case "audiences": content.audiences = terms
            case "fields": content.fields = terms
            case "testNames": content.testNames = terms
            default: content.addressComponents = terms
            }
        }
    }

    private func readHeadings(_ node: Node, into content: inout RulesConfiguration) throws(ConfigurationError) {
        for entry in try yaml.entries(of: node, in: "'headings'", allowed: Self.headingKeys) {
            let heading = try term(entry, in: "'headings.\(entry.key)'")
            if entry.key == "roles" { content.rolesHeadings = heading } else { content.audienceHeadings = heading }
        }
    }

    private func readMarkers(_ node: Node, into content: inout RulesConfiguration) throws(ConfigurationError) {
        for entry in try yaml.entries(of: node, in: "'markers'", allowed: Self.markerKeys) {
            let marker = try term(entry, in: "'markers.\(entry.key)'")
            switch entry.key {
            case "optional": content.optionalMarkers = marker
            case "required": content.requiredMarkers = marker
            default: content.conjunctions = marker
            }
        }
    }

    /// `id: {tag: [names…]}` → a term located at its id.
    private func term(_ entry: ConfigurationYAML.Entry, in context: String) throws(ConfigurationError)
        -> RulesConfiguration.Term {
        guard case .mapping = entry.value else {
            throw yaml.error("\(context) must map language tags to names (en: [Name]), not "
                             + ConfigurationYAML.describe(entry.value), at: entry.value)
        }
        var names: [String: [String]] = [:]
        for language in try yaml.entries(of: entry.value, in: context) {
            try checkLanguageTag(language.key, at: language.keyNode)
            names[language.key] = try yaml.names(language.value, for: "\(context) '\(language.key)'")
        }
        return RulesConfiguration.Term(id: entry.key, names: names, location: yaml.location(of: entry.keyNode))
    }

    /// A scalar that is a BCP 47 tag, as written.
    func languageTag(_ node: Node, for what: String) throws(ConfigurationError) -> String {
        let text = try yaml.text(node, for: what)
        try checkLanguageTag(text, at: node)
        return text
    }

    /// Tags are looked up as written (`Term.names(for:)`), and documents'
    /// locales are canonical, so only the canonical spelling is accepted.
    private func checkLanguageTag(_ text: String, at node: Node) throws(ConfigurationError) {
        guard let tag = LocaleTag(text) else {
            throw yaml.error("'\(text)' is not a language tag; use a BCP 47 tag such as en, de or zh-CN", at: node)
        }
        guard tag.identifier == text else {
            throw yaml.error("write the language tag '\(text)' as '\(tag.identifier)'", at: node)
        }
    }

    /// `agreement.signer.email`: dot-separated parts of letters, digits, `_` and `-`.
    static func isFieldPath(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, first.properties.isAlphabetic else { return false }
            return part.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
        }
    }
}
