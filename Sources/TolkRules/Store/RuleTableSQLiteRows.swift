import GRDB
import TolkModel

/// Turns a table into the rows of `RuleTableSQLiteSchema` and back.
enum RuleTableSQLiteRows {
    // MARK: - Writing

    static func insert(_ table: RuleTable, into db: Database) throws {
        try insertMeta(table, into: db)
        try insertDocuments(table.documents, into: db)
        try insertRules(table.rules, into: db)
        try insertFindings(table.findings, into: db)
    }

    private static func insertMeta(_ table: RuleTable, into db: Database) throws {
        let generated = table.generated
        let entries: [(String, String)] = [
            ("schema", table.schema),
            ("contentHash", generated.contentHash),
            ("sourceLocale", generated.sourceLocale),
            ("locales", try RulePayloadJSON.encodeValue(generated.locales)),
            ("counts.files", String(generated.counts.files)),
            ("counts.documents", String(generated.counts.documents)),
            ("counts.rules", String(generated.counts.rules)),
            ("counts.byKind", try RulePayloadJSON.encodeValue(generated.counts.byKind)),
            ("counts.findings", String(generated.counts.findings)),
        ]
        let statement = try db.makeStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?)")
        for (key, value) in entries { try statement.execute(arguments: [key, value]) }
    }

    private static func insertDocuments(_ documents: [DocumentRecord], into db: Database) throws {
        let document = try db.makeStatement(sql: "INSERT INTO documents (key, ordinal) VALUES (?, ?)")
        let title = try db.makeStatement(sql: "INSERT INTO document_titles (document, locale, title) VALUES (?, ?, ?)")
        let version = try db.makeStatement(sql: """
            INSERT INTO document_versions (document, ordinal, path, locale, date, handoff, translation, pairs, "current")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, record) in documents.enumerated() {
            try document.execute(arguments: [record.key, ordinal])
            for (locale, text) in record.title.sorted(by: { $0.key < $1.key }) {
                try title.execute(arguments: [record.key, locale, text])
            }
            for (index, v) in record.versions.enumerated() {
                try version.execute(arguments: [record.key, index, v.path, v.locale, v.date?.description,
                                                v.handoff?.description, v.translation, v.pairs, v.current])
            }
        }
    }

    private static func insertRules(_ rules: [Rule], into db: Database) throws {
        let rule = try db.makeStatement(sql: """
            INSERT INTO rules (id, ordinal, kind, "key", effective_from, effective_until, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let text = try db.makeStatement(sql: "INSERT INTO rule_text (rule_id, locale, text) VALUES (?, ?, ?)")
        let missing = try db.makeStatement(sql: "INSERT INTO rule_missing_text (rule_id, ordinal, locale) VALUES (?, ?, ?)")
        let provenance = try db.makeStatement(sql: """
            INSERT INTO provenance (rule_id, ordinal, document, path, locale, line, "column", segment, heading_path,
                                    anchor, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, r) in rules.enumerated() {
            try rule.execute(arguments: [r.id, ordinal, r.kind.rawValue, r.key, r.effective.from?.description,
                                         r.effective.until?.description, try RulePayloadJSON.encode(r.payload)])
            for (locale, sentence) in r.text.sorted(by: { $0.key < $1.key }) {
                try text.execute(arguments: [r.id, locale, sentence])
            }
            for (index, locale) in r.missingText.enumerated() {
                try missing.execute(arguments: [r.id, index, locale])
            }
            for (index, p) in r.provenance.enumerated() {
                try provenance.execute(arguments: [r.id, index, p.document, p.path, p.locale, p.line, p.column,
                                                   p.segment, try RulePayloadJSON.encodeValue(p.headingPath),
                                                   p.anchor, p.version?.description])
            }
        }
    }

    private static func insertFindings(_ findings: [RuleFinding], into db: Database) throws {
        let finding = try db.makeStatement(sql: """
            INSERT INTO findings (ordinal, code, severity, message, path, line, "column", locale, segment, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, f) in findings.enumerated() {
            try finding.execute(arguments: [ordinal, f.code.rawValue, f.severity.rawValue, f.message, f.path,
                                            f.line, f.column, f.locale, f.segment, f.rule])
        }
    }
}
