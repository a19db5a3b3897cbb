/// rules.md §5.3 — hr-2022, dependent users. Applies when `dependent` is `true` or `"doubtful"`
/// (doubt counts in the suspect's favour, RA 13.05.2022), from 15, in a rule set with a
/// `dependent-user` table:
/// - every substance within its limit: påtaleunnlatelse without conditions (RA 13.05.2022: such
///   cases are not brought to court); straffutmålingsfrafall available (straffeloven § 61;
///   HR-2022-731-A avsnitt 70) if the case reaches a court;
/// - a substance above its limit: ordinary prosecution, with the note that a conditional sentence
///   is the starting point where the limit is only modestly exceeded (HR-2022-732-A/-733-A);
/// - otherwise a substance without a known limit: the rule is not applied automatically; the case
///   is evaluated as non-dependent and straffutmålingsfrafall is listed as available with a
///   `threshold-unknown` warning.
/// Reading: "above" is checked before "unknown", so a known limit that is exceeded decides even
/// when another substance's limit is unknown.
enum DependentUser {
    static let info = RuleInfo(
        id: "dependent-user",
        section: "§5.3",
        summary: "Dependent (or doubtful) users within the dependent-user limits: påtaleunnlatelse without conditions, straffutmålingsfrafall available; above: ordinary prosecution; unknown limit: evaluated as non-dependent.",
        citations: ["hr-2022-731-a", "hr-2022-732-a", "hr-2022-733-a", "ra-2022-05-13", "strl-61", "strpl-69"],
        reading: "A known limit exceeded decides before an unknown one; forelegg, ungdomsoppfølging and konfliktråd are excluded within the limit (RA 13.05.2022).")
    static var id: String { info.id }

    enum Outcome {
        case within, above, unknown
    }

    static func applies(_ context: EvaluationContext) -> Bool {
        context.person.dependent.countsAsDependent && context.practice.thresholds[RuleSet.dependentUserTable] != nil
    }

    static func apply(_ draft: inout DecisionDraft) -> Outcome {
        let context = draft.context
        let vocabulary = context.vocabulary
        let assessment = QuantityAssessment(case: context.case, table: context.practice.thresholds[RuleSet.dependentUserTable]!,
                                            vocabulary: vocabulary)
        draft.record(assessment)
        if context.person.dependent == .doubtful {
            draft.note("doubtful-dependency", LocalizedText(
                nb: "Det er tvil om personen er rusavhengig; tvilen kommer den siktede til gode.",
                en: "It is doubtful whether the person is drug-dependent; the doubt counts in the suspect's favour."),
                citations: ["ra-2022-05-13"])
        }
        let above = assessment.above
        if !above.isEmpty {
            ThresholdHonesty.flag(assessment, &draft, unknownMeans: LocalizedText(
                nb: "en kjent grense er overskredet uansett.", en: "a known limit is exceeded regardless."))
            let found = Wording.both { assessment.describe(above, vocabulary: vocabulary, language: $0) }
            draft.liability = .ordinaryProsecution
            draft.fire(id, Wording.both { language in
                (language == .nb ? "rusavhengig, over grensen: " : "dependent, above the limit: ") + found.text(language)
                    + (language == .nb ? " → ordinær straffeforfølgning" : " → ordinary prosecution")
            }, citations: assessment.citations(above))
            draft.note("conditional-sentence-starting-point", LocalizedText(
                nb: "Er grensen bare moderat overskredet, er betinget dom utgangspunktet.",
                en: "Where the limit is only modestly exceeded, a conditional sentence is the starting point."),
                citations: ["hr-2022-732-a", "hr-2022-733-a"])
            draft.excludeRest(by: id, reason: Wording.both { language in
                language == .nb
                    ? "Rusavhengig, men over grensen for straffutmålingsfrafall (\(found.nb)): ordinær straffeforfølgning."
                    : "Dependent, but above the limit for guilt without penalty (\(found.en)): ordinary prosecution."
            }, citations: assessment.citations(above) + ["hr-2022-732-a", "hr-2022-733-a"])
            return .above
        }
        if !assessment.unknown.isEmpty {
            ThresholdHonesty.flag(assessment, &draft, unknownMeans: LocalizedText(
                nb: "regelen for rusavhengige brukes ikke automatisk; saken vurderes som for ikke-avhengige, og straffutmålingsfrafall står åpent for retten.",
                en: "the dependent-user rule is not applied automatically; the case is evaluated as for non-dependent users, and guilt without penalty remains open to the court."))
            let found = Wording.both { assessment.describe(assessment.unknown, vocabulary: vocabulary, language: $0) }
            draft.fire(id, Wording.both { language in
                (language == .nb ? "rusavhengig, ukjent grense: " : "dependent, unknown limit: ") + found.text(language)
                    + (language == .nb ? " → vurderes som ikke-avhengig" : " → evaluated as non-dependent")
            }, citations: assessment.citations(assessment.unknown))
            draft.set(.straffutmalingsfrafall, .available, by: id, reason: Wording.both { language in
                language == .nb
                    ? "Ingen kjent retningslinjegrense for \(found.nb); retten kan likevel vurdere straffutmålingsfrafall for en rusavhengig."
                    : "No known guideline limit for \(found.en); a court can still consider guilt without penalty for a dependent user."
            }, citations: ["strl-61", "hr-2022-731-a"])
            return .unknown
        }
        ThresholdHonesty.flag(assessment, &draft, unknownMeans: LocalizedText(nb: "", en: ""))
        draft.fire(id, Wording.both { language in
            (language == .nb ? "rusavhengig (\(context.person.dependent.rawValue)), innenfor grensen: " : "dependent (\(context.person.dependent.rawValue)), within the limit: ")
                + assessment.describe(assessment.items, vocabulary: vocabulary, language: language)
                + (language == .nb ? " → påtaleunnlatelse uten vilkår" : " → waiver without conditions")
        }, citations: assessment.citations(assessment.items) + ["ra-2022-05-13"])
        draft.set(.pataleunnlatelse, .recommended, by: id, conditions: [], reason: LocalizedText(
            nb: "Rusavhengiges befatning til eget bruk innenfor grensen møtes med påtaleunnlatelse uten vilkår; sakene bringes ikke inn for retten.",
            en: "Dependent users' own-use possession within the limit is met with a waiver without conditions; such cases are not brought to court."),
            citations: ["ra-2022-05-13", "strpl-69"])
        draft.set(.straffutmalingsfrafall, .available, by: id, reason: LocalizedText(
            nb: "Kommer saken for retten, skal den i alminnelighet føre til straffutmålingsfrafall.",
            en: "If the case reaches a court, it shall as a rule lead to guilt without penalty."),
            citations: ["strl-61", "hr-2022-731-a"])
        let guideline = LocalizedText(
            nb: "For rusavhengige innenfor grensen er reaksjonen påtaleunnlatelse uten vilkår; reaksjoner med vilkår, oppfølging eller bot foreslås ikke.",
            en: "For dependent users within the limit the reaction is a waiver without conditions; reactions with conditions, follow-up or a fine are not proposed.")
        for reaction in [Reaction.forelegg, .ungdomsoppfolging, .oppfolgingIKonfliktrad] {
            draft.set(reaction, .excluded, by: id, reason: guideline, citations: ["ra-2022-05-13"])
        }
        return .within
    }

    static let frafallExcludedInfo = RuleInfo(
        id: "frafall-not-dependent", section: "§5.3",
        summary: "Straffutmålingsfrafall is excluded for users not given as dependent, and under a practice without the dependent-user rule.",
        citations: ["hr-2022-731-a", "ra-2022-05-13"])

    /// Why straffutmålingsfrafall is not open to a non-dependent user, or under a rule set without it.
    static func excludeFrafall(_ draft: inout DecisionDraft) {
        let id = frafallExcludedInfo.id
        guard draft.status(of: .straffutmalingsfrafall) == nil else { return }
        if draft.context.practice.thresholds[RuleSet.dependentUserTable] == nil {
            let practice = draft.context.practice.id
            draft.set(.straffutmalingsfrafall, .excluded, by: id, reason: Wording.both { language in
                language == .nb
                    ? "Praksisen for rusavhengige (HR-2022-731-A, 8. april 2022) er ikke en del av \(practice)."
                    : "The dependent-user practice (HR-2022-731-A, 8 April 2022) is not part of \(practice)."
            }, citations: ["hr-2022-731-a"])
        } else {
            draft.set(.straffutmalingsfrafall, .excluded, by: id, reason: LocalizedText(
                nb: "Straffutmålingsfrafall etter HR-2022-731-A gjelder rusavhengige; personen er ikke oppgitt som rusavhengig.",
                en: "Guilt without penalty under HR-2022-731-A is for dependent users; the person is not given as dependent."),
                citations: ["hr-2022-731-a", "ra-2022-05-13"])
        }
    }
}
