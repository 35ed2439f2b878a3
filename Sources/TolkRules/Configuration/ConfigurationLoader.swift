import Foundation

/// Loads rules configurations: the bundled defaults, a `tolk.yml` at the
/// root of a content tree, or a file given with `--config`. Every problem is
/// a `ConfigurationError` at the file, line and column concerned.
public enum ConfigurationLoader {
    /// The name of a content tree's configuration file.
    public static let fileName = "tolk.yml"

    /// The bundled `default-rules.yml`. Read once per process.
    /// Throws a `ConfigurationError` (as every function here does).
    public static func defaults() throws -> RulesConfiguration {
        try bundledDefaults.get()
    }

    /// The configuration `yaml` describes. With `defaults: extend` (the
    /// default) it extends `base`; with `defaults: replace`, or without a
    /// base, it stands alone. `path` is used in locations only.
    public static func load(yaml: String, path: String, base: RulesConfiguration?) throws -> RulesConfiguration {
        try loadChecked(yaml: yaml, path: path, base: base)
    }

    /// `load(yaml:path:base:)` on the file at `path`.
    public static func load(contentsOf path: String, base: RulesConfiguration?) throws -> RulesConfiguration {
        try loadChecked(contentsOf: path, base: base)
    }

    /// The configuration for a run: the defaults, extended (or replaced) by
    /// the `explicitPath` file when given (it must exist), else by the
    /// `tolk.yml` at the root of each directory in `contentPaths`, in order.
    /// `files` lists the files applied, the defaults not included.
    public static func resolve(contentPaths: [String], explicitPath: String?)
        throws -> (configuration: RulesConfiguration, files: [String]) {
        var configuration = try bundledDefaults.get()
        let files = explicitPath.map { [$0] } ?? contentConfigurationFiles(contentPaths)
        for file in files {
            configuration = try loadChecked(contentsOf: file, base: configuration)
        }
        return (configuration, files)
    }

    // Typed throws inside, so the compiler proves only `ConfigurationError`
    // escapes; plain `throws` outside, so callers' `catch … as` stays natural.

    private static func loadChecked(yaml: String, path: String,
                                    base: RulesConfiguration?) throws(ConfigurationError) -> RulesConfiguration {
        let file = try ConfigurationReader(yaml: ConfigurationYAML(path: path, text: yaml)).read()
        var start = RulesConfiguration()
        if file.defaults == .extend, let base { start = base }
        let configuration = start.extended(by: file)
        try checkFieldReferences(file.fieldReferences, in: configuration)
        return configuration
    }

    private static func loadChecked(contentsOf path: String,
                                    base: RulesConfiguration?) throws(ConfigurationError) -> RulesConfiguration {
        try loadChecked(yaml: try readText(path), path: path, base: base)
    }

    /// The `tolk.yml` of each directory, each directory once.
    public static func contentConfigurationFiles(_ contentPaths: [String]) -> [String] {
        var seen: Set<String> = []
        var files: [String] = []
        for directory in contentPaths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
                  isDirectory.boolValue,
                  seen.insert(URL(fileURLWithPath: directory).standardizedFileURL.path).inserted else { continue }
            let candidate = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
            if FileManager.default.fileExists(atPath: candidate) { files.append(candidate) }
        }
        return files
    }

    private static func readText(_ path: String) throws(ConfigurationError) -> String {
        let location = ConfigurationLocation(path: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigurationError("configuration file not found", at: location)
        }
        guard !isDirectory.boolValue else {
            throw ConfigurationError("is a directory, not a configuration file", at: location)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError("configuration file cannot be read", at: location)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError("configuration file is not UTF-8 text", at: location)
        }
        return text
    }

    /// A pattern's `field:` must name a field of the (merged) fields vocabulary.
    private static func checkFieldReferences(_ references: [ConfigurationFile.FieldReference],
                                             in configuration: RulesConfiguration) throws(ConfigurationError) {
        let known = configuration.fields.map(\.id)
        for reference in references where !known.contains(reference.field) {
            var message = "unknown field '\(reference.field)'"
            if let near = Spelling.nearest(to: reference.field, among: known) {
                message += " (did you mean '\(near)'?)"
            }
            message += known.isEmpty
                ? "; declare it under 'vocabularies.fields'"
                : "; known fields: " + known.joined(separator: ", ")
            throw ConfigurationError(message, at: reference.location)
        }
    }

    private static let bundledDefaults: Result<RulesConfiguration, ConfigurationError> = {
        guard let url = Bundle.module.url(forResource: "default-rules", withExtension: "yml") else {
            let location = ConfigurationLocation(path: "default-rules.yml", line: 1, column: 1)
            return .failure(ConfigurationError("the bundled default-rules.yml is missing", at: location))
        }
        return Result { () throws(ConfigurationError) in try loadChecked(contentsOf: url.path, base: nil) }
    }()
}
