import TolkModel

/// Reports paragraphs, list items, headings and alerts whose text is in
/// another language than the file's: typically English sentences a machine
/// translation left in a German page, or an untranslated paragraph pasted
/// into a Chinese one. Readers of the locale cannot read them, and nothing
/// else notices: the file parses and, without pairs, has no source to compare.
///
/// Works without pairs; where there are pairs it reads their targets (a
/// target equal to its source is left to the pair checks). Each sentence of
/// at least `minimumWords` counted words is judged: for a language with
/// configured function words (`checks.functionWords`) by counting the words
/// that belong to one language's list and not the other's; for a language
/// written in another script (Chinese, Japanese, Korean, Russian …) a
/// sentence of prose with no letter of a non-Latin script is wrong (it must
/// still have the function words of prose). Bold text (UI labels), code,
/// `:::no-loc` terms, acronyms and words with digits do not count, a function
/// word between two capitalized words is part of a name ("Dynamics 365 for
/// Sales"), and a sentence with `=` or `*` is a formula: a translated
/// sentence that names English UI labels or products is not reported.
/// One finding per paragraph or heading, at its first foreign sentence.
public struct WrongLanguageCheck: DocumentCheck {
    public static let descriptor = CheckDescriptor(
        id: "wrong-language", category: .document, defaultSeverity: .warning,
        summary: "a paragraph, list item, heading or alert is written in another language than the file's")

    /// Sentences shorter than this (in counted words) are not judged.
    static let minimumWords = 6

    /// Whether `foreign` function words of another language that the file's
    /// language lacks, against `own` words of the file's language that the
    /// other lacks, in a sentence of `words` words, make it that language.
    /// Prose in a language is dense with its function words; a translated
    /// sentence that quotes English names, or a formula, is not. Another
    /// language than the source (English) needs more evidence: it is rarely
    /// left behind, and neighbouring languages share short words.
    static func isForeign(foreign: Int, own: Int, words: Int, isSourceLanguage: Bool) -> Bool {
        let share = Double(foreign) / Double(max(words, 1))
        guard isSourceLanguage else { return foreign >= 4 && foreign > 3 * own && share >= 0.3 }
        if own == 0 { return foreign >= 3 && share >= 0.15 }
        return foreign >= 3 && foreign > 2 * own && share >= 0.2
    }

    /// Languages written in a script other than Latin.
    static let nonLatinLanguages: Set<String> = [
        "zh", "ja", "ko", "ru", "uk", "bg", "be", "mk", "el", "ar", "fa", "he", "hi", "th", "ka", "hy", "kk",
    ]

    static let languageNames: [String: String] = [
        "en": "English", "de": "German", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "fr": "French",
        "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nb": "Norwegian", "fi": "Finnish",
        "pl": "Polish", "cs": "Czech", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian",
    ]

    public init() {}

    public func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        guard let tag = file.document.locale else { return }
        let language = tag.language
        let sourceLanguage = file.settings.sourceLanguage
        let judge: Judge
        if Self.nonLatinLanguages.contains(language) {
            judge = Judge(language: language, sourceLanguage: sourceLanguage, words: file.settings.functionWords, script: true)
        } else if file.settings.functionWords[language] != nil {
            judge = Judge(language: language, sourceLanguage: sourceLanguage, words: file.settings.functionWords, script: false)
        } else {
            return
        }
        var walker = Walker(file: file, judge: judge, locale: tag.identifier, findings: findings)
        walker.blocks(file.document.blocks)
        findings = walker.findings
    }

    /// Tells the language of a sentence from its words.
    struct Judge {
        let language: String
        /// Whether the file's language is told by its script rather than its words.
        let script: Bool
        /// The language of the pairs' sources (`en`): what a translation leaves behind.
        let sourceLanguage: String
        let words: DocumentFunctionWords
        /// The bit of the file's language in `words` (0 when it has no list).
        let own: UInt64

        init(language: String, sourceLanguage: String, words: [String: Set<String>], script: Bool) {
            self.language = language
            self.sourceLanguage = sourceLanguage
            self.script = script
            self.words = DocumentFunctionWords.table(for: words)
            own = self.words.bit(language)
        }

        /// The language a sentence is written in when it is not the file's; `nil` when
        /// it is the file's or cannot be told.
        func foreignLanguage(of counted: String) -> String? {
            // A letter of the file's script settles it before any word is read.
            if script && ScalarProperties.hasNonLatinLetter(counted) { return nil }
            return foreignLanguage(of: DocumentWords(counted, functionWords: words))
        }

        /// The language of the sentence whose tokens are `tokens`, as `foreignLanguage(of:)` tells it.
        func foreignLanguage(of tokens: DocumentWords) -> String? {
            // A formula ("Unit Price * Quantity", "Level 1 = Databases") names fields, it is not prose.
            if tokens.hasFormulaMark { return nil }
            guard tokens.wordCount >= WrongLanguageCheck.minimumWords else { return nil }
            if script && tokens.hasNonLatinLetter { return nil }

            // One pass over the tokens counts for every language at once: per
            // language, its words the file's language lacks (outside names), and
            // the file's words that language lacks (all own words but those it shares).
            let languages = self.words.languages
            // Counts on the stack, not in two arrays per sentence: foreign words at
            // `index`, shared words at `count + index`.
            let count = languages.count
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(2 * count, 1)) { counts -> String? in
                counts.initialize(repeating: 0)
                var ownWords = 0
                for (position, token) in tokens.tokens.enumerated() where token.languages != 0 {
                    let ours = token.languages & self.own != 0
                    if ours { ownWords += 1 }
                    var bits = token.languages
                    while bits != 0 {
                        let index = bits.trailingZeroBitCount
                        bits &= bits - 1
                        if ours {
                            counts[count + index] += 1
                        } else if !tokens.isInsideName(position) {
                            // A function word inside a name ("Dynamics 365 for Sales") is the name's.
                            counts[index] += 1
                        }
                    }
                }
                var best: (language: String, foreign: Int)?
                for (index, rival) in languages.enumerated() where rival != language {
                    let foreign = counts[index], own = ownWords - counts[count + index]
                    guard WrongLanguageCheck.isForeign(foreign: foreign, own: own, words: tokens.wordCount,
                                                       isSourceLanguage: rival == sourceLanguage) else { continue }
                    if best == nil || foreign > best!.foreign { best = (rival, foreign) }
                }
                return best?.language
            }
        }
    }

    /// Walks the blocks that hold prose and judges their sentences.
    struct Walker {
        let file: FileUnderCheck
        let judge: Judge
        let locale: String
        var findings: FindingCollector
        /// Judges units without building their text; one per file, reused.
        var stream: SentenceLanguageStream

        init(file: FileUnderCheck, judge: Judge, locale: String, findings: FindingCollector) {
            self.file = file
            self.judge = judge
            self.locale = locale
            self.findings = findings
            stream = SentenceLanguageStream(judge: judge)
        }

        mutating func blocks(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .heading(_, _, let content), .paragraph(let content):
                    unit(content)
                case .list(_, _, let items):
                    for item in items { self.blocks(item.blocks) }
                case .blockQuote(let children), .alert(_, let children):
                    self.blocks(children)
                case .table, .htmlTable, .image, .include, .code, .html, .thematicBreak, .truncated:
                    break
                }
            }
        }

        /// Judges one paragraph or heading; one finding names its first foreign sentence.
        mutating func unit(_ inlines: [Inline]) {
            // Most units have no foreign sentence: that is told without building their text.
            stream.startUnit()
            ProseWalker(segments: file.document.segments).walk(inlines, into: &stream)
            guard stream.foundForeign else { return }
            let prose = DocumentProse(inlines, in: file.document)
            var found: (index: Int, language: String)?
            var count = 0
            for (index, sentence) in prose.sentences.enumerated() {
                guard let foreign = judge.foreignLanguage(of: sentence.counted) else { continue }
                count += 1
                if found == nil { found = (index, foreign) }
            }
            guard let found else { return }
            let first = (sentence: prose.sentences[found.index], language: found.language)
            let name = WrongLanguageCheck.languageNames[first.language] ?? "'\(first.language)'"
            let shown = MessageText.excerpt(String(DocumentText.trimmed(Substring(first.sentence.shown))))
            var message = "\(name) text in a \(locale) file: '\(shown)'"
            if count > 1 { message += " (and \(count - 1) more sentence\(count == 2 ? "" : "s") here)" }
            findings.add(message, at: first.sentence.location, segment: first.sentence.segment)
        }
    }
}
