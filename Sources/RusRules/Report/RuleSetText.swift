/// Text for `rusctl rules` and `rusctl rules show ID`: the rule sets, and one rule set's
/// thresholds with the provenance and source of each value.
package struct RuleSetText {
    package let book: RuleBook
    package let language: Language

    package init(book: RuleBook, language: Language) {
        self.book = book
        self.language = language
    }

    private func say(_ nb: String, _ en: String) -> String {
        language == .nb ? nb : en
    }

    private func validity(_ ruleSet: RuleSet) -> String {
        if let adopted = ruleSet.adopted {
            return say("vedtatt \(adopted.written(.nb)); ikrafttredelse ukjent", "adopted \(adopted.written(.en)); in force: unknown")
        }
        guard let validity = ruleSet.validity else { return say("aldri i kraft", "never in force") }
        guard let to = validity.to else { return say("fra ", "from ") + validity.from.written(language) }
        return "\(validity.from.written(language)) – \(to.written(language))"
    }

    private func kind(_ kind: RuleSetKind) -> String {
        switch kind {
        case .practice: say("praksis", "practice")
        case .proposal: say("forslag", "proposal")
        case .statute: say("lov", "statute")
        }
    }

    /// One line per rule set: id, kind, decision dates it applies to, version, title.
    package func list() -> String {
        let header = [say("ID", "ID"), say("TYPE", "KIND"), say("GJELDER AVGJØRELSER", "DECISIONS"), say("VERSJON", "VERSION"), say("KILDE", "SOURCE")]
        let rows = book.ruleSets.map { ruleSet in
            [
                ruleSet.id, kind(ruleSet.kind),
                validity(ruleSet), ruleSet.version, ruleSet.title.text(language),
            ]
        }
        return table([header] + rows) + "\n"
            + say(
                "Vis terskelverdier og kilder: rusctl rules show ID", "Show thresholds and sources: rusctl rules show ID") + "\n"
    }

    /// The rule set's status, validity, tiers and every threshold table with sources.
    package func show(_ ruleSet: RuleSet) -> String {
        var lines = ["\(ruleSet.id) — \(ruleSet.title.text(language))"]
        lines.append(say("Type: ", "Kind: ") + kind(ruleSet.kind) + ", " + say("versjon ", "version ") + ruleSet.version)
        lines.append(say("Status: ", "Status: ") + ruleSet.status.text(language))
        lines.append(say("Gjelder avgjørelser: ", "Applies to decisions: ") + validity(ruleSet))
        if ruleSet.kind == .statute {
            lines.append(
                say(
                    "Velges etter dato bare når ikrafttredelsesdatoen oppgis: --in-force \(ruleSet.id)=ÅÅÅÅ-MM-DD (straffeloven § 3 for handlinger før datoen).",
                    "Chosen by date only when its in-force date is stated: --in-force \(ruleSet.id)=YYYY-MM-DD (straffeloven § 3 for acts before that date)."))
        }
        if ruleSet.useCoversAnyQuantity {
            lines.append(
                say(
                    "Bruk alene (bare handlingen «use», bruk) er omfattet uansett mengde; mengden sammenlignes ikke med grensene.",
                    "Use alone (acts only \"use\") is covered at any quantity; the amount is not compared with the limits."))
        }
        if let baseline = ruleSet.baseline {
            lines.append(
                say("Grunnlag for saker forslaget ikke dekker: ", "Baseline for cases the proposal does not cover: ")
                    + (book.ruleSet(baseline)?.name(language, capitalized: true) ?? baseline) + " (\(baseline))")
        }
        lines.append(say("Kilder: ", "Sources: ") + ruleSet.citations.joined(separator: ", "))
        for (index, tier) in ruleSet.tiers.enumerated() {
            lines.append("")
            lines.append(say("Trinn", "Tier") + " \(index + 1) (\(tier.id)): \(tier.description.text(language))")
            let outcome = Wording.outcome(tier.liability, tier.recommended, conditions: tier.conditions, book.vocabulary, language)
            lines.append(
                "  → \(outcome)"
                    + (tier.maxSubstances.map { say("; høyst \($0) ulike stoffer", "; at most \($0) different substances") } ?? ""))
            lines.append("  " + say("Kilder: ", "Sources: ") + tier.citations.joined(separator: ", "))
        }
        for name in ruleSet.thresholds.keys.sorted() {
            let table = ruleSet.thresholds[name]!
            lines.append("")
            let owner = book.ruleSet(table.definedBy)?.name(language) ?? table.definedBy
            let inherited = table.definedBy == ruleSet.id ? "" : say(" (fra \(owner))", " (from \(owner))")
            lines.append(say("Terskeltabell", "Threshold table") + " «\(name)»\(inherited): \(table.description.text(language))")
            if let ceilings = table.ceilings {
                let from = book.ruleSet(ceilings.ruleSet)?.name(language) ?? ceilings.ruleSet
                lines.append(
                    "  "
                        + say(
                            "Tak for ukjente grenser: verdiene i «\(ceilings.table)» (\(from)), \(Wording.provenance(ceilings.provenance, language)): ",
                            "Ceilings of unknown limits: the values of «\(ceilings.table)» (\(from)), \(ceilings.provenance.rawValue): ")
                        + ceilings.comment.text(language) + " [" + ceilings.citations.joined(separator: ", ") + "]")
            }
            let header = [say("STOFF", "SUBSTANCE"), say("GRENSE", "LIMIT"), say("GRUNNLAG", "PROVENANCE"), say("KILDER", "SOURCES")]
            let rows = table.limits.map { threshold in
                [
                    Wording.substance(threshold.substance, book.vocabulary, language), value(threshold),
                    book.provenanceText(threshold, in: table, language),
                    threshold.citations.joined(separator: ", ") + (threshold.comment.map { " — \($0.text(language))" } ?? ""),
                ]
            }
            lines.append(self.table([header] + rows).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        lines.append("")
        lines.append(
            say(
                "Grensene er inklusive («ikke overstiger»): en mengde lik grensen er innenfor. «– (≤ x)»: grensen er ukjent, men ikke høyere enn x; en mengde over x er over grensen, en mengde opp til x vurderes som innenfor, og anbefalingen krever kontroll av grensen.",
                "Limits are inclusive («ikke overstiger»): an amount equal to the limit is within it. «– (≤ x)»: the limit is unknown but not above x; an amount above x is above the limit, an amount up to x is decided as within, and the recommendation requires a check of the limit."
            ))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A limit, the ceiling of an unknown one ("– (≤ 5 g)"), or "–" with the unit.
    private func value(_ threshold: Threshold) -> String {
        if let limit = threshold.limit { return Wording.amount(limit, threshold.unit, language) }
        if let ceiling = threshold.ceiling { return "– (≤ \(Wording.amount(ceiling, threshold.unit, language)))" }
        return "– (\(threshold.unit))"
    }

    /// Columns padded to their widest cell.
    private func table(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
