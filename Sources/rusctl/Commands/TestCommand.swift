import Foundation
import RusRules

/// `rusctl test`: run the rule fixtures and show a structural diff for each failure.
enum TestCommand {
    static let spec = CommandSpec(
        name: "test",
        summary: .init(
            nb: "Kjør regelfiksturene: hver sak må avgjøres slik fiksturen forventer.",
            en: "Run the rule fixtures: each case must be decided as its fixture expects."),
        operands: "[<dir>]",
        arguments: [
            .init(
                name: "<dir>",
                help: .init(
                    nb: "Mappe med fiksturfiler (*.json), også undermapper. Standard: Fixtures.",
                    en: "Directory of fixture files (*.json), searched recursively. Default: Fixtures."))
        ],
        options: [
            .init(
                .filter, value: "text",
                help: .init(nb: "Kjør bare fiksturer der filnavnet inneholder teksten.", en: "Run only fixtures whose file name contains the text.")),
            .init(.verbose, help: .init(nb: "List også fiksturene som består.", en: "List passing fixtures too.")),
            .init(
                .coverage,
                help: .init(
                    nb: "Rapporter juridisk dekning: reglene hvert regelsett har brukt, og hver grense prøvd på og like over grensen.",
                    en: "Report legal coverage: the rules each rule set fired, and every limit tested at and just above it.")),
            .init(
                .minCoverage, value: "p",
                help: .init(
                    nb: "Feil (exit 1) når den juridiske dekningen er under p prosent; gir også --coverage.",
                    en: "Fail (exit 1) when legal coverage is below p percent; implies --coverage.")),
            .init(
                .format, value: "format", choices: ["text", "junit"],
                help: .init(
                    nb: "Utdataformat: text for mennesker, junit (XML) for CI. Standard: text.",
                    en: "Output format: text for people, junit (XML) for CI. Default: text.")),
            .init(
                .junit, value: "file",
                help: .init(
                    nb: "Skriv også JUnit-XML til denne filen, ved siden av teksten.", en: "Also write JUnit XML to this file, alongside the text output.")),
            InForceOption.spec,
            .init(
                .scaffold, value: "id",
                help: .init(
                    nb:
                        "Skriv fiksturene et nytt regelsett trenger for dekningen — en sak på og en like over hver grense i dets egne tabeller, med svaret motoren gir nå — til <dir> (standard: Fixtures/<id>), til gjennomsyn; eksisterende filer overskrives ikke.",
                    en:
                        "Write the fixtures a new rule set needs for coverage — a case at and one just above every limit of its own tables, with the answer the engine gives now — into <dir> (default: Fixtures/<id>), for review; existing files are never overwritten."
                )),
        ],
        examples: [
            .init(nb: "Kjør alle fiksturene", en: "Run every fixture", "rusctl test"),
            .init(
                nb: "Dekningsfiksturer for et nytt regelsett, til gjennomsyn", en: "Coverage fixtures for a new rule set, for review",
                "rusctl test --scaffold prop-92-l-2021 Fixtures/scaffold"),
            .init(
                nb: "Bare fiksturene for Prop. 92 L, hver for seg", en: "Only the Prop. 92 L fixtures, listing each",
                "rusctl test Fixtures --filter prop-92 --verbose"),
            .init(
                nb: "CI-porten: hver regel brukt og hver grense prøvd", en: "The CI gate: every rule fired and every limit tested",
                "rusctl test --min-coverage 100 --junit fixtures.xml"),
        ],
        maxArguments: 1)

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        if let id = arguments.value(.scaffold) {
            return try scaffold(id, into: arguments.positional.first ?? "Fixtures/\(id)", book: book, &terminal)
        }
        let directory = arguments.positional.first ?? "Fixtures"
        if let problem = StreamingInput.outputProblem(arguments.value(.junit), terminal) {
            terminal.err("rusctl: \(problem)\n")
            return .outputFailed
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            terminal.err("rusctl: cannot read fixture directory '\(directory)'\n")
            return .unreadableInput
        }
        let files = fixtureFiles(in: directory).filter { name in
            arguments.value(.filter).map { name.contains($0) } ?? true
        }
        if let problem = StreamingInput.clobberProblem(
            outputs: [("--junit", arguments.value(.junit))], inputs: files.map { .fixture(directory + "/" + $0) }, command: spec.name)
        {
            throw problem
        }
        var minimum: Double?
        if let text = arguments.value(.minCoverage) {
            guard let value = Double(text), (0...100).contains(value) else {
                throw UsageError(nb: "--min-coverage tar en prosent fra 0 til 100.", en: "--min-coverage takes a percentage from 0 to 100.", command: spec.name)
            }
            minimum = value
        }
        let junit = arguments.value(.format) == "junit"
        let engine = Engine(book: book, inForce: try InForceOption.parse(arguments, book: book, command: spec.name))
        var coverage = LegalCoverage(book: book)
        var results: [JUnitReport.Result] = []
        for relative in files {
            let path = directory + "/" + relative
            var note = ""
            var failures: [String]
            do {
                let fixture = try Fixture(name: relative, bytes: try InputSource.read(path))
                note = fixture.note
                let run = fixture.run(with: engine)
                failures = run.failures.map(\.description)
                run.decisions.forEach { coverage.add($0) }
            } catch let error as RuleDataError {
                failures = ["invalid fixture: " + error.errors.map(\.description).joined(separator: "; ")]
            } catch let error as InputSource.Unreadable {
                failures = [error.text.en]
            } catch {
                failures = ["\(error)"]
            }
            results.append(JUnitReport.Result(name: relative, note: note, failures: failures))
            guard !junit else { continue }
            if failures.isEmpty {
                if arguments.flag(.verbose) { terminal.out("PASS \(relative)\n") }
            } else {
                terminal.out("FAIL \(relative)" + (note.isEmpty ? "" : " — \(note)") + "\n")
                for failure in failures { terminal.out("  \(failure)\n") }
            }
        }
        let failed = results.filter { !$0.failures.isEmpty }.count
        if files.isEmpty { terminal.err("rusctl: no fixture files (*.json) in '\(directory)'\n") }
        let xml = JUnitReport.render(suite: "rusctl fixtures", results: results)
        if junit {
            terminal.out(xml)
        } else {
            if arguments.flag(.coverage) || minimum != nil { terminal.out(coverage.report()) }
            terminal.out("\(results.count - failed) passed, \(failed) failed\n")
        }
        if let file = arguments.value(.junit), let status = StreamingInput.write(xml, to: file, &terminal) { return status }
        terminal.flush()
        if let minimum, coverage.percent < minimum {
            terminal.err(String(format: "rusctl: legal coverage %.1f%% is below the minimum %.1f%%\n", coverage.percent, minimum))
            return .failures
        }
        return failed > 0 || files.isEmpty ? .failures : .success
    }

    /// Fixture files below `directory`, as relative paths in a stable order.
    static func fixtureFiles(in directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".json") { files.append(path) }
        }
        return files.sorted()
    }

    /// `--scaffold ID`: the coverage fixtures of a rule set, written for review; never over an
    /// existing file.
    static func scaffold(_ id: String, into folder: String, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        try RuleFileOption.requireRuleSet(id, in: book, command: spec.name)
        let files = FixtureScaffold(engine: Engine(book: book), today: Fixture.defaultToday).files(for: book.ruleSet(id)!)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            terminal.err("rusctl: cannot create '\(folder)': \(error.localizedDescription)\n")
            return .outputFailed
        }
        var written = 0
        var kept: [String] = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            guard !FileManager.default.fileExists(atPath: path) else {
                kept.append(file.name)
                continue
            }
            if let status = StreamingInput.write(JSONWriter.pretty(file.json) + "\n", to: path, &terminal) { return status }
            written += 1
        }
        terminal.out(
            "scaffold: \(written) fixture\(written == 1 ? "" : "s") for \(id) written to \(folder)"
                + (kept.isEmpty ? "" : "; \(kept.count) already there, not overwritten") + ".\n")
        terminal.out("Review each expected answer against the source before committing; then run rusctl test --min-coverage 100.\n")
        return .success
    }
}
