import RusRules

/// `rusctl mal` (`template`): a case to fill in, with the allowed values beside each field.
enum TemplateCommand {
    static let spec = CommandSpec(
        name: "mal",
        summary: .init(
            nb: "Skriv en saksmal til utfylling, med hva hvert felt betyr og hvilke verdier som godtas.",
            en: "Print a case template to fill in, with what each field means and the values allowed."),
        operands: "",
        arguments: [],
        options: [
            LanguageOption.spec(
                .init(
                    nb: "Språket i forklaringene og ordene i eksemplet: norsk bokmål eller engelsk.",
                    en: "Language of the explanations and of the words in the example: Norwegian bokmål or English.")),
            .init(
                .utenKommentarer, aliases: ["no-comments"],
                help: .init(
                    nb: "Utelat forklaringene: malen er da en gyldig sak slik den står.",
                    en: "Leave the explanations out: the template is then a valid case as it stands.")),
            .init(
                .today, value: "date",
                help: .init(
                    nb: "Datoen eksempeldatoene regnes fra (ÅÅÅÅ-MM-DD). Standard: dagens dato i Norge.",
                    en: "Date the example dates are taken from (YYYY-MM-DD). Default: today in Norway.")),
        ],
        examples: [
            .init(
                nb: "En mal til utfylling, på norsk (slett linjene som begynner med // før saken vurderes)",
                en: "A template to fill in, in Norwegian (delete the lines starting with // before evaluating it)", "rusctl mal > sak.json"),
            .init(
                nb: "Uten forklaringene: en gyldig sak å redigere og vurdere", en: "Without the explanations: a valid case to edit and evaluate",
                "rusctl mal --uten-kommentarer > sak.json && rusctl evaluate sak.json"),
            .init(nb: "På engelsk", en: "In English", "rusctl template --lang en --no-comments > case.json"),
        ],
        maxArguments: 0,
        aliases: ["template"])

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let language = LanguageOption.parse(arguments)
        let today = try TodayOption.parse(arguments, command: spec.name)
        terminal.out(
            CaseTemplate.text(
                vocabulary: book.vocabulary, language: language, today: today,
                commented: !arguments.flag(.utenKommentarer)))
        return .success
    }
}
