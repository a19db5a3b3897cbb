/// docs/law.md §5.5 — The forenklet forelegg for drug offences (legemiddelloven § 31 a) is a
/// reaction of LOV-2025-06-20-83 alone: under a practice or proposal it is excluded. A
/// supporting rule, run where the deciding rule left it unset.
enum ForenkletForeleggNotInForce {
    static let info = RuleInfo(
        id: "forenklet-forelegg-not-in-force",
        section: "§5.5",
        summary: "Forenklet forelegg (legemiddelloven § 31 a) belongs to the 2025 statute: excluded under practices and proposals.",
        citations: ["lml-31a", "lov-2025-06-20-83"],
        appliesTo: [.practice, .proposal])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        guard draft.status(of: .forenkletForelegg) == nil else { return }
        let ruleSet = draft.context.ruleSet
        draft.set(.forenkletForelegg, .excluded, by: id, Message.notPartOf(ruleSet))
    }
}

// MARK: - Messages

extension ForenkletForeleggNotInForce {
    enum Message {
        static func notPartOf(_ ruleSet: RuleSet) -> RuleMessage {
            RuleMessage(citations: ["lml-31a", "lov-2025-06-20-83"]) { language in
                language == .nb
                    ? "Innføres først ved lovendringen 2025 (legemiddelloven § 31 a); ikke en del av \(ruleSet.name(.nb))."
                    : "Introduced by the 2025 statute (legemiddelloven § 31 a); not part of \(ruleSet.name(.en))."
            }.briefly(nb: "Innføres først ved lovendringen 2025.", en: "Introduced only by the 2025 statute.")
        }
    }
}
