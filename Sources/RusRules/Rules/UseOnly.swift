/// rules.md §5.1.5 — A use-only case (`acts: ["use"]`, substances named without amounts) is
/// within every limit of every rule set (HR-2022-731-A: «Det samme gjelder selve bruken»).
/// The comparison itself is in QuantityAssessment; this rule records that it applied.
enum UseOnly {
    static let id = "use-only"

    static func apply(_ draft: inout DecisionDraft) {
        let theCase = draft.context.case
        guard theCase.isUseOnly, theCase.substances.contains(where: { $0.amount == nil }) else { return }
        draft.fire(id, LocalizedText(
            nb: "bare bruk, uten mengde → innenfor alle kjente grenser",
            en: "use only, no amount → within every known limit"),
            citations: ["hr-2022-731-a"])
    }
}
