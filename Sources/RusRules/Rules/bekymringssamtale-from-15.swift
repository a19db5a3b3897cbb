/// rules.md §5.1.1 — From 15 the person is criminally liable, and the concern talk, a
/// preventive tool for children (politiloven § 13), is excluded. A supporting rule.
enum BekymringssamtaleFromFifteen {
    static let info = RuleInfo(
        id: "bekymringssamtale-from-15", section: "§5.1.1",
        summary: "From 15 the person is criminally liable and the concern talk (a tool for children) is excluded.",
        citations: ["pl-13", "strl-20"], excludes: ["under-15"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let age = draft.context.person.ageAtOffence
        let child = draft.context.book.vocabulary.definition(of: .barn).name
        draft.set(.bekymringssamtale, .excluded, by: id, Message.notForAdults(age, child))
    }
}

// MARK: - Messages

extension BekymringssamtaleFromFifteen {
    enum Message {
        /// `child` is the child track's name from the vocabulary ("barn (under 15 år)").
        static func notForAdults(_ age: Int, _ child: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["pl-13", "strl-20"]) { language in
                language == .nb
                    ? "Bekymringssamtale er et forebyggende tiltak for \(child.nb); personen var \(age) år og strafferettslig ansvarlig."
                    : "A concern talk is a preventive tool for a \(child.en); the person was \(age) and criminally liable."
            }
        }
    }
}
