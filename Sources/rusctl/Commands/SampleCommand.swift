import RusRules

/// `rusctl sample`: synthetic cases for analysis, deterministic for a seed.
enum SampleCommand {
    static let spec = CommandSpec(
        name: "sample",
        summary: .init(
            nb: "Skriv syntetiske saker som NDJSON, trukket fra en dokumentert fordeling; samme --seed gir samme saker.",
            en: "Write synthetic cases as NDJSON, drawn from a documented distribution; the same seed gives the same cases."),
        operands: "",
        arguments: [],
        options: [
            .init(.count, value: "n", help: .init(nb: "Hvor mange saker som skal skrives.", en: "How many cases to write.")),
            .init(
                .seed, value: "s",
                help: .init(nb: "Frø for trekningene (et heltall). Standard: 1.", en: "Seed for the random draws (a whole number). Default: 1.")),
            .init(
                .distribution, value: "file",
                help: .init(
                    nb: "En egen fordeling, i formatet --show-distribution skriver.",
                    en: "A distribution of your own, in the format --show-distribution prints.")),
            .init(.showDistribution, help: .init(nb: "Skriv standardfordelingen (JSON) og avslutt.", en: "Print the default distribution (JSON) and exit.")),
            .init(
                .style, value: "style", choices: CaseStyle.allCases.map(\.rawValue),
                help: .init(
                    nb:
                        "Skriv sakene slik et annet program ville: spaced (Pythons json.dumps), exponent (mengder som 25E-1), long-decimals (mengder med flyttallsstøy, 2.4999999999999999). Standard: compact.",
                    en:
                        "Write the cases as another program would: spaced (Python's json.dumps), exponent (amounts as 25E-1), long-decimals (amounts with floating-point noise, 2.4999999999999999). Default: compact."
                )),
            LanguageOption.messagesSpec,
        ],
        examples: [
            .init(nb: "10 000 saker til en analyse", en: "10 000 cases for an analysis", "rusctl sample --count 10000 --seed 7 > cases.ndjson"),
            .init(
                nb: "Endre fordelingen og trekk fra den", en: "Change the distribution and draw from it",
                "rusctl sample --show-distribution > dist.json; rusctl sample --count 1000 --distribution dist.json"),
            .init(
                nb: "De samme sakene slik Pythons json.dumps skriver dem, for å prøve en leser",
                en: "The same cases as Python's json.dumps writes them, to test a reader", "rusctl sample --count 1000 --style spaced"),
        ],
        maxArguments: 0)

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        if arguments.flag(.showDistribution) {
            terminal.out(SampleDistribution.defaultJSON + "\n")
            return .success
        }
        guard let countText = arguments.value(.count), let count = Int(countText), count >= 0 else {
            throw UsageError(
                nb: "oppgi antall saker med --count <n> (et heltall ≥ 0).",
                en: "give the number of cases with --count <n> (a whole number ≥ 0).", command: spec.name)
        }
        let seedText = arguments.value(.seed) ?? "1"
        guard let seed = UInt64(seedText) else {
            throw UsageError(
                nb: "'\(seedText)' er ikke en gyldig --seed; bruk et heltall ≥ 0.", en: "'\(seedText)' is not a seed; use a whole number ≥ 0.",
                command: spec.name)
        }
        var distribution = SampleDistribution.standard
        if let path = arguments.value(.distribution) {
            switch loadDistribution(path, book: book, terminal) {
            case .success(let (loaded, _)): distribution = loaded
            case .failure(let status): return status
            }
        }
        let style = CaseStyle(rawValue: arguments.value(.style) ?? "compact")!
        var sampler = CaseSampler(distribution: distribution, seed: seed, ownDistribution: arguments.value(.distribution) != nil)
        var progress = Progress("sample", total: count, language: terminal.language, writesAsItGoes: true)
        for index in 0..<count {
            terminal.out(style.write(sampler.next()) + "\n")
            progress.update(index + 1)
        }
        progress.finish()
        return .success
    }

    /// A distribution file (the format of `--show-distribution`) and its bytes; else the exit
    /// status, after saying what is wrong and where.
    static func loadDistribution(_ path: String, book: RuleBook, _ terminal: Terminal) -> Result<(SampleDistribution, [UInt8]), ExitStatus> {
        RuleFileOption.read(path, what: ("fordeling", "distribution"), terminal) { bytes throws(RuleDataError) in
            try SampleDistribution.load(json: bytes, vocabulary: book.vocabulary)
        }
    }
}
