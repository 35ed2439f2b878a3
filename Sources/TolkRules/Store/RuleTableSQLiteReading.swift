import GRDB
import TolkModel

/// Reading `rules.sqlite` rows back into a `RuleTable`. Every value is checked
/// (kinds, dates, codes), so a database edited by hand fails with the row named
/// rather than giving a table that is not one.
extension RuleTableSQLiteRows {
    static func table(from db: Database, path: String) throws -> RuleTable {
        let reader = Reader(db: db, path: path)
        let meta = try reader.meta()
        var table = RuleTable(generated: try reader.generated(meta), documents: try reader.documents(),
                              rules: try reader.rules(), findings: try reader.findings())
        table.schema = meta["schema"] ?? ""
        return table
    }

    private struct Reader {
        let db: Database
        let path: String

        func meta() throws -> [String: String] {
            guard try db.tableExists("meta") else { throw failure("not a rule table: it has no meta table") }
            var meta: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
                meta[try row.decode(forColumn: "key")] = try row.decode(forColumn: "value")
            }
            guard let schema = meta["schema"] else { throw failure(RuleTableMessages.missingSchema) }
            guard schema == RuleTable.schemaVersion else {
                throw failure(RuleTableMessages.unsupportedSchema(found: schema))
            }
            return meta
        }

        func generated(_ meta: [String: String]) throws -> RuleTable.Generated {
            func value(_ key: String) throws -> String {
                guard let value = meta[key] else { throw failure("meta has no \"\(key)\"") }
                return value
            }
            func count(_ key: String) throws -> Int {
                guard let number = Int(try value(key)) else { throw failure("meta \"\(key)\" is not an integer") }
                return number
            }
            let counts = RuleTable.Counts(
                files: try count("counts.files"), documents: try count("counts.documents"),
                rules: try count("counts.rules"),
                byKind: try RulePayloadJSON.decodeValue([String: Int].self, from: try value("counts.byKind")),
                findings: try count("counts.findings"))
            return RuleTable.Generated(
                contentHash: try value("contentHash"), sourceLocale: try value("sourceLocale"),
                locales: try RulePayloadJSON.decodeValue([String].self, from: try value("locales")), counts: counts)
        }

        func documents() throws -> [DocumentRecord] {
            var titles: [String: [String: String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT document, locale, title FROM document_titles") {
                titles[try row.decode(forColumn: "document"), default: [:]][try row.decode(forColumn: "locale")] =
                    try row.decode(forColumn: "title")
            }
            var versions: [String: [DocumentRecord.Version]] = [:]
            let versionRows = try Row.fetchAll(db, sql: """
                SELECT document, path, locale, date, handoff, translation, pairs, "current"
                FROM document_versions ORDER BY document, ordinal
                """)
            for row in versionRows {
                let version = DocumentRecord.Version(
                    path: try row.decode(forColumn: "path"), locale: try row.decode(forColumn: "locale"),
                    date: try date(row, "date"), handoff: try date(row, "handoff"),
                    translation: try row.decode(forColumn: "translation"), pairs: try row.decode(forColumn: "pairs"),
                    current: try row.decode(forColumn: "current"))
                versions[try row.decode(forColumn: "document"), default: []].append(version)
            }
            return try String.fetchAll(db, sql: "SELECT key FROM documents ORDER BY ordinal").map { key in
                DocumentRecord(key: key, title: titles[key] ?? [:], versions: versions[key] ?? [])
            }
        }

        func rules() throws -> [Rule] {
            var texts: [String: [String: String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT rule_id, locale, text FROM rule_text") {
                texts[try row.decode(forColumn: "rule_id"), default: [:]][try row.decode(forColumn: "locale")] =
                    try row.decode(forColumn: "text")
            }
            var missing: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT rule_id, locale FROM rule_missing_text ORDER BY rule_id, ordinal") {
                missing[try row.decode(forColumn: "rule_id"), default: []].append(try row.decode(forColumn: "locale"))
            }
            let provenance = try provenanceByRule()
            let ruleRows = try Row.fetchAll(db, sql: """
                SELECT id, kind, "key", effective_from, effective_until, payload FROM rules ORDER BY ordinal
                """)
            return try ruleRows.map { row in
                let id: String = try row.decode(forColumn: "id")
                let kindName: String = try row.decode(forColumn: "kind")
                guard let kind = RuleKind(rawValue: kindName) else { throw failure("rule \(id): unknown kind \"\(kindName)\"") }
                let payload: RulePayload
                do {
                    payload = try RulePayloadJSON.decode(try row.decode(forColumn: "payload"), kind: kind)
                } catch {
                    throw failure("rule \(id): payload is not a \(kind.rawValue) payload: \(error)")
                }
                return Rule(id: id, kind: kind, key: try row.decode(forColumn: "key"), payload: payload,
                            effective: EffectiveInterval(from: try date(row, "effective_from"),
                                                         until: try date(row, "effective_until")),
                            provenance: provenance[id] ?? [], text: texts[id] ?? [:], missingText: missing[id] ?? [])
            }
        }

        private func provenanceByRule() throws -> [String: [Provenance]] {
            var provenance: [String: [Provenance]] = [:]
            // Tables written before provenance had anchors lack the column; they read without.
            let hasAnchor = try db.columns(in: "provenance").contains { $0.name == "anchor" }
            let rows = try Row.fetchAll(db, sql: """
                SELECT rule_id, document, path, locale, line, "column", segment, heading_path, version\(hasAnchor ? ", anchor" : "")
                FROM provenance ORDER BY rule_id, ordinal
                """)
            for row in rows {
                let entry = Provenance(
                    document: try row.decode(forColumn: "document"), path: try row.decode(forColumn: "path"),
                    locale: try row.decode(forColumn: "locale"), line: try row.decode(forColumn: "line"),
                    column: try row.decode(forColumn: "column"), segment: try row.decode(forColumn: "segment"),
                    headingPath: try RulePayloadJSON.decodeValue([String].self, from: try row.decode(forColumn: "heading_path")),
                    anchor: hasAnchor ? try row.decode(forColumn: "anchor") : nil,
                    version: try date(row, "version"))
                provenance[try row.decode(forColumn: "rule_id"), default: []].append(entry)
            }
            return provenance
        }

        func findings() throws -> [RuleFinding] {
            let rows = try Row.fetchAll(db, sql: """
                SELECT code, severity, message, path, line, "column", locale, segment, rule FROM findings ORDER BY ordinal
                """)
            return try rows.map { row in
                let codeName: String = try row.decode(forColumn: "code")
                let severityName: String = try row.decode(forColumn: "severity")
                guard let code = RuleFinding.Code(rawValue: codeName) else { throw failure("unknown finding code \"\(codeName)\"") }
                guard let severity = Severity(rawValue: severityName) else { throw failure("unknown severity \"\(severityName)\"") }
                return RuleFinding(code, severity, try row.decode(forColumn: "message"), path: try row.decode(forColumn: "path"),
                                   line: try row.decode(forColumn: "line"), column: try row.decode(forColumn: "column"),
                                   locale: try row.decode(forColumn: "locale"), segment: try row.decode(forColumn: "segment"),
                                   rule: try row.decode(forColumn: "rule"))
            }
        }

        /// A `YYYY-MM-DD` column; NULL is nil, anything else that is not a day is an error.
        private func date(_ row: Row, _ column: String) throws -> CalendarDate? {
            guard let text: String = try row.decode(forColumn: column) else { return nil }
            guard let date = CalendarDate(iso: text) else { throw failure("\(column) \"\(text)\" is not a date (YYYY-MM-DD)") }
            return date
        }

        private func failure(_ message: String) -> RuleTableStoreError {
            RuleTableStoreError(path: path, message: message)
        }
    }
}
