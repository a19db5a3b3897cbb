/// docs/law.md §5.5.2 — lov-2025, above «en mindre mengde». The statute's small quantity is the
/// line between legemiddelloven § 31 andre ledd and straffeloven § 231, not a limit for the
/// ordinary forelegg: a case above it (any substance above its `small-quantity` value or the
/// ceiling of an unknown one) is left by the statute where it was, and is decided as under the
/// practice — the practice's quantity limits (`prosecution`, inherited from the practice, with
/// their ceilings and `limit-check`), then its rules for youths and adults. Forenklet forelegg
/// is excluded. Within, or unknown at or below the ceiling, the case passes on to the statute's
/// own rules, and an unknown value makes the recommended reaction require `limit-check`.
/// Dependent users are decided before this rule (`dependent-user`, §5.5.3); the § 231 frame and
/// the `above-mindre-mengde` note for every case above are `offence-frame`'s.
/// Reading: 4 g heroin (above 3 g, within the 5 g ceiling of the practice's unknown value) is a
/// forelegg with `limit-check`, as under hr-2022 — never ordinary prosecution because of the 3 g.
enum AboveMindreMengde: DecidingRule {
    static let info = RuleInfo(
        id: "above-mindre-mengde",
        section: "§5.5.2",
        name: LocalizedText(nb: "mengder over «en mindre mengde»", en: "quantities above «a small quantity»"),
        role: .reaction,
        summary:
            "lov-2025: above «en mindre mengde» the case falls under straffeloven § 231 and is decided as under the practice (its quantity limits, then its youth and adult rules); forenklet forelegg excluded. Within or unknown: passed on, an unknown value requiring a limit check.",
        citations: ["lml-31-2025", "strl-231-2025", "strl-231"],
        reading:
            "The «mindre mengde» separates legemiddelloven § 31 from straffeloven § 231; it is not a limit for the ordinary forelegg, whose limits stay the practice's.",
        reads: RuleSet.smallQuantityTable)
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        guard facts.verdict(.smallQuantity) == .above else { return nil }
        return Quantity.decide(facts) ?? Ungdom.decide(facts) ?? Adult.decide(facts)
    }

    static func conditions<Facts: CaseFacts>(_ facts: Facts, _ outcome: Outcome) -> [Condition] {
        Quantity.decide(facts) == nil && Ungdom.decide(facts) != nil ? Ungdom.conditions(facts, outcome) : []
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard let assessment = draft.context.assessment(.smallQuantity) else { return }
        draft.record(assessment)
        guard outcome != nil else {
            Quantity.explainWithin(assessment, by: id, &draft)
            return
        }
        let vocabulary = draft.context.vocabulary
        let above = assessment.above
        ThresholdHonesty.flag(assessment, only: above, &draft)
        let found = Wording.both { assessment.describe(above, vocabulary: vocabulary, language: $0) }
        draft.fire(id, Message.above(found, citations: assessment.citations(above)))
        draft.set(.forenkletForelegg, .excluded, by: id, Message.noSimplifiedFine(found))
        let context = draft.context
        let quantity = Quantity.decide(context)
        Quantity.explain(quantity, &draft)
        guard quantity == nil else { return }
        if let youth = Ungdom.decide(context) {
            Ungdom.explain(youth, &draft)
        } else {
            Adult.explain(Adult.decide(context), &draft)
        }
    }
}

// MARK: - Messages

extension AboveMindreMengde {
    enum Message {
        static func above(_ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations + ["strl-231-2025"]) { language in
                language == .nb
                    ? "over «en mindre mengde»: \(found.nb) → straffeloven § 231; avgjøres som etter praksis"
                    : "above «a small quantity»: \(found.en) → straffeloven § 231; decided as under the practice"
            }
        }

        static func noSimplifiedFine(_ found: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["lml-31a", "lml-31-2025"]) { language in
                language == .nb
                    ? "Forenklet forelegg gjelder bare en mindre mengde til egen bruk (legemiddelloven § 31 andre ledd); mengden er større (\(found.nb))."
                    : "A simplified fine notice applies only to a small quantity for own use (legemiddelloven § 31 second paragraph); the quantity is larger (\(found.en))."
            }.briefly(nb: "Mengden er større enn en mindre mengde.", en: "The quantity is more than a small quantity.")
        }
    }
}
