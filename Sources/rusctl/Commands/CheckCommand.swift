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
            LanguageOption.messagesSpec,
        ],
        examples: [
            .init(nb: "Kontroller de innebygde regelsettene", en: "Check the built-in rule sets", "rusctl check"),
            .init(nb: "Kontroller et eget forslag sammen med dem", en: "Check a proposal of your own with them", "rusctl check --rules-file mine.json"),
        ],
        maxArguments: 0)

    static func run(_ arguments: ParsedArguments, book builtIn: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        var findings: [Finding] = []
        var book = builtIn
        var ownFile: (id: String, bytes: [UInt8])?
        if let path = arguments.value(RuleFileOption.spec) {
            let bytes: [UInt8]
            do {
                bytes = try InputSource.read(path)
            } catch {
                terminal.err("rusctl: \(error.message(terminal))\n")
                return .unreadableInput
            }
            do {
                let (extended, own) = try builtIn.addingRulesFile(json: bytes, source: path)
                book = extended
                ownFile = (own.id, bytes)
            } catch {
                findings = RuleCheck.findings(from: error.placed(in: bytes))
            }
        }
        if findings.isEmpty {
            // What is found in the file's own rule set is placed in the file.
            findings = RuleCheck.run(book: book).map { finding in
                guard let ownFile, finding.ruleSet == ownFile.id else { return finding }
                return finding.placed(in: ownFile.bytes)
            }
        }
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
