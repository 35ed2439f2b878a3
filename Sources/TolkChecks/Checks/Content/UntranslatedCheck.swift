import TolkModel

/// Reports a pair whose target is its English source unchanged (after
/// whitespace normalisation) where the source is prose a translator would
/// have translated.
///
/// Equal text is normal, and not reported, when the source holds no prose:
/// only code, numbers, punctuation, URLs, file names or identifiers
/// (`customerTenantId`, `PZY-00017`), commands (`Set-X -Flag $true`), data
/// rows with a GUID, settings with `=`, only product names and no-loc terms
/// (`checks.noLoc`, `:::no-loc`), or only capitalized names (`Costa Rica`,
/// `Transaction ID`, `Dynamics 365 Commerce for AX Migration Program`):
/// country and product names stay English in many locales. Prose shows in
/// lower-case words that are not function words (words in parentheses
/// aside); a source needs at least one such word and two words in all.
/// A single word (`Invoices`, `none`) is never reported: in tables and
/// lists it is as often a value or UI label kept in English as a miss.
/// Nothing applies to files in the source language.
struct UntranslatedCheck: DocumentCheck {
    static let descriptor = CheckDescriptor(
        id: "untranslated", category: .content, defaultSeverity: .warning,
        summary: "A pair whose target is its English source unchanged, where the source is prose.")

    func check(_ file: FileUnderCheck, into findings: inout FindingCollector) {
        let document = file.document
        guard !document.segments.isEmpty, !file.isSourceDocument else { return }
        let sourceLanguage = file.settings.sourceLanguage
        if let language = document.locale?.language, language == sourceLanguage { return }
        let functionWords = file.settings.functionWords[sourceLanguage] ?? []
        var terms: [String]?
        let segments = document.segments
        file.forEachSegment { index, segment in
            guard Self.sameText(segment, in: segments) else { return }
            let source = PairSide.source.text(segment.source, in: segments)
            guard PairsText.hasText(source) else { return }
            // Removing names only takes words away: test the whole text first.
            guard Self.needsTranslation(source, functionWords: functionWords) else { return }
            if terms == nil { terms = file.settings.noLocTerms.sorted { $0.count > $1.count } }
            let markup = file.contentMarkups.source[index]
            let prose = Self.prose(PairsText.collapsed(source),
                                   removing: markup.codeSpans + markup.noLocTerms + (terms ?? []))
            guard Self.needsTranslation(prose, functionWords: functionWords) else { return }
            findings.add("the target of pair '\(segment.id)' is the English source unchanged: \(PairsText.quoted(source))",
                         at: segment.location, segment: segment.id)
        }
    }

    /// Whether the pair's target reads as its source, whitespace aside. Most
    /// sides are one run of text, compared as it is; others are read through
    /// their markup and nested pairs.
    private static func sameText(_ segment: Segment, in segments: [Segment]) -> Bool {
        let target = segment.target, source = segment.source
        if target.count == 1, source.count == 1, case .text(let targetText) = target[0].kind,
           case .text(let sourceText) = source[0].kind {
            return PairsText.equalIgnoringWhitespace(targetText, sourceText)
        }
        var targetScalars = PairSide.target.scalars(target, in: segments)
        var sourceScalars = PairSide.source.scalars(source, in: segments)
        return PairsText.equalIgnoringWhitespace(&targetScalars, &sourceScalars)
    }

    /// `text` with the code spans and no-loc terms taken out.
    static func prose(_ text: String, removing exempt: [String]) -> String {
        var text = text
        for term in exempt where !term.isEmpty && PairsText.contains(text, term) {
            text = text.replacingOccurrences(of: term, with: " ")
        }
        return text
    }

    /// Whether `prose` has words a translator translates: at least two
    /// words, one of them lower case and not a function word. Words in
    /// parentheses do not count (`Dynamics 365 (online)`: qualifiers of
    /// names); a text with a GUID (a data row) or an `=` (a setting or
    /// filter) is data, not prose.
    static func needsTranslation(_ prose: String, functionWords: Set<String>) -> Bool {
        var words = 0
        var contentWords = 0
        var parentheses = 0
        for scalars in prose.unicodeScalars.split(whereSeparator: PairsText.isWhitespace) {
            let token = Substring(scalars)
            if token == "=" || containsGUID(token) { return false }
            if scalars.first == "(" || scalars.first == "（" { parentheses += 1 }
            defer {
                if parentheses > 0, token.last == ")" || token.last == "）" || token.hasSuffix(").")
                    || token.hasSuffix("),") { parentheses -= 1 }
            }
            guard parentheses == 0, let word = word(token) else { continue }
            words += 1
            if let first = word.unicodeScalars.first, first.properties.isLowercase, word.unicodeScalars.count > 1,
               !functionWords.contains(word) {
                contentWords += 1
            }
        }
        return words >= 2 && contentWords >= 1
    }

    /// Whether `token` holds a GUID (`6c6e2e9c-2156-4f7c-9c78-f94393b750fe`).
    static func containsGUID(_ token: Substring) -> Bool {
        guard token.utf8.count >= 36 else { return false }
        let groups = token.split { !$0.isHexDigit && $0 != "-" }
        return groups.contains { candidate in
            let parts = candidate.split(separator: "-", omittingEmptySubsequences: false)
            return parts.map(\.count) == [8, 4, 4, 4, 12]
        }
    }

    /// The token as a word, punctuation around it dropped; `nil` for what is
    /// not a word of prose: numbers, codes, paths, URLs, identifiers
    /// (`customerName`), acronyms (`CSP`).
    static func word(_ token: Substring) -> String? {
        let scalars = token.unicodeScalars
        // `$true`, `-AllowAdHocSubscriptions`: variables and options of a command.
        if scalars.first == "$" { return nil }
        if scalars.first == "-", let second = scalars.dropFirst().first, isLetter(second) { return nil }
        guard let start = scalars.firstIndex(where: { isLetter($0) || isNumber($0) }),
              let end = scalars.lastIndex(where: { isLetter($0) || isNumber($0) }) else { return nil }
        let core = scalars[start...end]
        var sawLower = false
        var letters = 0
        var uppers = 0
        for scalar in core {
            if isNumber(scalar) { return nil }
            if isLetter(scalar) {
                letters += 1
                if scalar.properties.isUppercase {
                    uppers += 1
                    if sawLower { return nil }    // camelCase, PowerShell
                } else {
                    sawLower = true
                }
            } else if scalar != "-" && scalar != "'" && scalar != "’" {
                return nil                        // a.md, user@x, snake_case, {id}
            }
        }
        if letters == 0 { return nil }
        if uppers == letters, letters > 1 { return nil }   // an acronym
        return String(Substring(core))
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarProperties.isAlphabetic(scalar)
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType != nil
    }
}
