/// Greedy line filling in terminal columns that never breaks inside a word
/// or a UI label: lines break at spaces and between East Asian wide
/// characters (not before closing or after opening punctuation). A piece
/// wider than the line gets a line of its own rather than being cut.
public struct TextWrapper: Sendable {
    /// A piece of a paragraph and how it is written once placed.
    public struct Piece: Sendable {
        public var text: String
        /// Kept whole: labels, code, markers.
        public var atomic: Bool
        /// Wraps the placed text (ANSI colour); identity when plain.
        public var style: @Sendable (String) -> String

        public init(_ text: String, atomic: Bool = false, style: @escaping @Sendable (String) -> String = { $0 }) {
            self.text = text
            self.atomic = atomic
            self.style = style
        }
    }

    public var width: Int

    public init(width: Int) {
        self.width = max(width, 10)
    }

    /// Lines of `pieces`, the first after `firstPrefix`, the rest after
    /// `prefix` (both counted in the width).
    public func wrap(_ pieces: [Piece], firstPrefix: String, prefix: String) -> [String] {
        let groups = Self.groups(Self.atoms(pieces))
        var lines: [String] = []
        var line = firstPrefix
        var used = DisplayWidth.of(firstPrefix)
        var empty = true
        for group in groups {
            let needed = (group.spaceBefore && !empty ? 1 : 0) + group.width
            if !empty, used + needed > width {
                lines.append(line)
                line = prefix
                used = DisplayWidth.of(prefix)
                empty = true
            }
            if !empty, group.spaceBefore {
                line += " "
                used += 1
            }
            line += group.text
            used += group.width
            empty = false
        }
        if !empty || lines.isEmpty { lines.append(line) }
        return lines
    }

    struct Atom {
        var text: String
        var styled: String
        var width: Int
        var breakBefore: Bool
        var spaceBefore: Bool
        var wide: Bool
    }

    struct Group {
        var text = ""
        var width = 0
        var spaceBefore = false
    }

    /// Atoms joined where no break is allowed between them.
    static func groups(_ atoms: [Atom]) -> [Group] {
        var out: [Group] = []
        for atom in atoms {
            if atom.breakBefore || out.isEmpty {
                out.append(Group(text: atom.styled, width: atom.width, spaceBefore: atom.spaceBefore))
            } else {
                out[out.count - 1].text += (atom.spaceBefore ? " " : "") + atom.styled
                out[out.count - 1].width += atom.width + (atom.spaceBefore ? 1 : 0)
            }
        }
        return out
    }

    /// Words, single wide characters and atomic pieces, each knowing whether
    /// a line may break before it.
    static func atoms(_ pieces: [Piece]) -> [Atom] {
        var atoms: [Atom] = []
        var pendingSpace = false
        func push(_ text: String, style: (String) -> String, wide: Bool) {
            let first = text.first!
            let previous = atoms.last
            var breakBefore = pendingSpace || wide || (previous?.wide ?? false)
            if closing.contains(first) { breakBefore = false }
            if let last = previous?.text.last, opening.contains(last) { breakBefore = false }
            if previous == nil { breakBefore = true }
            atoms.append(Atom(text: text, styled: style(text), width: DisplayWidth.of(text), breakBefore: breakBefore,
                              spaceBefore: pendingSpace && previous != nil, wide: wide))
            pendingSpace = false
        }
        for piece in pieces {
            if piece.atomic {
                guard !piece.text.isEmpty else { continue }
                push(piece.text, style: piece.style, wide: DisplayWidth.of(piece.text.first!) == 2)
                // A wide last character lets the line break after the piece too.
                atoms[atoms.count - 1].wide = piece.text.last.map { DisplayWidth.of($0) == 2 } ?? false
                continue
            }
            var word = ""
            func flushWord() {
                if !word.isEmpty { push(word, style: piece.style, wide: false) }
                word = ""
            }
            for character in piece.text {
                if character.isWhitespace {
                    flushWord()
                    pendingSpace = true
                } else if DisplayWidth.of(character) == 2 {
                    flushWord()
                    push(String(character), style: piece.style, wide: true)
                } else {
                    word.append(character)
                }
            }
            flushWord()
        }
        return atoms
    }

    /// No line starts with these (UAX #14 CL/EX/IS and the kinsoku set).
    static let closing: Set<Character> = Set(".,;:!?%)]}»”’、。，．：；！？）］｝」』】〕〉》〙〗〛ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥・")
    /// No line ends with these.
    static let opening: Set<Character> = Set("([{«„“‘（［｛「『【〔〈《〘〖〚")
}
