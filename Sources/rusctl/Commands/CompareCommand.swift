import Foundation
import RusRules

/// `rusctl compare`: what the proposals would have changed over a file of cases.
enum CompareCommand {
    static let spec = CommandSpec(
        name: "compare",
        summary: .init(
            nb: "Sammenlign regelsett over en fil med saker eller over syntetiske trekninger: antall, fordelinger, hvorfor saker endres, "
                + "hva som hviler på ukjente grenser, med opphav.",
            en: "Compare rule sets over a file of cases, or over synthetic draws: counts, breakdowns, why cases change, "
                + "what rests on unknown limits, with provenance."),
        operands: "[<file>]",
        arguments: [
            .init(
                name: "<file>",
                help: .init(
                    nb:
                        "Saker som en JSON-liste eller NDJSON ('-' leser standard inn). Ugyldige saker telles og listes. Ikke med --seeds, som trekker egne saker.",
                    en:
                        "Cases as a JSON array or NDJSON ('-' reads standard input). Invalid cases are counted and listed. Not with --seeds, which draws its own cases."
                ))
        ],
        options: [
            .init(
                .rules, value: "ids", required: true,
                help: .init(
                    nb: "Regelsettene som sammenlignes med grunnlaget, atskilt med komma.", en: "Rule sets to compare with the baseline, separated by commas.")),
            .init(
                .baseline, value: "id",
                help: .init(
                    nb: "Praksisen det sammenlignes med; den avgjør også det et forslag ikke dekker. Standard: hr-2022.",
                    en: "Practice rule set to compare against; it also decides what a proposal does not cover. Default: hr-2022.")),
            RuleFileOption.spec,
            .init(
                .format, value: "format", choices: ComparisonFormat.allCases.map(\.rawValue),
                help: .init(nb: "Utdataformat. Standard: text.", en: "Output format. Default: text.")),
            ReportOptions.langSpec,
            .init(
                .changed,
                help: .init(
                    nb:
                        "List også de endrede sakene: mengder, utfall side om side, hva som avgjorde etter hvert regelsett og den avgjørende sammenligningen; og endringene gruppert etter årsak. De endrede sakene forklares, så det tar tid over store filer: 10–20 sekunder per million saker på to kjerner i tekst, Markdown, CSV og JSON; i HTML, som viser de fem første sakene under hver årsak og teller resten, omkring ett sekund, under dobbelt så lang tid som uten --changed. Minnebruken holder seg lav.",
                    en:
                        "Also list the changed cases: amounts, outcomes side by side, what decided under each rule set and the deciding comparison; and the changes grouped by cause. The changed cases are explained, so large files take time: 10–20 seconds per million cases on two cores in text, Markdown, CSV and JSON; in HTML, which shows the first five cases of each cause and counts the rest, about a second, under twice the time without --changed. Memory stays low."
                )),
            .init(
                .changedCsv, value: "file",
                help: .init(
                    nb:
                        "Skriv også de endrede sakene som en egen ryddig tabell (CSV): én overskrift, én rad per sak og regelsett, typede kolonner (aldersgruppe, rusavhengighet, stoff, mengde som tall, enhet, utfall og vilkår, årsak); følger --csv-dialect. Gir også --changed.",
                    en:
                        "Also write the changed cases as a tidy table of their own (CSV): one header, a row per case and rule set, typed columns (age group, dependency, substance, amount as a number, unit, outcomes and conditions, cause); follows --csv-dialect. Implies --changed."
                )),
            ReportOptions.csvDialectSpec,
            .init(
                .output, value: "file",
                help: .init(nb: "Skriv rapporten til en fil i stedet for standard ut.", en: "Write the report to a file instead of standard output.")),
            .init(
                .today, value: "date",
                help: .init(
                    nb: "Datoen som legges til grunn når en sak mangler decisionDate (ÅÅÅÅ-MM-DD). Standard: dagens dato i Norge.",
                    en: "Date assumed when a case has no decisionDate (YYYY-MM-DD). Default: today in Norway.")),
            InForceOption.spec,
            ReportOptions.syntheticSpec,
            .init(
                .seeds, value: "n",
                help: .init(
                    nb:
                        "Trekk n uavhengige syntetiske populasjoner (--seed … --seed+n-1) og rapporter hver andel med 95 %-intervall over trekningene. Resten av rapporten gjelder den første trekningen.",
                    en:
                        "Draw n independent synthetic populations (seeds --seed … --seed+n-1) and report each share with its 95% interval over the draws. The rest of the report is the first draw's."
                )),
            .init(
                .count, value: "n", help: .init(nb: "Med --seeds: saker per trekning. Standard: 10000.", en: "With --seeds: cases per draw. Default: 10000.")),
            .init(
                .seed, value: "s", help: .init(nb: "Med --seeds: --seed for det første trekket. Standard: 1.", en: "With --seeds: the first seed. Default: 1.")),
            .init(
                .distribution, value: "file",
                help: .init(
                    nb: "Med --seeds: trekk fra denne fordelingen (formatet til 'rusctl sample --show-distribution') i stedet for standardfordelingen.",
                    en: "With --seeds: draw from this distribution (format of 'rusctl sample --show-distribution') instead of the standard one.")),
            .init(
                .vary, value: "key=v1,v2",
                help: .init(
                    nb:
                        "Med --seeds: gjenta trekningene med én parameter i fordelingen satt til hver verdi, én kolonne per verdi. Nøkler: \(SampleDistribution.variableParameters.joined(separator: ", ")).",
                    en:
                        "With --seeds: repeat the draws with one parameter of the distribution set to each value, one column per value. Keys: \(SampleDistribution.variableParameters.joined(separator: ", "))."
                )),
            AllowInvalid.spec,
            StreamingInput.jobsSpec,
        ],
        examples: [
            .init(
                nb: "Alle tre forslagene mot gjeldende praksis", en: "All three proposals against current practice",
                "rusctl compare --rules nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021 cases.ndjson"),
            .init(
                nb: "En HTML-rapport på norsk til å åpne i en nettleser eller skrive ut", en: "An HTML report in Norwegian to open in a browser or print",
                "rusctl compare --rules prop-92-l-2021 --format html --output rapport.html cases.ndjson"),
            .init(
                nb: "Hvorfor hver sak endres, og endringene etter årsak", en: "Why each case changes, and the changes by cause",
                "rusctl compare --rules prop-92-l-2021 --changed cases.ndjson"),
            .init(
                nb: "Det samme til et norsk regneark", en: "The same for a Norwegian spreadsheet",
                "rusctl compare --rules prop-92-l-2021 --changed --format csv --csv-dialect excel-nb --output endringer.csv cases.ndjson"),
            .init(
                nb: "Lovendringen 2025 som om den gjaldt fra 1. juli 2026: tidligere avgjørelser følger grunnlaget, handlinger før datoen den mildeste loven",
                en: "The 2025 statute as if in force from 1 July 2026: earlier decisions keep the baseline, acts before it the milder law",
                "rusctl compare --rules lov-2025 --in-force lov-2025=2026-07-01 cases.ndjson"),
            .init(
                nb: "Andeler med intervaller over 20 syntetiske trekninger, og hvordan de endres med andelen rusavhengige",
                en: "Shares with intervals over 20 synthetic draws, and how they move with the share of dependent users",
                "rusctl compare --rules lov-2025,prop-92-l-2021 --seeds 20 --count 1000 --vary dependent.true=0.05,0.12,0.25"),
        ],
        maxArguments: 1)

    static func run(_ arguments: ParsedArguments, book builtIn: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        // A report that cannot be written is found before the cases are read, not after.
        if let problem = StreamingInput.clobberProblem(
            outputs: [("--output", arguments.value(.output)), ("--changed-csv", arguments.value(.changedCsv))],
            inputs: [
                .cases(arguments.positional.first), .given(option: "--rules-file", arguments.value(.rulesFile)),
                .given(option: "--distribution", arguments.value(.distribution)),
            ],
            command: spec.name)
        {
            throw problem
        }
        if let problem = StreamingInput.outputProblem(arguments.value(.output), terminal)
            ?? StreamingInput.outputProblem(arguments.value(.changedCsv), terminal)
        {
            terminal.err("rusctl: \(problem)\n")
            return .outputFailed
        }
        let book: RuleBook
        var ruleSets = (arguments.value(.rules) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        switch RuleFileOption.load(arguments, into: builtIn, terminal) {
        case .success(let loaded):
            book = loaded.book
            if let proposal = loaded.proposal, !ruleSets.contains(proposal.id) { ruleSets.append(proposal.id) }
        case .failure(let status):
            return status
        }
        guard !ruleSets.isEmpty else {
            throw UsageError(
                nb: "oppgi regelsettene som skal sammenlignes, med --rules (eller gi --rules-file).",
                en: "name the rule sets to compare with --rules (or give --rules-file).", command: spec.name)
        }
        for (position, id) in ruleSets.enumerated() {
            try RuleFileOption.requireRuleSet(id, in: book, command: spec.name)
            // Named twice, a rule set would stand twice in every table, as if two laws agreed.
            if ruleSets[..<position].contains(id) {
                throw UsageError(
                    nb: "regelsettet '\(id)' står to ganger i --rules; nevn hvert bare én gang.",
                    en: "the rule set '\(id)' is named twice in --rules; name each once.", command: spec.name)
            }
        }
        let baseline = arguments.value(.baseline) ?? book.defaultBaseline?.id ?? ""
        try RuleFileOption.requireRuleSet(baseline, in: book, command: spec.name, practice: true)
        let format = ComparisonFormat(rawValue: arguments.value(.format) ?? "text")!
        let dialect = try ReportOptions.csvDialect(arguments, format: format, command: spec.name)
        let today = try TodayOption.parse(arguments, command: spec.name)
        let jobs = try StreamingInput.jobs(arguments, command: spec.name)
        let inForce = try InForceOption.parse(arguments, book: book, command: spec.name)
        let engine = Engine(book: book, inForce: inForce)
        let language = LanguageOption.parse(arguments)
        let draws: SyntheticDraws.Plan?
        switch try SyntheticDraws.parse(arguments, book: book, command: spec.name, terminal) {
        case .success(let plan): draws = plan
        case .failure(let status): return status
        }
        let listChanged = arguments.flag(.changed) || arguments.value(.changedCsv) != nil
        // The HTML report shows a few cases of each cause; with no table of its own to write, a
        // case is explained only while its causes want examples. Only JSON shows a case's ground
        // under a rule set where it did not change.
        var comparison = Comparison(
            engine: engine, baseline: baseline, ruleSets: ruleSets, today: today, keepChanged: listChanged,
            examplesOnly: format == .html && arguments.value(.changedCsv) == nil, unchangedGrounds: format == .json)
        // The changed cases are written out as they are found, to be copied into the report
        // after its totals: memory stays flat however many there are.
        var listing =
            listChanged
            ? ChangeListing(
                comparison: comparison, book: book, language: language, format: format, dialect: dialect,
                tidyCSV: arguments.value(.changedCsv) != nil) : nil
        let entriesFile = listChanged && format != .html ? SpillFile() : nil
        let tidyFile = arguments.value(.changedCsv) != nil ? SpillFile() : nil
        if (listChanged && format != .html && entriesFile == nil) || (arguments.value(.changedCsv) != nil && tidyFile == nil) {
            terminal.err(
                terminal.language == .nb
                    ? "rusctl: kan ikke lage en midlertidig fil for de endrede sakene: \(String(cString: strerror(errno)))\n"
                    : "rusctl: cannot make a temporary file for the changed cases: \(String(cString: strerror(errno)))\n")
            return .outputFailed
        }
        func listBatch(_ comparison: inout Comparison) {
            guard var current = listing else { return }
            listing = nil
            let changed = comparison.takeChanged()
            current.add(changed.cases, countedByCause: changed.countedByCause, jobs: jobs)
            entriesFile?.write(current.takeEntries())
            tidyFile?.write(current.takeTidyRows())
            listing = current
        }
        let provenance: ReportProvenance
        var study: SamplingStudy?
        if let draws {
            guard arguments.positional.isEmpty else {
                throw UsageError(
                    nb: "--seeds trekker egne saker; oppgi ingen fil (eller utelat --seeds for å sammenligne en fil).",
                    en: "--seeds draws its own cases; give no file (or leave out --seeds to compare a file).", command: spec.name)
            }
            if draws.seeds.count < ComparisonOutput.reliableDraws {
                terminal.err(
                    terminal.language == .nb
                        ? "rusctl: advarsel: med \(draws.seeds.count) trekk er intervallet ikke pålitelig; bruk --seeds \(ComparisonOutput.reliableDraws) eller flere\n"
                        : "rusctl: warning: with \(draws.seeds.count) draws the interval is not reliable; use --seeds \(ComparisonOutput.reliableDraws) or more\n"
                )
            }
            var progress = Progress("compare", total: draws.seeds.count * draws.variants.count, unit: .draws, language: terminal.language)
            study = SamplingStudy.run(
                engine: engine, baseline: baseline, ruleSets: ruleSets, today: today,
                distributions: draws.variants, seeds: draws.seeds, count: draws.count, jobs: jobs
            ) { progress.update($0) }
            progress.finish()
            // The report's body is the first draw of the distribution as given, listed case by case.
            var sampler = CaseSampler(distribution: draws.distribution, seed: draws.seeds[0], ownDistribution: draws.own)
            var bytes: [UInt8] = []
            for _ in 0..<draws.count { bytes += (CaseStyle.compact.write(sampler.next()) + "\n").utf8 }
            var stream = CaseStream(bytes: bytes)
            comparison.consume(&stream, batchSize: StreamingInput.batchSize, jobs: jobs, afterBatch: listBatch)
            provenance = ReportOptions.provenance(
                book: book, ruleSets: comparison.ruleSetIDs, inForce: inForce, today: today, arguments: arguments, input: nil,
                draws: ReportProvenance.Synthetic(
                    seeds: draws.seeds, distribution: draws.name, sources: draws.distribution.sources, sha256: draws.sha256,
                    keyShares: draws.own
                        ? LocalizedText(
                            nb: draws.distribution.keyShares(.nb, vocabulary: book.vocabulary),
                            en: draws.distribution.keyShares(.en, vocabulary: book.vocabulary)) : nil))
        } else {
            guard let path = arguments.positional.first else {
                throw UsageError(
                    nb: "oppgi filen med saker som skal sammenlignes ('-' for standard inn), eller trekk syntetiske saker med --seeds.",
                    en: "name the file of cases to compare ('-' for standard input), or draw synthetic cases with --seeds.",
                    command: spec.name)
            }
            let witness = ReportOptions.Witness()
            let meter = InputMeter()
            guard var stream = ReportOptions.open(path, witness: witness, meter: meter, terminal) else { return .unreadableInput }
            var progress = Progress("compare", meter: meter, language: terminal.language)
            comparison.consume(&stream, batchSize: StreamingInput.batchSize, jobs: jobs, progress: { progress.update($0) }, afterBatch: listBatch)
            progress.finish()
            provenance = ReportOptions.provenance(
                book: book, ruleSets: comparison.ruleSetIDs, inForce: inForce, today: today, arguments: arguments,
                input: (path, comparison.cases, witness))
        }
        let output = ComparisonOutput(
            comparison: comparison, book: book, changes: listing, language: language, provenance: provenance, study: study)
        let report = output.parts(format, dialect: dialect)
        for statute in comparison.statutesNeverInForce {
            terminal.err(
                terminal.language == .nb
                    ? "rusctl: advarsel: ingen sak er avgjort på eller etter ikrafttredelsesdatoen for \(statute); kolonnen er lik grunnlaget\n"
                    : "rusctl: warning: no case is decided on or after the in-force date of \(statute); its column is the baseline's\n")
        }
        let pieces: [StreamingInput.ReportPiece] =
            if let tail = report.tail, let entriesFile { [.text(report.head), .spilled(entriesFile), .tail(tail)] } else { [.text(report.head)] }
        if let status = StreamingInput.write(pieces, to: arguments.value(.output), &terminal) { return status }
        if let path = arguments.value(.changedCsv), let tidyFile,
            let status = StreamingInput.write(
                [.text(ComparisonOutput.changedCSVHead(dialect: dialect)), .spilled(tidyFile)], to: path, &terminal)
        {
            return status
        }
        if !comparison.invalid.isEmpty {
            terminal.err(
                AllowInvalid.message(
                    comparison.invalid.count, of: comparison.cases,
                    aside: LocalizedText(nb: "står i rapporten, ikke talt med", en: "listed in the report, not counted"), terminal.language))
            // The report is written either way; the exit status says that cases were left out.
            if !arguments.flag(AllowInvalid.spec) { return .invalidInput }
        }
        return .success
    }
}
