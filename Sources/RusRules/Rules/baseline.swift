/// docs/law.md §5.4 — What no tier of a proposal covers is decided by the baseline: the sequencer
/// runs the baseline's rules after the proposal's own, and this supporting rule says so.
enum Baseline {
    static let info = RuleInfo(
        id: "baseline", section: "§5.4",
        summary: "What no tier of a proposal covers (and under-15s and cases not for own use) is decided by the baseline practice.",
        citations: ["nou-2019-26", "prop-92-l-2021"],
        appliesTo: [.proposal])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let context = draft.context
        draft.fire(id, Message.baselineDecides(context.ruleSet, baseline: context.practice))
    }
}

// MARK: - Messages

extension Baseline {
    enum Message {
        static func baselineDecides(_ proposal: RuleSet, baseline: RuleSet) -> RuleMessage {
            RuleMessage(citations: baseline.citations) { language in
                language == .nb
                    ? "ingen trinn i \(proposal.name(.nb)) dekker saken → grunnlaget \(baseline.name(.nb)) avgjør"
                    : "no tier of \(proposal.name(.en)) covers the case → the baseline \(baseline.name(.en)) decides"
            }
        }
    }
}
