/// docs/law.md §5.2.4 — From the date in the vocabulary data (1 July 2022, decision date),
/// attendance at the rådgivende enhet for russaker is added to the conditions proposed for every
/// påtaleunnlatelse with conditions (straffeloven § 37 første ledd bokstav k; the national
/// guideline of 2023). Before that date it is never proposed. Under current practice it is a
/// condition, not a reaction of its own (it is one only in the proposals, §5.4). A supporting rule.
enum RadgivendeEnhetCondition {
    static let info = RuleInfo(
        id: "radgivende-enhet-condition",
        section: "§5.2.4",
        summary:
            "From 1 July 2022 (decision date), attendance at the rådgivende enhet is added to every conditional påtaleunnlatelse; it is not a reaction of its own in practice.",
        citations: ["strl-37-k", "hotjl-3-9b"])
    static var id: String { info.id }

    /// The conditions of a conditional påtaleunnlatelse: `base`, plus the advisory unit when in force.
    static func added<Facts: CaseFacts>(to base: [Condition], _ facts: Facts) -> [Condition] {
        facts.isInForce(.radgivendeEnhet) ? base + [.radgivendeEnhet] : base
    }

    /// ``added(to:_:)`` in an explained decision, which also says from when the unit is added.
    static func conditions(_ base: [Condition], _ draft: inout DecisionDraft) -> [Condition] {
        let conditions = added(to: base, draft.context)
        let definition = draft.context.vocabulary.condition(.radgivendeEnhet)
        let date = draft.context.decisionDate
        if let from = definition.validFrom, conditions.contains(.radgivendeEnhet), !draft.trace.contains(where: { $0.code == id }) {
            draft.fire(id, Message.inForce(date, from: from, citations: definition.citations))
        }
        return conditions
    }

    static func excludeAsReaction(_ draft: inout DecisionDraft) {
        guard draft.status(of: .radgivendeEnhet) == nil else { return }
        let definition = draft.context.vocabulary.condition(.radgivendeEnhet)
        let asUnderPractice = draft.context.ruleSet.reactionNames[.radgivendeEnhet] != nil
        draft.set(
            .radgivendeEnhet, .excluded, by: id,
            Message.conditionNotReaction(from: definition.validFrom, asUnderPractice: asUnderPractice, citations: definition.citations))
    }
}

// MARK: - Messages

extension RadgivendeEnhetCondition {
    enum Message {
        static func inForce(_ date: LegalDate, from: LegalDate, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) {
                $0 == .nb
                    ? "avgjørelsesdato \(date.written(.nb)), vilkåret gjelder fra \(from.written(.nb)) → vilkår om oppmøte for rådgivende enhet"
                    : "decision date \(date.written(.en)), the condition applies from \(from.written(.en)) → condition to attend the advisory unit"
            }
        }

        /// Where the rule set has a reaction of that name of its own (lov-2025's voluntary
        /// referral) but decides this case as under the practice (a dependent user, or above «en
        /// mindre mengde»), `asUnderPractice` says so: «only as a condition» alone would
        /// contradict a referral that is voluntary.
        static func conditionNotReaction(from: LegalDate?, asUnderPractice: Bool, citations: [String]) -> RuleMessage {
            let message = RuleMessage(citations: citations) { language in
                let since = from.map { language == .nb ? " (fra \($0.written(.nb)))" : " (from \($0.written(.en)))" } ?? ""
                switch (language, asUnderPractice) {
                case (.nb, false): return "Etter praksis ikke en egen reaksjon, men et mulig vilkår for påtaleunnlatelse\(since)."
                case (.en, false): return "Under practice not a reaction of its own but a possible condition of a waiver\(since)."
                case (.nb, true):
                    return
                        "Saken avgjøres som etter praksis, og der er oppmøte for rådgivende enhet ikke en egen reaksjon, men et mulig vilkår for påtaleunnlatelse\(since)."
                case (.en, true):
                    return
                        "The case is decided as under the practice, where attending the advisory unit is not a reaction of its own but a possible condition of a waiver\(since)."
                }
            }
            return asUnderPractice
                ? message.briefly(
                    nb: "Saken avgjøres som etter praksis, der oppmøte bare er et vilkår.",
                    en: "The case is decided as under the practice, where attendance is only a condition."
                )
                : message.briefly(nb: "Bare som vilkår.", en: "Only as a condition.")
        }
    }
}
