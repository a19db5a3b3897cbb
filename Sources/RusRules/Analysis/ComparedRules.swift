/// The rule sets of a comparison as a report shows them: each one's limits side by side, and
/// what it changes against the baseline in plain words — all generated from the rule data, so
/// that a proposal of one's own is described as faithfully as a built-in one.
package struct ComparedRules {
    package let book: RuleBook
    package let language: Language

    package init(book: RuleBook, language: Language) {
        self.book = book
        self.language = language
    }

    private func say(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    /// The rule set's tables in the order they are used: a proposal's by its tiers, then those of
    /// the practice that decides what no tier covers (`baseline`, the comparison's; without one,
    /// the proposal's own); a practice's or statute's prosecution table before the one for
    /// dependent users.
    package func tables(_ ruleSet: RuleSet, on baseline: RuleSet? = nil) -> [ThresholdTable] {
        var names = ruleSet.tiers.map(\.thresholds)
        names += RuleSet.practiceTables
        names += ruleSet.thresholds.keys.sorted()
        var seen = Set<String>()
        var result = names.filter { seen.insert($0).inserted }.compactMap { ruleSet.thresholds[$0] }
        if ruleSet.kind == .proposal, let practice = baseline ?? ruleSet.baseline.flatMap(book.ruleSet) {
            result += RuleSet.practiceTables.compactMap { practice.thresholds[$0] }
        }
        return result
    }

    /// A table's column title: "grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014",
    /// "den nedre terskelverdien i Prop. 92 L (2020–2021)" — the rule set by its label.
    package func tableName(_ table: ThresholdTable) -> String {
        Wording.limit(of: table, language, owner: book.ruleSet(table.definedBy)?.name(language))
    }

    /// One row per substance, one column per table (``tables(_:on:)``): the limit with how it is
    /// known, or "–" with its ceiling when unknown.
    package func thresholdTable(_ ruleSet: RuleSet, on baseline: RuleSet? = nil) -> (header: [String], rows: [[String]]) {
        let tables = tables(ruleSet, on: baseline)
        let substances = book.vocabulary.substances.map(\.id).filter { id in tables.contains { $0.limits.contains { $0.substance == id } } }
        let rows = substances.map { substance in
            [Wording.substance(substance, book.vocabulary, language)]
                + tables.map { table in
                    table.limits.first { $0.substance == substance }.map { value($0, in: table) } ?? ""
                }
        }
        return ([say("Stoff", "Substance")] + tables.map(tableName), rows)
    }

    /// "10 g (veiledende)", "– (≤ 15 g, ukjent)", "3 g (eget tall; kilden gir 2 g)".
    package func value(_ threshold: Threshold, in table: ThresholdTable) -> String {
        let provenance = book.provenanceText(threshold, in: table, language)
        if let limit = threshold.limit { return Wording.amount(limit, threshold.unit, language) + " (\(provenance))" }
        if let ceiling = threshold.ceiling { return "– (≤ \(Wording.amount(ceiling, threshold.unit, language)), \(provenance))" }
        return "– (\(provenance))"
    }

    /// What the rule set changes against `baseline`, one sentence each, from the data: its
    /// tiers, its limits that differ from the baseline's, deciding rules it adds or replaces,
    /// use alone at any quantity, and its standing.
    package func changes(_ ruleSet: RuleSet, from baseline: RuleSet, inForce: LegalDate? = nil) -> [String] {
        guard ruleSet.id != baseline.id else {
            return [say("Grunnlaget: andre regelsett sammenlignes med dette.", "The baseline: the other rule sets are compared with it.")]
        }
        var sentences: [String] = []
        for tier in ruleSet.tiers {
            guard let table = ruleSet.thresholds[tier.thresholds] else { continue }
            let limits = table.limits.filter { $0.limit != nil }.prefix(4).map { threshold in
                Wording.substance(threshold.substance, book.vocabulary, language) + " " + Wording.amount(threshold.limit!, threshold.unit, language)
            }
            let most = tier.maxSubstances.map { say(", høyst \($0) ulike stoffer", ", at most \($0) different substances") } ?? ""
            let reaction =
                Wording.reaction(tier.recommended, book.vocabulary, language) + Wording.withConditions(tier.conditions, book.vocabulary, language)
            sentences.append(
                say(
                    "Når hvert stoff er innenfor \(tableName(table)) (\(Wording.list(Array(limits), .nb)) …\(most)): \(Wording.liability(tier.liability, .nb)), \(reaction).",
                    "When every substance is within \(tableName(table)) (\(Wording.list(Array(limits), .en)) …\(most)): \(Wording.liability(tier.liability, .en)), \(reaction)."
                ))
        }
        if ruleSet.kind == .proposal {
            // The comparison's baseline, not the proposal's own: the engine, given a baseline,
            // decides by it what no tier covers.
            let decider = baseline.name(language)
            sentences.append(
                say(
                    "Saker ingen av trinnene dekker, avgjøres som etter \(decider) (sammenligningens grunnlag).",
                    "Cases no tier covers are decided as under \(decider) (the comparison's baseline)."))
            // Tier limits set against the baseline's limit for minor reactions.
            if let reference = baseline.thresholds[RuleSet.prosecutionTable], let top = ruleSet.tiers.last.flatMap({ ruleSet.thresholds[$0.thresholds] }) {
                sentences += limitDifferences(top, against: reference)
            }
        } else {
            for name in RuleSet.practiceTables {
                guard let mine = ruleSet.thresholds[name], let theirs = baseline.thresholds[name], mine != theirs else { continue }
                sentences += limitDifferences(mine, against: theirs)
            }
            // A statute's «mindre mengde» set against the baseline's limit for minor reactions.
            if let mine = ruleSet.thresholds[RuleSet.smallQuantityTable], baseline.thresholds[RuleSet.smallQuantityTable] == nil,
                let theirs = baseline.thresholds[RuleSet.prosecutionTable]
            {
                sentences += limitDifferences(mine, against: theirs)
            }
            let added = ruleSet.rules.filter { !baseline.rules.contains($0) }
            let dropped = baseline.rules.filter { !ruleSet.rules.contains($0) }
            if !added.isEmpty {
                let rules = { (ids: [RuleID]) in Wording.list(ids.map { self.ruleName($0.rawValue) }, self.language) }
                let replaced = dropped.isEmpty ? "" : say(" i stedet for ", " instead of ") + rules(dropped)
                sentences.append(
                    say(
                        "Reaksjonen avgjøres av \(rules(added))\(replaced).",
                        "The reaction is decided by \(rules(added))\(replaced)."))
            }
        }
        if ruleSet.useCoversAnyQuantity && !baseline.useCoversAnyQuantity {
            sentences.append(
                say(
                    "Bruk alene er omfattet uansett mengde; mengden sammenlignes ikke med grensene.",
                    "Use alone is covered at any quantity; the amount is not compared with the limits."))
        }
        if ruleSet.kind == .statute, let inForce {
            let day = inForce.written(language)
            sentences.append(
                say(
                    "I kraft fra \(day) slik brukeren har oppgitt (--in-force): saker avgjort før datoen følger grunnlaget, handlinger på eller etter den loven, og handlinger før datoen som avgjøres etter den, straffeloven § 3.",
                    "In force from \(day) as the user stated (--in-force): cases decided before the date follow the baseline, acts on or after it the statute, and acts before the date decided after it, straffeloven § 3."
                ))
        } else if ruleSet.kind == .statute {
            sentences.append(
                say(
                    "Vedtatt, men ikrafttredelsen er ukjent: uten --in-force viser tallene loven som om den gjaldt.",
                    "Adopted, but its in-force date is unknown: without --in-force the figures show the statute as if it applied."))
        } else if ruleSet.kind == .proposal {
            let status = ruleSet.status.text(language)
            sentences.append(Wording.capitalized(status) + (status.hasSuffix(".") ? "" : "."))
        }
        return sentences
    }

    /// "regelen for voksne («adult»)": a rule by what it is for, with the id that
    /// `evaluate --explain` shows.
    package func ruleName(_ id: String) -> String {
        guard let name = RuleRegistry.rule(id)?.name?.text(language) else { return say("regelen «\(id)»", "the rule «\(id)»") }
        return id == StraffelovenParagraph3.info.id ? name : say("regelen for \(name) («\(id)»)", "the rule for \(name) («\(id)»)")
    }

    /// "cannabis: 10 g (hr-2022: 15 g)" for every substance whose limit differs.
    private func limitDifferences(_ mine: ThresholdTable, against theirs: ThresholdTable) -> [String] {
        var higher: [String] = []
        var lower: [String] = []
        var unknown: [String] = []
        for threshold in mine.limits {
            guard let other = theirs.limits.first(where: { $0.substance == threshold.substance && $0.unit == threshold.unit }) else { continue }
            let name = Wording.substance(threshold.substance, book.vocabulary, language)
            switch (threshold.limit, other.limit) {
            case (let value?, let reference?) where value != reference:
                let text =
                    "\(name) \(Wording.amount(value, threshold.unit, language)) (\(say("mot", "against")) \(Wording.amount(reference, other.unit, language)))"
                if value > reference { higher.append(text) } else { lower.append(text) }
            case (nil, _?):
                unknown.append(name + (threshold.ceiling.map { " (≤ \(Wording.amount($0, threshold.unit, language)))" } ?? ""))
            default:
                continue
            }
        }
        let against = tableName(theirs)
        var sentences: [String] = []
        if !higher.isEmpty { sentences.append(say("Høyere enn \(against): ", "Higher than \(against): ") + Wording.list(higher, language) + ".") }
        if !lower.isEmpty { sentences.append(say("Lavere enn \(against): ", "Lower than \(against): ") + Wording.list(lower, language) + ".") }
        if !unknown.isEmpty {
            sentences.append(
                say(
                    "Ukjent grense der \(against) er kjent (tallene bygger på taket): ",
                    "Unknown limit where \(against) is known (the figures rest on its ceiling): ") + Wording.list(unknown, language) + ".")
        }
        return sentences
    }
}
