/// docs/law.md §2 — Under 18 at the act, the offence is not shown on a politiattest unless the
/// person has committed repeated or serious offences (politiregisterloven § 41; Politidirektoratet
/// 2019; Norsk Narkotikapolitiforening 2021). A supporting rule.
enum PolitiattestUnderEighteen {
    static let info = RuleInfo(
        id: "politiattest-under-18",
        section: "§2",
        summary: "A minor at the act (ungdom): not shown on a politiattest unless repeated or serious offences.",
        citations: ["prl-41"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        guard draft.context.ageTrack == .ungdom else { return }
        let majority = draft.context.vocabulary.ageOfMajority
        draft.fire(id, Message.underMajority(majority))
        draft.note(id, Message.notShown(majority))
    }
}

// MARK: - Messages

extension PolitiattestUnderEighteen {
    enum Message {
        /// `majority` is the age of majority from the vocabulary (18).
        static func underMajority(_ majority: Int) -> RuleMessage {
            RuleMessage(citations: ["prl-41"]) { language in
                language == .nb ? "under \(majority) år på gjerningstidspunktet" : "under \(majority) at the time of the act"
            }
        }

        static func notShown(_ majority: Int) -> RuleMessage {
            RuleMessage(citations: ["prl-41"]) { language in
                language == .nb
                    ? "Under \(majority) år på gjerningstidspunktet: forholdet vises ikke på politiattest, med mindre personen har begått gjentatte eller alvorlige lovbrudd."
                    : "Under \(majority) at the time of the act: the offence is not shown on a police certificate unless the person has committed repeated or serious offences."
            }
        }
    }
}
