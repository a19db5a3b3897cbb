/// The readable answer for a prosecutor: the recommended reaction first, then the available
/// ones, the excluded ones with why not, notes, warnings and the sources cited.
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
        if !decision.notes.isEmpty {
            lines.append("")
            lines.append(say("MERKNADER", "NOTES"))
            for note in decision.notes {
                lines.append("  • \(note.text.text(language)) \(sources(note.citations))")
            }
        }
        if !decision.warnings.isEmpty {
            lines.append("")
            lines.append(say("ADVARSLER", "WARNINGS"))
            for warning in decision.warnings {
                lines.append("  ! [\(warning.code)] \(warning.text.text(language))" + (warning.citations.isEmpty ? "" : " \(sources(warning.citations))"))
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
    public func render(_ errors: CaseErrors) -> String {
        let caseName = errors.id.map { say("Sak \($0)", "Case \($0)") } ?? say("Sak", "Case")
        var lines = [caseName + say(": ugyldig (\(errors.errors.count) feil)", ": invalid (\(errors.errors.count) error\(errors.errors.count == 1 ? "" : "s"))")]
        for error in errors.errors {
            let pointer = error.pointer.description.isEmpty ? "/" : error.pointer.description
            lines.append("  \(error.code) at \(pointer): \(error.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
