/// contract.md `otherOffences` — The rules decide the drug offence alone. When the case also
/// includes other offences, the answer says so: the reaction for the whole case (where for
/// example ungdomsstraff may become relevant, Politidirektoratet 2019) needs an assessment these
/// rules do not make. A supporting rule.
enum OtherOffences {
    static let info = RuleInfo(
        id: "other-offences",
        section: "contract: otherOffences",
        summary: "A case with other offences gets a note that only the drug offence is assessed.",
        citations: ["strl-52a", "pod-2019"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        guard draft.context.case.otherOffences else { return }
        draft.fire(id, Message.given)
        draft.note(id, Message.drugOffenceAlone)
    }
}

// MARK: - Messages

extension OtherOffences {
    enum Message {
        static let given = RuleMessage(
            nb: "saken gjelder også andre lovbrudd", en: "the case also includes other offences", citations: ["strl-52a"])

        static let drugOffenceAlone = RuleMessage(
            nb: "Saken gjelder også andre lovbrudd. Svaret gjelder bare narkotikaforholdet; reaksjonen for saken samlet må vurderes særskilt.",
            en: "The case includes other offences. This answer covers the drug offence alone; the reaction for the whole case needs its own assessment.",
            citations: ["strl-52a", "pod-2019"])
    }
}
