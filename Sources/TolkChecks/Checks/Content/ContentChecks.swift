/// The checks of this folder, in `--list` order.
enum ContentChecks {
    static let all: [any DocumentCheck] = [
        UntranslatedCheck(),
        LinkMismatchCheck(),
        LinkEmptyTextCheck(),
        EmphasisMismatchCheck(),
        CodeMismatchCheck(),
    ]
}
