/// docs/law.md §5.1.4 — Ungdomsstraff is always excluded here: it is a court sentence for serious or
/// repeated youth crime, not a reaction for a single offence against legemiddelloven alone
/// (Politidirektoratet 2019). A supporting rule.
enum Ungdomsstraff {
    static let info = RuleInfo(
        id: "ungdomsstraff",
        section: "§5.1.4",
        summary: "Ungdomsstraff is always excluded: not a reaction for a single offence against legemiddelloven alone.",
        citations: ["strl-52a", "pod-2019"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        draft.set(.ungdomsstraff, .excluded, by: id, Message.notForASingleOffence)
    }
}

// MARK: - Messages

extension Ungdomsstraff {
    enum Message {
        static let notForASingleOffence = RuleMessage(
            nb: "For de mest alvorlige lovbruddene; ikke aktuell for et enkeltbrudd på legemiddelloven alene.",
            en: "For the most serious offences; not a reaction for a single offence against legemiddelloven alone.",
            citations: ["strl-52a", "pod-2019"]
        ).briefly(nb: "Ikke for et enkeltbrudd på legemiddelloven.", en: "Not for a single drug offence.")
    }
}
