/// Where a report's figures come from, printed at the head of every comparison and sweep
/// report: when and by which build it was made, from which rule data and rule sets, over which
/// input (name, case count, SHA-256), with which dates assumed — and, for synthetic cases, that
/// they are synthetic, from which seeds and distribution. The library has no clock: the caller
/// states the time.
package struct ReportProvenance: Sendable {
    /// One input file: its name as given, the cases read from it and its SHA-256.
    package struct Input: Sendable {
        package let name: String
        package let cases: Int
        package let sha256: String

        package init(name: String, cases: Int, sha256: String) {
            self.name = name
            self.cases = cases
            self.sha256 = sha256
        }
    }

    /// Cases drawn by `rusctl sample` (or `compare --seeds`), not observed ones.
    package struct Synthetic: Sendable {
        /// The seeds of the draws, when known (from the cases' ids or the command).
        package let seeds: [UInt64]
        /// `standard` for the built-in distribution, `own` for one of the user's whose file is
        /// not known (the cases' mark), `?` when not stated, else the path of the user's file.
        package let distribution: String
        /// Where the distribution's figures come from, one line each.
        package let sources: [LocalizedText]
        /// For a distribution of the user's read from a file: the file's SHA-256.
        package let sha256: String?
        /// For a distribution of the user's: its key shares (age, dependency, substances).
        package let keyShares: LocalizedText?

        package init(
            seeds: [UInt64], distribution: String, sources: [LocalizedText], sha256: String? = nil, keyShares: LocalizedText? = nil
        ) {
            self.seeds = seeds
            self.distribution = distribution
            self.sources = sources
            self.sha256 = sha256
            self.keyShares = keyShares
        }
    }

    package let generated: String
    package let tool: String
    package let commit: String?
    package let ruleData: String
    /// A `--rules-file` read beside the built-in data: its name and SHA-256.
    package let rulesFile: Input?
    /// What `rusctl check` finds in the rules file's rule sets, one finding each (in English, as
    /// the rule data is): a report that rests on a file with problems says so where it is kept,
    /// not only on the terminal it was made in.
    package let rulesFileFindings: [String]
    package let ruleSets: [RuleSet]
    package let inForce: [String: LegalDate]
    package let today: LegalDate
    package let inputs: [Input]
    package let synthetic: Synthetic?

    package init(
        generated: String, tool: String, commit: String?, ruleData: String, rulesFile: Input?, rulesFileFindings: [String] = [],
        ruleSets: [RuleSet], inForce: [String: LegalDate], today: LegalDate, inputs: [Input], synthetic: Synthetic?
    ) {
        self.generated = generated
        self.tool = tool
        self.commit = commit
        self.ruleData = ruleData
        self.rulesFile = rulesFile
        self.rulesFileFindings = rulesFileFindings
        self.ruleSets = ruleSets
        self.inForce = inForce
        self.today = today
        self.inputs = inputs
        self.synthetic = synthetic
    }

    /// How a rule set stands: practice with its decision dates, a proposal never enacted, or a
    /// statute with its in-force date as stated (`--in-force`) or unknown.
    /// A rule set of the user's stands as its rules file says («eget forslag basert på …»).
    package func standing(_ ruleSet: RuleSet, _ language: Language) -> String {
        let nb = language == .nb
        guard BuiltInData.ruleSets.contains(where: { $0.id == ruleSet.id }) else {
            return (nb ? "fra regelfil: " : "from a rules file: ") + ruleSet.status.text(language)
        }
        switch ruleSet.kind {
        case .practice:
            guard let validity = ruleSet.validity else { return nb ? "praksis" : "practice" }
            guard let to = validity.to else { return nb ? "praksis, avgjørelser fra \(validity.from)" : "practice, decisions from \(validity.from)" }
            return nb ? "praksis, avgjørelser \(validity.from) – \(to)" : "practice, decisions \(validity.from) – \(to)"
        case .proposal:
            return nb ? "forslag, aldri i kraft" : "proposal, never in force"
        case .statute:
            let adopted = ruleSet.adopted.map { (nb ? "vedtatt " : "adopted ") + $0.description + ", " } ?? ""
            if let date = inForce[ruleSet.id] {
                return (nb ? "lov, " : "statute, ") + adopted
                    + (nb ? "i kraft fra \(date) slik brukeren har oppgitt (--in-force)" : "in force from \(date) as stated by the user (--in-force)")
            }
            return (nb ? "lov, " : "statute, ") + adopted
                + (nb ? "ikrafttredelse ukjent: tallene viser loven som om den gjaldt" : "in force: unknown — the figures show the statute as if it applied")
        }
    }

    /// The synthetic-cases notice, or nil for observed cases; `intervals` when the report shows
    /// the shares' spread over several draws.
    package func syntheticNotice(_ language: Language, intervals: Bool = false) -> String? {
        guard let synthetic else { return nil }
        let nb = language == .nb
        let seeds = synthetic.seeds.isEmpty ? (nb ? "ikke kjent" : "not known") : Self.seedList(synthetic.seeds)
        // A distribution of the user's is named by its file's digest and its key shares.
        let digest = synthetic.sha256.map { nb ? " Fordelingsfilens SHA-256: \($0)." : " The distribution file's SHA-256: \($0)." } ?? ""
        let shares = synthetic.keyShares.map { nb ? " Fordelingens hovedandeler: \($0.nb)." : " The distribution's key shares: \($0.en)." } ?? ""
        let parameters = digest + shares
        // One draw's shares vary from draw to draw: say so, and how to see by how much.
        let variation =
            intervals
            ? (nb
                ? " Hvor mye andelene varierer mellom trekkene, står under «Usikkerhet»."
                : " How much the shares vary between the draws is shown under «Uncertainty».")
            : (nb
                ? " Andelene er fra ett trekk og ville blitt noe annerledes i et annet; compare --seeds N viser intervallene."
                : " The shares come from one draw and would differ somewhat in another; compare --seeds N shows the intervals.")
        return nb
            ? "Syntetiske saker: trukket av rusctl sample fra \(distributionName(synthetic.distribution, .nb)) (--seed \(seeds)), ikke virkelige saker. Andelene viser hva reglene gjør med en antatt sakspopulasjon, ikke hvordan sakene faktisk fordeler seg. Fordelingens kilder: "
                + synthetic.sources.map { $0.text(language) }.joined(separator: "; ") + "." + parameters + variation
            : "Synthetic cases: drawn by rusctl sample from \(distributionName(synthetic.distribution, .en)) (--seed \(seeds)), not real cases. The shares show what the rules do to an assumed population of cases, not how real cases are distributed. The distribution's sources: "
                + synthetic.sources.map { $0.text(language) }.joined(separator: "; ") + "." + parameters + variation
    }

    /// "standardfordelingen", "en egen fordeling", "fordelingen i «dist.json»".
    private func distributionName(_ distribution: String, _ language: Language) -> String {
        let nb = language == .nb
        return switch distribution {
        case "standard": nb ? "standardfordelingen" : "the standard distribution"
        case "own": nb ? "en egen fordeling" : "a distribution of the user's own"
        case "?": nb ? "en fordeling som ikke er oppgitt" : "a distribution not stated"
        default: nb ? "fordelingen i «\(distribution)»" : "the distribution in «\(distribution)»"
        }
    }

    /// "7", "1–20", or "1, 5, 9".
    static func seedList(_ seeds: [UInt64]) -> String {
        let sorted = seeds.sorted()
        if sorted.count > 2, sorted.last! - sorted.first! == UInt64(sorted.count - 1) { return "\(sorted.first!)–\(sorted.last!)" }
        return sorted.map(String.init).joined(separator: ", ")
    }

    /// Label and value, in the order a reader looks for them.
    package func entries(_ language: Language) -> [(label: String, value: String)] {
        let nb = language == .nb
        var result: [(String, String)] = []
        result.append((nb ? "Laget" : "Generated", generated))
        result.append((nb ? "Verktøy" : "Tool", tool + ", commit " + (commit ?? (nb ? "ikke registrert (utviklerbygg)" : "not recorded (development build)"))))
        result.append(
            (
                nb ? "Regeldata" : "Rule data",
                (nb ? "innebygd, fingeravtrykk " : "built in, fingerprint ") + ruleData
                    + (rulesFile.map { (nb ? "; egen regelfil " : "; own rules file ") + "\($0.name) (SHA-256 \($0.sha256))" } ?? "")
            ))
        if rulesFile != nil {
            let count = rulesFileFindings.count
            result.append(
                (
                    nb ? "Kontroll av regelfilen" : "Rules file check",
                    count == 0
                        ? (nb ? "rusctl check finner ingen problemer" : "rusctl check finds no problems")
                        : (nb
                            ? "rusctl check finner \(count == 1 ? "ett problem" : "\(count) problemer"); tallene bygger på regelfilen slik den står: "
                            : "rusctl check finds \(count == 1 ? "a problem" : "\(count) problems"); the figures rest on the file as written: ")
                            + rulesFileFindings.joined(separator: "; ")
                ))
        }
        for ruleSet in ruleSets {
            result.append(
                (
                    nb ? "Regelsett" : "Rule set",
                    "\(ruleSet.id) " + (nb ? "versjon " : "version ") + ruleSet.version
                        + " — " + ruleSet.title.text(language) + " (" + standing(ruleSet, language) + ")"
                ))
        }
        for input in inputs {
            result.append(
                (
                    nb ? "Inndata" : "Input",
                    "\(input.name): \(Wording.count(input.cases, language)) "
                        + (nb ? (input.cases == 1 ? "sak" : "saker") : (input.cases == 1 ? "case" : "cases"))
                        + ", SHA-256 \(input.sha256)"
                ))
        }
        result.append((nb ? "Dato uten avgjørelsesdato (--today)" : "Date for cases without a decision date (--today)", today.description))
        result.append(
            (
                "--in-force",
                inForce.isEmpty
                    ? (nb ? "ikke oppgitt" : "not stated")
                    : inForce.keys.sorted().map { "\($0)=\(inForce[$0]!)" }.joined(separator: ", ")
            ))
        return result
    }

    package func json() -> JSONValue {
        var object = JSONObject()
        object.set("generated", .string(generated))
        object.set("tool", .string(tool))
        object.set("commit", commit.map(JSONValue.string) ?? .null)
        object.set("ruleData", .string(ruleData))
        object.set(
            "rulesFile",
            rulesFile.map { file in
                .object(
                    JSONObject([
                        "name": .string(file.name), "sha256": .string(file.sha256),
                        "checkFindings": .array(rulesFileFindings.map(JSONValue.string)),
                    ]))
            } ?? .null)
        object.set(
            "ruleSets",
            .array(
                ruleSets.map { ruleSet in
                    .object(
                        JSONObject([
                            "id": .string(ruleSet.id), "version": .string(ruleSet.version), "kind": .string(ruleSet.kind.rawValue),
                            "status": .string(ruleSet.status.text(.en)),
                            "inForce": ruleSet.kind == .statute ? (inForce[ruleSet.id].map { .string($0.description) } ?? .string("unknown")) : .null,
                        ]))
                }))
        object.set("inputs", .array(inputs.map(Self.inputJSON)))
        object.set("today", .string(today.description))
        object.set("inForceStated", .object(JSONObject(inForce.keys.sorted().map { JSONObject.Member(key: $0, value: .string(inForce[$0]!.description)) })))
        object.set(
            "synthetic",
            synthetic.map { synthetic in
                .object(
                    JSONObject([
                        "seeds": .array(synthetic.seeds.map { .number(JSONNumber(text: String($0))) }),
                        "distribution": .string(synthetic.distribution),
                        "sources": .array(synthetic.sources.map { .string($0.text(.en)) }),
                        "distributionSHA256": synthetic.sha256.map { .string($0) } ?? .null,
                        "keyShares": synthetic.keyShares.map { .string($0.en) } ?? .null,
                    ]))
            } ?? .null)
        return .object(object)
    }

    private static func inputJSON(_ input: Input) -> JSONValue {
        .object(JSONObject(["name": .string(input.name), "cases": .number(JSONNumber(input.cases)), "sha256": .string(input.sha256)]))
    }

    /// The provenance as comment lines for the head of a CSV file ("# Tool: …"), unquoted so
    /// that readers that skip `#` lines (pandas `comment="#"`, R `comment.char`) skip them.
    package func csvComments(_ language: Language, intervals: Bool = false) -> [String] {
        (entries(language).map { "# \($0.label): \($0.value)" } + (syntheticNotice(language, intervals: intervals).map { ["# " + $0] } ?? []))
            .map { $0.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
    }

    /// Recognises the ids `rusctl sample` gives its cases: `synthetic-s<seed>-<number>`, with
    /// `-own` before the number when drawn from a distribution of the user's own.
    package static func syntheticMark(_ id: String) -> (seed: UInt64, ownDistribution: Bool)? {
        syntheticMark(bytes: Array(id.utf8)[...])
    }

    /// The same, read from the id's bytes (and whatever follows them): a reader that scans a
    /// million lines for the mark makes no strings.
    package static func syntheticMark(bytes: ArraySlice<UInt8>) -> (seed: UInt64, ownDistribution: Bool)? {
        guard bytes.starts(with: markPrefix) else { return nil }
        var index = bytes.startIndex + markPrefix.count
        let digits = index
        var seed: UInt64 = 0
        while index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            let (times, overflowTimes) = seed.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
            guard !overflowTimes, !overflowSum else { return nil }
            seed = sum
            index += 1
        }
        guard index > digits, index < bytes.endIndex, bytes[index] == UInt8(ascii: "-"), index + 1 < bytes.endIndex else { return nil }
        return (seed, bytes[(index + 1)...].starts(with: ownMark))
    }

    private static let markPrefix = Array("synthetic-s".utf8)
    private static let ownMark = Array("own-".utf8)

    /// The id `rusctl sample` gives its `number`th case.
    package static func syntheticID(seed: UInt64, number: Int, ownDistribution: Bool) -> String {
        "synthetic-s\(seed)-" + (ownDistribution ? "own-" : "") + String(repeating: "0", count: max(0, 7 - String(number).count)) + String(number)
    }
}
