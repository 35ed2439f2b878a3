/// The fixed English words every format uses around the content, so the
/// formats say the same thing (section labels from the configuration are in
/// `Guide.labels`).
enum GuideWording {
    static let english = "(English)"
    static let asOf = "As of"
    static let locale = "Locale"
    static let agreement = "Agreement"
    static let signer = "Signer information"
    static let steps = "Steps"
    static let source = "Source"
    static let notStated = "not stated"

    /// `Partner Center, CSP partners`, plus `(English)` when a label is not
    /// in the locale's language and `(stated from D)` for a later version's list.
    static func terms(_ selection: TermSelection, locale: String) -> (text: String, english: Bool, note: String?) {
        guard !selection.terms.isEmpty else { return (notStated, false, nil) }
        let language = locale.prefix { $0 != "-" }
        let english = selection.terms.contains { $0.locale.prefix { $0 != "-" } != language }
        let note = selection.statedFrom.map { "(stated from \($0))" }
        return (selection.terms.map(\.label).joined(separator: ", "), english, note)
    }

    /// The terms as one line of text, markers included.
    static func termLine(_ selection: TermSelection, locale: String) -> String {
        let t = terms(selection, locale: locale)
        return [t.text, t.english ? english : nil, t.note].compactMap { $0 }.joined(separator: " ")
    }

    /// What to say where the shown locale is not the requested one.
    static func localeLine(_ resolution: LocaleResolution) -> String {
        resolution.note ?? resolution.used
    }

    /// How a link to another guide reads in plain text.
    static func guideReference(_ id: String) -> String { "(→ tolk guide \(id))" }

    /// Whether the language is written right to left.
    static func isRightToLeft(_ locale: String) -> Bool {
        ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"].contains(String(locale.prefix { $0 != "-" }))
    }
}
