/// docs/law.md §2 — Age is counted in completed years on the offence date (gjerningstidspunktet);
/// the track follows from the age limits in the vocabulary data. A supporting rule: it decides
/// nothing itself, and every decision starts with it.
enum Age {
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
        draft.fire(
            id,
            Message.counted(
                age: context.person.ageAtOffence, offenceDate: context.case.offenceDate, birthDate: context.person.birthDate,
                track: context.vocabulary.definition(of: context.ageTrack)))
    }
}

// MARK: - Messages

extension Age {
    enum Message {
        static func counted(age: Int, offenceDate: LegalDate, birthDate: LegalDate?, track: AgeTrackDefinition) -> RuleMessage {
            RuleMessage(citations: track.citations) { language in
                let born = birthDate.map { language == .nb ? " (født \($0.written(.nb)))" : " (born \($0.written(.en)))" } ?? ""
                return language == .nb
                    ? "alder \(age) år på gjerningstidspunktet \(offenceDate.written(.nb))\(born) → \(track.name.nb)"
                    : "age \(age) on the offence date \(offenceDate.written(.en))\(born) → \(track.name.en)"
            }
        }
    }
}
