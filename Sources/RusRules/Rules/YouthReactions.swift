/// rules.md §5.2.2 — Ungdom (15–17), punishable:
/// - no earlier drug reactions: påtaleunnlatelse with prøvetid and ruskontrakt (RA 2/2014: «Særlig
///   for ungdom mellom 15 og 18 år bør slike reaksjoner anvendes fremfor bot», seed 000);
/// - earlier drug reactions: ungdomsoppfølging recommended — an *interpretation* (close follow-up
///   where it can prevent new crime, seed 000), flagged as such — with påtaleunnlatelse available;
/// - ungdomsoppfølging and ruskontrakt need the youth's and the guardian's consent (see Consent);
///   a refusal leaves påtaleunnlatelse with prøvetid alone;
/// - forelegg available as a last resort (seed 000: «Straff i form av bøter er siste utvei»).
/// Reading: ungdomsoppfølging is also *available* to first-time offenders, as seed 000 says it can
/// be given for «en eller flere kriminelle handlinger»; rules.md names it only for repeat cases.
enum YouthReactions {
    static let info = RuleInfo(
        id: "ungdom",
        section: "§5.2.2",
        summary: "Youths 15–17: påtaleunnlatelse with prøvetid and ruskontrakt, or ungdomsoppfølging after earlier drug reactions; consent of youth and guardian; forelegg as a last resort.",
        citations: ["ra-2014-2", "pod-2019", "strpl-69", "strpl-71a", "pod-2019-ungdomsoppfolging"],
        excludes: ["adult"],
        reading: "Ungdomsoppfølging is available to first-time youths too (seed 000), recommended only after earlier drug reactions (flagged as an interpretation).")
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let context = draft.context
        let person = context.person
        let vocabulary = context.vocabulary
        let followUpConsent = vocabulary.reaction(.ungdomsoppfolging).requires
        let contractConsent = vocabulary.condition(.ruskontrakt).requires
        let conditions = AdvisoryUnitCondition.conditions(
            [.provetid] + (Consent.isRefused(contractConsent, for: person) ? [] : [.ruskontrakt]), &draft)
        let followUpRefused = Consent.isRefused(followUpConsent, for: person)
        let repeatOffender = person.priorDrugReactions >= 1

        draft.fire(id, Wording.both { language in
            let priors = language == .nb
                ? "tidligere narkotikareaksjoner: \(person.priorDrugReactions)"
                : "earlier drug reactions: \(person.priorDrugReactions)"
            let consent = "consent=\(person.consent.map(String.init) ?? "—"), guardianConsent=\(person.guardianConsent.map(String.init) ?? "—")"
            return "\(priors); \(consent)"
        }, citations: ["ra-2014-2", "pod-2019"])

        let waiverReason = LocalizedText(
            nb: "For ungdom mellom 15 og 18 år bør påtaleunnlatelse med prøvetid brukes fremfor bot (Riksadvokatens rundskriv 2/2014).",
            en: "For youths between 15 and 18, a waiver with a probation period should be used rather than a fine (circular 2/2014).")
        if repeatOffender && !followUpRefused {
            draft.set(.ungdomsoppfolging, .recommended, by: id, reason: LocalizedText(
                nb: "Tidligere narkotikareaksjoner: tett oppfølging i ungdomsoppfølging kan forebygge ny kriminalitet.",
                en: "Earlier drug reactions: close follow-up through ungdomsoppfølging can prevent new crime."),
                citations: ["strpl-71a", "pod-2019-ungdomsoppfolging"])
            draft.warn("interpretation", LocalizedText(
                nb: "Anbefalingen av ungdomsoppfølging ved tidligere narkotikareaksjoner er en tolkning av Politidirektoratets beskrivelse (seed 000), ikke en uttrykkelig regel.",
                en: "Recommending ungdomsoppfølging after earlier drug reactions is an interpretation of the Police Directorate's description (seed 000), not an explicit rule."),
                citations: ["pod-2019-ungdomsoppfolging"])
            draft.set(.pataleunnlatelse, .available, by: id, conditions: conditions, reason: waiverReason,
                      citations: ["strpl-69", "ra-2014-2"])
        } else {
            draft.set(.pataleunnlatelse, .recommended, by: id, conditions: conditions, reason: waiverReason,
                      citations: ["strpl-69", "ra-2014-2"])
            if followUpRefused {
                draft.set(.ungdomsoppfolging, .excluded, by: id, reason: Consent.reason(followUpConsent, for: person),
                          citations: ["strpl-71a"])
            } else {
                draft.set(.ungdomsoppfolging, .available, by: id, reason: LocalizedText(
                    nb: "Kan ilegges unge lovbrytere for en eller flere kriminelle handlinger der tett oppfølging kan forebygge ny kriminalitet.",
                    en: "Can be given to young offenders for one or more offences where close follow-up can prevent new crime."),
                    citations: ["strpl-71a", "pod-2019-ungdomsoppfolging"])
            }
        }
        if draft.status(of: .ungdomsoppfolging) != .excluded {
            draft.addReason(Consent.reason(followUpConsent, for: person), to: .ungdomsoppfolging)
        }
        if conditions.contains(.ruskontrakt) {
            draft.addReason(Consent.reason(contractConsent, for: person), to: .pataleunnlatelse)
        } else {
            draft.addReason(Wording.both { language in
                (language == .nb ? "Vilkår om ruskontrakt foreslås ikke: " : "No drug-testing contract is proposed: ")
                    + Consent.reason(contractConsent, for: person).text(language)
            }, to: .pataleunnlatelse)
        }
        draft.set(.forelegg, .available, by: id, reason: LocalizedText(
            nb: "Forelegg er mulig, men for ungdom er bot siste utvei.",
            en: "A fine notice is possible, but for youths a fine is the last resort."),
            citations: ["ra-2014-2", "pod-2019"])
        draft.set(.oppfolgingIKonfliktrad, .excluded, by: id, reason: LocalizedText(
            nb: "For 15–17-åringer går oppfølging gjennom konfliktrådet som ungdomsoppfølging.",
            en: "For 15–17-year-olds, follow-up through the mediation service takes the form of ungdomsoppfølging."),
            citations: ["strpl-71a"])
    }
}
