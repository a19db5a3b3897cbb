import Foundation
import RusRules

/// `rusctl compare`: what the proposals would have changed over a file of cases.
enum CompareCommand {
    static let spec = CommandSpec(
        name: "compare",
        summary: "Compare rule sets over a file of cases: outcome counts, breakdowns and transitions from the baseline.",
        operands: "<file>",
        arguments: [.init(name: "<file>", help: "Cases as a JSON array or NDJSON ('-' reads standard input). Invalid cases are counted and listed.")],
        options: [
            .init("rules", value: "ids", required: true, help: "Rule sets to compare with the baseline, separated by commas."),
            .init("baseline", value: "id", help: "Practice rule set to compare against; it also decides what a proposal does not cover. Default: hr-2022."),
            RuleFileOption.spec,
            .init("format", value: "format", choices: ComparisonFormat.allCases.map(\.rawValue), help: "Output format. Default: text."),
            .init("changed", help: "Also list the changed cases, baseline and proposal outcomes side by side."),
            .init("csv-dialect", value: "dialect", choices: CSVDialect.allCases.map(\.rawValue),
                  help: "With --format csv: standard (comma, decimal point) or excel-nb (semicolon, decimal comma, byte order mark: opens as it is in Norwegian Excel and LibreOffice). Default: standard."),
            .init("output", value: "file", help: "Write the report to a file instead of standard output."),
            .init("today", value: "date", help: "Date assumed when a case has no decisionDate (YYYY-MM-DD). Default: today in Norway."),
            InForceOption.spec,
            AllowInvalid.spec,
            StreamingInput.jobsSpec,
        ],
        examples: [
            ("All three proposals against current practice", "rusctl compare --rules nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021 cases.ndjson"),
            ("An HTML report to open in a browser", "rusctl compare --rules prop-92-l-2021 --format html --output report.html cases.ndjson"),
            ("Which cases change, as CSV", "rusctl compare --rules prop-92-l-2021 --changed --format csv cases.ndjson"),
            ("The same for a Norwegian spreadsheet", "rusctl compare --rules prop-92-l-2021 --changed --format csv --csv-dialect excel-nb --output endringer.csv cases.ndjson"),
            ("The 2025 statute as if in force from 1 July 2026: earlier decisions keep the baseline, acts before it the milder law", "rusctl compare --rules lov-2025 --in-force lov-2025=2026-07-01 cases.ndjson"),
        ],
        maxArguments: 1)

    static func run(_ arguments: ParsedArguments, book builtIn: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let book: RuleBook
        var ruleSets = (arguments.value("rules") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        switch RuleFileOption.load(arguments, into: builtIn, terminal) {
        case .success(let loaded):
            book = loaded.book
            if let proposal = loaded.proposal, !ruleSets.contains(proposal.id) { ruleSets.append(proposal.id) }
        case .failure(let status):
            return status
        }
        guard !ruleSets.isEmpty else {
            throw UsageError(message: "name the rule sets to compare with --rules (or give --rules-file).", command: spec.name)
        }
        for id in ruleSets { try RuleFileOption.requireRuleSet(id, in: book, command: spec.name) }
        let baseline = arguments.value("baseline") ?? "hr-2022"
        try RuleFileOption.requireRuleSet(baseline, in: book, command: spec.name, practice: true)
        guard let path = arguments.positional.first else {
            throw UsageError(message: "name the file of cases to compare ('-' for standard input).", command: spec.name)
        }
        let today = try TodayOption.parse(arguments, command: spec.name)
        let jobs = try StreamingInput.jobs(arguments, command: spec.name)
        guard var stream = StreamingInput.open(path, terminal) else { return .unreadableInput }
        let inForce = try InForceOption.parse(arguments, book: book, command: spec.name)
        var comparison = Comparison(engine: Engine(book: book, inForce: inForce), baseline: baseline, ruleSets: ruleSets, today: today,
                                    keepChanged: arguments.flag("changed"))
        var progress = Progress("compare")
        comparison.consume(&stream, batchSize: StreamingInput.batchSize, jobs: jobs) { progress.update($0) }
        progress.finish()
        let format = ComparisonFormat(rawValue: arguments.value("format") ?? "text")!
        let output = ComparisonOutput(comparison: comparison, book: book, showChanged: arguments.flag("changed"))
        let dialect = CSVDialect(rawValue: arguments.value("csv-dialect") ?? "standard")!
        if dialect != .standard && format != .csv {
            throw UsageError(message: "--csv-dialect applies to --format csv.", command: spec.name)
        }
        let report = format == .csv ? output.csv(dialect: dialect) : output.render(format)
        if let status = StreamingInput.write(report, to: arguments.value("output"), &terminal) { return status }
        if !comparison.invalid.isEmpty {
            terminal.err("rusctl: \(comparison.invalid.count) of \(comparison.cases) cases invalid (listed in the report, not counted)\n")
            // The report is written either way; the exit status says that cases were left out.
            if !arguments.flag(AllowInvalid.spec.name) { return .invalidInput }
        }
        return .success
    }
}

/// `--today`, shared by the commands that evaluate cases.
enum TodayOption {
    static func parse(_ arguments: ParsedArguments, command: String) throws(UsageError) -> LegalDate {
        guard let text = arguments.value("today") else { return LegalDate.today() }
        guard let date = LegalDate(text) else {
            throw UsageError(message: "'\(text)' is not a real date written YYYY-MM-DD.", command: command)
        }
        return date
    }
}

/// `--allow-invalid`: exit 0 although some cases were invalid (they are still listed).
enum AllowInvalid {
    static let spec = CommandSpec.OptionSpec(
        "allow-invalid", help: "Exit 0 even when some cases are invalid (they are listed in the report and not counted). Default: exit 65.")
}
