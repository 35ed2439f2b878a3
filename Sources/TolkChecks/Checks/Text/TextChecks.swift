/// The checks of this folder, in `--list` order.
enum TextChecks {
    static let all: [any DocumentCheck] = [
        NumberMismatchCheck(),
        DateMismatchCheck(),
        PlaceholderMismatchCheck(),
        WhitespaceCheck(),
        EndPunctuationCheck(),
    ]
}
