/// rules.md §5.2.1 — Quantity, for ra-2014 and the non-dependent part of hr-2022: any substance
/// above its limit in the `prosecution` table → ordinary prosecution. A substance with no known
/// limit is evaluated as within, with a `threshold-unknown` warning. Passes every other case on.
enum Quantity: DecidingRule {
    static let info = RuleInfo(
        id: "quantity",
        section: "§5.2.1",
        role: .reaction,
        summary: "Any substance above its prosecution limit: ordinary prosecution; an unknown limit is evaluated as within, with a warning.",
        citations: ["strl-231"],
        reads: RuleSet.prosecutionTable)
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        facts.verdict(.prosecution) == .above ? Outcome(liability: .ordinaryProsecution, recommended: nil) : nil
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard let assessment = draft.context.assessment(.prosecution) else { return }
        let vocabulary = draft.context.vocabulary
        let table = assessment.table
        draft.record(assessment)
        ThresholdHonesty.flag(assessment, &draft, unknownMeans: Message.evaluatedAsWithin)
        guard outcome != nil else {
            let found = Wording.both { assessment.describe(assessment.items, vocabulary: vocabulary, language: $0) }
            draft.fire(id, Message.within(table, found, citations: assessment.citations(assessment.items)))
            return
        }
        let above = assessment.above
        let found = Wording.both { assessment.describe(above, vocabulary: vocabulary, language: $0) }
        draft.fire(id, Message.above(table, found, citations: assessment.citations(above)))
        draft.excludeRest(by: id, Message.ordinaryProsecution(found, citations: assessment.citations(above)))
    }
}

// MARK: - Messages

extension Quantity {
    enum Message {
        static let evaluatedAsWithin = LocalizedText(nb: "vurdert som innenfor grensen.", en: "evaluated as within the limit.")

        static func within(_ table: ThresholdTable, _ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                (language == .nb ? "innenfor «\(table.name)» (\(table.definedBy)): " : "within \"\(table.name)\" (\(table.definedBy)): ")
                    + found.text(language)
            }
        }

        static func above(_ table: ThresholdTable, _ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                (language == .nb ? "over «\(table.name)» (\(table.definedBy)): " : "above \"\(table.name)\" (\(table.definedBy)): ")
                    + found.text(language) + " → " + (language == .nb ? "ordinær straffeforfølgning" : "ordinary prosecution")
            }
        }

        static func ordinaryProsecution(_ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations + ["strl-231"]) { language in
                language == .nb
                    ? "Mengden er over grensen for mindre reaksjoner (\(found.nb)): ordinær straffeforfølgning etter straffeloven § 231."
                    : "The quantity is above the limit for minor reactions (\(found.en)): ordinary prosecution under straffeloven § 231."
            }
        }
    }
}
