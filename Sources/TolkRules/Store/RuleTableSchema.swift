import Foundation

/// The JSON Schema (draft 2020-12) of `rules.json`, shipped as the
/// `rules.schema.json` resource and written beside every table, so that tools
/// in other languages can validate a table without Tolk.
public enum RuleTableSchema: Sendable {
    /// The schema's bytes, as shipped.
    public static var data: Data {
        get throws {
            guard let url = Bundle.module.url(forResource: "rules.schema", withExtension: "json") else {
                throw RuleTableStoreError(path: "rules.schema.json", message: "resource missing from the TolkRules bundle")
            }
            return try Data(contentsOf: url)
        }
    }

    /// The file name it is written under.
    public static let fileName = "rules.schema.json"
}
