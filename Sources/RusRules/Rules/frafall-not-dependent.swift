/// docs/law.md §5.3 — Straffutmålingsfrafall (straffeloven § 61) is the dependent users' reaction
/// after HR-2022-731-A: it is excluded for a person not given as dependent, and under a rule set
/// without the dependent-user rule. A supporting rule.
enum FrafallNotDependent {
    static let info = RuleInfo(
        id: "frafall-not-dependent", section: "§5.3",
        summary: "Straffutmålingsfrafall is excluded for users not given as dependent, and under a practice without the dependent-user rule.",
        citations: ["hr-2022-731-a", "ra-2022-05-13"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        guard draft.status(of: .straffutmalingsfrafall) == nil else { return }
        if draft.context.table(.dependentUser) == nil {
            let practice = draft.context.practice
            draft.set(.straffutmalingsfrafall, .excluded, by: id, Message.notPartOf(practice))
        } else {
            draft.set(.straffutmalingsfrafall, .excluded, by: id, Message.notGivenAsDependent)
        }
    }
}

// MARK: - Messages

extension FrafallNotDependent {
    enum Message {
        static func notPartOf(_ practice: RuleSet) -> RuleMessage {
            RuleMessage(citations: ["hr-2022-731-a"]) { language in
                language == .nb
                    ? "Praksisen for rusavhengige (HR-2022-731-A, 8. april 2022) er ikke en del av \(practice.name(.nb))."
                    : "The dependent-user practice (HR-2022-731-A, 8 April 2022) is not part of \(practice.name(.en))."
            }.briefly(nb: "Praksisen for rusavhengige er fra 2022.", en: "The dependent-user practice dates from 2022.")
        }

        static let notGivenAsDependent = RuleMessage(
            nb: "Gjelder rusavhengige (HR-2022-731-A); personen er ikke oppgitt som rusavhengig.",
            en: "For dependent users (HR-2022-731-A); the person is not stated to be dependent.",
            citations: ["hr-2022-731-a", "ra-2022-05-13"]
        ).briefly(nb: "Bare for rusavhengige.", en: "Only for dependent users.")
    }
}
