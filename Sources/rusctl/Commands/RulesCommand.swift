import RusRules

/// `rusctl rules` and `rusctl rules show ID`: what the engine knows, and where each value comes from.
enum RulesCommand {
    static let spec = CommandSpec(
        name: "rules",
        summary: "List the rule sets, or show one rule set's thresholds with the source of each value.",
        usage: "rusctl rules [show <id>] [--lang <lang>]",
        arguments: [.init(name: "show <id>", help: "Show the rule set's tiers and threshold tables.")],
        options: [.init("lang", value: "lang", choices: ["nb", "en"], help: "Language of texts. Default: nb.")],
        examples: [
            ("List the rule sets and when they apply", "rusctl rules"),
            ("The thresholds of the 2021 bill, in English", "rusctl rules show prop-92-l-2021 --lang en"),
        ],
        maxArguments: 2)

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let text = RuleSetText(book: book, language: Language(rawValue: arguments.value("lang") ?? "nb")!)
        switch arguments.positional.first {
        case nil:
            terminal.out(text.list())
        case "show":
            guard arguments.positional.count == 2 else {
                throw UsageError(message: "'rules show' needs a rule set id.", command: spec.name)
            }
            let id = arguments.positional[1]
            guard let ruleSet = book.ruleSet(id) else {
                let hint = Spelling.closest(to: id, in: book.ruleSets.map(\.id)).map { " Did you mean '\($0)'?" } ?? ""
                throw UsageError(message: "unknown rule set '\(id)'.\(hint)", command: spec.name)
            }
            terminal.out(text.show(ruleSet))
        case let other?:
            throw UsageError(message: "unknown subcommand '\(other)'; use 'rusctl rules' or 'rusctl rules show <id>'.", command: spec.name)
        }
        terminal.flush()
        return .success
    }
}
