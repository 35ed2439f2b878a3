/// The guide as CommonMark with DocFX alerts: UI labels in bold, notes as
/// `> [!NOTE]` under their step, English fallbacks marked `*(English)*`.
/// Text from documents is backslash-escaped, so nothing in it becomes
/// markup, a link or raw HTML when the Markdown is rendered.
public struct MarkdownGuideRenderer: Sendable {
    public init() {}

    public func render(_ guide: Guide) -> String {
        var out = "# \(Self.escape(guide.title))\n\n## \(Self.escape(guide.heading))\n\n"
        if let note = guide.locale.note { out += "> [!NOTE]\n> \(Self.escape(note))\n\n" }
        out += "- **\(GuideWording.locale):** \(guide.locale.used)\n"
        out += "- **\(GuideWording.asOf):** \(guide.asOf)\n"
        out += "- **\(Self.escape(guide.labels.appliesTo)):** \(terms(guide.appliesTo, guide))\n"
        out += "- **\(Self.escape(guide.labels.roles)):** \(terms(guide.roles, guide))\n"
        if let agreement = guide.agreement {
            out += "- **\(GuideWording.agreement):** \(Self.escape(agreement.summary(on: guide.asOf)))\n"
            for sentence in agreement.sentences { out += quote(sentence) }
        }
        if let signer = guide.signer {
            out += "- **\(GuideWording.signer):** \(Self.escape(signer.summary))\n"
            if let sentence = signer.sentence { out += quote(sentence) }
        }
        out += "\n### \(GuideWording.steps)\n\n"
        for step in guide.steps {
            let marker = "\(step.number). "
            let indent = String(repeating: " ", count: marker.count)
            var first = true
            for paragraph in step.paragraphs {
                out += block(paragraph, first: first ? marker : indent, rest: indent) + "\n"
                first = false
            }
            if first { out += marker.trimmingTrailingSpaces + "\n\n" }
            for note in step.notes {
                out += "\(indent)> [!\(note.kind)]\n"
                for (index, paragraph) in note.paragraphs.enumerated() {
                    if index > 0, paragraph.style != .bullet || note.paragraphs[index - 1].style != .bullet {
                        out += "\(indent)>\n"
                    }
                    out += block(paragraph, first: indent + "> ", rest: indent + "> ")
                }
                out += "\n"
            }
        }
        out += "---\n\n*\(GuideWording.source):* `\(guide.source.replacingOccurrences(of: "`", with: "'"))`\n"
        return out
    }

    private func terms(_ selection: TermSelection, _ guide: Guide) -> String {
        let t = GuideWording.terms(selection, locale: guide.locale.used)
        return Self.escape(t.text) + (t.english ? " *\(GuideWording.english)*" : "") + (t.note.map { " *\(Self.escape($0))*" } ?? "")
    }

    private func quote(_ sentence: LocalizedSentence) -> String {
        "  > \(Self.escape(sentence.text))" + (sentence.isEnglishFallback ? " *\(GuideWording.english)*" : "") + "\n"
    }

    /// One paragraph: its lines after `first` / `rest`, then a newline.
    private func block(_ paragraph: GuideParagraph, first: String, rest: String) -> String {
        if paragraph.style == .code {
            let fence = String(repeating: "`", count: max(3, Self.longestBacktickRun(paragraph.plainText) + 1))
            let body = paragraph.plainText.split(separator: "\n", omittingEmptySubsequences: false).map { rest + $0 }
            return ([first + fence] + body + [rest + fence]).joined(separator: "\n") + "\n"
        }
        var text = paragraph.isEnglishFallback ? "*\(GuideWording.english)* " : ""
        for run in paragraph.runs {
            switch run {
            case .text(let s): text += Self.escape(s)
            case .uiLabel(let s): text += "**\(Self.escape(s))**"
            case .code(let s): text += Self.code(s)
            case .link(let s, let target):
                switch target {
                case .guide(let id): text += "[\(Self.escape(s))](\(Self.destination(id + ".md")))"
                case .url(let url), .page(let url): text += "[\(Self.escape(s))](\(Self.destination(url)))"
                }
            }
        }
        return (paragraph.style == .bullet ? first + "- " : first) + text + "\n"
    }

    /// Backslash before every character CommonMark could read as markup;
    /// `<`, `>` and `&` too, so raw HTML and entities stay text.
    static func escape(_ text: String) -> String {
        var out = ""
        for (offset, character) in text.enumerated() {
            if "\\`*_[]<>&|~".contains(character) || (offset == 0 && "#+-=!".contains(character)) {
                out.append("\\")
            }
            out.append(character)
        }
        return out
    }

    /// A link destination in `<…>` (spaces and parentheses allowed inside);
    /// `<`, `>` and newlines cannot occur there, so they are percent-encoded.
    static func destination(_ url: String) -> String {
        var out = "<"
        for character in url {
            switch character {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\n", "\r": out += "%20"
            case "\\": out += "%5C"
            default: out.append(character)
            }
        }
        return out + ">"
    }

    static func code(_ text: String) -> String {
        let ticks = String(repeating: "`", count: longestBacktickRun(text) + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return ticks + pad + text + pad + ticks
    }

    static func longestBacktickRun(_ text: String) -> Int {
        var best = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }
}
