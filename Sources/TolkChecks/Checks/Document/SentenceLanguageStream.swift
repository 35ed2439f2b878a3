import TolkModel

/// Judges the sentences of a unit of prose as `ProseWalker` finds them,
/// tokenizing the counted words as they come instead of building each
/// sentence's text: `wrong-language` reads every sentence of every file, and
/// building the text cost as much as judging it. It tells only whether some
/// sentence is foreign; the unit is then read again as text for the message.
/// One stream serves all units of a file (`startUnit`), keeping its buffers.
struct SentenceLanguageStream: ProseSink {
    let judge: WrongLanguageCheck.Judge
    private var words: DocumentWords
    private(set) var isOpen = false
    /// Whether a sentence read so far is in another language than the file's.
    private(set) var foundForeign = false

    init(judge: WrongLanguageCheck.Judge) {
        self.judge = judge
        words = DocumentWords(functionWords: judge.words)
    }

    /// Forgets the last unit's verdict.
    mutating func startUnit() {
        foundForeign = false
        isOpen = false
        words.reset()
    }

    mutating func open(at location: SourceLocation, segment: String?) {
        isOpen = true
    }

    /// What a reader sees does not tell the language: only counted words do.
    mutating func show(_ piece: Substring) {}

    mutating func count(_ piece: Substring) {
        guard isOpen, !foundForeign else { return }
        // In a file whose language has its own script, a letter of that script settles the
        // sentence (it is the file's language): the rest of it need not be read.
        if judge.script && words.hasNonLatinLetter { return }
        piece.withUTF8Bytes { words.feed($0) }
    }

    mutating func close() {
        guard isOpen else { return }
        isOpen = false
        guard !foundForeign else { return }
        words.end()
        if judge.foreignLanguage(of: words) != nil { foundForeign = true }
        words.reset()
    }
}
