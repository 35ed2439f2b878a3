import TolkModel

/// A step guide: one procedure in one locale, as it stood on one date.
///
/// Everything a renderer shows is here, already chosen: which locale's text,
/// which roles and agreement were in force, which steps fell back to English.
/// Renderers only lay it out, so every format says the same thing.
public struct Guide: Sendable, Equatable, Encodable {
    /// The guide's id (`add-a-new-customer`): the document name, plus
    /// `.<anchor>` when the document has several procedures.
    public var id: String
    /// The procedure's anchor in the document.
    public var anchor: String
    /// The document's title in the locale used.
    public var title: String
    /// The procedure's heading in the locale used.
    public var heading: String
    /// The date the guide describes.
    public var asOf: CalendarDate
    /// Which locale was asked for, which one is shown, and why.
    public var locale: LocaleResolution
    /// Who the procedure applies to, labelled in the locale used when the
    /// document names them there.
    public var appliesTo: TermSelection
    /// The roles allowed to follow it.
    public var roles: TermSelection
    /// The agreement the customer must accept on `asOf`, when the content states one.
    public var agreement: AgreementNotice?
    /// Whether signer information is required on `asOf`, when the content says so.
    public var signer: SignerNotice?
    public var steps: [GuideStep]
    /// Where the text was read (the file, or the rule table).
    public var source: String
    /// The fixed words around the content (section labels), in the locale when
    /// the configuration names them there, else English.
    public var labels: GuideLabels

    public init(id: String, anchor: String, title: String, heading: String, asOf: CalendarDate,
                locale: LocaleResolution, appliesTo: TermSelection, roles: TermSelection,
                agreement: AgreementNotice?, signer: SignerNotice?, steps: [GuideStep], source: String,
                labels: GuideLabels) {
        self.id = id
        self.anchor = anchor
        self.title = title
        self.heading = heading
        self.asOf = asOf
        self.locale = locale
        self.appliesTo = appliesTo
        self.roles = roles
        self.agreement = agreement
        self.signer = signer
        self.steps = steps
        self.source = source
        self.labels = labels
    }

    /// Whether any step or note shows English text in place of the locale's.
    public var hasEnglishFallback: Bool {
        steps.contains { step in
            step.paragraphs.contains(where: \.isEnglishFallback)
                || step.notes.contains { $0.paragraphs.contains(where: \.isEnglishFallback) }
        }
    }
}

/// How the shown locale was chosen (BCP 47 lookup: the tag, then the same
/// language, then the source locale).
public struct LocaleResolution: Sendable, Equatable, Encodable {
    /// What was asked for (`de-AT`).
    public var requested: String
    /// Whose text is shown (`de-DE`).
    public var used: String
    /// The tags tried, in order, ending with the one used.
    public var chain: [String]
    /// True when `used` is the source locale reached by falling back: the
    /// English text comes from the source side of the pairs or the source files.
    public var isSourceFallback: Bool

    public init(requested: String, used: String, chain: [String], isSourceFallback: Bool) {
        self.requested = requested
        self.used = used
        self.chain = chain
        self.isSourceFallback = isSourceFallback
    }

    /// True when the guide is not in the requested locale.
    public var fellBack: Bool { requested != used }

    /// One English sentence that says what happened, for every format.
    public var note: String? {
        guard fellBack else { return nil }
        return "No \(requested) text for this guide; shown in \(used) (tried \(chain.joined(separator: " → ")))."
    }
}

/// Terms (roles, audiences) chosen for the date, each with its label.
public struct TermSelection: Sendable, Equatable, Encodable {
    public var terms: [TermLabel]
    /// When no version stated the terms on the date and the earliest later
    /// version's are shown: that version's first day.
    public var statedFrom: CalendarDate?

    public init(terms: [TermLabel], statedFrom: CalendarDate? = nil) {
        self.terms = terms
        self.statedFrom = statedFrom
    }

    public static let none = TermSelection(terms: [])
}

/// A vocabulary term as shown.
public struct TermLabel: Sendable, Equatable, Encodable {
    /// Vocabulary id (`admin-agent`); nil for a label the vocabulary does not know.
    public var id: String?
    public var label: String
    /// The locale the label is in.
    public var locale: String

    public init(id: String?, label: String, locale: String) {
        self.id = id
        self.label = label
        self.locale = locale
    }
}

/// Section labels; data from the rules configuration where it has them.
public struct GuideLabels: Sendable, Equatable, Encodable {
    public var appliesTo: String
    public var roles: String

    public init(appliesTo: String = "Applies to", roles: String = "Roles") {
        self.appliesTo = appliesTo
        self.roles = roles
    }
}
