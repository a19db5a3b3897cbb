/// docs/law.md §2 — Under 18 at the act, the offence is not shown on a politiattest unless the
/// person has committed repeated or serious offences (politiregisterloven § 41; Politidirektoratet
/// 2019; Norsk Narkotikapolitiforening 2021). A supporting rule.
enum PolitiattestUnderEighteen {
    static let info = RuleInfo(
        id: "politiattest-under-18",
        section: "§2",
        summary: "Under 18 at the act: not shown on a politiattest unless repeated or serious offences.",
        citations: ["prl-41"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        guard draft.context.ageTrack == .ungdom else { return }
        draft.fire(id, Message.underEighteen)
        draft.note(id, Message.notShown)
    }
}

// MARK: - Messages

extension PolitiattestUnderEighteen {
    enum Message {
        static let underEighteen = RuleMessage(
            nb: "under 18 år på gjerningstidspunktet", en: "under 18 at the time of the act", citations: ["prl-41"])

        static let notShown = RuleMessage(
            nb: "Under 18 år på gjerningstidspunktet: forholdet vises ikke på politiattest, med mindre personen har begått gjentatte eller alvorlige lovbrudd.",
            en:
                "Under 18 at the time of the act: the offence is not shown on a police certificate unless the person has committed repeated or serious offences.",
            citations: ["prl-41"])
    }
}
