/// The checks of this folder, in `--list` order.
enum LocaleChecks {
    static let all: [any LocaleGroupCheck] = [
        StructureMismatchCheck(),
        StaleTranslationCheck(),
        MissingTranslationCheck(),
        RuleMismatchCheck(),
    ]
}
