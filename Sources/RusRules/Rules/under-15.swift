/// docs/law.md §5.1.1 — Under 15 at the act there is no criminal liability (straffeloven § 20).
/// Recommended: bekymringssamtale (politiloven § 13). The guardian must be told, a report to the
/// child welfare service must always be considered (barnevernsloven § 13-2), and where the concern
/// is drug use alone, referral to municipal help should be considered instead (the national
/// guideline for the police's drug prevention, 2023, § 4.2).
enum UnderFifteen: DecidingRule {
    static let info = RuleInfo(
        id: "under-15",
        section: "§5.1.1",
        name: LocalizedText(nb: "barn under den strafferettslige lavalderen", en: "children below the age of criminal responsibility"),
        role: .scope,
        summary:
            "Barn, below the age of criminal responsibility: not criminally liable; bekymringssamtale recommended; guardian, child welfare and municipal help notes. From that age, see bekymringssamtale-from-15.",
        citations: ["strl-20", "pl-13", "pod-2023", "bvl-13-2"],
        excludes: [
            "not-own-use", "quantity", "dependent-user", "ungdom", "adult", "proposal-tier", "offence-frame", "politiattest-under-18", "ungdomsstraff",
            "use-only", "other-offences",
        ],
        decidesEvery: [.barn])
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        facts.ageTrack == .barn ? Outcome(liability: .notCriminallyLiable, recommended: .bekymringssamtale) : nil
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard outcome != nil else { return }
        let age = draft.context.person.ageAtOffence
        let criminalAge = draft.context.vocabulary.ageOfCriminalResponsibility
        draft.fire(id, Message.belowAge(age))
        draft.set(.bekymringssamtale, .recommended, by: id, Message.concernTalk(criminalAge))
        draft.excludeRest(by: id, Message.noCriminalReaction(age, criminalAge))
        draft.note("guardian-notified", Message.guardianNotified)
        draft.note("child-welfare-report", Message.childWelfareReport)
        draft.note("municipal-help", Message.municipalHelp)
    }
}

// MARK: - Messages

extension UnderFifteen {
    enum Message {
        static func belowAge(_ age: Int) -> RuleMessage {
            RuleMessage(citations: ["strl-20", "pl-13"]) {
                $0 == .nb
                    ? "\(age) år på gjerningstidspunktet: under den strafferettslige lavalderen → bekymringssamtale"
                    : "\(age) at the time of the act: below the age of criminal responsibility → concern talk"
            }
        }

        /// `criminalAge` is the age of criminal responsibility from the vocabulary (15).
        static func concernTalk(_ criminalAge: Int) -> RuleMessage {
            RuleMessage(citations: ["pl-13", "pod-2023"]) { language in
                language == .nb
                    ? "Barn under \(criminalAge) år kan ikke straffes; politiet kan pålegge barnet og foresatte å møte til bekymringssamtale for å forebygge nye lovbrudd."
                    : "A child under \(criminalAge) cannot be punished; the police can order the child and the guardians to a concern talk to prevent further offences."
            }
        }

        static func noCriminalReaction(_ age: Int, _ criminalAge: Int) -> RuleMessage {
            RuleMessage(citations: ["strl-20"]) { language in
                language == .nb
                    ? "Under \(criminalAge) år på gjerningstidspunktet (\(age) år): ikke strafferettslig ansvarlig, så ingen straffereaksjon kan brukes."
                    : "Under \(criminalAge) at the time of the act (age \(age)): not criminally liable, so no criminal reaction can be used."
            }
        }

        static let guardianNotified = RuleMessage(
            nb: "Vergen skal varsles og orienteres om bekymringen, med mindre barnets beste taler mot det.",
            en: "The guardian must be told of the concern unless the child's best interests speak against it.",
            citations: ["pl-13", "pod-2023"])

        static let childWelfareReport = RuleMessage(
            nb: "Melding til barneverntjenesten skal alltid vurderes.",
            en: "A report to the child welfare service must always be considered.",
            citations: ["bvl-13-2", "pod-2023"])

        static let municipalHelp = RuleMessage(
            nb: "Gjelder bekymringen bare rusbruk, bør det vurderes å formidle kontakt med kommunale hjelpetiltak i stedet for bekymringssamtale.",
            en: "Where the concern is drug use alone, consider referral to municipal help instead of a concern talk.",
            citations: ["pod-2023"])
    }
}
