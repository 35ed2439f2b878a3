import TolkModel

/// Reports bold and italic that the translation lost, added or moved.
///
/// In a pair, the target should have as many bold and as many italic spans
/// as its source: they mark UI labels a reader looks for on screen. Bold
/// the target replaced by quotation marks (`“客户”`, a convention of some
/// locales) still marks the label and is not reported. In a
/// machine-translated file without pairs there is no source to count
/// against, but one symptom shows: a bold span that begins or ends with a
/// function word of the file's language (`**Volgende: Abonnementen
/// wanneer**`), because the translation reordered the words around the
/// markup and the bold now covers the wrong ones.
struct EmphasisMismatchCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "emphasis-mismatch", category: .content, defaultSeverity: .warning,
        summary: "Bold or italic spans that differ in number from the source, or bold moved onto the wrong words.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let document = file.document
        if document.segments.isEmpty {
            checkMovedBold(file, into: &findings)
            return
        }
        let segments = document.segments
        let markups = file.contentMarkups
        file.forEachSegment { index, segment in
            let target = markups.target[index], source = markups.source[index]
            var differences: [String] = []
            if target.strongCount != source.strongCount,
               !Self.quotesStandInForBold(segment, target: target.strongCount, source: source.strongCount, segments) {
                differences.append(Self.describe("bold", source: source.strongCount, target: target.strongCount))
            }
            if target.emphasisCount != source.emphasisCount {
                differences.append(Self.describe("italic", source: source.emphasisCount, target: target.emphasisCount))
            }
            guard !differences.isEmpty else { return }
            findings.add(differences.joined(separator: "; "), at: segment.location, segment: segment.id)
        }
    }

    /// Whether the target marks the labels the source makes bold with
    /// quotation marks instead (`选择“客户”` for `select **Customers**`), as
    /// some locales' style guides ask: the target has at least as many more
    /// quoted phrases than its source as it has fewer bold spans.
    private static func quotesStandInForBold(_ segment: Segment, target: Int, source: Int, _ segments: [Segment]) -> Bool {
        guard target < source else { return false }
        let added = quotedPhrases(PairSide.target.text(segment.target, in: segments))
            - quotedPhrases(PairSide.source.text(segment.source, in: segments))
        return added >= source - target
    }

    /// Closing marks of the quotation marks texts use, by opening mark.
    private static let quotePairs: [Character: Set<Character>] = [
        "“": ["”"], "„": ["“", "”"], "«": ["»"], "「": ["」"], "『": ["』"], "\"": ["\""],
    ]

    /// The number of closed quotations (`“…”`, `„…“`, `«…»`, `「…」`, `"…"`) in `text`.
    static func quotedPhrases(_ text: String) -> Int {
        // Every opening mark holds one of these bytes (`"`, and the last byte of “ „ « 「 『 in
        // UTF-8): a text without any has no quotation, and is not read character by character.
        let mayQuote = text.containsUTF8Byte { byte in
            switch byte {
            case 0x22, 0x9C, 0x9E, 0xAB, 0x8C, 0x8E: true
            default: false
            }
        }
        guard mayQuote else { return 0 }
        var count = 0
        var closers: Set<Character>?
        for character in text {
            if let open = closers {
                if open.contains(character) {
                    count += 1
                    closers = nil
                }
            } else if let close = quotePairs[character] {
                closers = close
            }
        }
        return count
    }

    private static func describe(_ kind: String, source: Int, target: Int) -> String {
        func spans(_ n: Int) -> String { n == 1 ? "1 \(kind) span" : "\(n) \(kind) spans" }
        return "the source has \(spans(source)), the target \(target)"
    }

    /// Bold whose first or last word is a function word of the file's language.
    private func checkMovedBold(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard !file.isSourceDocument, let language = file.document.locale?.language,
              language != file.settings.sourceLanguage,
              let functionWords = file.settings.functionWords[language], !functionWords.isEmpty else { return }
        var judge = MovedBoldJudge(functionWords: functionWords)
        ContentInlineWalker(document: file.document).forEachRun { run in
            judge.visit(run, textBefore: false)
        }
        for (message, location) in judge.findings { findings.add(message, at: location) }
    }
}

/// Finds bold that machine translation moved: a bold span beginning or
/// ending with a function word. Bold anchored to its block is a label the
/// author wrote, whatever its words (`**Gilt für**`, `**Die Y-Achse** ist…`),
/// so a span that opens its block is not judged by its first word, a span
/// that is the whole block or is followed by a colon not by its last; a
/// bold question (`**Ist diese Seite hilfreich?**`) quotes the interface.
struct MovedBoldJudge {
    let functionWords: Set<String>
    private(set) var findings: [(String, SourceLocation)] = []

    init(functionWords: Set<String>) {
        self.functionWords = functionWords
    }

    /// Judges the bold in `inlines`; `textBefore` says whether the block has
    /// visible text before them. Returns whether `inlines` hold visible text.
    @discardableResult
    mutating func visit(_ inlines: [Inline], textBefore: Bool) -> Bool {
        var seenText = textBefore
        for (index, inline) in inlines.enumerated() {
            switch inline.kind {
            case .strong(let content):
                let text = content.plainText()
                judge(text, at: inline.location, opensBlock: !seenText,
                      following: Self.leadingText(of: inlines[(index + 1)...]))
                if PairsText.hasText(text) { seenText = true }
            case .emphasis(let content), .link(_, _, let content), .image(_, _, let content):
                if visit(content, textBefore: seenText) { seenText = true }
            case .text(let text):
                if PairsText.hasText(text) { seenText = true }
            case .code, .noLoc, .segment:
                seenText = true
            case .softBreak, .lineBreak, .html:
                break
            }
        }
        return seenText != textBefore
    }

    private mutating func judge(_ text: String, at location: SourceLocation, opensBlock: Bool, following: String) {
        guard !text.containsUTF8Byte(where: { $0 == UInt8(ascii: "?") }) else { return }
        let words = ContentWords.words(text)
        guard let first = words.first, let last = words.last else { return }
        let next = following.drop { $0.isWhitespace }
        let endsBlock = !next.contains { $0.isLetter || $0.isNumber }
        let labelEnd = (opensBlock && endsBlock) || next.first == ":" || next.first == "：" || text.last == ":"
            || text.last == "："
        let edge: String
        let word: Substring
        if !opensBlock, functionWords.contains(first.lowercased()) {
            (edge, word) = ("begins", first)
        } else if !labelEnd, functionWords.contains(last.lowercased()) {
            (edge, word) = ("ends", last)
        } else {
            return
        }
        let whole = words.count == 1 ? "is only" : "\(edge) with"
        findings.append(("bold \(PairsText.quoted(text)) \(whole) '\(word)', a function word: the translation may have moved the bold onto the wrong words", location))
    }

    /// The first few characters of visible text after a bold span.
    private static func leadingText(of inlines: ArraySlice<Inline>) -> String {
        var out = ""
        for inline in inlines {
            switch inline.kind {
            case .text(let text), .code(let text), .noLoc(let text): out += text
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                out += content.plainText()
            case .html, .segment: break
            }
            if out.contains(where: { !$0.isWhitespace }) { break }
        }
        return out
    }
}
