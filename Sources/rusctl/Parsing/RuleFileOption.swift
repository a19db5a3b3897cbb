import RusRules

/// `--rules-file`: a user's proposal, in the format of `rusctl rules export`, loaded on top of
/// the built-in rule data as strictly as the built-in rule sets.
enum RuleFileOption {
    static let spec = CommandSpec.OptionSpec(
        .rulesFile, value: "file",
        help: .init(
            nb:
                "Et eget forslag eller en egen praksis i regeldataformatet (begynn med 'rusctl rules export ID'); id-en kan så brukes i --rules og, for en praksis, i --baseline.",
            en:
                "A proposal or a practice of your own in the rule-data format (start from 'rusctl rules export ID'); its id becomes usable in --rules and, for a practice, in --baseline."
        ))

    /// The rule book with the file's proposal added, and that proposal; nil when no file was
    /// given. An unreadable file exits 66, invalid rule data 65, each with every problem listed.
    /// What `rusctl check` finds in the proposal is said on standard error before it is used.
    static func load(_ arguments: ParsedArguments, into book: RuleBook, _ terminal: Terminal)
        -> Result<(book: RuleBook, proposal: RuleSet?), ExitStatus>
    {
        guard let path = arguments.value(spec) else { return .success((book, nil)) }
        let (extended, proposal): (RuleBook, RuleSet)
        let bytes: [UInt8]
        switch read(
            path, what: ("regelfil", "rules file"), terminal,
            load: { bytes throws(RuleDataError) in
                try book.addingRulesFile(json: bytes, source: path)
            })
        {
        case .success(let (loaded, read)): ((extended, proposal), bytes) = (loaded, read)
        case .failure(let status): return .failure(status)
        }
        let findings = findings(in: extended, file: bytes)
        if !findings.isEmpty {
            let count = findings.count
            terminal.err(
                (terminal.language == .nb
                    ? "rusctl: advarsel: '\(path)': rusctl check finner \(count == 1 ? "ett problem" : "\(count) problemer") i \(proposal.id); svaret bygger på regelfilen slik den står:\n"
                    : "rusctl: warning: '\(path)': rusctl check finds \(count == 1 ? "a problem" : "\(count) problems") in \(proposal.id); the answer rests on the file as written:\n")
                    + findings.map { "  \($0)\n" }.joined())
        }
        return .success((extended, proposal))
    }

    /// What `rusctl check` finds in the rule sets `book` holds beside the built-in ones (those
    /// of the rules file whose bytes are `file`), each placed in the file.
    static func findings(in book: RuleBook, file: [UInt8]) -> [Finding] {
        RuleCheck.findings(about: Set(book.ruleSets.map(\.id).filter { RuleBook.builtIn.ruleSet($0) == nil }), in: book).map { $0.placed(in: file) }
    }

    /// A file of rule data (`what`: its kind, in both languages) as `load` reads it, with its
    /// bytes; else the exit status — 66 when it cannot be read, 65 when it is invalid — after
    /// saying why and, for every problem, where it stands in the file.
    static func read<Loaded>(
        _ path: String, what: (nb: String, en: String), _ terminal: Terminal, load: ([UInt8]) throws(RuleDataError) -> Loaded
    ) -> Result<(Loaded, [UInt8]), ExitStatus> {
        let bytes: [UInt8]
        do {
            bytes = try InputSource.read(path)
        } catch {
            terminal.err("rusctl: \(error.message(terminal))\n")
            return .failure(.unreadableInput)
        }
        do {
            return .success((try load(bytes), bytes))
        } catch {
            terminal.err(problems(error.placed(in: bytes), in: path, what: what, terminal))
            return .failure(.invalidInput)
        }
    }

    /// What is wrong with a file of rule data (`what`: its kind, in both languages), every problem
    /// on a line of its own with where it stands; the problems themselves are in English, as the
    /// rule data is (docs/integrator.md).
    private static func problems(_ error: RuleDataError, in path: String, what: (nb: String, en: String), _ terminal: Terminal) -> String {
        let count = error.errors.count
        let head =
            terminal.language == .nb
            ? "rusctl: ugyldig \(what.nb) '\(path)' (\(count == 1 ? "ett problem" : "\(count) problemer")):\n"
            : "rusctl: invalid \(what.en) '\(path)' (\(count) problem\(count == 1 ? "" : "s")):\n"
        return head + error.errors.map { "  \($0)\n" }.joined()
    }

    /// Checks that `id` names a rule set; a usage error with a suggestion otherwise.
    static func requireRuleSet(_ id: String, in book: RuleBook, command: String, practice: Bool = false) throws(UsageError) {
        let candidates = book.ruleSets.filter { !practice || $0.kind == .practice }.map(\.id)
        guard !candidates.contains(id) else { return }
        let closest = Spelling.closest(to: id, in: candidates)
        let known = candidates.joined(separator: ", ")
        throw UsageError(
            nb: "ukjent \(practice ? "praksis" : "regelsett") '\(id)'." + (closest.map { " Mente du '\($0)'?" } ?? "") + " Kjente: \(known).",
            en: "unknown \(practice ? "practice " : "")rule set '\(id)'." + (closest.map { " Did you mean '\($0)'?" } ?? "") + " Known: \(known).",
            command: command)
    }
}
