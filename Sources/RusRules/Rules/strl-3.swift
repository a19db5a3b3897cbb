/// docs/law.md §3 — Straffeloven § 3 første ledd: «Straffelovgivningen på handlingstiden anvendes,
/// med mindre straffelovgivningen på avgjørelsestiden gir et gunstigere resultat for den
/// siktede.» When the act predates a statute's stated in-force date and the decision does not,
/// the case is decided under both laws: the new law decides only when its liability is strictly
/// milder (not criminally liable < not punishable < punishable < ordinary prosecution);
/// otherwise the law at the time of the act decides. The decision carries the `strl-3` note
/// and the other law's outcome (`otherLaw`).
/// Reading: the change must reflect a changed view of what should be punished; LOV-2025-06-20-83
/// does (it moves own-use cases to a milder provision), so the comparison is always made. Where
/// both laws leave the case punishable, which is more favourable is a concrete overall
/// assessment the tool cannot make: the act-time law decides and the note says so.
enum StraffelovenParagraph3 {
    static let info = RuleInfo(
        id: "strl-3",
        section: "§3",
        name: LocalizedText(nb: "straffeloven § 3", en: "straffeloven § 3"),
        summary:
            "An act before a statute's stated in-force date, decided on or after it: decided under both laws; the new law decides only when its liability is strictly milder; the note and otherLaw give the other law's outcome.",
        citations: ["strl-3"],
        reading:
            "Where both laws leave the case punishable, the act-time law decides and the note says that which is more favourable is a concrete overall assessment.",
        appliesTo: [.statute])
    static var id: String { info.id }

    /// Whether the new law decides: its liability is strictly milder than the act-time law's.
    static func newLawDecides(actTime: Liability, newLaw: Liability) -> Bool {
        newLaw.ordinal < actTime.ordinal
    }

    /// Where a case falls when a statute takes effect on `inForce`: decided before it (the
    /// practice), an act on or after it (the statute), or an act before it decided on or after
    /// it (straffeloven § 3, the statute deciding where its liability is milder).
    enum Period: Int, CaseIterable, Sendable {
        case decidedBefore, actOnOrAfter, paragraph3Practice, paragraph3Statute

        init(practice: Outcome, statute: Outcome, offence: LegalDate, decision: LegalDate, inForce: LegalDate) {
            if decision < inForce {
                self = .decidedBefore
            } else if offence >= inForce {
                self = .actOnOrAfter
            } else {
                self = newLawDecides(actTime: practice.liability, newLaw: statute.liability) ? .paragraph3Statute : .paragraph3Practice
            }
        }

        /// Whether the statute decides the case, with its own reaction and conditions; else the
        /// practice does, with its own, even where the two outcomes are the same.
        var statuteDecides: Bool { self == .actOnOrAfter || self == .paragraph3Statute }
    }

    /// The outcome that applies to a case when a statute takes effect on `inForce` (docs/law.md §3),
    /// from the outcomes under the practice and under the statute: the practice's for a decision
    /// before that date, the statute's for an act on or after it, and in between the statute's
    /// only where its liability is strictly milder (what `compare` counts with `--in-force`).
    static func applicable(
        practice: Outcome, statute: Outcome, offence: LegalDate, decision: LegalDate,
        inForce: LegalDate
    ) -> Outcome {
        if decision < inForce { return practice }
        if offence >= inForce { return statute }
        return newLawDecides(actTime: practice.liability, newLaw: statute.liability) ? statute : practice
    }

    static func decide(actTime: Engine.Explained, newLaw: Engine.Explained) -> Decision {
        let newLawIsMilder = newLawDecides(actTime: actTime.draft.liability, newLaw: newLaw.draft.liability)
        var winner = newLawIsMilder ? newLaw : actTime
        let other = newLawIsMilder ? actTime : newLaw
        let otherOutcome = Outcome(liability: other.draft.liability, recommended: other.draft.recommended)
        // Which law is more favourable is a concrete assessment only where both leave the case
        // punishable and answer it differently; then it is a caveat (docs/law.md §6).
        let answersDiffer = winner.draft.answer != other.draft.answer
        let concreteAssessment = winner.draft.liability == .punishable && other.draft.liability == .punishable && answersDiffer
        let vocabulary = winner.draft.context.vocabulary
        winner.draft.fire(id, Message.compared(winner: winner.ruleSet, other: other.ruleSet, otherOutcome, vocabulary: vocabulary))
        let note = Message.note(
            other: other.ruleSet, otherOutcome, newLawIsMilder: newLawIsMilder,
            concreteAssessment: concreteAssessment, vocabulary: vocabulary)
        winner.draft.note(id, note, caveat: answersDiffer)
        return winner.decision(
            otherLaw: OtherLaw(
                ruleSet: other.ruleSet.id, liability: otherOutcome.liability,
                recommended: otherOutcome.recommended))
    }
}

// MARK: - Messages

extension StraffelovenParagraph3 {
    enum Message {
        static func alsoUnder(_ statute: RuleSet) -> RuleMessage {
            RuleMessage(citations: ["strl-3"] + statute.citations) { language in
                language == .nb
                    ? "\(statute.name(.nb, capitalized: true)) vurdert etter straffeloven § 3: loven var i kraft på avgjørelsestiden, ikke på handlingstiden"
                    : "\(statute.name(.en, capitalized: true)) considered under straffeloven § 3: in force at the time of the decision, not of the act"
            }
        }

        static func compared(winner: RuleSet, other: RuleSet, _ outcome: Outcome, vocabulary: Vocabulary) -> RuleMessage {
            RuleMessage(citations: ["strl-3"]) { language in
                let gives = Wording.outcome(outcome.liability, outcome.recommended, conditions: [], vocabulary, language)
                return language == .nb
                    ? "\(winner.name(.nb, capitalized: true)) avgjør; \(other.name(.nb)) gir \(gives)"
                    : "\(winner.name(.en, capitalized: true)) decides; \(other.name(.en)) gives \(gives)"
            }
        }

        static func note(
            other: RuleSet, _ outcome: Outcome, newLawIsMilder: Bool, concreteAssessment: Bool,
            vocabulary: Vocabulary
        ) -> RuleMessage {
            // Which law applies and why; in brief without what the other law gives, which the
            // answer's summary states.
            let whichLaw: @Sendable (Language) -> String = { language in
                let why =
                    switch (language, newLawIsMilder) {
                    case (.nb, true):
                        "Straffeloven § 3: handlingen er begått før den nye loven trådte i kraft, men loven på avgjørelsestiden gir et gunstigere resultat for den siktede, og den anvendes."
                    case (.en, true):
                        "Straffeloven § 3: the act was committed before the new law took effect, but the law at the time of the decision gives a more favourable result for the suspect, and it applies."
                    case (.nb, false):
                        "Straffeloven § 3: loven på handlingstiden anvendes, fordi den nye loven ikke gir et mildere ansvar."
                    case (.en, false):
                        "Straffeloven § 3: the law at the time of the act applies, because the new law gives no milder liability."
                    }
                let assessment =
                    !concreteAssessment
                    ? ""
                    : language == .nb
                        ? " Når saken er straffbar etter begge lover, beror det på en konkret helhetsvurdering hvilken lov som er gunstigst for den siktede."
                        : " Where the case is punishable under both laws, which is more favourable to the suspect is a concrete overall assessment."
                return why + assessment
            }
            return RuleMessage(citations: ["strl-3"]) { language in
                let liability = Wording.liability(outcome.liability, language)
                // Ordinary prosecution recommends no reaction: it is said alone.
                let recommended = outcome.recommended.map {
                    (language == .nb ? ", anbefalt " : ", recommended ") + Wording.reaction($0, vocabulary, language)
                }
                let otherSays =
                    language == .nb
                    ? "\(other.name(.nb, capitalized: true)) ville gitt: \(liability)\(recommended ?? "")."
                    : "\(other.name(.en, capitalized: true)) would give: \(liability)\(recommended ?? "")."
                return whichLaw(language) + " " + otherSays
            }.briefly(whichLaw)
        }
    }
}
