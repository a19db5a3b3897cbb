/// docs/law.md §5.1.5 — A use-only case (`acts: ["use"]`, substances named without amounts) is
/// within every limit of every rule set (HR-2022-731-A: «Det samme gjelder selve bruken»).
/// The comparison itself is in QuantityAssessment; this supporting rule records that it applied.
enum UseOnly {
    static let info = RuleInfo(
        id: "use-only",
        section: "§5.1.5",
        summary: "Use only, without amounts: within every known limit.",
        citations: ["hr-2022-731-a"],
        reading:
            "An unknown limit stays unknown in a use-only case (the dependent-user rule is not applied automatically; a proposal never covers the substance).")
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let theCase = draft.context.case
        guard theCase.isUseOnly, theCase.substances.contains(where: { $0.amount == nil }) else { return }
        draft.fire(id, Message.withinKnownLimits)
    }
}

// MARK: - Messages

extension UseOnly {
    enum Message {
        static let withinKnownLimits = RuleMessage(
            nb: "bare bruk, uten mengde → innenfor alle kjente grenser",
            en: "use only, no amount → within every known limit",
            citations: ["hr-2022-731-a"])
    }
}
