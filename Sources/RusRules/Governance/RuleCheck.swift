import Foundation

/// One problem `rusctl check` found in the rule data or the rules.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    /// The finding's code (for example `limit-differs-from-source`).
    public let code: String
    /// The rule set it concerns, or nil for the registry and vocabulary.
    public let ruleSet: String?
    /// Where: a JSON Pointer into the rule set's data, or `rules/<id>` for a rule in code.
    public let path: String
    /// What was found, in plain English, with where.
    public let message: String

    /// The same finding with the line and column where `path` stands in `text`, the rule set's
    /// file as read (its pointers are the file's); unchanged where the path is not found there.
    package func placed(in text: [UInt8]) -> Finding {
        guard let pointer = JSONPointer(path), let (line, column) = JSONLocator.position(of: pointer, in: text[...]) else { return self }
        return Finding(code: code, ruleSet: ruleSet, path: path, message: InputError.placed(message, line: line, column: column))
    }

    /// The finding as `rusctl check` prints it: code, rule set, where, what.
    public var description: String {
        "\(code) [\(ruleSet ?? "-")] \(path.isEmpty ? "/" : path): \(message)"
    }
}

/// Checks rule data like code (docs/law.md §3–§6): citations exist and are used, tier limits are
/// ordered, practices cover every decision date without gaps or overlaps, every rule and tier
/// is reachable, and no two rules that exclude each other fire on one case.
public enum RuleCheck {
    /// Every finding over `book`'s rule sets, all at once.
    public static func run(book: RuleBook) -> [Finding] {
        citationFindings(book) + orderFindings(book) + validityFindings(book) + reachabilityFindings(book) + sourceFindings(book)
    }

    // MARK: Limits against their sources

    /// A limit in a rule set of the user's that claims to be verified against a source while the
    /// built-in data reads another value from that same source, for the same table, substance
    /// and unit: an edited copy still wearing the original's provenance (`limit-differs-from-source`).
    static func sourceFindings(_ book: RuleBook) -> [Finding] {
        let builtInIDs = Set(BuiltInData.ruleSets.map(\.id))
        let builtIn = book.ruleSets.filter { builtInIDs.contains($0.id) }
        var findings: [Finding] = []
        for ruleSet in book.ruleSets where !builtInIDs.contains(ruleSet.id) {
            for (name, table) in ruleSet.thresholds.sorted(by: { $0.key < $1.key }) where table.definedBy == ruleSet.id {
                for (index, row) in table.limits.enumerated() {
                    guard let limit = row.limit, let (original, value) = sourceReading(of: row, table: name, builtIn: builtIn) else { continue }
                    findings.append(
                        Finding(
                            code: "limit-differs-from-source", ruleSet: ruleSet.id, path: "/thresholds/\(name)/limits/\(index)/limit",
                            message: "\(row.substance) \(limit) \(row.unit) in «\(name)» is marked verified against \(row.citations.joined(separator: ", ")), "
                                + "but \(original) reads \(value) \(row.unit) from that source; give your own source, or provenance \"interpretation\""))
                }
            }
        }
        return findings
    }

    /// What the built-in data reads from the same source for a limit that claims to be verified
    /// against it, where that differs from the limit: the rule set and the value.
    static func sourceReading(of row: Threshold, table name: String, builtIn: [RuleSet]) -> (ruleSet: String, value: ExactDecimal)? {
        guard row.provenance == .verified, let limit = row.limit else { return nil }
        for original in builtIn {
            guard
                let same = original.thresholds[name]?.limits.first(where: {
                    $0.substance == row.substance && $0.unit == row.unit && $0.provenance == .verified
                        && !Set($0.citations).isDisjoint(with: row.citations)
                }), let value = same.limit, value != limit
            else { continue }
            return (original.id, value)
        }
        return nil
    }

    /// The findings about the rule sets of a rules file (`ids`), as `rusctl check` reports them:
    /// what `compare`, `sweep`, `rules` and `evaluate` say when they are given the file.
    package static func findings(about ids: Set<String>, in book: RuleBook) -> [Finding] {
        run(book: book).filter { $0.ruleSet.map(ids.contains) ?? false }
    }

    /// Rule data that did not load, as findings (each problem with its pointer).
    public static func findings(from error: RuleDataError) -> [Finding] {
        error.errors.map { Finding(code: $0.code, ruleSet: error.source, path: $0.pointer.description, message: $0.message) }
    }

    // MARK: Citations

    static func citationFindings(_ book: RuleBook) -> [Finding] {
        var findings: [Finding] = []
        let known = Set(book.citations.map(\.id))
        var used = Set<String>()
        for rule in RuleRegistry.all {
            for (index, id) in rule.citations.enumerated() {
                used.insert(id)
                if !known.contains(id) {
                    findings.append(
                        Finding(
                            code: "unknown-citation", ruleSet: nil, path: "rules/\(rule.id)/citations/\(index)",
                            message: "rule \(rule.id) cites \"\(id)\", which is not in the registry"))
                }
            }
        }
        let vocabulary = book.vocabulary
        used.formUnion(
            vocabulary.ageTracks.flatMap(\.citations) + vocabulary.reactions.flatMap(\.citations)
                + vocabulary.conditions.flatMap(\.citations))
        for ruleSet in book.ruleSets {
            used.formUnion(ruleSet.citations)
            used.formUnion(ruleSet.thresholds.values.flatMap { $0.limits.flatMap(\.citations) + ($0.ceilings?.citations ?? []) })
            used.formUnion(ruleSet.tiers.flatMap { $0.citations + $0.notes.flatMap(\.citations) })
        }
        for citation in book.citations where !used.contains(citation.id) {
            findings.append(
                Finding(
                    code: "unused-citation", ruleSet: nil, path: "citations/\(citation.id)",
                    message: "citation \"\(citation.id)\" (\(citation.title)) is cited by no rule, value or note"))
        }
        return findings
    }

    // MARK: Ordering of tier limits

    /// A later tier is a less lenient step: its limit for a substance must not be below an
    /// earlier tier's (Prop. 92 L: nedre ≤ øvre).
    static func orderFindings(_ book: RuleBook) -> [Finding] {
        var findings: [Finding] = []
        for ruleSet in book.ruleSets where ruleSet.tiers.count > 1 {
            for (later, tier) in ruleSet.tiers.enumerated().dropFirst() {
                guard let table = ruleSet.thresholds[tier.thresholds] else { continue }
                for earlier in ruleSet.tiers[..<later] {
                    guard earlier.thresholds != tier.thresholds, let before = ruleSet.thresholds[earlier.thresholds] else { continue }
                    for (index, row) in table.limits.enumerated() {
                        guard let limit = row.limit,
                            let previous = before.limits.first(where: { $0.substance == row.substance && $0.unit == row.unit }),
                            let previousLimit = previous.limit, limit < previousLimit
                        else { continue }
                        findings.append(
                            Finding(
                                code: "limits-out-of-order", ruleSet: ruleSet.id,
                                path: "/thresholds/\(tier.thresholds)/limits/\(index)/limit",
                                message:
                                    "\(row.substance) \(limit) \(row.unit) in «\(tier.thresholds)» (tier \(tier.id)) is below \(previousLimit) \(row.unit) in «\(earlier.thresholds)» (tier \(earlier.id)), an earlier tier"
                            ))
                    }
                }
            }
        }
        return findings
    }

    // MARK: Validity of practices

    static func validityFindings(_ book: RuleBook) -> [Finding] {
        // A practice of the user's is used only where named, never chosen by a decision date.
        let practices = book.ruleSets.filter { $0.kind == .practice && book.isBuiltIn($0.id) }.sorted { $0.validity!.from < $1.validity!.from }
        var findings: [Finding] = []
        for (previous, next) in zip(practices, practices.dropFirst()) {
            guard let end = previous.validity?.to else {
                findings.append(
                    Finding(
                        code: "validity-overlap", ruleSet: next.id, path: "/validity/from",
                        message: "\(previous.id) has no end date, so it overlaps \(next.id) from \(next.validity!.from)"))
                continue
            }
            let expected = LegalDate(daysSinceEpoch: end.daysSinceEpoch + 1)!
            if next.validity!.from < expected {
                findings.append(
                    Finding(
                        code: "validity-overlap", ruleSet: next.id, path: "/validity/from",
                        message: "\(next.id) starts \(next.validity!.from), before \(previous.id) ends \(end)"))
            } else if next.validity!.from > expected {
                findings.append(
                    Finding(
                        code: "validity-gap", ruleSet: next.id, path: "/validity/from",
                        message: "no practice covers decisions from \(expected) to the day before \(next.validity!.from)"))
            }
        }
        if let last = practices.last, let end = last.validity?.to {
            findings.append(
                Finding(
                    code: "validity-gap", ruleSet: last.id, path: "/validity/to",
                    message: "no practice covers decisions after \(end)"))
        }
        return findings
    }

    // MARK: Reachability and exclusion

    static func reachabilityFindings(_ book: RuleBook) -> [Finding] {
        let engine = Engine(book: book)
        var reached = Set<String>()
        var tiers = Set<String>()
        var findings: [Finding] = []
        var reportedPairs = Set<String>()
        func record(_ decision: Decision, _ probe: RuleProbe.Probe) {
            let ruleSet = decision.ruleSet
            reached.formUnion(decision.rulesApplied)
            if let tier = decision.tier { tiers.insert(ruleSet + "/" + tier) }
            for conflict in decision.warnings where conflict.code == "rule-conflict" {
                findings.append(Finding(code: "rule-conflict", ruleSet: ruleSet, path: "", message: conflict.text.en))
            }
            let applied = decision.rulesApplied
            for (index, first) in applied.enumerated() {
                for second in applied[(index + 1)...] where RuleRegistry.exclusive(first, second) {
                    let key = [first, second].sorted().joined(separator: "|")
                    guard reportedPairs.insert(key).inserted else { continue }
                    let sources = [first, second].map { "\($0) [\(RuleRegistry.rule($0)?.citations.joined(separator: ", ") ?? "")]" }
                    findings.append(
                        Finding(
                            code: "exclusive-rules-fired", ruleSet: ruleSet, path: "rules/\(first)",
                            message: "\(sources[0]) and \(sources[1]) exclude each other but both fired for \(probe.describe)"))
                }
            }
        }
        // Straffeloven § 3: each statute stated in force from its adoption, probes (acts of 2014)
        // decided after it, so both laws are weighed.
        let paragraph3 = book.statutes.compactMap { statute -> (Engine, LegalDate)? in
            var inForce = InForceDates()
            guard let adopted = statute.adopted, inForce.add("\(statute.id)=\(adopted)", book: book) == nil,
                let date = RuleProbe.decisionDates(for: statute, book: book).first
            else { return nil }
            return (Engine(book: book, inForce: inForce), date)
        }
        for probe in RuleProbe.cases(book: book) {
            for ruleSet in book.ruleSets {
                for date in RuleProbe.decisionDates(for: ruleSet, book: book) {
                    if case .success(let decision) = engine.evaluate(probe.with(decisionDate: date), ruleSet: ruleSet.id, today: date) {
                        record(decision, probe)
                    }
                }
            }
            for (engine, date) in paragraph3 {
                if case .success(let decision) = engine.evaluate(probe.with(decisionDate: date), today: date) {
                    record(decision, probe)
                }
            }
        }
        for rule in RuleRegistry.all where !reached.contains(rule.id) {
            findings.append(
                Finding(
                    code: "unreachable-rule", ruleSet: nil, path: "rules/\(rule.id)",
                    message: "no probe case triggers rule \(rule.id) (\(rule.section))"))
        }
        for ruleSet in book.ruleSets {
            for (index, tier) in ruleSet.tiers.enumerated() where !tiers.contains(ruleSet.id + "/" + tier.id) {
                findings.append(
                    Finding(
                        code: "unreachable-tier", ruleSet: ruleSet.id, path: "/tiers/\(index)",
                        message: "no case can reach tier \(tier.id): every case within «\(tier.thresholds)» is decided by an earlier tier"))
            }
        }
        return findings
    }
}

/// Systematic cases that exercise the rules: each age-track boundary, each kind of person, and
/// each substance at each known limit of any table and just above it.
enum RuleProbe {
    struct Probe {
        let base: Case

        func with(decisionDate: LegalDate) -> Case {
            Case(
                unchecked: base.id, offenceDate: min(base.offenceDate, decisionDate), decisionDate: decisionDate, person: base.person,
                acts: base.acts, ownUse: base.ownUse, substances: base.substances, otherOffences: base.otherOffences)
        }

        var describe: String {
            let person = base.person
            let substances = base.substances.map { "\($0.substance) \($0.amount.map { "\($0)" } ?? "-") \($0.unit ?? "")" }
            return "age \(person.ageAtOffence), dependent \(person.dependent.rawValue), priors \(person.priorDrugReactions), "
                + "ownUse \(base.ownUse), acts \(base.acts.map(\.rawValue)), \(substances.joined(separator: " + "))"
        }
    }

    /// A decision date inside each practice's validity (a statute's: 400 days after adoption);
    /// for a practice, also one on each side of the advisory unit's start date when it falls inside.
    static func decisionDates(for ruleSet: RuleSet, book: RuleBook) -> [LegalDate] {
        if let adopted = ruleSet.adopted, let later = LegalDate(daysSinceEpoch: adopted.daysSinceEpoch + 400) {
            return [later]
        }
        let practice = ruleSet.kind == .practice ? ruleSet : book.ruleSet(ruleSet.baseline ?? "") ?? ruleSet
        guard let validity = practice.validity else { return [] }
        var dates = [validity.to ?? LegalDate(daysSinceEpoch: validity.from.daysSinceEpoch + 400)!]
        if let start = book.vocabulary.condition(.radgivendeEnhet).validFrom, validity.contains(start),
            let before = LegalDate(daysSinceEpoch: start.daysSinceEpoch - 1), validity.contains(before)
        {
            dates.append(before)
        }
        return dates
    }

    static func cases(book: RuleBook) -> [Probe] {
        let vocabulary = book.vocabulary
        let ages = vocabulary.ageTracks.flatMap { [$0.fromAge, $0.fromAge + 1] }
        struct Person_ { let dependent: Dependency; let priors: Int; let consent: Bool?; let guardian: Bool? }
        let people = [
            Person_(dependent: .no, priors: 0, consent: nil, guardian: nil),
            Person_(dependent: .no, priors: 1, consent: true, guardian: true),
            Person_(dependent: .no, priors: 1, consent: false, guardian: nil),
            Person_(dependent: .yes, priors: 0, consent: true, guardian: false),
            Person_(dependent: .doubtful, priors: 2, consent: nil, guardian: nil),
        ]
        // Amounts: each known limit of any table and just above it, in the limit's unit.
        var scenarios: [[SubstanceAmount]] = []
        for substance in vocabulary.substances {
            var amounts = Set<String>()
            for ruleSet in book.ruleSets {
                for table in ruleSet.thresholds.values {
                    for row in table.limits where row.substance == substance.id {
                        guard let limit = row.limit ?? row.ceiling else {
                            amounts.insert("1|\(row.unit)")
                            continue
                        }
                        amounts.insert("\(limit)|\(row.unit)")
                        amounts.insert("\(limit + (row.unit == "blotters" || row.unit == "doses" ? ExactDecimal(1) : limit.shifted(by: -2)))|\(row.unit)")
                    }
                }
            }
            for text in amounts.sorted() {
                let parts = text.split(separator: "|").map(String.init)
                scenarios.append([SubstanceAmount(substance: substance.id, amount: ExactDecimal(parts[0]), unit: parts[1])])
            }
            scenarios.append([SubstanceAmount(substance: substance.id, amount: nil, unit: nil)])
        }
        let small = vocabulary.substances.prefix(4).map { SubstanceAmount(substance: $0.id, amount: ExactDecimal("0.1")!, unit: $0.units[0]) }
        scenarios.append(Array(small))
        var probes: [Probe] = []
        let offence = LegalDate(year: 2014, month: 7, day: 1)!
        for (index, scenario) in scenarios.enumerated() {
            for age in ages {
                // Vary the rest of the case across scenarios so every combination appears somewhere.
                let person = people[(index + age) % people.count]
                let useOnly = scenario.allSatisfy { $0.amount == nil }
                let acts: [Act] = useOnly ? [.use] : [[.use, .possession], [.acquisition], [.possession, .storage]][(index + age) % 3]
                for ownUse in (index + age) % 4 == 0 ? [true, false] : [true] {
                    probes.append(
                        Probe(
                            base: Case(
                                unchecked: "probe-\(probes.count)", offenceDate: offence, decisionDate: nil,
                                person: Person(
                                    birthDate: nil, ageAtOffence: age, dependent: person.dependent,
                                    priorDrugReactions: person.priors, consent: person.consent, guardianConsent: person.guardian),
                                acts: acts, ownUse: ownUse, substances: scenario, otherOffences: (index + age) % 5 == 0)))
                }
            }
        }
        return probes
    }
}
