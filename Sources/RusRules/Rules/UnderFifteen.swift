/// rules.md §5.1.1 — Under 15 at the act there is no criminal liability (straffeloven § 20).
/// Recommended: bekymringssamtale (politiloven § 13). The guardian must be told, a report to the
/// child welfare service must always be considered (barnevernsloven § 13-2), and where the concern
/// is drug use alone, referral to municipal help should be considered instead (seed 002 §4.2).
enum UnderFifteen {
    static let info = RuleInfo(
        id: "under-15",
        section: "§5.1.1",
        summary: "Under 15: not criminally liable; bekymringssamtale recommended; guardian, child welfare and municipal help notes. From 15, bekymringssamtale is excluded.",
        citations: ["strl-20", "pl-13", "pod-2023", "bvl-13-2"],
        excludes: ["not-own-use", "quantity", "dependent-user", "ungdom", "adult", "proposal-tier", "offence-frame", "politiattest-under-18", "ungdomsstraff", "use-only", "other-offences"])
    static var id: String { info.id }

    static func applies(_ context: EvaluationContext) -> Bool {
        context.ageTrack == .barn
    }

    static func apply(_ draft: inout DecisionDraft) {
        let age = draft.context.person.ageAtOffence
        draft.liability = .notCriminallyLiable
        draft.fire(id, Wording.both {
            $0 == .nb
                ? "\(age) år på gjerningstidspunktet: under den strafferettslige lavalderen → bekymringssamtale"
                : "\(age) at the time of the act: below the age of criminal responsibility → concern talk"
        }, citations: ["strl-20", "pl-13"])
        draft.set(.bekymringssamtale, .recommended, by: id, reason: LocalizedText(
            nb: "Barn under 15 år kan ikke straffes; politiet kan pålegge barnet og foresatte å møte til bekymringssamtale for å forebygge nye lovbrudd.",
            en: "A child under 15 cannot be punished; the police can order the child and the guardians to a concern talk to prevent further offences."),
            citations: ["pl-13", "pod-2023"])
        draft.excludeRest(by: id, reason: Wording.both { language in
            language == .nb
                ? "Under 15 år på gjerningstidspunktet (\(age) år): ikke strafferettslig ansvarlig, så ingen straffereaksjon kan brukes."
                : "Under 15 at the time of the act (age \(age)): not criminally liable, so no criminal reaction can be used."
        },
            citations: ["strl-20"])
        draft.note("guardian-notified", LocalizedText(
            nb: "Verge skal varsles og orienteres om bekymringen, med mindre barnets beste taler mot det.",
            en: "The guardian must be told of the concern unless the child's best interests speak against it."),
            citations: ["pl-13", "pod-2023"])
        draft.note("child-welfare-report", LocalizedText(
            nb: "Melding til barneverntjenesten skal alltid vurderes.",
            en: "A report to the child welfare service must always be considered."),
            citations: ["bvl-13-2", "pod-2023"])
        draft.note("municipal-help", LocalizedText(
            nb: "Gjelder bekymringen bare rusbruk, bør det vurderes å formidle kontakt med kommunale hjelpetiltak i stedet for bekymringssamtale.",
            en: "Where the concern is drug use alone, consider referral to municipal help instead of a concern talk."),
            citations: ["pod-2023"])
    }

    static let fromFifteenInfo = RuleInfo(
        id: "bekymringssamtale-from-15", section: "§5.1.1",
        summary: "From 15 the person is criminally liable and the concern talk (a tool for children) is excluded.",
        citations: ["pl-13", "strl-20"], excludes: ["under-15"])

    /// From 15 the concern talk is no longer the reaction: it is a tool for children.
    static func excludeFromFifteen(_ draft: inout DecisionDraft) {
        let age = draft.context.person.ageAtOffence
        draft.set(.bekymringssamtale, .excluded, by: fromFifteenInfo.id, reason: Wording.both { language in
            language == .nb
                ? "Bekymringssamtale er et forebyggende tiltak for barn under 15 år; personen var \(age) år og strafferettslig ansvarlig."
                : "A concern talk is a preventive tool for children under 15; the person was \(age) and criminally liable."
        },
            citations: ["pl-13", "strl-20"])
    }
}
