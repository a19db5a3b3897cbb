/// The readable answer for a prosecutor. It opens with a short summary (docs/law.md §6, "caveats
/// come first"): the rule set and why it applies, the recommendation and what it requires, the
/// other law under straffeloven § 3, and every caveat that can change the answer (an unknown
/// limit, a statute whose in-force date is unknown, an interpretation or guideline that decides).
/// Then the recommended reaction in detail, the available ones, the excluded ones with why not,
/// the other notes and the sources cited.
public struct DecisionText: Sendable {
    /// The rule data the names and sources are read from.
    public let book: RuleBook
    /// The language the answer is written in.
    public let language: Language

    /// A renderer for `book`'s decisions in `language`.
    public init(book: RuleBook, language: Language) {
        self.book = book
        self.language = language
    }

    private func say(_ nb: String, _ en: String) -> String {
        language == .nb ? nb : en
    }

    private var vocabulary: Vocabulary { book.vocabulary }

    /// The liability outcome as a prosecutor writes it.
    public func liability(_ liability: Liability) -> String {
        Wording.liability(liability, language)
    }

    /// How much of the answer to show.
    public struct Detail: Sendable {
        /// The trace of every rule that fired, and each caveat's code (with everything
        /// `allSources` gives).
        public var explain = false
        /// Every source cited, not only those of the recommended and available options, the
        /// notes and the caveats, each with its date and address; and every reason, note and
        /// caveat in full rather than in brief.
        public var allSources = false
        /// The summary alone.
        public var short = false
        /// The columns to wrap at, words whole (a terminal's width; 80 for a file); nil leaves
        /// each line whole.
        public var width: Int? = nil

        /// How much to show; by default the usual answer, unwrapped.
        public init(explain: Bool = false, allSources: Bool = false, short: Bool = false, width: Int? = nil) {
            self.explain = explain
            self.allSources = allSources
            self.short = short
            self.width = width
        }

        /// Every source with its date and address: asked for, or with the trace.
        var fullSources: Bool { allSources || explain }
    }

    /// The whole answer; `explain` adds the trace of every rule that fired.
    public func render(_ decision: Decision, explain: Bool) -> String {
        render(decision, Detail(explain: explain))
    }

    /// The answer, one screen (40 lines at 80 columns) for a usual case: the summary first, with
    /// why the recommended option is recommended, then the available options, the excluded ones
    /// each with its reason in brief (the same reason once), the notes, and the sources of what
    /// it recommends and warns about in one paragraph; wrapped at `detail.width`.
    public func render(_ decision: Decision, _ detail: Detail) -> String {
        let text = unwrapped(decision, detail)
        return detail.width.map { TextWrap.block(text, width: $0) } ?? text
    }

    private func unwrapped(_ decision: Decision, _ detail: Detail) -> String {
        var lines: [String] = []
        let ruleSet = book.ruleSet(decision.ruleSet)
        // The rule set as a prosecutor names it; the case by its number where it has one. The
        // summary names the rule set and why it applies, so the heading does not repeat it unless
        // the trace is asked for or a baseline is to be named under it; without a heading, the
        // case's number opens the line saying what the case is about.
        let ruleSetName = (ruleSet?.name(language, capitalized: true) ?? decision.ruleSet) + " (\(say("versjon", "version")) \(decision.ruleSetVersion))"
        let caseName = decision.id.map { say("Sak \($0)", "Case \($0)") }
        let headed = decision.selection == nil || decision.baseline != nil || detail.explain
        let saysWhat = !decision.thresholdChecks.isEmpty || !decision.acts.isEmpty
        if headed {
            lines.append(caseName.map { $0 + " — " + ruleSetName } ?? ruleSetName)
        } else if let caseName, !saysWhat {
            lines.append(caseName)
        }
        if let ruleSet, detail.explain { lines.append("  \(ruleSet.title.text(language))") }
        if let baseline = decision.baseline {
            let name = { (id: String) in self.book.ruleSet(id)?.name(self.language, capitalized: true) ?? id }
            lines.append(
                "  "
                    + say(
                        "Grunnlag for det forslaget ikke dekker: \(name(baseline)); avgjort etter: \(name(decision.decidedBy))",
                        "Baseline for what the proposal does not cover: \(name(baseline)); decided by: \(name(decision.decidedBy))"))
        }
        if saysWhat {
            let opening = headed ? nil : caseName
            lines.append((opening ?? say("Saken", "The case")) + ": " + caseLine(decision))
        }
        let assumed = decision.decisionDateAssumed ? say(" (antatt: dagens dato)", " (assumed: today)") : ""
        lines.append(
            say("Avgjort ", "Decided ") + decision.decisionDate.written(language) + assumed
                + say("; \(decision.ageAtOffence) år på gjerningstidspunktet — ", "; aged \(decision.ageAtOffence) at the time of the act — ")
                + Wording.ageTrack(decision.ageTrack, vocabulary, language))
        // Ordinary prosecution is where the case goes, not a kind of liability; a recommended
        // reaction states the liability in the summary.
        let recommended = decision.options.first { $0.status == .recommended }
        if decision.liability == .ordinaryProsecution {
            lines.append(
                say(
                    "Utfall: ordinær straffeforfølgning (utenfor reglene for mindre narkotikalovbrudd)",
                    "Outcome: ordinary prosecution (outside the rules for minor drug offences)"))
        } else if recommended == nil {
            lines.append(say("Ansvar: ", "Liability: ") + liability(decision.liability))
        }
        lines.append("")
        lines += summary(decision, detail)
        if detail.short { return lines.joined(separator: "\n") + "\n" }

        let available = decision.options.filter { $0.status == .available }
        if !available.isEmpty {
            lines.append("")
            lines.append(say("MULIGE", "AVAILABLE"))
            for option in available { lines.append(describe(option, under: ruleSet, inFull: detail.fullSources)) }
        }
        let excluded = decision.options.filter { $0.status == .excluded }
        if !excluded.isEmpty {
            lines.append("")
            lines.append(say("UTELUKKET", "EXCLUDED"))
            lines += describeExcluded(excluded, under: ruleSet, inFull: detail.fullSources, withSources: detail.allSources)
        }
        let notes = decision.plainNotes
        if !notes.isEmpty {
            lines.append("")
            lines.append(say("MERKNADER", "NOTES"))
            for note in notes {
                let text = detail.fullSources ? note.fullText(language) : note.briefText(language)
                lines.append("  • \(text) \(sources(note.citations))")
            }
        }
        if detail.explain {
            lines.append("")
            lines.append(say("FORKLARING (regler som slo til, i rekkefølge)", "EXPLANATION (rules that fired, in order)"))
            for (index, step) in decision.trace.enumerated() {
                lines.append("  \(index + 1). \(step.traceLine(language: language))")
            }
        }
        lines.append("")
        // A public source is named by its title and section, with its date and public address where
        // every detail is asked for; never by a file of this project. The usual answer lists them
        // as one paragraph, to keep to one screen.
        let cited = citedIDs(decision, detail).compactMap { id in book.citation(id).map { (id, $0) } }
        if detail.fullSources {
            lines.append(say("KILDER", "SOURCES"))
            for (id, citation) in cited {
                let whereToRead = citation.url.map { " — \($0)" } ?? ""
                let date = Wording.sourceDate(citation.date, language)
                lines.append("  [\(id)] \(citation.title), \(citation.sectionWithTerms) (\(date))\(whereToRead)")
            }
        } else {
            lines.append(
                say("KILDER: ", "SOURCES: ") + citedInBrief(cited).joined(separator: "; ")
                    + say(" (i sin helhet: --alle-kilder)", " (in full: --all-sources)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "bruk og besittelse; cannabis 4,5 g": the case as read, in the names it was normalised to
    /// (the page of `rusctl serve` shows it too).
    func caseLine(_ decision: Decision) -> String {
        let acts = Wording.list(decision.acts.map { vocabulary.definition(of: $0).name.text(language) }, language)
        let substances = decision.substances.map { entry in
            let name = Wording.substance(entry.substance, vocabulary, language)
            guard let amount = entry.amount, let unit = entry.unit else { return name }
            return name + " " + Wording.amount(amount, unit, language)
        }
        return ([acts] + [Wording.list(substances, language)]).filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// The opening summary: rule set and why, recommendation (with its reasons unless short), § 3,
    /// caveats (in brief unless every detail is asked for).
    private func summary(_ decision: Decision, _ detail: Detail) -> [String] {
        var lines = [say("KORT SVAR", "IN SHORT")]
        if let selection = decision.selection {
            lines.append("  " + say("Regelsett: ", "Rule set: ") + selection.text.text(language))
        }
        let recommended = decision.options.first { $0.status == .recommended }
        if let recommended {
            // The conditions and the consent it needs, so that the summary alone can be acted on.
            let conditions = Wording.withConditions(recommended.conditions, vocabulary, language)
            lines.append(
                "  " + say("Anbefalt: ", "Recommended: ") + optionName(recommended, under: book.ruleSet(decision.ruleSet))
                    + conditions + " (" + liability(decision.liability) + ")")
            // Whose consent it needs and where that stands, said once (the reasons do not repeat it).
            let parties = recommended.requires.compactMap(\.party)
            if let consent = recommended.reasons.first(where: Consent.isConsentReason) {
                lines.append("  " + consent.text(language))
            } else if !parties.isEmpty {
                lines.append("  " + say("Krever samtykke fra ", "Requires the consent of ") + Wording.consentParties(parties, language) + ".")
            }
            // A limit to check, unless the caveat on the unknown limit says so below.
            if recommended.requires.contains(.limitCheck) && !decision.warnings.contains(where: { $0.code == "threshold-unknown" }) {
                lines.append(
                    "  "
                        + say(
                            "Forutsetter at mengden er innenfor en ukjent grense: kontroller grensen først.",
                            "Assumes the amount is within an unknown limit: check the limit first."))
            }
            if !detail.short {
                lines.append(
                    "  " + say("Begrunnelse: ", "Reasons: ")
                        + explanation(recommended, statingRequirements: false, inFull: true, omitsStated: !detail.fullSources))
            }
        } else {
            lines.append(
                "  " + say("Anbefalt: ingen reaksjon for mindre narkotikalovbrudd (", "Recommended: no minor-offence reaction (")
                    + liability(decision.liability) + ")")
        }
        if let other = decision.otherLaw {
            let otherRules = book.ruleSet(other.ruleSet)
            let reaction =
                other.recommended.map { Wording.reaction($0, vocabulary, language, under: otherRules) } ?? say("ingen reaksjon", "no reaction")
            let name = otherRules?.name(language, capitalized: true) ?? other.ruleSet
            lines.append(
                "  " + say("Også vurdert etter straffeloven § 3 — \(name): ", "Also weighed under straffeloven § 3 — \(name): ")
                    + liability(other.liability) + ", " + reaction + ".")
        }
        let caveats = decision.caveats
        if caveats.isEmpty {
            lines.append("  " + say("Forbehold: ingen.", "Caveats: none."))
        } else {
            lines.append("  " + say("FORBEHOLD som kan endre svaret:", "CAVEATS that can change the answer:"))
            for caveat in caveats {
                let code = detail.explain ? "[\(caveat.code)] " : ""
                let text = detail.fullSources ? caveat.fullText(language) : caveat.briefText(language)
                lines.append("  ! \(code)\(text)" + (caveat.citations.isEmpty ? "" : " \(sources(caveat.citations))"))
            }
        }
        return lines
    }

    /// The reaction's name, and for påtaleunnlatelse whether it has conditions: "påtaleunnlatelse
    /// uten vilkår (ubetinget)", as a prosecutor says it.
    private func optionName(_ option: Option, under ruleSet: RuleSet?) -> String {
        Wording.option(option, vocabulary, language, under: ruleSet)
    }

    /// An available option as one paragraph: its name and conditions, then why (in brief unless `inFull`).
    private func describe(_ option: Option, under ruleSet: RuleSet?, inFull: Bool) -> String {
        let conditions = Wording.withConditions(option.conditions, vocabulary, language)
        return "  " + optionName(option, under: ruleSet) + conditions + ": " + explanation(option, inFull: inFull, omitsStated: !inFull)
    }

    /// Why an option is open: whose consent it needs (unless a reason says so already, with where
    /// the consent stands), a limit to check, the reasons, and the sources closing them as a
    /// citation closes a sentence.
    /// `statingRequirements` false leaves out the consent and limit check (the summary states
    /// them); `inFull` false gives each reason in brief; `omitsStated` leaves out the reasons
    /// whose brief is empty (said by the summary already).
    private func explanation(_ option: Option, statingRequirements: Bool = true, inFull: Bool, omitsStated: Bool) -> String {
        var sentences: [String] = []
        let parties = option.requires.compactMap(\.party)
        if statingRequirements && !parties.isEmpty && !option.reasons.contains(where: Consent.isConsentReason) {
            sentences.append(say("Krever samtykke fra ", "Requires the consent of ") + Wording.consentParties(parties, language) + ".")
        }
        if statingRequirements && option.requires.contains(.limitCheck) {
            sentences.append(
                say(
                    "Krever kontroll av mengdegrensen (grensen er ukjent for dette verktøyet).",
                    "Requires a check of the quantity limit (the limit is not known to this tool)."))
        }
        let reasons = statingRequirements ? option.reasons : option.reasons.filter { !Consent.isConsentReason($0) }
        sentences += reasons.filter { !omitsStated || !$0.brief(language).isEmpty }.map { inFull ? $0.text(language) : $0.brief(language) }
        return (sentences + [sources(option.citations)]).joined(separator: " ")
    }

    /// One line per reason: options excluded for the same reason share it ("forelegg og
    /// ungdomsstraff: …"), so the same sentence is never repeated.
    /// Each reason in brief (``LocalizedText/brief(_:)``) unless `inFull`.
    private func describeExcluded(_ options: [Option], under ruleSet: RuleSet?, inFull: Bool, withSources: Bool) -> [String] {
        Option.groupedByReason(options, language, inFull: inFull).map { group in
            let names = group.options.map { Wording.reaction($0.reaction, vocabulary, language, under: ruleSet) }
            let citations = DecisionDraft.unique(group.options.flatMap(\.citations))
            return "  – \(Wording.list(names, language)): \(group.reason)" + (withSources ? " \(sources(citations))" : "")
        }
    }

    /// The sources as a lawyer cites them, in the order first cited: the sections of one statute
    /// together («[strpl-69, strpl-71a] straffeprosessloven § 69 og § 71 a»), and ids citing the
    /// same document together («[pod-2019, pod-2019-ruskontrakt] Politidirektoratets utredning
    /// (2019)»).
    private func citedInBrief(_ cited: [(String, Citation)]) -> [String] {
        var groups: [(ids: [String], name: String, sections: [String])] = []
        for (id, citation) in cited {
            let (name, section) = Begrunnelse.statuteSection(citation) ?? (Begrunnelse.legalReference(citation), nil)
            if let index = groups.firstIndex(where: { $0.name == name }) {
                groups[index].ids.append(id)
                if let section, !groups[index].sections.contains(section) { groups[index].sections.append(section) }
            } else {
                groups.append(([id], name, section.map { [$0] } ?? []))
            }
        }
        return groups.map { group in
            sources(group.ids) + " " + group.name + (group.sections.isEmpty ? "" : " " + Begrunnelse.sectionList(group.sections, language))
        }
    }

    private func sources(_ ids: [String]) -> String {
        "[" + ids.joined(separator: ", ") + "]"
    }

    /// The sources the answer lists, in the order it first shows them.
    private func citedIDs(_ decision: Decision, _ detail: Detail) -> [String] {
        let shown = decision.options.filter { detail.allSources || $0.status != .excluded }
        let all =
            shown.flatMap(\.citations) + decision.notes.flatMap(\.citations)
            + decision.warnings.flatMap(\.citations) + (detail.explain ? decision.trace.flatMap(\.citations) : [])
        return DecisionDraft.unique(all)
    }

    /// An invalid case: each error in plain words with its fix, numbered; with `explain`, the
    /// code and JSON Pointer of each too.
    public func render(_ errors: CaseErrors, explain: Bool = false, width: Int? = nil) -> String {
        var caseName = errors.id.map { say("Sak \($0)", "Case \($0)") } ?? say("Saken", "The case")
        if let location = errors.location {
            // People count from 1; the JSON's index counts from 0.
            let line = location.line.map { say(", linje \($0)", ", line \($0)") } ?? ""
            caseName += say(" (nr. \(location.index + 1) i inndataene\(line))", " (no. \(location.index + 1) in the input\(line))")
        }
        let count = errors.errors.count
        var lines = [
            caseName
                + say(
                    " kan ikke vurderes før \(count == 1 ? "denne feilen" : "disse \(count) feilene") er rettet:",
                    " cannot be assessed until \(count == 1 ? "this error is" : "these \(count) errors are") corrected:")
        ]
        for (number, error) in errors.errors.enumerated() {
            lines.append("  \(number + 1). " + ErrorText.plain(error, language))
            if explain {
                let pointer = error.pointer.description.isEmpty ? "/" : error.pointer.description
                lines.append("     [\(error.code) \(pointer)] \(error.message)")
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        return width.map { TextWrap.block(text, width: $0) } ?? text
    }
}

extension Option {
    /// `options` grouped by their reasons as written in `language` (each in brief unless
    /// `inFull`), in the order first given: the text answer and the page name reactions
    /// excluded for the same reason together, the reason once.
    static func groupedByReason(_ options: [Option], _ language: Language, inFull: Bool) -> [(reason: String, options: [Option])] {
        var groups: [(reason: String, options: [Option])] = []
        for option in options {
            let reason = option.reasons.map { inFull ? $0.text(language) : $0.brief(language) }.joined(separator: " ")
            if let index = groups.firstIndex(where: { $0.reason == reason }) {
                groups[index].options.append(option)
            } else {
                groups.append((reason, [option]))
            }
        }
        return groups
    }
}
