/// docs/law.md §5.1.2 — Not for own use (`ownUse: false`): ordinary prosecution under straffeloven
/// § 231/§ 232, outside these rules. No reaction is recommended; the concern talk stays available
/// for a minor, as beside any criminal case (§5.1.1).
enum NotOwnUse: DecidingRule {
    static let info = RuleInfo(
        id: "not-own-use",
        section: "§5.1.2",
        name: LocalizedText(nb: "saker som ikke gjelder eget bruk", en: "cases not for own use"),
        role: .scope,
        summary: "Not for own use: ordinary prosecution, no reaction recommended.",
        citations: ["strl-231", "strl-232"],
        excludes: ["quantity", "dependent-user", "ungdom", "adult", "proposal-tier", "offence-frame"])
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        facts.ownUse ? nil : Outcome(liability: .ordinaryProsecution, recommended: nil)
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard outcome != nil else { return }
        draft.fire(id, Message.notOwnUse)
        // The concern talk follows a criminal act by a child, whatever the case's track (§5.1.1):
        // a minor selling is still a child the police can call in with the guardians.
        BekymringssamtaleFromFifteen.apply(&draft)
        draft.excludeRest(by: id, Message.outsideTheseRules)
    }
}

// MARK: - Messages

extension NotOwnUse {
    enum Message {
        static let notOwnUse = RuleMessage(
            nb: "ikke til eget bruk → ordinær straffeforfølgning",
            en: "not for own use → ordinary prosecution",
            citations: ["strl-231", "strl-232"])

        static let outsideTheseRules = RuleMessage(
            nb: "Ikke til eget bruk: saken følger straffeloven § 231/§ 232 og ligger utenfor reglene for mindre narkotikalovbrudd.",
            en: "Not for own use: the case falls under straffeloven § 231/§ 232, outside the rules for minor drug offences.",
            citations: ["strl-231", "strl-232"])
    }
}
