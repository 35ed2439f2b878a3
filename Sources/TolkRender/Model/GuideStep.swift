/// One numbered step: its paragraphs and the notes under it.
public struct GuideStep: Sendable, Equatable, Encodable {
    /// 1-based, as the document numbers it.
    public var number: Int
    public var paragraphs: [GuideParagraph]
    /// Alerts nested under the step (or left between two lists by a broken indent).
    public var notes: [GuideNote]
    /// `path:line` of the list item, when read from a document.
    public var origin: String?

    public init(number: Int, paragraphs: [GuideParagraph], notes: [GuideNote], origin: String? = nil) {
        self.number = number
        self.paragraphs = paragraphs
        self.notes = notes
        self.origin = origin
    }
}

/// A DocFX alert under a step.
public struct GuideNote: Sendable, Equatable, Encodable {
    /// `NOTE`, `TIP`, `IMPORTANT`, `WARNING` or `CAUTION`.
    public var kind: String
    public var paragraphs: [GuideParagraph]

    public init(kind: String, paragraphs: [GuideParagraph]) {
        self.kind = kind
        self.paragraphs = paragraphs
    }

    /// `Note`, `Important` …: the keyword as a reader sees it.
    public var title: String { kind.prefix(1).uppercased() + kind.dropFirst().lowercased() }
}

/// A paragraph, bullet or code line of a step or note.
public struct GuideParagraph: Sendable, Equatable, Encodable {
    public enum Style: String, Sendable, Encodable {
        case body, bullet, code
    }

    public var style: Style
    public var runs: [GuideRun]
    /// True when the locale has no translation of this text and the English
    /// source is shown instead: always marked, never silent.
    public var isEnglishFallback: Bool

    public init(_ style: Style = .body, runs: [GuideRun], isEnglishFallback: Bool = false) {
        self.style = style
        self.runs = runs
        self.isEnglishFallback = isEnglishFallback
    }

    /// The visible text, markup dropped.
    public var plainText: String { runs.map(\.text).joined() }
}

/// A run of inline content: what the renderers style.
public enum GuideRun: Sendable, Equatable, Encodable {
    case text(String)
    /// A name on the screen the reader clicks or reads (bold in the document).
    case uiLabel(String)
    case code(String)
    /// A link whose target passed the URL policy; unsafe links are plain text.
    case link(String, LinkTarget)

    /// The visible text.
    public var text: String {
        switch self {
        case .text(let s), .uiLabel(let s), .code(let s), .link(let s, _): s
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, text, target }
    private enum Kind: String, Encodable { case text, uiLabel, code, link }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let s): try c.encode(Kind.text, forKey: .kind); try c.encode(s, forKey: .text)
        case .uiLabel(let s): try c.encode(Kind.uiLabel, forKey: .kind); try c.encode(s, forKey: .text)
        case .code(let s): try c.encode(Kind.code, forKey: .kind); try c.encode(s, forKey: .text)
        case .link(let s, let target):
            try c.encode(Kind.link, forKey: .kind)
            try c.encode(s, forKey: .text)
            try c.encode(target, forKey: .target)
        }
    }
}

/// Where a link goes once resolved.
public enum LinkTarget: Sendable, Equatable, Encodable {
    /// Another guide of the same content (`confirm-agreement.md` → `confirm-agreement`).
    case guide(id: String)
    /// An absolute `http`, `https` or `mailto` URL.
    case url(String)
    /// A relative link to a page that is not a guide: kept as written, shown
    /// as text where it could not be followed.
    case page(String)

    private enum CodingKeys: String, CodingKey { case guide, url, page }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .guide(let id): try c.encode(id, forKey: .guide)
        case .url(let url): try c.encode(url, forKey: .url)
        case .page(let path): try c.encode(path, forKey: .page)
        }
    }
}
