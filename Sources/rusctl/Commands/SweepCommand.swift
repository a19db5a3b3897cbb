import Foundation
import RusRules

/// `rusctl sweep`: outcome counts as one substance's limit varies.
enum SweepCommand {
    static let spec = CommandSpec(
        name: "sweep",
        summary: "Recompute the outcome counts over a file of cases as one substance's limit varies.",
        operands: "<file>",
        arguments: [.init(name: "<file>", help: "Cases as a JSON array or NDJSON ('-' reads standard input).")],
        options: [
            .init("rules", value: "id", required: true, help: "Rule set whose limit varies (a proposal, or a practice's dependent-user limits)."),
            RuleFileOption.spec,
            .init("substance", value: "s", required: true, help: "Substance whose limit varies (Norwegian names accepted)."),
            .init("table", value: "name", help: "Threshold table to vary (see 'rusctl rules show'). Default: the proposal's first tier's table."),
            .init("unit", value: "u", help: "Unit of --from, --to and --step. Default: the unit of the table's row."),
            .init("from", value: "a", required: true, help: "First limit (> 0)."),
            .init("to", value: "b", required: true, help: "Last limit (inclusive)."),
            .init("step", value: "d", required: true, help: "Step between limits (> 0; at most 1000 points)."),
            .init("baseline", value: "id", help: "Practice rule set to compare against and fall back on. Default: hr-2022."),
            .init("format", value: "format", choices: ComparisonFormat.allCases.map(\.rawValue), help: "Output format. Default: text."),
            ReportOptions.langSpec,
            ReportOptions.csvDialectSpec,
            .init("output", value: "file", help: "Write the result to a file instead of standard output."),
            .init("today", value: "date", help: "Date assumed when a case has no decisionDate (YYYY-MM-DD)."),
            InForceOption.spec,
            ReportOptions.syntheticSpec,
            AllowInvalid.spec,
            StreamingInput.jobsSpec,
        ],
        examples: [
            ("Prop. 92 L's lower cannabis threshold from 1 to 20 g", "rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 cases.ndjson"),
            ("The same as a chart", "rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 --format html --output sweep.html cases.ndjson"),
            ("As a Norwegian spreadsheet", "rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 --format csv --csv-dialect excel-nb --output sweep.csv cases.ndjson"),
        ],
        maxArguments: 1)

    static func run(_ arguments: ParsedArguments, book builtIn: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        var book = builtIn
        var ruleSetID = arguments.value("rules")
        switch RuleFileOption.load(arguments, into: builtIn, terminal) {
        case .success(let loaded):
            book = loaded.book
            ruleSetID = ruleSetID ?? loaded.proposal?.id
        case .failure(let status):
            return status
        }
        guard let ruleSetID else { throw UsageError(message: "name the rule set with --rules.", command: spec.name) }
        try RuleFileOption.requireRuleSet(ruleSetID, in: book, command: spec.name)
        let ruleSet = book.ruleSet(ruleSetID)!
        guard let name = arguments.value("substance") else {
            throw UsageError(message: "name the substance with --substance.", command: spec.name)
        }
        guard let substance = book.vocabulary.substance(named: name) else {
            let names = book.vocabulary.substances.map(\.id)
            let hint = Spelling.closest(to: name, in: names).map { " Did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "unknown substance '\(name)'.\(hint)", command: spec.name)
        }
        let table = arguments.value("table") ?? ruleSet.defaultSweepTable
        guard let rows = ruleSet.thresholds[table] else {
            throw UsageError(message: "\(ruleSetID) has no table '\(table)'; it has \(ruleSet.thresholds.keys.sorted().joined(separator: ", ")).",
                             command: spec.name)
        }
        let unit = arguments.value("unit") ?? rows.limits.first { $0.substance == substance.id }?.unit ?? substance.units[0]
        guard substance.units.contains(unit) else {
            throw UsageError(message: "unit '\(unit)' does not fit \(substance.id); use \(substance.units.joined(separator: ", ")).", command: spec.name)
        }
        func decimal(_ key: String) throws(UsageError) -> ExactDecimal {
            guard let text = arguments.value(key)?.replacingOccurrences(of: ",", with: "."), let value = ExactDecimal(text),
                value.magnitude.map({ (-999...1000).contains($0) }) ?? true
            else {
                throw UsageError(message: "give --\(key) as a number (4.5 or 4,5).", command: spec.name)
            }
            return value
        }
        let (from, to) = (try decimal("from"), try decimal("to"))
        guard let values = Sweep.values(from: from, to: to, step: try decimal("step")) else {
            throw UsageError(message: "--from must be > 0 and ≤ --to, --step > 0, and at most \(Sweep.maximumPoints) points.", command: spec.name)
        }
        for caution in Sweep.cautions(values: values, to: to, ruleSet: ruleSet, table: table, substance: substance.id, unit: unit,
                                      vocabulary: book.vocabulary) {
            terminal.err("rusctl: warning: \(caution)\n")
        }
        let baseline = arguments.value("baseline") ?? "hr-2022"
        try RuleFileOption.requireRuleSet(baseline, in: book, command: spec.name, practice: true)
        let today = try TodayOption.parse(arguments, command: spec.name)
        guard let path = arguments.positional.first else {
            throw UsageError(message: "name the file of cases ('-' for standard input).", command: spec.name)
        }
        let format = ComparisonFormat(rawValue: arguments.value("format") ?? "text")!
        let dialect = try ReportOptions.csvDialect(arguments, format: format, command: spec.name)
        let jobs = try StreamingInput.jobs(arguments, command: spec.name)
        let inForce = try InForceOption.parse(arguments, book: book, command: spec.name)
        let witness = ReportOptions.Witness()
        guard var stream = ReportOptions.open(path, witness: witness, terminal) else { return .unreadableInput }
        var sweep = Sweep(book: book, ruleSet: ruleSet, table: table, substance: substance.id, unit: unit, values: values,
                          baseline: baseline, today: today, inForce: inForce)
        var progress = Progress("sweep")
        sweep.consume(&stream, batchSize: StreamingInput.batchSize, jobs: jobs) { progress.update($0) }
        progress.finish()
        let provenance = ReportOptions.provenance(
            book: book, ruleSets: [baseline, ruleSetID], inForce: inForce, today: today, arguments: arguments, input: (path, sweep.cases, witness))
        let report = SweepOutput(sweep: sweep, book: book, language: LanguageOption.parse(arguments), provenance: provenance)
            .render(format, dialect: dialect)
        if let status = StreamingInput.write(report, to: arguments.value("output"), &terminal) { return status }
        if !sweep.invalid.isEmpty {
            terminal.err("rusctl: \(sweep.invalid.count) of \(sweep.cases) cases invalid (not counted)\n")
            // The report is written either way; the exit status says that cases were left out.
            if !arguments.flag(AllowInvalid.spec.name) { return .invalidInput }
        }
        return .success
    }
}
