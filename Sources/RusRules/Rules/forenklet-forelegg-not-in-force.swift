/// rules.md §5.5 — The forenklet forelegg for drug offences (legemiddelloven § 31 a) is a
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
        let ruleSet = draft.context.ruleSet.id
        draft.set(.forenkletForelegg, .excluded, by: id, Message.notPartOf(ruleSet))
    }
}

// MARK: - Messages

extension ForenkletForeleggNotInForce {
    enum Message {
        static func notPartOf(_ ruleSet: String) -> RuleMessage {
            RuleMessage(citations: ["lml-31a", "lov-2025-06-20-83"]) { language in
                language == .nb
                    ? "Forenklet forelegg for narkotika (legemiddelloven § 31 a) innføres ved LOV-2025-06-20-83 og er ikke en del av \(ruleSet)."
                    : "The simplified fine notice for drugs (legemiddelloven § 31 a) is introduced by LOV-2025-06-20-83 and is not part of \(ruleSet)."
            }
        }
    }
}
