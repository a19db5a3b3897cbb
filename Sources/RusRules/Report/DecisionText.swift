/// The readable answer for a prosecutor. It opens with a short summary (rules.md §6, "caveats
/// come first"): the rule set and why it applies, the recommendation and what it requires, the
/// other law under straffeloven § 3, and every caveat that can change the answer (an unknown
/// limit, a statute whose in-force date is unknown, an interpretation or guideline that decides).
/// Then the recommended reaction in detail, the available ones, the excluded ones with why not,
/// the other notes and the sources cited.
public struct DecisionText: Sendable {
    public let book: RuleBook
    public let language: Language

    public init(book: RuleBook, language: Language) {
        self.book = book
        self.language = language
    }

    private func say(_ nb: String, _ en: String) -> String {
        language == .nb ? nb : en
    }

    private var vocabulary: Vocabulary { book.vocabulary }

    public func liability(_ liability: Liability) -> String {
        Wording.liability(liability, language)
    }

    /// The whole answer; `explain` adds the trace of every rule that fired.
    public func render(_ decision: Decision, explain: Bool) -> String {
        var lines: [String] = []
        let caseName = decision.id.map { say("Sak \($0)", "Case \($0)") } ?? say("Sak", "Case")
        let ruleSet = book.ruleSet(decision.ruleSet)
        lines.append("\(caseName) — \(decision.ruleSet) (\(say("versjon", "version")) \(decision.ruleSetVersion))")
        if let ruleSet { lines.append("  \(ruleSet.title.text(language))") }
        if let baseline = decision.baseline {
            lines.append("  " + say("Grunnlag for det forslaget ikke dekker: \(baseline); avgjort etter: \(decision.decidedBy)",
                                    "Baseline for what the proposal does not cover: \(baseline); decided by: \(decision.decidedBy)"))
        }
        let assumed = decision.decisionDateAssumed ? say(" (antatt: dagens dato)", " (assumed: today)") : ""
        lines.append(say("Avgjørelsesdato: ", "Decision date: ") + decision.decisionDate.description + assumed)
        lines.append(say("Alder på gjerningstidspunktet: \(decision.ageAtOffence) år — ", "Age at the time of the act: \(decision.ageAtOffence) — ")
                     + Wording.ageTrack(decision.ageTrack, vocabulary, language))
        lines.append(say("Ansvar: ", "Liability: ") + liability(decision.liability))
        lines.append("")
        lines += summary(decision)
        lines.append("")

        if let recommended = decision.options.first(where: { $0.status == .recommended }) {
            lines.append(say("ANBEFALT", "RECOMMENDED"))
            lines += describe(recommended, detailed: true)
        } else {
            lines.append(say("ANBEFALT: ingen reaksjon for mindre narkotikalovbrudd", "RECOMMENDED: no minor-offence reaction applies"))
        }
        let available = decision.options.filter { $0.status == .available }
        if !available.isEmpty {
            lines.append("")
            lines.append(say("MULIGE", "AVAILABLE"))
            for option in available { lines += describe(option, detailed: true) }
        }
        let excluded = decision.options.filter { $0.status == .excluded }
        if !excluded.isEmpty {
            lines.append("")
            lines.append(say("UTELUKKET", "EXCLUDED"))
            for option in excluded { lines += describe(option, detailed: false) }
        }
        let notes = decision.notes.filter { !Decision.caveatNotes.contains($0.code) }
        if !notes.isEmpty {
            lines.append("")
            lines.append(say("MERKNADER", "NOTES"))
            for note in notes {
                lines.append("  • \(note.text.text(language)) \(sources(note.citations))")
            }
        }
        if explain {
            lines.append("")
            lines.append(say("FORKLARING (regler som slo til, i rekkefølge)", "EXPLANATION (rules that fired, in order)"))
            for (index, step) in decision.trace.enumerated() {
                lines.append("  \(index + 1). \(step.traceLine(language: language))")
            }
        }
        lines.append("")
        lines.append(say("KILDER", "SOURCES"))
        for id in citedIDs(decision, explain: explain) {
            guard let citation = book.citation(id) else { continue }
            // A public source is named by its title, issuer and date, and its public address where it
            // has one; never by a file of this project.
            let whereToRead = citation.url.map { " — \($0)" } ?? ""
            lines.append("  [\(id)] \(citation.title), \(citation.section) (\(citation.date))\(whereToRead)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The opening summary: rule set and why, recommendation, § 3, caveats.
    private func summary(_ decision: Decision) -> [String] {
        var lines = [say("KORT SVAR", "IN SHORT")]
        if let selection = decision.selection {
            lines.append("  " + say("Regelsett: ", "Rule set: ") + selection.text.text(language))
        }
        let recommended = decision.options.first { $0.status == .recommended }
        if let recommended {
            lines.append("  " + say("Anbefalt: ", "Recommended: ") + Wording.reaction(recommended.reaction, vocabulary, language)
                         + " (" + liability(decision.liability) + ")")
            if recommended.requires.contains(.limitCheck) {
                lines.append("  " + say("Forutsetter at mengden er innenfor en grense dette verktøyet ikke kjenner: kontroller grensen før reaksjonen brukes.",
                                        "Assumes the amount is within a limit this tool does not know: check the limit before the reaction is used."))
            }
        } else {
            lines.append("  " + say("Anbefalt: ingen reaksjon for mindre narkotikalovbrudd (", "Recommended: no minor-offence reaction (")
                         + liability(decision.liability) + ")")
        }
        if let other = decision.otherLaw {
            let reaction = other.recommended.map { Wording.reaction($0, vocabulary, language) } ?? say("ingen reaksjon", "no reaction")
            lines.append("  " + say("Etter straffeloven § 3 er også \(other.ruleSet) vurdert: ", "Under straffeloven § 3, \(other.ruleSet) was also weighed: ")
                         + liability(other.liability) + ", " + reaction + ".")
        }
        let caveats = decision.notes.filter { Decision.caveatNotes.contains($0.code) } + decision.warnings
        if caveats.isEmpty {
            lines.append("  " + say("Forbehold: ingen.", "Caveats: none."))
        } else {
            lines.append("  " + say("FORBEHOLD som kan endre svaret:", "CAVEATS that can change the answer:"))
            for caveat in caveats {
                lines.append("  ! [\(caveat.code)] \(caveat.text.text(language))" + (caveat.citations.isEmpty ? "" : " \(sources(caveat.citations))"))
            }
        }
        return lines
    }

    private func describe(_ option: Option, detailed: Bool) -> [String] {
        let name = Wording.reaction(option.reaction, vocabulary, language)
        guard detailed else {
            return ["  – \(name): \(option.reasons.map { $0.text(language) }.joined(separator: " ")) \(sources(option.citations))"]
        }
        var lines = ["  \(name)"]
        if option.reaction == .pataleunnlatelse || !option.conditions.isEmpty {
            lines.append("    " + say("vilkår: ", "conditions: ") + Wording.conditions(option.conditions, vocabulary, language))
        }
        let parties = option.requires.compactMap(\.party)
        if !parties.isEmpty {
            lines.append("    " + say("krever samtykke fra: ", "requires the consent of: ") + Wording.consentParties(parties, language))
        }
        if option.requires.contains(.limitCheck) {
            lines.append("    " + say("krever kontroll av mengdegrensen (grensen er ukjent for dette verktøyet)",
                                        "requires a check of the quantity limit (the limit is not known to this tool)"))
        }
        for reason in option.reasons {
            lines.append("    – \(reason.text(language))")
        }
        lines.append("    " + sources(option.citations))
        return lines
    }

    private func sources(_ ids: [String]) -> String {
        "[" + ids.joined(separator: ", ") + "]"
    }

    /// Every source the answer shows, in the order it first shows them.
    private func citedIDs(_ decision: Decision, explain: Bool) -> [String] {
        let all = decision.options.flatMap(\.citations) + decision.notes.flatMap(\.citations)
            + decision.warnings.flatMap(\.citations) + (explain ? decision.trace.flatMap(\.citations) : [])
        return DecisionDraft.unique(all)
    }

    /// An invalid case: each error with its code, pointer and message.
    /// An invalid case: each error in plain words with its fix, numbered; with `explain`, the
    /// code and JSON Pointer of each too.
    public func render(_ errors: CaseErrors, explain: Bool = false) -> String {
        var caseName = errors.id.map { say("Sak \($0)", "Case \($0)") } ?? say("Saken", "The case")
        if let location = errors.location {
            // People count from 1; the JSON's index counts from 0.
            let line = location.line.map { say(", linje \($0)", ", line \($0)") } ?? ""
            caseName += say(" (nr. \(location.index + 1) i inndataene\(line))", " (no. \(location.index + 1) in the input\(line))")
        }
        let count = errors.errors.count
        var lines = [caseName + say(" kan ikke vurderes før \(count == 1 ? "denne feilen" : "disse \(count) feilene") er rettet:",
                                    " cannot be assessed until \(count == 1 ? "this error is" : "these \(count) errors are") corrected:")]
        for (number, error) in errors.errors.enumerated() {
            lines.append("  \(number + 1). " + ErrorText.plain(error, language))
            if explain {
                let pointer = error.pointer.description.isEmpty ? "/" : error.pointer.description
                lines.append("     [\(error.code) \(pointer)] \(error.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
