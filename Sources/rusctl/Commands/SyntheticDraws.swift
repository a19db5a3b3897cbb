import Foundation
import RusRules

/// `--seeds`, `--count`, `--seed`, `--distribution` and `--vary`: the synthetic draws a
/// comparison makes itself.
enum SyntheticDraws {
    struct Plan {
        let seeds: [UInt64]
        let count: Int
        let distribution: SampleDistribution
        let name: String
        let own: Bool
        /// The SHA-256 of the --distribution file, when one is read.
        let sha256: String?
        let variants: [(label: String, distribution: SampleDistribution, own: Bool)]
    }

    /// The plan, or nil without --seeds (the other options then are errors); an unreadable
    /// (66) or invalid (65) --distribution is reported, with every problem, as `rusctl sample` does.
    static func parse(_ arguments: ParsedArguments, book: RuleBook, command: String, _ terminal: Terminal)
        throws(UsageError) -> Result<Plan?, ExitStatus>
    {
        guard let seedsText = arguments.value(.seeds) else {
            for option in [OptionName.count, .seed, .distribution, .vary] where arguments.value(option) != nil {
                throw UsageError(
                    nb: "--\(option.rawValue) hører sammen med --seeds (syntetiske trekninger som compare gjør).",
                    en: "--\(option.rawValue) goes with --seeds (synthetic draws made by compare).", command: command)
            }
            return .success(nil)
        }
        guard let seedCount = Int(seedsText), (1...1000).contains(seedCount) else {
            throw UsageError(
                nb: "--seeds tar et helt antall trekninger fra 1 til 1000.", en: "--seeds takes a whole number of draws from 1 to 1000.",
                command: command)
        }
        let countText = arguments.value(.count) ?? "10000"
        guard let count = Int(countText), (1...10_000_000).contains(count) else {
            throw UsageError(
                nb: "--count tar et helt antall saker per trekning fra 1 til 10000000.",
                en: "--count takes a whole number of cases per draw from 1 to 10000000.", command: command)
        }
        let firstText = arguments.value(.seed) ?? "1"
        guard let first = UInt64(firstText), first <= UInt64.max - UInt64(seedCount) else {
            throw UsageError(
                nb: "'\(firstText)' er ikke en gyldig --seed; bruk et heltall ≥ 0.", en: "'\(firstText)' is not a seed; use a whole number ≥ 0.",
                command: command)
        }
        var distribution = SampleDistribution.standard
        var name = "standard"
        var sha256: String?
        if let path = arguments.value(.distribution) {
            switch SampleCommand.loadDistribution(path, book: book, terminal) {
            case .success(let (loaded, bytes)):
                distribution = loaded
                name = path
                sha256 = SHA256.hex(bytes)
            case .failure(let status): return .failure(status)
            }
        }
        let own = name != "standard"
        var variants = [(label: name, distribution: distribution, own: own)]
        if let vary = arguments.value(.vary) {
            let parts = vary.split(separator: "=", maxSplits: 1).map(String.init)
            let values = parts.count == 2 ? parts[1].split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) } : []
            guard parts.count == 2, !values.isEmpty, values.allSatisfy({ $0 != nil && $0!.isFinite }) else {
                let keys = SampleDistribution.variableParameters.joined(separator: ", ")
                throw UsageError(
                    nb: "--vary tar nøkkel=v1,v2,… med tall, f.eks. dependent.true=0.05,0.2. Nøkler: \(keys).",
                    en: "--vary takes key=v1,v2,… with numbers, e.g. dependent.true=0.05,0.2. Keys: \(keys).", command: command)
            }
            variants = []
            for value in values.map({ $0! }) {
                do {
                    variants.append(("\(parts[0])=\(value)", try distribution.varying(parts[0], to: value, vocabulary: book.vocabulary), true))
                } catch {
                    let problems = "--vary \(parts[0])=\(value): " + error.errors.map(\.message).joined(separator: "; ")
                    throw UsageError(nb: problems, en: problems, command: command)
                }
            }
        }
        return .success(
            Plan(
                seeds: (0..<UInt64(seedCount)).map { first + $0 }, count: count, distribution: distribution, name: name,
                own: own, sha256: sha256, variants: variants))
    }
}
