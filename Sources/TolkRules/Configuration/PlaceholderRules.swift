import Yams

/// The placeholders each pattern kind needs, so that every match yields a
/// complete payload (`AgreementIntroduced` needs a date and an agreement …).
/// Other placeholders are allowed; the extractor ignores them.
struct PlaceholderRules {
    let yaml: ConfigurationYAML
    /// `pattern 'id'`, for messages.
    let context: String
    let kind: RuleKind
    let template: PatternTemplate
    let item: Node
    let matchNode: Node
    let fieldEntry: ConfigurationYAML.Entry?
    let constraintEntry: ConfigurationYAML.Entry?

    func check() throws(ConfigurationError) {
        switch kind {
        case .agreementIntroduced:
            try require("date", .date, "the day the agreement is introduced")
            try require("agreement", .agreement, "the agreement introduced")
            try allow("replaces", .agreement)
        case .agreementSupportedUntil:
            try require("agreement", .agreement, "the agreement supported")
            try allow("date", .date)
            try allow("until", .date)
            let hasDate = template.placeholder(named: "date") != nil
            let hasUntil = template.placeholder(named: "until") != nil
            if hasDate == hasUntil {
                throw fail("\(context) (agreementSupportedUntil) needs exactly one of {date} (the last day "
                           + "supported) or {until:date} (the first day no longer supported)"
                           + (hasDate ? ", not both" : ""))
            }
        case .signerInformationRequired:
            try require("date", .date, "the day signer information becomes required")
            try allow("agreement", .agreement)
        case .verification:
            // The listed items are address components or test names.
            let listed = template.placeholder(named: "components")?.type == .testName ? PlaceholderType.testName : .addressComponent
            try allow("components", listed, isList: true)
        case .fieldConstraint:
            try checkFieldConstraint()
        case .procedure, .roles, .audience, .datedStatement:
            break // rejected when the kind is read
        }
    }

    /// Either `field` + `constraint` keys, or a `{fields:field[]}` placeholder
    /// (the constraint then comes from each field's optional/required marker).
    private func checkFieldConstraint() throws(ConfigurationError) {
        try allow("fields", .field, isList: true)
        if template.placeholder(named: "fields") != nil {
            if let key = fieldEntry ?? constraintEntry {
                throw yaml.error("\(context) has a {fields:field[]} placeholder, so it cannot also have '\(key.key)': "
                                 + "use either 'field' and 'constraint', or the placeholder", at: key.keyNode)
            }
            return
        }
        switch (fieldEntry, constraintEntry) {
        case (.some, .some):
            return
        case (.some(let field), nil):
            throw yaml.error("\(context) has 'field' but no 'constraint' (one of: "
                             + FieldConstraintKind.allCases.map(\.rawValue).joined(separator: ", ") + ")",
                             at: field.keyNode)
        case (nil, .some(let constraint)):
            throw yaml.error("\(context) has 'constraint' but no 'field' it applies to", at: constraint.keyNode)
        case (nil, nil):
            throw yaml.error("\(context) (fieldConstraint) needs either 'field' and 'constraint' keys "
                             + "or a {fields:field[]} placeholder in its match", at: item)
        }
    }

    /// The placeholder `name` must be there, a single value of `type`.
    private func require(_ name: String, _ type: PlaceholderType, _ purpose: String) throws(ConfigurationError) {
        guard template.placeholder(named: name) != nil else {
            throw fail("\(context) (\(kind.rawValue)) needs a \(Self.spelling(name, type, isList: false)) "
                       + "placeholder: \(purpose)")
        }
        try allow(name, type)
    }

    /// If the placeholder `name` is there, it must be of `type`, a list or not as given.
    private func allow(_ name: String, _ type: PlaceholderType, isList: Bool = false) throws(ConfigurationError) {
        guard let found = template.placeholder(named: name) else { return }
        guard found.type != type || found.isList != isList else { return }
        throw fail("in \(context), placeholder '\(name)' must be \(isList ? "a list of" : "a single") "
                   + "\(type.rawValue): write \(Self.spelling(name, type, isList: isList)), not "
                   + Self.spelling(found.name, found.type, isList: found.isList))
    }

    private func fail(_ message: String) -> ConfigurationError { yaml.error(message, at: matchNode) }

    /// How the placeholder is written: `{date}`, `{until:date}`, `{fields:field[]}`.
    static func spelling(_ name: String, _ type: PlaceholderType, isList: Bool) -> String {
        if name == type.rawValue, !isList { return "{\(name)}" }
        return "{\(name):\(type.rawValue)\(isList ? "[]" : "")}"
    }
}
