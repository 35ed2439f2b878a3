import Foundation
import TolkModel
import TolkRules
import Yams

/// Reads the `checks:` section of tolk.yml files on top of the bundled
/// defaults (`default-checks.yml`). Errors carry file:line:column and, for a
/// mistyped check id, the nearest real one.
public struct CheckConfigurationLoader: Sendable {
    public let catalog: CheckCatalog

    public init(catalog: CheckCatalog = .standard) {
        self.catalog = catalog
    }

    static let sectionKeys = ["disable", "enable", "severity", "noLoc", "functionWords", "overrides"]
    static let overrideKeys = ["paths", "disable", "enable", "severity"]

    /// The bundled defaults (product names that stay untranslated …).
    public func defaults() throws -> CheckConfiguration {
        guard let url = Bundle.module.url(forResource: "default-checks", withExtension: "yml") else {
            throw ConfigurationError("default-checks.yml is missing from the bundle",
                                     at: ConfigurationLocation(path: "default-checks.yml", line: 1, column: 1))
        }
        return try load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), path: url.path)
    }

    /// Defaults, then `explicitPath` or else the tolk.yml at the root of each content path.
    public func resolve(contentPaths: [String], explicitPath: String?) throws -> CheckConfiguration {
        var configuration = try defaults()
        let files = explicitPath.map { [$0] } ?? ConfigurationLoader.contentConfigurationFiles(contentPaths)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ConfigurationError("configuration file not found or unreadable",
                                         at: ConfigurationLocation(path: file, line: 1, column: 1))
            }
            configuration = configuration.extended(by: try load(yaml: String(decoding: data, as: UTF8.self), path: file))
        }
        return configuration
    }

    /// The `checks:` section of one file; an empty configuration when the file has none.
    public func load(yaml text: String, path: String) throws(ConfigurationError) -> CheckConfiguration {
        let yaml = ConfigurationYAML(path: path, text: text)
        guard let root = try yaml.root() else { return CheckConfiguration() }
        let top = try yaml.entries(of: root, in: "the top level")
        guard let section = top.first(where: { $0.key == "checks" }) else { return CheckConfiguration() }
        let entries = try yaml.entries(of: section.value, in: "'checks'", allowed: Self.sectionKeys)
        var configuration = CheckConfiguration()
        configuration.settings = try settings(entries, yaml: yaml, context: "'checks'")
        for entry in entries {
            switch entry.key {
            case "noLoc":
                configuration.noLocTerms = try yaml.names(entry.value, for: "'checks.noLoc'")
            case "overrides":
                configuration.overrides = try overrides(entry.value, yaml: yaml)
            case "functionWords":
                for language in try yaml.entries(of: entry.value, in: "'checks.functionWords'") {
                    let words = try yaml.names(language.value, for: "'checks.functionWords.\(language.key)'")
                    configuration.functionWords[language.key.lowercased(), default: []]
                        .formUnion(words.map { $0.lowercased() })
                }
            default:
                break
            }
        }
        return configuration
    }

    private func overrides(_ node: Node, yaml: ConfigurationYAML) throws(ConfigurationError) -> [CheckConfiguration.Override] {
        guard case .sequence(let items) = node else {
            throw yaml.error("'checks.overrides' must be a list of '- paths: [...]' entries, not \(ConfigurationYAML.describe(node))",
                             at: node)
        }
        var out: [CheckConfiguration.Override] = []
        for item in items {
            let entries = try yaml.entries(of: item, in: "an override", allowed: Self.overrideKeys)
            guard let paths = entries.first(where: { $0.key == "paths" }) else {
                throw yaml.error("an override needs 'paths: [glob, …]' naming the files it applies to", at: item)
            }
            let globs = try yaml.names(paths.value, for: "'paths'").map(PathGlob.init)
            out.append(.init(paths: globs, settings: try settings(entries, yaml: yaml, context: "an override")))
        }
        return out
    }

    /// `disable`, `enable` and `severity` entries as one map of settings.
    private func settings(_ entries: [ConfigurationYAML.Entry], yaml: ConfigurationYAML,
                          context: String) throws(ConfigurationError) -> [String: CheckConfiguration.Setting] {
        var settings: [String: CheckConfiguration.Setting] = [:]
        for entry in entries {
            switch entry.key {
            case "disable", "enable":
                guard case .sequence(let items) = entry.value else {
                    throw yaml.error("'\(entry.key)' in \(context) must be a list of check ids, not \(ConfigurationYAML.describe(entry.value))",
                                     at: entry.value)
                }
                for item in items {
                    let id = try checkID(item, yaml: yaml)
                    if entry.key == "disable" {
                        settings[id] = .off
                    } else if settings[id] == nil || settings[id] == .off {
                        settings[id] = .severity(catalog.descriptor(for: id)!.defaultSeverity)
                    }
                }
            case "severity":
                for pair in try yaml.entries(of: entry.value, in: "'severity' in \(context)") {
                    let id = try checkID(pair.keyNode, yaml: yaml)
                    settings[id] = try setting(pair.value, yaml: yaml)
                }
            default:
                break
            }
        }
        return settings
    }

    private func checkID(_ node: Node, yaml: ConfigurationYAML) throws(ConfigurationError) -> String {
        let id = try yaml.text(node, for: "a check id")
        guard catalog.descriptor(for: id) != nil else {
            var message = "unknown check '\(id)'"
            if let near = Spelling.nearest(to: id, among: catalog.ids) { message += " (did you mean '\(near)'?)" }
            throw yaml.error(message + "; 'tolk check --list' shows every check", at: node)
        }
        return id
    }

    private func setting(_ node: Node, yaml: ConfigurationYAML) throws(ConfigurationError) -> CheckConfiguration.Setting {
        let text = try yaml.text(node, for: "a severity")
        if text == "off" || text == "false" { return .off }
        guard let severity = Severity(rawValue: text) else {
            let allowed = Severity.allCases.map(\.rawValue) + ["off"]
            var message = "unknown severity '\(text)'"
            if let near = Spelling.nearest(to: text, among: allowed) { message += " (did you mean '\(near)'?)" }
            throw yaml.error(message + "; use one of: " + allowed.joined(separator: ", "), at: node)
        }
        return .severity(severity)
    }
}
