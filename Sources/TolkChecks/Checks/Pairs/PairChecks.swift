/// The checks of this folder, in `--list` order.
enum PairChecks {
    static let all: [any DocumentCheck] = [
        SpanUnpairedCheck(),
        SpanIDMismatchCheck(),
        SpanIDDuplicateCheck(),
        SpanIDFormatCheck(),
        EmptyTargetCheck(),
    ]
}
