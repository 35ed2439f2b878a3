/// The checks of this folder, in `--list` order.
enum DocumentChecks {
    static let all: [any DocumentCheck] = [
        FrontMatterRequiredCheck(),
        FrontMatterKeyCaseCheck(),
        FrontMatterLocaleCheck(),
        FrontMatterDateCheck(),
        WrongLanguageCheck(),
        BrokenLinkCheck(),
    ]
}
