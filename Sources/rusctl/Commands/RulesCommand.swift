import RusRules

/// `rusctl rules` and `rusctl rules show ID`: what the engine knows, and where each value comes from.
enum RulesCommand {
    static let spec = CommandSpec(
        name: "rules",
        summary: .init(
            nb: "List regelsettene, vis ett med kilden for hver verdi, eller eksporter ett som regeldata.",
            en: "List the rule sets, show one with the source of each value, or export one as rule data."),
        operands: "[list | show <id> | export <id> | catalog | schema case|decision]",
        arguments: [
            .init(
                name: "list", help: .init(nb: "List regelsettene (det samme som uten underkommando).", en: "List the rule sets (the same as no subcommand).")),
            .init(name: "show <id>", help: .init(nb: "Vis regelsettets trinn og terskeltabeller.", en: "Show the rule set's tiers and threshold tables.")),
            .init(
                name: "export <id>",
                help: .init(
                    nb: "Skriv regelsettet som regeldata med id-en <id>-copy: utgangspunktet for --rules-file.",
                    en: "Print the rule set as rule data under the id <id>-copy: the starting point for --rules-file.")),
            .init(
                name: "catalog",
                help: .init(
                    nb: "Skriv regelkatalogen (Markdown) som står i docs/RULES.md.", en: "Print the rule catalogue (Markdown) that docs/RULES.md holds.")),
            .init(
                name: "schema case|decision",
                help: .init(
                    nb: "Skriv JSON Schema for en sak eller for det evaluate skriver for den (docs/schema/), laget fra regeldataene.",
                    en: "Print the JSON Schema of a case or of what evaluate writes for one (docs/schema/), generated from the rule data.")),
        ],
        options: [RuleFileOption.spec, LanguageOption.spec(.init(nb: "Språket i tekstene.", en: "Language of texts."))],
        examples: [
            .init(nb: "List regelsettene og når de gjelder", en: "List the rule sets and when they apply", "rusctl rules"),
            .init(
                nb: "Terskelverdiene i lovforslaget fra 2021, på engelsk", en: "The thresholds of the 2021 bill, in English",
                "rusctl rules show prop-92-l-2021 --lang en"),
            .init(
                nb: "Begynn et eget forslag med lovforslaget fra 2021", en: "Start a proposal of your own from the 2021 bill",
                "rusctl rules export prop-92-l-2021 > mine.json"),
            .init(
                nb: "Kontroller og vis ditt eget forslag", en: "Check and show your own proposal",
                "rusctl rules show prop-92-l-2021-copy --rules-file mine.json"),
            .init(nb: "Lag regelkatalogen på nytt", en: "Regenerate the rule catalogue", "rusctl rules catalog > docs/RULES.md"),
            .init(
                nb: "Lag sakskjemaet som en editor kontrollerer saksfiler med, på nytt", en: "Regenerate the case schema an editor checks case files with",
                "rusctl rules schema case > docs/schema/case.schema.json"),
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
        case nil, "list":
            terminal.out(text.list())
        case "catalog":
            terminal.out(RuleCatalog.markdown(book: book))
        case "schema":
            switch arguments.positional.dropFirst().first {
            case "case": terminal.out(JSONWriter.pretty(JSONSchemas.caseSchema(vocabulary: book.vocabulary)) + "\n")
            case "decision":
                terminal.out(JSONWriter.pretty(JSONSchemas.decisionSchema(vocabulary: book.vocabulary, ruleSets: book.ruleSets.map(\.id))) + "\n")
            default:
                throw UsageError(
                    nb: "'rules schema' trenger 'case' eller 'decision'.", en: "'rules schema' needs 'case' or 'decision'.",
                    command: spec.name)
            }
        case let verb? where verb == "show" || verb == "export":
            guard arguments.positional.count == 2 else {
                throw UsageError(nb: "'rules \(verb)' trenger id-en til et regelsett.", en: "'rules \(verb)' needs a rule set id.", command: spec.name)
            }
            let id = arguments.positional[1]
            try RuleFileOption.requireRuleSet(id, in: book, command: spec.name)
            if verb == "show" {
                terminal.out(text.show(book.ruleSet(id)!))
            } else if let copy = RuleBook.builtInCopy(of: id) {
                terminal.out(copy.json + "\n")
            } else if let path = arguments.value(RuleFileOption.spec) {
                terminal.out(String(decoding: (try? InputSource.read(path)) ?? [], as: UTF8.self))
            }
        case let other?:
            // A rule set's id where the subcommand belongs: what was meant is plain.
            if book.ruleSet(other) != nil {
                throw UsageError(
                    nb: "skriv 'rusctl rules show \(other)' for å vise regelsettet.", en: "write 'rusctl rules show \(other)' to show the rule set.",
                    command: spec.name)
            }
            let uses = "'rules list', 'rules show <id>', 'rules export <id>', 'rules catalog', 'rules schema case|decision'"
            let closest = Spelling.closest(to: other, in: ["list", "show", "export", "catalog", "schema"])
            throw UsageError(
                nb: "ukjent underkommando '\(other)'." + (closest.map { " Mente du '\($0)'?" } ?? "") + " Bruk \(uses).",
                en: "unknown subcommand '\(other)'." + (closest.map { " Did you mean '\($0)'?" } ?? "") + " Use \(uses).",
                command: spec.name)
        }
        terminal.flush()
        return .success
    }
}
