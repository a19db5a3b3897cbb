/// rules.md §5.1.2 — Not for own use (`ownUse: false`): ordinary prosecution under straffeloven
/// § 231/§ 232, outside these rules. No reaction is recommended.
enum NotOwnUse {
    static let info = RuleInfo(
        id: "not-own-use",
        section: "§5.1.2",
        summary: "Not for own use: ordinary prosecution, no reaction recommended.",
        citations: ["strl-231", "strl-232"],
        excludes: ["quantity", "dependent-user", "ungdom", "adult", "proposal-tier", "offence-frame"])
    static var id: String { info.id }

    static func applies(_ context: EvaluationContext) -> Bool {
        !context.case.ownUse
    }

    static func apply(_ draft: inout DecisionDraft) {
        draft.liability = .ordinaryProsecution
        draft.fire(id, LocalizedText(
            nb: "ownUse = false: ikke til eget bruk → ordinær straffeforfølgning",
            en: "ownUse = false: not for own use → ordinary prosecution"),
            citations: ["strl-231", "strl-232"])
        draft.excludeRest(by: id, reason: LocalizedText(
            nb: "Ikke til eget bruk: saken følger straffeloven § 231/§ 232 og ligger utenfor reglene for mindre narkotikalovbrudd.",
            en: "Not for own use: the case falls under straffeloven § 231/§ 232, outside the rules for minor drug offences."),
            citations: ["strl-231", "strl-232"])
    }
}
