import RusRules

/// `--lang nb|en`, shared by every command that writes text for people (bokmål by default).
enum LanguageOption {
    /// The option, with what the language applies to in this command.
    static func spec(_ help: LocalizedText) -> CommandSpec.OptionSpec {
        .init(
            .lang, value: "lang", choices: Language.allCases.map(\.rawValue),
            help: LocalizedText(nb: help.nb + " Standard: nb.", en: help.en + " Default: nb."))
    }

    /// The option for a command whose only text is the tool's own messages (errors, warnings):
    /// their language follows `LANG` unless given (``Terminal/messageLanguage(_:environment:)``).
    static let messagesSpec = CommandSpec.OptionSpec(
        .lang, value: "lang", choices: Language.allCases.map(\.rawValue),
        help: LocalizedText(
            nb: "Språket i verktøyets meldinger. Standard: norsk når LANG er norsk (nb, nn, no), ellers engelsk.",
            en: "Language of the tool's messages. Default: Norwegian when LANG is Norwegian (nb, nn, no), else English."))

    static func parse(_ arguments: ParsedArguments) -> Language {
        Language(rawValue: arguments.value(.lang) ?? Language.nb.rawValue)!
    }
}
