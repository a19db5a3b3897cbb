import Foundation
import RusRules

/// `rusctl sweep`: outcome counts as one substance's limit varies.
enum SweepCommand {
    static let spec = CommandSpec(
        name: "sweep",
        summary: .init(
            nb: "Tell utfallene i en fil med saker på nytt mens grensen for ett stoff varierer.",
            en: "Recompute the outcome counts over a file of cases as one substance's limit varies."),
        operands: "<file>",
        arguments: [
            .init(
                name: "<file>",
                help: .init(
                    nb: "Saker som en JSON-liste eller NDJSON ('-' leser standard inn).", en: "Cases as a JSON array or NDJSON ('-' reads standard input)."))
        ],
        options: [
            .init(
                .rules, value: "id", required: true,
                help: .init(
                    nb: "Regelsettet der grensen varierer (et forslag, eller en praksis' grenser for rusavhengige).",
                    en: "Rule set whose limit varies (a proposal, or a practice's dependent-user limits).")),
            RuleFileOption.spec,
            .init(
                .substance, value: "s", required: true,
                help: .init(nb: "Stoffet der grensen varierer (norske navn godtas).", en: "Substance whose limit varies (Norwegian names accepted).")),
            .init(
                .table, value: "name",
                help: .init(
                    nb: "Terskeltabellen som varieres (se 'rusctl rules show'). Standard: tabellen til forslagets første trinn.",
                    en: "Threshold table to vary (see 'rusctl rules show'). Default: the proposal's first tier's table.")),
            .init(
                .unit, value: "u",
                help: .init(
                    nb: "Enheten for --from, --to og --step. Standard: enheten i tabellens rad.",
                    en: "Unit of --from, --to and --step. Default: the unit of the table's row.")),
            .init(.from, value: "a", required: true, help: .init(nb: "Første grense (> 0).", en: "First limit (> 0).")),
            .init(.to, value: "b", required: true, help: .init(nb: "Siste grense (tatt med).", en: "Last limit (inclusive).")),
            .init(
                .step, value: "d", required: true,
                help: .init(nb: "Steg mellom grensene (> 0; høyst 1000 punkter).", en: "Step between limits (> 0; at most 1000 points).")),
            .init(
                .baseline, value: "id",
                help: .init(
                    nb: "Praksisen det sammenlignes med og som avgjør det forslaget ikke dekker. Standard: hr-2022.",
                    en: "Practice rule set to compare against and fall back on. Default: hr-2022.")),
            .init(
                .format, value: "format", choices: ComparisonFormat.allCases.map(\.rawValue),
                help: .init(nb: "Utdataformat. Standard: text.", en: "Output format. Default: text.")),
            ReportOptions.langSpec,
            ReportOptions.csvDialectSpec,
            .init(
                .output, value: "file",
                help: .init(nb: "Skriv resultatet til en fil i stedet for standard ut.", en: "Write the result to a file instead of standard output.")),
            .init(
                .today, value: "date",
                help: .init(
                    nb: "Datoen som legges til grunn når en sak mangler decisionDate (ÅÅÅÅ-MM-DD).",
                    en: "Date assumed when a case has no decisionDate (YYYY-MM-DD).")),
            InForceOption.spec,
            ReportOptions.syntheticSpec,
            AllowInvalid.spec,
            StreamingInput.jobsSpec,
        ],
        examples: [
            .init(
                nb: "Den nedre terskelen for cannabis i Prop. 92 L fra 1 til 20 g", en: "Prop. 92 L's lower cannabis threshold from 1 to 20 g",
                "rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 cases.ndjson"),
            .init(
                nb: "Det samme som diagram", en: "The same as a chart",
                "rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 --format html --output sweep.html cases.ndjson"),
            .init(
                nb: "Som norsk regneark", en: "As a Norwegian spreadsheet",
                "rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 --format csv --csv-dialect excel-nb --output sweep.csv cases.ndjson"
            ),
        ],
        maxArguments: 1)

    static func run(_ arguments: ParsedArguments, book builtIn: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        // A result that cannot be written is found before the cases are read, not after.
        if let problem = StreamingInput.clobberProblem(
            outputs: [("--output", arguments.value(.output))],
            inputs: [.cases(arguments.positional.first), .given(option: "--rules-file", arguments.value(.rulesFile))], command: spec.name)
        {
            throw problem
        }
        if let problem = StreamingInput.outputProblem(arguments.value(.output), terminal) {
            terminal.err("rusctl: \(problem)\n")
            return .outputFailed
        }
        var book = builtIn
        var ruleSetID = arguments.value(.rules)
        switch RuleFileOption.load(arguments, into: builtIn, terminal) {
        case .success(let loaded):
            book = loaded.book
            ruleSetID = ruleSetID ?? loaded.proposal?.id
        case .failure(let status):
            return status
        }
        guard let ruleSetID else { throw UsageError(nb: "oppgi regelsettet med --rules.", en: "name the rule set with --rules.", command: spec.name) }
        try RuleFileOption.requireRuleSet(ruleSetID, in: book, command: spec.name)
        let ruleSet = book.ruleSet(ruleSetID)!
        guard let name = arguments.value(.substance) else {
            throw UsageError(nb: "oppgi stoffet med --substance.", en: "name the substance with --substance.", command: spec.name)
        }
        guard let substance = book.vocabulary.substance(named: name) else {
            let names = book.vocabulary.substances.map(\.id)
            let closest = Spelling.closest(to: name, in: names)
            throw UsageError(
                nb: "ukjent stoff '\(name)'." + (closest.map { " Mente du '\($0)'?" } ?? ""),
                en: "unknown substance '\(name)'." + (closest.map { " Did you mean '\($0)'?" } ?? ""), command: spec.name)
        }
        let table = arguments.value(.table) ?? ruleSet.defaultSweepTable
        guard let rows = ruleSet.thresholds[table] else {
            let tables = ruleSet.thresholds.keys.sorted().joined(separator: ", ")
            throw UsageError(
                nb: "\(ruleSetID) har ingen tabell '\(table)'; den har \(tables).",
                en: "\(ruleSetID) has no table '\(table)'; it has \(tables).", command: spec.name)
        }
        let unit = arguments.value(.unit) ?? rows.limits.first { $0.substance == substance.id }?.unit ?? substance.units[0]
        guard substance.units.contains(unit) else {
            let units = substance.units.joined(separator: ", ")
            throw UsageError(
                nb: "enheten '\(unit)' passer ikke for \(substance.id); bruk \(units).",
                en: "unit '\(unit)' does not fit \(substance.id); use \(units).", command: spec.name)
        }
        func decimal(_ key: OptionName) throws(UsageError) -> ExactDecimal {
            guard let text = arguments.value(key)?.replacingOccurrences(of: ",", with: "."), let value = ExactDecimal(text),
                value.magnitude.map({ (-999...1000).contains($0) }) ?? true
            else {
                throw UsageError(
                    nb: "oppgi --\(key.rawValue) som et tall (4,5 eller 4.5).", en: "give --\(key.rawValue) as a number (4.5 or 4,5).", command: spec.name)
            }
            return value
        }
        let (from, to, step) = (try decimal(.from), try decimal(.to), try decimal(.step))
        guard let values = Sweep.values(from: from, to: to, step: step) else {
            throw Self.rangeError(from: from, to: to, step: step)
        }
        let cautions = Sweep.cautions(
            values: values, to: to, ruleSet: ruleSet, table: table, substance: substance.id, unit: unit, vocabulary: book.vocabulary)
        for caution in cautions {
            terminal.err(terminal.language == .nb ? "rusctl: advarsel: \(caution.nb)\n" : "rusctl: warning: \(caution.en)\n")
        }
        let baseline = arguments.value(.baseline) ?? book.defaultBaseline?.id ?? ""
        try RuleFileOption.requireRuleSet(baseline, in: book, command: spec.name, practice: true)
        let today = try TodayOption.parse(arguments, command: spec.name)
        guard let path = arguments.positional.first else {
            throw UsageError(nb: "oppgi filen med saker ('-' for standard inn).", en: "name the file of cases ('-' for standard input).", command: spec.name)
        }
        let format = ComparisonFormat(rawValue: arguments.value(.format) ?? "text")!
        let dialect = try ReportOptions.csvDialect(arguments, format: format, command: spec.name)
        let jobs = try StreamingInput.jobs(arguments, command: spec.name)
        let inForce = try InForceOption.parse(arguments, book: book, command: spec.name)
        let witness = ReportOptions.Witness()
        let meter = InputMeter()
        guard var stream = ReportOptions.open(path, witness: witness, meter: meter, terminal) else { return .unreadableInput }
        var sweep = Sweep(
            book: book, ruleSet: ruleSet, table: table, substance: substance.id, unit: unit, values: values,
            baseline: baseline, today: today, inForce: inForce)
        var progress = Progress("sweep", meter: meter, language: terminal.language)
        sweep.consume(&stream, batchSize: StreamingInput.batchSize, jobs: jobs) { progress.update($0) }
        progress.finish()
        // Each rule set once, also where the swept one is the baseline.
        let provenance = ReportOptions.provenance(
            book: book, ruleSets: baseline == ruleSetID ? [baseline] : [baseline, ruleSetID], inForce: inForce, today: today,
            arguments: arguments, input: (path, sweep.cases, witness))
        let report = SweepOutput(
            sweep: sweep, book: book, language: LanguageOption.parse(arguments), provenance: provenance, cautions: cautions
        )
        .render(format, dialect: dialect)
        if let status = StreamingInput.write(report, to: arguments.value(.output), &terminal) { return status }
        if !sweep.invalid.isEmpty {
            terminal.err(
                AllowInvalid.message(
                    sweep.invalid.count, of: sweep.cases, aside: LocalizedText(nb: "ikke talt med", en: "not counted"), terminal.language))
            // The report is written either way; the exit status says that cases were left out.
            if !arguments.flag(AllowInvalid.spec) { return .invalidInput }
        }
        return .success
    }

    /// What is wrong with a range `Sweep/values(from:to:step:)` refuses, said of the option to change.
    private static func rangeError(from: ExactDecimal, to: ExactDecimal, step: ExactDecimal) -> UsageError {
        let number = Wording.number
        if from <= 0 {
            return UsageError(
                nb: "--from må være større enn 0 (en grense på \(number(from, .nb)) gir ingen mengde innenfor).",
                en: "--from must be greater than 0 (a limit of \(from) leaves no amount within it).", command: spec.name)
        }
        if from > to {
            return UsageError(
                nb: "--from \(number(from, .nb)) er større enn --to \(number(to, .nb)); gi den laveste grensen først.",
                en: "--from \(from) is greater than --to \(to); give the lowest limit first.", command: spec.name)
        }
        if step <= 0 { return UsageError(nb: "--step må være større enn 0.", en: "--step must be greater than 0.", command: spec.name) }
        let points = Int(Double((to - from).divided(by: step).description).map { $0.rounded(.down) + 1 } ?? 0)
        return UsageError(
            nb:
                "--step \(number(step, .nb)) gir \(Wording.count(points, .nb)) grenser fra \(number(from, .nb)) til \(number(to, .nb)); høyst \(Sweep.maximumPoints). Velg et større steg.",
            en: "--step \(step) gives \(Wording.count(points, .en)) limits from \(from) to \(to); at most \(Sweep.maximumPoints). Take a larger step.",
            command: spec.name)
    }
}
