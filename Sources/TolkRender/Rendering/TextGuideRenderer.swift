/// The guide for a terminal: wrapped to `width` columns, UI labels in bold
/// colour on a TTY and in `[brackets]` without colour, notes indented under
/// their step, English fallbacks marked `(English)`.
public struct TextGuideRenderer: Sendable {
    public var width: Int
    public var color: Bool

    public init(width: Int = 80, color: Bool = false) {
        self.width = width
        self.color = color
    }

    public func render(_ guide: Guide) -> String {
        let wrapper = TextWrapper(width: width)
        var out: [String] = []
        out.append(style(guide.title, "1"))
        out.append(guide.heading)
        out.append("")
        func fact(_ label: String, _ text: String, marker: String? = nil) {
            var pieces = [TextWrapper.Piece(text)]
            if let marker { pieces += [TextWrapper.Piece(" "), TextWrapper.Piece(marker, atomic: true, style: dim)] }
            out += wrapper.wrap(pieces, firstPrefix: "\(label): ", prefix: "  ")
        }
        fact(GuideWording.locale, GuideWording.localeLine(guide.locale))
        fact(GuideWording.asOf, guide.asOf.description)
        fact(guide.labels.appliesTo, GuideWording.termLine(guide.appliesTo, locale: guide.locale.used))
        fact(guide.labels.roles, GuideWording.termLine(guide.roles, locale: guide.locale.used))
        if let agreement = guide.agreement {
            fact(GuideWording.agreement, agreement.summary(on: guide.asOf))
            for sentence in agreement.sentences { out += quote(sentence, wrapper) }
        }
        if let signer = guide.signer {
            fact(GuideWording.signer, signer.summary)
            if let sentence = signer.sentence { out += quote(sentence, wrapper) }
        }
        out.append("")
        out.append(style(GuideWording.steps, "1"))
        let numberWidth = String(guide.steps.map(\.number).max() ?? 1).count
        for (index, step) in guide.steps.enumerated() {
            if index > 0 { out.append("") }
            let number = String(repeating: " ", count: numberWidth - String(step.number).count) + "\(step.number). "
            let indent = String(repeating: " ", count: DisplayWidth.of(number))
            for (index, paragraph) in step.paragraphs.enumerated() {
                out += lines(paragraph, wrapper, first: index == 0 ? number : indent, rest: indent)
            }
            if step.paragraphs.isEmpty { out.append(number.trimmingTrailingSpaces) }
            for note in step.notes {
                out.append(indent + style(note.title + ":", "33"))
                for paragraph in note.paragraphs {
                    out += lines(paragraph, wrapper, first: indent + "  ", rest: indent + "  ")
                }
            }
        }
        out.append("")
        out += wrapper.wrap([TextWrapper.Piece(guide.source, atomic: true)], firstPrefix: "\(GuideWording.source): ", prefix: "  ")
        return out.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// A document sentence under a fact, indented, marked when English.
    private func quote(_ sentence: LocalizedSentence, _ wrapper: TextWrapper) -> [String] {
        var pieces = [TextWrapper.Piece(sentence.text)]
        if sentence.isEnglishFallback { pieces += [TextWrapper.Piece(" "), TextWrapper.Piece(GuideWording.english, atomic: true, style: dim)] }
        return wrapper.wrap(pieces, firstPrefix: "  » ", prefix: "    ")
    }

    private func lines(_ paragraph: GuideParagraph, _ wrapper: TextWrapper, first: String, rest: String) -> [String] {
        if paragraph.style == .code {
            return paragraph.plainText.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                ($0.offset == 0 ? first : rest) + "    " + $0.element
            }
        }
        var pieces: [TextWrapper.Piece] = []
        if paragraph.isEnglishFallback { pieces += [TextWrapper.Piece(GuideWording.english, atomic: true, style: dim), TextWrapper.Piece(" ")] }
        for run in paragraph.runs {
            switch run {
            case .text(let s): pieces.append(TextWrapper.Piece(s))
            case .uiLabel(let s):
                pieces.append(color ? TextWrapper.Piece(s, atomic: true, style: bold) : TextWrapper.Piece("[\(s)]", atomic: true))
            case .code(let s): pieces.append(TextWrapper.Piece("`\(s)`", atomic: true))
            case .link(let s, let target):
                pieces.append(TextWrapper.Piece(s, style: underline))
                switch target {
                case .guide(let id): pieces.append(TextWrapper.Piece(" " + GuideWording.guideReference(id), atomic: false, style: dim))
                case .url(let url): pieces.append(TextWrapper.Piece(" <\(url)>", atomic: false, style: dim))
                case .page: break
                }
            }
        }
        let bullet = paragraph.style == .bullet
        return wrapper.wrap(pieces, firstPrefix: first + (bullet ? "• " : ""), prefix: rest + (bullet ? "  " : ""))
    }

    private func style(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private var bold: @Sendable (String) -> String { Self.ansi("1;36", color) }
    private var dim: @Sendable (String) -> String { Self.ansi("2", color) }
    private var underline: @Sendable (String) -> String { Self.ansi("4", color) }

    /// Wraps text in an SGR sequence, or leaves it alone without colour.
    static func ansi(_ code: String, _ enabled: Bool) -> @Sendable (String) -> String {
        if !enabled { return { text in text } }
        return { text in "\u{1B}[\(code)m\(text)\u{1B}[0m" }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        String(dropLast(reversed().prefix { $0 == " " }.count))
    }
}
