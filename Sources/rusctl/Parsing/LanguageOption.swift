import RusRules

/// `--lang nb|en`, shared by every command that writes text for people (bokmål by default).
enum LanguageOption {
    /// The option, with what the language applies to in this command.
    static func spec(_ help: LocalizedText) -> CommandSpec.OptionSpec {
        .init(
            .lang, value: "lang", choices: Language.allCases.map(\.rawValue),
            help: LocalizedText(nb: help.nb + " Standard: nb.", en: help.en + " Default: nb."))
    }

    static func parse(_ arguments: ParsedArguments) -> Language {
        Language(rawValue: arguments.value(.lang) ?? Language.nb.rawValue)!
    }
}
