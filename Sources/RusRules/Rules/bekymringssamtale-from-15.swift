/// docs/law.md §5.1.1 — From 15 the person is criminally liable. The concern talk (politiloven
/// § 13) is for children, that is persons under 18: for 15–17 it stays *available* beside the
/// criminal reaction, never instead of it, as a preventive tool that is not part of the criminal
/// case (Politidirektoratet 2023: «Bekymringssamtalen er et forebyggende verktøy, og ikke en del
/// av straffesaksbehandlingen»); from 18 it is excluded, because it is for children. The age of
/// 18 is the start of the first adult track in the vocabulary. A supporting rule.
enum BekymringssamtaleFromFifteen {
    static let info = RuleInfo(
        id: "bekymringssamtale-from-15", section: "§5.1.1",
        summary:
            "From the age of criminal responsibility: for ungdom the concern talk (for children, that is minors) is available beside the reaction; for adults it is excluded.",
        citations: ["pl-13", "pod-2023", "strl-20"], excludes: ["under-15"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let age = draft.context.person.ageAtOffence
        let adulthood = draft.context.vocabulary.ageOfMajority
        if age < adulthood {
            draft.set(.bekymringssamtale, .available, by: id, Message.besideTheReaction(adulthood))
        } else {
            draft.set(.bekymringssamtale, .excluded, by: id, Message.forChildren(age, adulthood))
        }
    }
}

// MARK: - Messages

extension BekymringssamtaleFromFifteen {
    enum Message {
        /// `adulthood` is the age the first adult track starts at (18).
        static func besideTheReaction(_ adulthood: Int) -> RuleMessage {
            RuleMessage(citations: ["pl-13", "pod-2023"]) { language in
                language == .nb
                    ? "Politiet kan kalle inn barn under \(adulthood) år og foresatte til bekymringssamtale etter en straffbar handling. Samtalen er et forebyggende tiltak og ingen reaksjon i straffesaken; den kan brukes ved siden av reaksjonen, ikke i stedet for den."
                    : "The police can call a child under \(adulthood) and the guardians to a concern talk after a criminal act. The talk is a preventive measure, not a reaction in the criminal case; it can be used beside the reaction, not instead of it."
            }.briefly { language in
                language == .nb
                    ? "Kan brukes i tillegg til reaksjonen."
                    : "Can be used in addition to the reaction."
            }
        }

        static func forChildren(_ age: Int, _ adulthood: Int) -> RuleMessage {
            RuleMessage(citations: ["pl-13"]) { language in
                language == .nb
                    ? "Et forebyggende tiltak for barn under \(adulthood) år; personen var \(age) år."
                    : "A preventive measure for children under \(adulthood); the person was \(age)."
            }.briefly { language in
                language == .nb
                    ? "Bare for barn under \(adulthood) år; personen var \(age) år." : "Only for children under \(adulthood); the person was \(age)."
            }
        }
    }
}
