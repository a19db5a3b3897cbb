import RusRules

/// `rusctl check`: the rule data checked like code.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        summary: .init(
            nb: "Kontroller regeldataene og reglene: kilder, grensenes rekkefølge, gyldighetsperioder, at reglene kan nås, og at de utelukker hverandre.",
            en: "Check the rule data and rules: citations, limit order, validity coverage, reachability, exclusive rules."),
        operands: "",
        arguments: [],
        options: [
            RuleFileOption.spec,
            .init(.format, value: "format", choices: ["text", "json"], help: .init(nb: "Utdataformat. Standard: text.", en: "Output format. Default: text.")),
        ],
        examples: [
            .init(nb: "Kontroller de innebygde regelsettene", en: "Check the built-in rule sets", "rusctl check"),
            .init(nb: "Kontroller et eget forslag sammen med dem", en: "Check a proposal of your own with them", "rusctl check --rules-file mine.json"),
        ],
        maxArguments: 0)

    static func run(_ arguments: ParsedArguments, book builtIn: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        var findings: [Finding] = []
        var book = builtIn
        if let path = arguments.value(RuleFileOption.spec) {
            do {
                book = try builtIn.addingRulesFile(json: try InputSource.read(path), source: path).0
            } catch let error as InputSource.Unreadable {
                terminal.err("rusctl: \(error.message(terminal))\n")
                return .unreadableInput
            } catch let error as RuleDataError {
                findings = RuleCheck.findings(from: error)
            } catch {
                return .internalError
            }
        }
        if findings.isEmpty { findings = RuleCheck.run(book: book) }
        return report(findings, format: arguments.value(.format), book: book, &terminal)
    }

    /// The findings as text or JSON; exit 1 when there are any.
    static func report(_ findings: [Finding], format: String?, book: RuleBook? = nil, _ terminal: inout Terminal) -> ExitStatus {
        if format == "json" {
            terminal.out(
                JSONWriter.pretty(
                    .array(
                        findings.map { finding in
                            .object(
                                JSONObject([
                                    "code": .string(finding.code), "ruleSet": finding.ruleSet.map { .string($0) } ?? .null,
                                    "path": .string(finding.path), "message": .string(finding.message),
                                ]))
                        })) + "\n")
        } else {
            for finding in findings { terminal.out(finding.description + "\n") }
            terminal.out(
                findings.isEmpty
                    ? "check: \(book?.ruleSets.count ?? 0) rule sets, \(RuleRegistry.all.count) rules, \(book?.citations.count ?? 0) citations: no findings\n"
                    : "check: \(findings.count) finding\(findings.count == 1 ? "" : "s")\n")
        }
        return findings.isEmpty ? .success : .failures
    }
}
