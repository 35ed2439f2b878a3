/// The relational layout of `rules.sqlite`: one row per rule, per text, per
/// provenance entry, so that tools can query the table with plain SQL
/// (`SELECT id FROM rules WHERE kind = 'roles' AND effective_from <= '2020-01-01'`).
///
/// Dates are `YYYY-MM-DD` text, which sorts and compares as dates; nil is NULL.
/// `ordinal` columns keep the table's order, so reading gives back the same
/// arrays. The payload stays a JSON object (sorted keys), since its shape
/// depends on `kind`; the columns queries need (kind, key, dates) are real columns.
enum RuleTableSQLiteSchema {
    /// Fixed rather than SQLite's default, which depends on how it was built:
    /// the same table must give the same bytes on every machine.
    static let pageSize = 4096

    static var statements: [String] {
        let kinds = RuleKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return [
            // schema, contentHash, sourceLocale, locales (JSON array), counts.* (integers,
            // counts.byKind a JSON object).
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)
            """,
            """
            CREATE TABLE documents (key TEXT PRIMARY KEY NOT NULL, ordinal INTEGER NOT NULL UNIQUE)
            """,
            """
            CREATE TABLE document_titles (
              document TEXT NOT NULL REFERENCES documents(key), locale TEXT NOT NULL, title TEXT NOT NULL,
              PRIMARY KEY (document, locale))
            """,
            """
            CREATE TABLE document_versions (
              document TEXT NOT NULL REFERENCES documents(key), ordinal INTEGER NOT NULL,
              path TEXT NOT NULL, locale TEXT NOT NULL, date TEXT, handoff TEXT, translation TEXT,
              pairs INTEGER NOT NULL, "current" INTEGER NOT NULL,
              PRIMARY KEY (document, ordinal))
            """,
            """
            CREATE TABLE rules (
              id TEXT PRIMARY KEY NOT NULL, ordinal INTEGER NOT NULL UNIQUE,
              kind TEXT NOT NULL CHECK (kind IN (\(kinds))), "key" TEXT NOT NULL,
              effective_from TEXT, effective_until TEXT, payload TEXT NOT NULL)
            """,
            """
            CREATE TABLE rule_text (
              rule_id TEXT NOT NULL REFERENCES rules(id), locale TEXT NOT NULL, text TEXT NOT NULL,
              PRIMARY KEY (rule_id, locale))
            """,
            """
            CREATE TABLE rule_missing_text (
              rule_id TEXT NOT NULL REFERENCES rules(id), ordinal INTEGER NOT NULL, locale TEXT NOT NULL,
              PRIMARY KEY (rule_id, ordinal))
            """,
            """
            CREATE TABLE provenance (
              rule_id TEXT NOT NULL REFERENCES rules(id), ordinal INTEGER NOT NULL,
              document TEXT NOT NULL, path TEXT NOT NULL, locale TEXT NOT NULL,
              line INTEGER NOT NULL, "column" INTEGER NOT NULL, segment TEXT,
              heading_path TEXT NOT NULL, anchor TEXT, version TEXT,
              PRIMARY KEY (rule_id, ordinal))
            """,
            """
            CREATE TABLE findings (
              ordinal INTEGER PRIMARY KEY, code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
              path TEXT NOT NULL, line INTEGER NOT NULL, "column" INTEGER NOT NULL,
              locale TEXT, segment TEXT, rule TEXT)
            """,
            "CREATE INDEX rules_kind ON rules(kind)",
            "CREATE INDEX rules_key ON rules(\"key\")",
            "CREATE INDEX rules_effective_from ON rules(effective_from)",
            "CREATE INDEX rules_effective_until ON rules(effective_until)",
            "CREATE INDEX rule_text_locale ON rule_text(locale)",
            "CREATE INDEX provenance_document ON provenance(document)",
        ]
    }
}
