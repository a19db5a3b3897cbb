/// docs/law.md §5.3 — hr-2022, dependent users. Applies when `dependent` is `true` or `"doubtful"`
/// (doubt counts in the suspect's favour, RA 13.05.2022), from 15, in a rule set with a
/// `dependent-user` table:
/// - every substance within its limit: påtaleunnlatelse without conditions (RA 13.05.2022: such
///   cases are not brought to court); straffutmålingsfrafall available (straffeloven § 61;
///   HR-2022-731-A avsnitt 70) if the case reaches a court;
/// - a substance above its limit: ordinary prosecution, with the note that a conditional sentence
///   is the starting point where the limit is only modestly exceeded (HR-2022-732-A/-733-A);
/// - otherwise a substance without a known limit (e.g. 1 g methamphetamine): the rule applies as
///   within, as an unknown limit is read everywhere (§4) — påtaleunnlatelse without conditions,
///   requiring `limit-check`, with the `threshold-unknown` warning and an *interpretation* note
///   (the letter of 13 May 2022 gives guideline values for some substances only). An unknown
///   value never makes a dependent user's answer harsher than a known one not exceeded (§6).
/// Reading: "above" is checked before "unknown", so a known limit that is exceeded decides even
/// when another substance's limit is unknown.
enum DependentUser: DecidingRule {
    static let info = RuleInfo(
        id: "dependent-user",
        section: "§5.3",
        name: LocalizedText(nb: "rusavhengige", en: "dependent users"),
        role: .reaction,
        summary:
            "Dependent (or doubtful) users within the dependent-user limits: påtaleunnlatelse without conditions, straffutmålingsfrafall available; above: ordinary prosecution; an unknown limit is read as within, the waiver requiring a limit check.",
        citations: ["hr-2022-731-a", "hr-2022-732-a", "hr-2022-733-a", "ra-2022-05-13", "strl-61", "strpl-69"],
        reading:
            "A known limit exceeded decides before an unknown one; forelegg, ungdomsoppfølging and konfliktråd are excluded within the limit (RA 13.05.2022).",
        reads: RuleSet.dependentUserTable)
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        guard facts.countsAsDependent, let verdict = facts.verdict(.dependentUser) else { return nil }
        switch verdict {
        case .within, .unknown: return Outcome(liability: .punishable, recommended: .pataleunnlatelse)
        case .above: return Outcome(liability: .ordinaryProsecution, recommended: nil)
        }
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        let context = draft.context
        guard context.person.dependent.countsAsDependent, let assessment = context.assessment(.dependentUser) else { return }
        let vocabulary = context.vocabulary
        draft.record(assessment)
        if context.person.dependent == .doubtful {
            draft.note("doubtful-dependency", Message.doubtCountsInFavour)
        }
        switch assessment.verdict {
        case .above:
            if isCarriedOver(context) {
                draft.warn("interpretation", Message.carriedOver(context.ruleSet))
            }
            let above = assessment.above
            ThresholdHonesty.flag(assessment, only: above, &draft)
            let found = Wording.both { assessment.describe(above, vocabulary: vocabulary, language: $0) }
            draft.fire(id, Message.above(found, citations: assessment.citations(above)))
            draft.note("conditional-sentence-starting-point", Message.conditionalSentenceStartingPoint)
            draft.excludeRest(by: id, Message.ordinaryProsecution(found, citations: assessment.citations(above)))
        case .within, .unknown:
            ThresholdHonesty.flag(assessment, &draft, unknownMeans: Message.readAsWithin)
            if assessment.verdict == .unknown {
                let unknown = Wording.both { assessment.describe(assessment.unknown, vocabulary: vocabulary, language: $0) }
                draft.warn("interpretation", Message.noGuidelineValue(unknown))
                draft.pendingLimitCheck = Quantity.Message.checkTheLimit(unknown)
            }
            let dependent = context.person.dependent
            let found = Wording.both { assessment.describe(assessment.items, vocabulary: vocabulary, language: $0) }
            draft.fire(id, Message.within(dependent, found, citations: assessment.citations(assessment.items)))
            draft.set(.pataleunnlatelse, .recommended, by: id, conditions: [], Message.waiverWithoutConditions)
            draft.set(.straffutmalingsfrafall, .available, by: id, Message.guiltWithoutPenaltyInCourt)
            if isCarriedOver(context) {
                draft.warn("interpretation", Message.carriedOver(context.ruleSet))
            }
            let useOnlyBeyondHR = assessment.items.filter { $0.amount == nil && $0.threshold?.provenance != .verified }
            if !useOnlyBeyondHR.isEmpty {
                let names = Wording.both { language in
                    Wording.list(useOnlyBeyondHR.map { Wording.substance($0.substance, vocabulary, language) }, language)
                }
                draft.warn("interpretation", Message.useOnlyBeyondHR(names))
            }
            for reaction in [Reaction.forelegg, .forenkletForelegg, .ungdomsoppfolging, .oppfolgingIKonfliktrad] {
                draft.set(reaction, .excluded, by: id, Message.nothingButTheWaiver)
            }
        }
    }
}

extension DependentUser {
    /// Whether a statute carries over the practice's rule (a statute has no dependent-user rule
    /// of its own: docs/law.md §5.5.3); false under the practice itself and under proposals.
    private static func isCarriedOver(_ context: EvaluationContext) -> Bool {
        guard context.ruleSet.kind == .statute, let table = context.table(.dependentUser) else { return false }
        return table.definedBy != context.ruleSet.id
    }
}

// MARK: - Messages

extension DependentUser {
    enum Message {
        /// Named as a lawyer names them, for a «begrunnelse» pasted into a decision: never by id.
        static func carriedOver(_ statute: RuleSet) -> RuleMessage {
            RuleMessage(citations: ["hr-2022-731-a", "ra-2022-05-13", "lov-2025-06-20-83"]) { language in
                language == .nb
                    ? "\(statute.name(.nb, capitalized: true)) har ingen regel for rusavhengige; praksis etter HR-2022-731-A og Riksadvokatens brev 13. mai 2022 er lagt til grunn uendret. Dette er en tolkning."
                    : "\(statute.name(.en, capitalized: true)) has no rule for dependent users; the practice under HR-2022-731-A and the Director of Public Prosecutions' letter of 13 May 2022 is applied unchanged. This is an interpretation."
            }
        }

        static func useOnlyBeyondHR(_ names: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["hr-2022-731-a"]) { language in
                language == .nb
                    ? "Bare bruk av \(names.nb): HR-2022-731-A gjelder heroin, kokain og amfetamin («Det samme gjelder selve bruken av stoffene»); at regelen for rusavhengige også dekker bruk av dette stoffet, er en tolkning."
                    : "Use only of \(names.en): HR-2022-731-A concerns heroin, cocaine and amphetamine («Det samme gjelder selve bruken av stoffene»); that the dependent-user rule also covers use of this substance is an interpretation."
            }
        }

        static let doubtCountsInFavour = RuleMessage(
            nb: "Det er tvil om personen er rusavhengig; tvilen kommer den siktede til gode.",
            en: "It is doubtful whether the person is drug-dependent; the doubt counts in the suspect's favour.",
            citations: ["ra-2022-05-13"])

        static func above(_ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                (language == .nb ? "rusavhengig, over grensen: " : "dependent, above the limit: ") + found.text(language)
                    + (language == .nb ? " → ordinær straffeforfølgning" : " → ordinary prosecution")
            }
        }

        static let conditionalSentenceStartingPoint = RuleMessage(
            nb: "Er grensen bare moderat overskredet, er betinget dom utgangspunktet.",
            en: "Where the limit is only modestly exceeded, a conditional sentence is the starting point.",
            citations: ["hr-2022-732-a", "hr-2022-733-a"])

        static func ordinaryProsecution(_ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations + ["hr-2022-732-a", "hr-2022-733-a"]) { language in
                language == .nb
                    ? "Rusavhengig, men over grensen for straffutmålingsfrafall (\(found.nb)): ordinær straffeforfølgning."
                    : "Dependent, but above the limit for guilt without penalty (\(found.en)): ordinary prosecution."
            }
        }

        static let readAsWithin = LocalizedText(
            nb: "lest som innenfor grensen, slik en ukjent grense leses ellers; kontroller mengden konkret før påtaleunnlatelsen brukes.",
            en: "read as within the limit, as an unknown limit is read elsewhere; assess the amount concretely before the waiver is used.")

        static func noGuidelineValue(_ found: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["ra-2022-05-13", "hr-2022-731-a"]) { language in
                language == .nb
                    ? "Riksadvokatens brev 13. mai 2022 gir veiledende mengder bare for noen stoffer; for \(found.nb) må mengden vurderes konkret. At regelen for rusavhengige likevel legges til grunn, er en tolkning: en ukjent grense skal ikke gi et strengere svar enn en kjent grense som ikke er overskredet."
                    : "The Director of Public Prosecutions' letter of 13 May 2022 gives guideline amounts for some substances only; for \(found.en) the amount must be assessed concretely. That the dependent-user rule is applied all the same is an interpretation: an unknown limit must not give a harsher answer than a known limit that is not exceeded."
            }
        }

        static func within(_ dependent: Dependency, _ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations + ["ra-2022-05-13"]) { language in
                (language == .nb
                    ? "rusavhengig (\(Wording.dependency(dependent, .nb))), innenfor grensen: "
                    : "dependent (\(Wording.dependency(dependent, .en))), within the limit: ")
                    + found.text(language)
                    + (language == .nb ? " → påtaleunnlatelse uten vilkår" : " → waiver without conditions")
            }
        }

        static let waiverWithoutConditions = RuleMessage(
            nb:
                "Rusavhengiges befatning med narkotika til eget bruk innenfor grensen møtes med påtaleunnlatelse uten vilkår; sakene bringes ikke inn for retten.",
            en:
                "Where a dependent user acquires, holds or uses drugs for own use within the limit, the reaction is a waiver without conditions; such cases are not brought to court.",
            citations: ["ra-2022-05-13", "strpl-69"])

        static let guiltWithoutPenaltyInCourt = RuleMessage(
            nb: "Kommer saken for retten, skal den i alminnelighet føre til straffutmålingsfrafall.",
            en: "If the case reaches a court, it shall as a rule lead to guilt without penalty.",
            citations: ["strl-61", "hr-2022-731-a"])

        static let nothingButTheWaiver = RuleMessage(
            nb: "For rusavhengige innenfor grensen er reaksjonen påtaleunnlatelse uten vilkår; reaksjoner med vilkår, oppfølging eller bot foreslås ikke.",
            en:
                "For dependent users within the limit the reaction is a waiver without conditions; reactions with conditions, follow-up or a fine are not proposed.",
            citations: ["ra-2022-05-13"])
    }
}
