/// rules.md §2 — Age is counted in completed years on the offence date (gjerningstidspunktet);
/// the track follows from the age limits in the vocabulary data.
enum AgeRule {
    static let info = RuleInfo(
        id: "age",
        section: "§2",
        summary: "Age in completed years on the offence date (29 February birthdays on 1 March in common years) and the age track it falls in.",
        citations: ["strl-20", "strpl-71a", "ra-2014-2", "pod-2019-ruskontrakt"])
    static var id: String { info.id }

    static func track(forAge age: Int, vocabulary: Vocabulary) -> AgeTrack {
        vocabulary.ageTrack(forAge: age).track
    }

    static func apply(_ draft: inout DecisionDraft) {
        let context = draft.context
        let person = context.person
        let definition = context.vocabulary.definition(of: context.ageTrack)
        draft.fire(id, Wording.both { language in
            let born = person.birthDate.map { language == .nb ? " (født \($0))" : " (born \($0))" } ?? ""
            return language == .nb
                ? "alder \(person.ageAtOffence) år på gjerningstidspunktet \(context.case.offenceDate)\(born) → \(definition.name.nb)"
                : "age \(person.ageAtOffence) on the offence date \(context.case.offenceDate)\(born) → \(definition.name.en)"
        }, citations: definition.citations)
    }
}
