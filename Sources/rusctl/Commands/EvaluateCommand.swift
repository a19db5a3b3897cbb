import Foundation
import RusRules

/// `rusctl evaluate`: decide one case or a batch, as text for people or JSON for scripts.
enum EvaluateCommand {
    static let spec = CommandSpec(
        name: "evaluate",
        summary: .init(
            nb: "Avgjør hvilke reaksjoner som kan brukes i en sak om mindre narkotikalovbrudd, og hvorfor.",
            en: "Decide which reactions apply to a minor drug case, and why."),
        operands: "[<file>|<dir>|-] ...",
        arguments: [
            .init(
                name: "<file>",
                help: .init(
                    nb:
                        "En sak som JSON, en JSON-liste med saker eller NDJSON; eller en fiksturfil, hvis sak vurderes. Flere filer og mapper (deres .json-, .ndjson- og .jsonl-filer) vurderes etter tur, hver sak med sin fil. '-' eller ingenting leser standard inn.",
                    en:
                        "A case as JSON, a JSON array of cases, or NDJSON; or a fixture file, whose case is evaluated. Several files, and directories (their .json, .ndjson and .jsonl files), are evaluated in turn, each case reported with its file. '-' or nothing reads standard input."
                ))
        ],
        options: [
            .init(
                .rules, value: "id",
                help: .init(
                    nb: "Regelsettet som skal brukes i stedet for det som gjaldt på avgjørelsesdatoen (se 'rusctl rules').",
                    en: "Rule set to use instead of the one in force on the decision date (see 'rusctl rules').")),
            RuleFileOption.spec,
            .init(
                .baseline, value: "id",
                help: .init(
                    nb: "Praksisen som avgjør det et forslag ikke dekker. Standard: forslagets egen (hr-2022).",
                    en: "Practice rule set that decides what a proposal does not cover. Default: the proposal's own (hr-2022).")),
            .init(
                .format, value: "format", choices: ["text", "json", "notat"],
                help: .init(
                    nb:
                        "Utdataformat; json er kontraktens avgjørelsesobjekt, NDJSON for flere saker; notat er en begrunnelse til å lime inn i en avgjørelse, i hele setninger med forbeholdene først. Standard: text.",
                    en:
                        "Output format; json is the contract's decision object, NDJSON for a batch; notat is the «begrunnelse» to paste into a decision, in whole sentences, caveats first. Default: text."
                )),
            .init(
                .noTrace,
                help: .init(
                    nb:
                        "Med --format json: utelat sporet i hver avgjørelse (for store mengder saker der bare svarene trengs; raskere, og omtrent en tredjedel av utdataene).",
                    en:
                        "With --format json: leave the trace out of each decision (for large batches that need only the answers; faster, and about a third of the output)."
                )),
            LanguageOption.spec(.init(nb: "Språket i tekstene: norsk bokmål eller engelsk.", en: "Language of texts: Norwegian bokmål or English.")),
            .init(
                .explain,
                help: .init(
                    nb: "Vis hver regel som slo til, med verdiene og grensen den brukte og kilden.",
                    en: "Show each rule that fired, with the values and threshold it used and its source.")),
            .init(
                .kort, aliases: ["short"],
                help: .init(
                    nb: "Skriv bare sammendraget: regelsettet, anbefalingen og forbeholdene.",
                    en: "Print the summary alone: the rule set, the recommendation and the caveats.")),
            .init(
                .alleKilder, aliases: ["all-sources"],
                help: .init(
                    nb:
                        "List alle kilder med dato og nettadresse, også for de utelukkede reaksjonene, og gi hver begrunnelse, merknad og hvert forbehold i sin helhet.",
                    en: "List every source with its date and address, also those of the excluded options, and give each reason, note and caveat in full.")),
            .init(
                .today, value: "date",
                help: .init(
                    nb: "Datoen som legges til grunn når en sak mangler decisionDate (ÅÅÅÅ-MM-DD). Standard: dagens dato i Norge.",
                    en: "Date assumed when a case has no decisionDate (YYYY-MM-DD). Default: today in Norway.")),
            InForceOption.spec,
            StreamingInput.jobsSpec,
        ],
        examples: [
            .init(
                nb: "Vurder en sak fra fiksturene, på norsk", en: "Decide a case from the fixtures, in Norwegian",
                "rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json"),
            .init(
                nb: "Det samme på engelsk, med reglene som slo til", en: "The same in English, with the rules that fired",
                "rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json --lang en --explain"),
            .init(nb: "Bare sammendraget", en: "Only the summary", "rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json --kort"),
            .init(nb: "Hva lovforslaget fra 2021 ville gitt", en: "What the 2021 bill would have said", "rusctl evaluate case.json --rules prop-92-l-2021"),
            .init(
                nb: "Om lovendringen 2025 trer i kraft 1. juli 2026 (straffeloven § 3 for tidligere handlinger)",
                en: "If the 2025 statute took effect on 1 July 2026 (straffeloven § 3 for earlier acts)",
                "rusctl evaluate case.json --in-force lov-2025=2026-07-01"),
            .init(
                nb: "Mange saker som NDJSON til et skript", en: "A batch as NDJSON for a script",
                "rusctl evaluate cases.ndjson --format json > decisions.ndjson"),
            .init(
                nb: "Alle saksfilene i en mappe, hver avgjørelse med sin fil", en: "Every case file in a directory, each decision with its file",
                "rusctl evaluate Fixtures/practice --format json --no-trace"),
            .init(
                nb: "Det samme uten sporet i hver avgjørelse, for mange saker", en: "The same without each decision's trace, for a large batch",
                "rusctl evaluate cases.ndjson --format json --no-trace > decisions.ndjson"),
            .init(
                nb: "Ditt eget forslag", en: "Your own proposal",
                "rusctl rules export prop-92-l-2021 > mine.json; rusctl evaluate case.json --rules-file mine.json --rules prop-92-l-2021-copy"),
        ],
        maxArguments: Int.max)

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let language = LanguageOption.parse(arguments)
        let json = arguments.value(.format) == "json"
        let notat = arguments.value(.format) == "notat"
        let explain = arguments.flag(.explain)
        let includeTrace = !arguments.flag(.noTrace)
        if !includeTrace && (!json || explain) {
            throw UsageError(
                nb: "--no-trace gjelder bare med --format json, uten --explain.",
                en: "--no-trace applies to --format json, without --explain.", command: spec.name)
        }
        var engine: Engine
        var ruleSet = arguments.value(.rules)
        switch RuleFileOption.load(arguments, into: book, terminal) {
        case .success(let loaded):
            // Without a trace to show, the engine builds none (text without --explain, or --no-trace).
            engine = Engine(
                book: loaded.book, detail: (json && includeTrace) || explain ? .full : .answer,
                inForce: try InForceOption.parse(arguments, book: loaded.book, command: spec.name))
            ruleSet = ruleSet ?? loaded.proposal?.id
        case .failure(let status):
            return status
        }
        if let id = ruleSet { try RuleFileOption.requireRuleSet(id, in: engine.book, command: spec.name) }
        let baseline = arguments.value(.baseline)
        if let id = baseline { try RuleFileOption.requireRuleSet(id, in: engine.book, command: spec.name, practice: true) }
        let today = try TodayOption.parse(arguments, command: spec.name)
        let (paths, skipped) = try inputPaths(arguments.positional.isEmpty ? ["-"] : arguments.positional)
        for file in skipped {
            terminal.err(
                language == .nb
                    ? "rusctl: hopper over '\(file)': ikke en sakfil (.json, .ndjson eller .jsonl)\n"
                    : "rusctl: skipping '\(file)': not a case file (.json, .ndjson or .jsonl)\n")
        }
        if paths == ["-"] && isatty(STDIN_FILENO) == 1 {
            throw UsageError(
                nb: "ingen sak er gitt: oppgi en fil, eller send en sak til standard inn.",
                en: "no case given: name a file, or pipe a case to standard input.", command: spec.name)
        }
        let run = Run(
            engine: engine, ruleSet: ruleSet, baseline: baseline, today: today, explicitToday: arguments.value(.today) != nil,
            explicitInForce: arguments.value(InForceOption.spec) != nil, language: language, json: json,
            includeTrace: includeTrace, explain: explain,
            detail: DecisionText.Detail(
                explain: explain, allSources: arguments.flag(.alleKilder), short: arguments.flag(.kort),
                width: Terminal.width),
            jobs: try StreamingInput.jobs(arguments, command: spec.name), files: paths.count > 1, notat: notat,
            stamp: AssessmentStamp.line(language))
        var counts = (invalid: 0, total: 0)
        var unreadable = false
        // The share read, and the time left, are the file's: said for one file only.
        let meter = paths.count == 1 ? InputMeter() : nil
        var progress = Progress("evaluate", meter: meter, language: terminal.language, writesAsItGoes: true)
        for path in paths {
            guard var stream = StreamingInput.open(path, terminal, meter: meter) else {
                unreadable = true
                continue
            }
            // A pipe may be a program that writes a case and waits for its answer: answer each
            // line as it comes.
            if path == "-" && StreamingInput.standardInputIsPipe {
                stream.answersEachLine = true
                stream.inputReady = { milliseconds in
                    var waiting = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
                    return poll(&waiting, 1, milliseconds) > 0
                }
            }
            try run.evaluate(&stream, path: path, counts: &counts, progress: &progress, &terminal)
        }
        progress.finish()
        terminal.flush()
        if counts.total == 0 && !unreadable {
            terminal.err(language == .nb ? "rusctl: inndataene inneholder ingen saker\n" : "rusctl: the input holds no cases\n")
        }
        if counts.invalid > 0 {
            terminal.err(AllowInvalid.message(counts.invalid, of: counts.total, language))
        }
        if unreadable { return .unreadableInput }
        return counts.invalid > 0 ? .invalidInput : .success
    }

    /// The endings of case files in a directory, in any letter case (`SAK.JSON` as Windows
    /// programs write it).
    static let caseFileEndings = [".json", ".ndjson", ".jsonl"]

    /// The files named, with each directory replaced by the case files in it (searched
    /// recursively, in name order), and every other file found there: skipped, and named so.
    static func inputPaths(_ named: [String]) throws(UsageError) -> (paths: [String], skipped: [String]) {
        var paths: [String] = []
        var skipped: [String] = []
        for path in named {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.append(path)
                continue
            }
            var found: [String] = []
            for name in (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted() {
                let full = (path as NSString).appendingPathComponent(name)
                var inner: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &inner), !inner.boolValue else { continue }
                if caseFileEndings.contains(where: name.lowercased().hasSuffix) { found.append(full) } else { skipped.append(full) }
            }
            guard !found.isEmpty else {
                throw UsageError(
                    nb: "'\(path)' inneholder ingen saksfiler (.json, .ndjson eller .jsonl).",
                    en: "'\(path)' holds no case files (.json, .ndjson or .jsonl).", command: spec.name)
            }
            paths += found
        }
        return (paths, skipped)
    }

    /// One evaluation over one or more files: what every file is read and written with.
    struct Run {
        let engine: Engine
        let ruleSet: String?
        let baseline: String?
        let today: LegalDate
        let explicitToday: Bool
        let explicitInForce: Bool
        let language: Language
        let json: Bool
        let includeTrace: Bool
        let explain: Bool
        let detail: DecisionText.Detail
        let jobs: Int
        /// Several files: each case is reported with its file.
        let files: Bool
        /// `--format notat`: the «begrunnelse» alone.
        let notat: Bool
        /// The line that ends every text answer, for the case file.
        let stamp: String

        func evaluate(
            _ stream: inout CaseStream, path: String, counts: inout (invalid: Int, total: Int), progress: inout Progress,
            _ terminal: inout Terminal
        ) throws(UsageError) {
            var (engine, ruleSet, today) = (engine, ruleSet, today)
            let reader = CompiledRuleBook(book: engine.book).map { FastCaseReader(compiled: $0, today: today) }
            var batch = stream.nextRaw(StreamingInput.decisionBatchSize)
            // A fixture file is evaluated as `rusctl test` evaluates it: its case, rule set and date.
            if stream.shape == .single, batch.count == 1, case .value(let value, _) = batch[0].entry, Fixture.looksLikeFixture(value),
                let fixture = try? Fixture(name: path, bytes: Array(JSONWriter.compact(value).utf8))
            {
                var fixtureStream = CaseStream(bytes: fixture.input)
                batch = fixtureStream.nextAll().map(CaseStream.Raw.init)
                ruleSet = ruleSet ?? fixture.rules
                if !explicitToday { today = fixture.today }
                if !explicitInForce, !fixture.inForce.isEmpty {
                    var dates = InForceDates()
                    for text in fixture.inForce where dates.add(text, book: engine.book) != nil {
                        throw UsageError(
                            nb: "fiksturens inForce \"\(text)\" er ikke en ikrafttredelsesdato for en lov.",
                            en: "the fixture's inForce \"\(text)\" is not a statute's in-force date.", command: spec.name)
                    }
                    engine = Engine(book: engine.book, detail: engine.detail, inForce: dates)
                }
            }
            // Several files: one decision per line, each naming its file.
            let single = stream.shape == .single && batch.count == 1 && !files
            let text = DecisionText(book: engine.book, language: language)
            let (evaluationEngine, evaluationRuleSet, evaluationToday) = (engine, ruleSet, today)
            let (json, language, includeTrace, detail, explain, baseline) = (json, language, includeTrace, detail, explain, baseline)
            let (notat, stamp, book) = (notat, stamp, engine.book)
            let file: [UInt8]? = files ? Array(("\"file\":" + JSONWriter.compact(.string(path)) + ",").utf8) : nil
            if files && !json {
                if counts.total > 0 { terminal.out("\n" + String(repeating: "═", count: 72) + "\n") }
                terminal.out(path + "\n" + String(repeating: "═", count: 72) + "\n\n")
            }
            var firstInFile = true
            while !batch.isEmpty {
                // Rendering is pure and runs in parallel; writing keeps input order.
                let rendered = OrderedParallel.map(batch, jobs: jobs) { raw -> ([UInt8], Bool) in
                    let result = evaluationEngine.evaluate(raw, reader: reader, ruleSet: evaluationRuleSet, baseline: baseline, today: evaluationToday)
                    let failed: Bool
                    if case .failure = result { failed = true } else { failed = false }
                    var bytes: [UInt8]
                    switch (json, result) {
                    case (true, .success(let decision)) where !single:
                        var output = JSONOutput(capacity: 2048)
                        decision.write(to: &output, language: language, includeTrace: includeTrace)
                        output.newline()
                        bytes = output.bytes
                    case (true, .success(let decision)):
                        bytes = Array((JSONWriter.pretty(decision.json(language: language, includeTrace: includeTrace)) + "\n").utf8)
                    case (true, .failure(let errors)):
                        bytes = Array(((single ? JSONWriter.pretty : JSONWriter.compact)(errors.json(language: language)) + "\n").utf8)
                    case (false, .success(let decision)) where notat:
                        bytes = Array((Begrunnelse.text(decision, book: book, language: language) + "\n\n" + stamp + "\n").utf8)
                    case (false, .success(let decision)):
                        bytes = Array((text.render(decision, detail) + "\n" + stamp + "\n").utf8)
                    case (false, .failure(let errors)):
                        bytes = Array(text.render(errors, explain: explain, width: detail.width).utf8)
                    }
                    // The file first in each line: {"file":"a.json", … }.
                    if json, let file, bytes.first == UInt8(ascii: "{") { bytes.insert(contentsOf: file, at: 1) }
                    return (bytes, failed)
                }
                for (output, failed) in rendered {
                    if !json && !firstInFile { terminal.out("\n" + String(repeating: "─", count: 72) + "\n\n") }
                    firstInFile = false
                    terminal.out(bytes: output)
                    counts.total += 1
                    if failed { counts.invalid += 1 }
                }
                progress.update(counts.total)
                if stream.answersEachLine { terminal.flush() }
                batch = stream.nextRaw(StreamingInput.decisionBatchSize)
            }
            if stream.classicMacLineEnds {
                terminal.err(
                    language == .nb
                        ? "rusctl: \(path): linjene slutter med CR alene (klassisk Mac OS); de er lest som linjer. Lagre filen med vanlige linjeskift (LF eller CR LF).\n"
                        : "rusctl: \(path): the lines end with CR alone (classic Mac OS); they were read as lines. Save the file with ordinary line ends (LF or CR LF).\n"
                )
            }
            let missing = stream.missingCommas
            if !missing.isEmpty {
                let places =
                    missing.prefix(5).map { language == .nb ? "linje \($0.line)" : "line \($0.line)" }
                    .joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
                terminal.err(
                    language == .nb
                        ? "rusctl: \(path): \(missing.count) komma mangler mellom sakene i listen (foran \(places)); hver sak er lest som om kommaet stod der. Sett komma etter hver } som følges av en ny sak.\n"
                        : "rusctl: \(path): \(missing.count) comma\(missing.count == 1 ? " is" : "s are") missing between the cases in the array (before \(places)); each case was read as if it were there. Put a comma after each } that is followed by another case.\n"
                )
            }
        }
    }
}
