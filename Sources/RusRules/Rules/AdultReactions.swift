/// rules.md §5.2.3 — Ung-voksen and voksen, punishable: forelegg recommended; påtaleunnlatelse
/// available with prøvetid (and ruskontroll unless consent is refused); for ung-voksen with no
/// earlier drug reactions, a note that some districts use påtaleunnlatelse with drug testing for
/// suitable first-time offenders up to 25 (seed 000); oppfølging i konfliktråd available with consent.
enum AdultReactions {
    static let info = RuleInfo(
        id: "adult",
        section: "§5.2.3",
        summary: "Ung-voksen and voksen: forelegg recommended; påtaleunnlatelse with prøvetid and ruskontroll available; oppfølging i konfliktråd with consent; first-time note under 25.",
        citations: ["strpl-255", "ra-2014-2", "strpl-69", "strpl-71a", "pod-2019", "pod-2019-ruskontrakt"],
        excludes: ["ungdom"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let context = draft.context
        let person = context.person
        let vocabulary = context.vocabulary
        let testingConsent = vocabulary.condition(.ruskontroll).requires
        let mediationConsent = vocabulary.reaction(.oppfolgingIKonfliktrad).requires
        let conditions = AdvisoryUnitCondition.conditions(
            [.provetid] + (Consent.isRefused(testingConsent, for: person) ? [] : [.ruskontroll]), &draft)

        draft.fire(id, Wording.both { language in
            let track = Wording.ageTrack(context.ageTrack, vocabulary, language)
            return language == .nb
                ? "\(track), tidligere narkotikareaksjoner: \(person.priorDrugReactions) → forelegg"
                : "\(track), earlier drug reactions: \(person.priorDrugReactions) → fine notice"
        }, citations: ["strpl-255", "ra-2014-2"])
        draft.set(.forelegg, .recommended, by: id, reason: LocalizedText(
            nb: "For voksne er forelegg den vanlige reaksjonen for bruk og besittelse til eget bruk.",
            en: "For adults, a fine notice is the usual reaction for own-use use and possession."),
            citations: ["strpl-255", "ra-2014-2"])
        draft.set(.pataleunnlatelse, .available, by: id, conditions: conditions, reason: LocalizedText(
            nb: "Påtaleunnlatelse med prøvetid og individuelle vilkår kan brukes, særlig der målet er å forebygge videre rusbruk.",
            en: "A waiver with a probation period and individual conditions can be used, especially to prevent further drug use."),
            citations: ["strpl-69", "ra-2014-2"])
        draft.addReason(
            conditions.contains(.ruskontroll)
                ? Consent.reason(testingConsent, for: person)
                : Wording.both { language in
                    (language == .nb ? "Vilkår om ruskontroll foreslås ikke: " : "No drug testing is proposed: ")
                        + Consent.reason(testingConsent, for: person).text(language)
                },
            to: .pataleunnlatelse)
        if Consent.isRefused(mediationConsent, for: person) {
            draft.set(.oppfolgingIKonfliktrad, .excluded, by: id, reason: Consent.reason(mediationConsent, for: person),
                      citations: ["strpl-71a"])
        } else {
            draft.set(.oppfolgingIKonfliktrad, .available, by: id, reason: Consent.reason(mediationConsent, for: person),
                      citations: ["strpl-71a", "pod-2019"])
        }
        draft.set(.ungdomsoppfolging, .excluded, by: id, reason: Wording.both { language in
            language == .nb
                ? "Ungdomsoppfølging gjelder bare personer som var 15–17 år på gjerningstidspunktet; personen var \(person.ageAtOffence)."
                : "Ungdomsoppfølging applies only to persons aged 15–17 at the time of the act; the person was \(person.ageAtOffence)."
        },
            citations: ["strpl-71a"])
        if context.ageTrack == .ungVoksen && person.priorDrugReactions == 0 {
            draft.note("first-time-under-25", LocalizedText(
                nb: "Enkelte politidistrikter tilbyr påtaleunnlatelse med ruskontroll til egnede førstegangslovbrytere opp til 25 år.",
                en: "Some police districts offer a waiver with drug testing to suitable first-time offenders up to 25."),
                citations: ["pod-2019-ruskontrakt"])
        }
    }
}
