/// rules.md §5.2.1 — Quantity, for ra-2014 and the non-dependent part of hr-2022: any substance
/// above its limit in the `prosecution` table → ordinary prosecution. A substance with no known
/// limit is evaluated as within, with a `threshold-unknown` warning.
enum ProsecutionLimit {
    static let info = RuleInfo(
        id: "quantity",
        section: "§5.2.1",
        summary: "Any substance above its prosecution limit: ordinary prosecution; an unknown limit is evaluated as within, with a warning.",
        citations: ["strl-231"])
    static var id: String { info.id }

    static func assess(_ context: EvaluationContext) -> QuantityAssessment {
        QuantityAssessment(case: context.case, table: context.practice.thresholds[RuleSet.prosecutionTable]!,
                           vocabulary: context.vocabulary)
    }

    /// Returns true when the case goes to ordinary prosecution.
    static func apply(_ assessment: QuantityAssessment, _ draft: inout DecisionDraft) -> Bool {
        let vocabulary = draft.context.vocabulary
        let table = assessment.table
        draft.record(assessment)
        ThresholdHonesty.flag(assessment, &draft, unknownMeans: LocalizedText(
            nb: "vurdert som innenfor grensen.", en: "evaluated as within the limit."))
        let above = assessment.above
        if above.isEmpty {
            draft.fire(id, Wording.both { language in
                (language == .nb ? "innenfor «\(table.name)» (\(table.definedBy)): " : "within \"\(table.name)\" (\(table.definedBy)): ")
                    + assessment.describe(assessment.items, vocabulary: vocabulary, language: language)
            }, citations: assessment.citations(assessment.items))
            return false
        }
        draft.liability = .ordinaryProsecution
        let found = Wording.both { assessment.describe(above, vocabulary: vocabulary, language: $0) }
        draft.fire(id, Wording.both { language in
            (language == .nb ? "over «\(table.name)» (\(table.definedBy)): " : "above \"\(table.name)\" (\(table.definedBy)): ")
                + found.text(language) + " → " + (language == .nb ? "ordinær straffeforfølgning" : "ordinary prosecution")
        }, citations: assessment.citations(above))
        draft.excludeRest(by: id, reason: Wording.both { language in
            language == .nb
                ? "Mengden er over grensen for mindre reaksjoner (\(found.nb)): ordinær straffeforfølgning etter straffeloven § 231."
                : "The quantity is above the limit for minor reactions (\(found.en)): ordinary prosecution under straffeloven § 231."
        }, citations: assessment.citations(above) + ["strl-231"])
        return true
    }
}
