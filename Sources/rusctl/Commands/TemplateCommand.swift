import RusRules

/// `rusctl mal` (`template`): a case to fill in, with the allowed values beside each field.
enum TemplateCommand {
    static let spec = CommandSpec(
        name: "mal",
        summary: "Print a case template to fill in, with what each field means and the values allowed.",
        operands: "",
        arguments: [],
        options: [
            LanguageOption.spec("Language of the explanations and of the words in the example: Norwegian bokmål or English."),
            .init("uten-kommentarer", aliases: ["no-comments"], help: "Leave the explanations out: the template is then a valid case as it stands."),
            .init("today", value: "date", help: "Date the example dates are taken from (YYYY-MM-DD). Default: today in Norway."),
        ],
        examples: [
            ("A template to fill in, in Norwegian (delete the lines starting with // before evaluating it)", "rusctl mal > sak.json"),
            ("Without the explanations: a valid case to edit and evaluate", "rusctl mal --uten-kommentarer > sak.json && rusctl evaluate sak.json"),
            ("In English", "rusctl template --lang en --no-comments > case.json"),
        ],
        maxArguments: 0,
        aliases: ["template"])

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let language = LanguageOption.parse(arguments)
        let today = try TodayOption.parse(arguments, command: spec.name)
        terminal.out(CaseTemplate.text(vocabulary: book.vocabulary, language: language, today: today,
                                       commented: !arguments.flag("uten-kommentarer")))
        return .success
    }
}
