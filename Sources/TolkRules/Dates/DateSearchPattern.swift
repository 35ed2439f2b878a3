/// Joins date forms into the one pattern a recognizer searches with.
enum DateSearchPattern {
    /// No digit or Latin letter may touch a date: "12019-11-24", "v31.1.2020", "2020-11-24T10".
    static let before = #"(?<![0-9\p{Latin}])"#
    static let after = #"(?![0-9\p{Latin}])"#

    /// One alternation of `forms`, in order, with no capturing groups.
    ///
    /// ICU tries the alternatives one by one at every position of the text. Forms are gathered
    /// under a lookahead for the characters they can start with, so that at most positions one
    /// character test rules a whole group out; forms that start with digits, and those that
    /// start with a month name, are tested apart. Forms in different groups can never match at
    /// the same position, so only the order inside a group (years before year-less) matters,
    /// and it is kept.
    static func combining(_ forms: [DateForm]) -> String {
        var seen: Set<String> = []
        let forms = forms.filter { seen.insert($0.pattern).inserted }
        var groups: [(characters: Set<Character>, patterns: [String])] = []
        for form in forms {
            // A form joins every group it shares a first character with; those groups merge.
            let overlapping = groups.indices.filter { !groups[$0].characters.isDisjoint(with: form.firstCharacters) }
            guard let first = overlapping.first else {
                groups.append((form.firstCharacters, [form.pattern]))
                continue
            }
            for index in overlapping.dropFirst().reversed() {
                groups[first].characters.formUnion(groups[index].characters)
                groups[first].patterns += groups[index].patterns
                groups.remove(at: index)
            }
            groups[first].characters.formUnion(form.firstCharacters)
            groups[first].patterns.append(form.pattern)
        }
        let alternatives = groups.map { group in
            "(?=[" + characterClass(group.characters) + "])(?:" + group.patterns.joined(separator: "|") + ")"
        }
        return before + "(?:" + alternatives.joined(separator: "|") + ")" + after
    }

    /// The inside of a character class for `characters`.
    private static func characterClass(_ characters: Set<Character>) -> String {
        let digits = Set("0123456789")
        var text = characters.isSuperset(of: digits) ? "0-9" : ""
        let rest = characters.subtracting(text.isEmpty ? [] : digits)
        for character in rest.sorted() {
            // Escaped as code points: a class would read `-`, `^`, `[`, `]`, `&`, `\` specially.
            for scalar in character.unicodeScalars {
                text += scalar.isASCII && !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                    ? String(format: "\\x{%X}", scalar.value) : String(scalar)
            }
        }
        return text
    }
}
