/// docs/law.md §5.2.1 and §5.5.2 — Quantity, for ra-2014, the non-dependent part of hr-2022 and
/// lov-2025: any substance above its limit in the `prosecution` table, or above the ceiling of
/// an unknown limit (§4), → ordinary prosecution (straffeloven § 231). A substance whose limit
/// is unknown is decided as within: the `threshold-unknown` warning names substance, amount and
/// ceiling, and the recommended reaction then requires `limit-check`. Passes every other case on.
enum Quantity: DecidingRule {
    static let info = RuleInfo(
        id: "quantity",
        section: "§5.2.1",
        name: LocalizedText(nb: "mengdegrensen", en: "the quantity limit"),
        role: .reaction,
        summary:
            "Any substance above its prosecution limit or the ceiling of an unknown one: ordinary prosecution; an unknown limit is decided as within, the recommended reaction requiring a limit check.",
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
        guard outcome != nil else {
            explainWithin(assessment, by: id, &draft)
            return
        }
        let above = assessment.above
        ThresholdHonesty.flag(assessment, only: above, &draft)
        let found = Wording.both { assessment.describe(above, vocabulary: vocabulary, language: $0) }
        draft.fire(id, Message.above(table, found, citations: assessment.citations(above)))
        draft.excludeRest(by: id, Message.ordinaryProsecution(found, citations: assessment.citations(above)))
    }
}

extension Quantity {
    /// A case within `assessment`'s table, or decided as within an unknown limit there (§4):
    /// the limits flagged, the comparison traced for `rule`, and — where a limit is unknown —
    /// the recommended reaction made to require `limit-check`.
    static func explainWithin(_ assessment: QuantityAssessment, by rule: String, _ draft: inout DecisionDraft) {
        let vocabulary = draft.context.vocabulary
        ThresholdHonesty.flag(assessment, &draft, unknownMeans: Message.evaluatedAsWithin)
        let found = Wording.both { assessment.describe(assessment.items, vocabulary: vocabulary, language: $0) }
        draft.fire(rule, Message.within(assessment.table, found, citations: assessment.citations(assessment.items)))
        if assessment.verdict == .unknown {
            let unknown = Wording.both { assessment.describe(assessment.unknown, vocabulary: vocabulary, language: $0) }
            draft.pendingLimitCheck = Message.checkTheLimit(unknown)
        }
    }
}

// MARK: - Messages

extension Quantity {
    enum Message {
        static let evaluatedAsWithin = LocalizedText(
            nb: "vurdert som innenfor grensen; kontroller grensen før den anbefalte reaksjonen brukes.",
            en: "decided as within the limit; check the limit before the recommended reaction is used.")

        /// Why the recommended reaction requires `limit-check`; the one-screen answer leaves it out
        /// (an empty brief), since its summary says so and the caveat names the limit.
        static func checkTheLimit(_ unknown: LocalizedText) -> LocalizedText {
            Wording.both { language in
                language == .nb
                    ? "Bygger på at mengden er innenfor en grense dette verktøyet ikke kjenner: \(unknown.nb). Kontroller grensen først."
                    : "Rests on the amount being within a limit this tool does not know: \(unknown.en). Check the limit first."
            }.withBrief(LocalizedText(nb: "", en: ""))
        }

        static func within(_ table: ThresholdTable, _ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                // The table as a reader names it, not its id (an --explain trace in Norwegian).
                (language == .nb ? "innenfor " : "within ") + Wording.limit(of: table, language) + ": " + found.text(language)
            }
        }

        static func above(_ table: ThresholdTable, _ found: LocalizedText, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                (language == .nb ? "over " : "above ") + Wording.limit(of: table, language) + ": " + found.text(language) + " → "
                    + (language == .nb ? "ordinær straffeforfølgning" : "ordinary prosecution")
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
