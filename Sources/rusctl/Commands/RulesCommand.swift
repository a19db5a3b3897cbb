import RusRules

/// `rusctl rules` and `rusctl rules show ID`: what the engine knows, and where each value comes from.
enum RulesCommand {
    static let spec = CommandSpec(
        name: "rules",
        summary: "List the rule sets, show one with the source of each value, or export one as rule data.",
        operands: "[show <id> | export <id> | catalog | schema case|decision]",
        arguments: [
            .init(name: "show <id>", help: "Show the rule set's tiers and threshold tables."),
            .init(name: "export <id>", help: "Print the rule set as rule data under the id <id>-copy: the starting point for --rules-file."),
            .init(name: "catalog", help: "Print the rule catalogue (Markdown) that docs/RULES.md holds."),
            .init(name: "schema case|decision", help: "Print the JSON Schema of a case or of what evaluate writes for one (docs/schema/), generated from the rule data."),
        ],
        options: [RuleFileOption.spec, LanguageOption.spec("Language of texts.")],
        examples: [
            ("List the rule sets and when they apply", "rusctl rules"),
            ("The thresholds of the 2021 bill, in English", "rusctl rules show prop-92-l-2021 --lang en"),
            ("Start a proposal of your own from the 2021 bill", "rusctl rules export prop-92-l-2021 > mine.json"),
            ("Check and show your own proposal", "rusctl rules show prop-92-l-2021-copy --rules-file mine.json"),
            ("Regenerate the rule catalogue", "rusctl rules catalog > docs/RULES.md"),
            ("Regenerate the case schema an editor checks case files with", "rusctl rules schema case > docs/schema/case.schema.json"),
        ],
        maxArguments: 2)

    static func run(_ arguments: ParsedArguments, book builtIn: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let book: RuleBook
        switch RuleFileOption.load(arguments, into: builtIn, terminal) {
        case .success(let loaded): book = loaded.book
        case .failure(let status): return status
        }
        let text = RuleSetText(book: book, language: LanguageOption.parse(arguments))
        switch arguments.positional.first {
        case nil:
            terminal.out(text.list())
        case "catalog":
            terminal.out(RuleCatalog.markdown(book: book))
        case "schema":
            switch arguments.positional.dropFirst().first {
            case "case": terminal.out(JSONWriter.pretty(JSONSchemas.caseSchema(vocabulary: book.vocabulary)) + "\n")
            case "decision":
                terminal.out(JSONWriter.pretty(JSONSchemas.decisionSchema(vocabulary: book.vocabulary, ruleSets: book.ruleSets.map(\.id))) + "\n")
            default: throw UsageError(message: "'rules schema' needs 'case' or 'decision'.", command: spec.name)
            }
        case let verb? where verb == "show" || verb == "export":
            guard arguments.positional.count == 2 else {
                throw UsageError(message: "'rules \(verb)' needs a rule set id.", command: spec.name)
            }
            let id = arguments.positional[1]
            try RuleFileOption.requireRuleSet(id, in: book, command: spec.name)
            if verb == "show" {
                terminal.out(text.show(book.ruleSet(id)!))
            } else if let copy = RuleBook.builtInCopy(of: id) {
                terminal.out(copy.json + "\n")
            } else if let path = arguments.value(RuleFileOption.spec.name) {
                terminal.out(String(decoding: (try? InputSource.read(path)) ?? [], as: UTF8.self))
            }
        case let other?:
            throw UsageError(message: "unknown subcommand '\(other)'; use 'rusctl rules', 'rules show <id>', 'rules export <id>', 'rules catalog' or 'rules schema case|decision'.",
                             command: spec.name)
        }
        terminal.flush()
        return .success
    }
}
