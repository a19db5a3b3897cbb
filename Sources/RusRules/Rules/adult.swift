/// docs/law.md §5.2.3 — Ung-voksen and voksen, punishable: forelegg recommended; påtaleunnlatelse
/// available with prøvetid (and ruskontroll unless consent is refused); for ung-voksen with no
/// earlier drug reactions, a note that some districts use påtaleunnlatelse with drug testing for
/// suitable first-time offenders up to 25 (Politidirektoratet 2019); oppfølging i konfliktråd
/// available with consent.
enum Adult: DecidingRule {
    static let info = RuleInfo(
        id: "adult",
        section: "§5.2.3",
        name: LocalizedText(nb: "voksne", en: "adults"),
        role: .reaction,
        summary:
            "Ung-voksen and voksen: forelegg recommended; påtaleunnlatelse with prøvetid and ruskontroll available; oppfølging i konfliktråd with consent; first-time note for ung-voksen.",
        citations: ["strpl-255", "ra-2014-2", "strpl-69", "strpl-71a", "pod-2019", "pod-2019-ruskontrakt"],
        excludes: ["ungdom"],
        decidesEvery: [.ungVoksen, .voksen])
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        facts.ageTrack == .ungVoksen || facts.ageTrack == .voksen
            ? Outcome(liability: .punishable, recommended: .forelegg) : nil
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard outcome != nil else { return }
        let context = draft.context
        let person = context.person
        let vocabulary = context.vocabulary
        let testingConsent = vocabulary.condition(.ruskontroll).requires
        let conditions = RadgivendeEnhetCondition.conditions(
            [.provetid] + (Consent.isRefused(testingConsent, for: person) ? [] : [.ruskontroll]), &draft)

        let track = context.ageTrack
        draft.fire(
            id,
            Message.fineNotice(
                track: Wording.both { Wording.ageTrack(track, vocabulary, $0) },
                priors: person.priorDrugReactions))
        draft.set(.forelegg, .recommended, by: id, Message.usualReaction)
        draft.set(.pataleunnlatelse, .available, by: id, conditions: conditions, Message.waiverPossible)
        draft.addReason(
            conditions.contains(.ruskontroll)
                ? Consent.reason(testingConsent, for: person)
                : Message.noTesting(Consent.reason(testingConsent, for: person)),
            to: .pataleunnlatelse)
        Consent.offer(.oppfolgingIKonfliktrad, by: id, citing: ["strpl-71a", "pod-2019"], &draft)
        let youth = draft.context.book.vocabulary.definition(of: .ungdom).name
        draft.set(.ungdomsoppfolging, .excluded, by: id, Message.followUpIsForYouths(person.ageAtOffence, youth))
        if context.ageTrack == .ungVoksen && person.priorDrugReactions == 0 {
            let youngAdult = draft.context.book.vocabulary.definition(of: .ungVoksen).name
            draft.note("first-time-under-25", Message.firstTimeYoungAdult(youngAdult))
        }
    }
}

// MARK: - Messages

extension Adult {
    enum Message {
        static func fineNotice(track: LocalizedText, priors: Int) -> RuleMessage {
            RuleMessage(citations: ["strpl-255", "ra-2014-2"]) { language in
                language == .nb
                    ? "\(track.nb), tidligere narkotikareaksjoner: \(priors) → forelegg"
                    : "\(track.en), earlier drug reactions: \(priors) → fine notice"
            }
        }

        static let usualReaction = RuleMessage(
            nb: "For voksne er forelegg den vanlige reaksjonen ved befatning med narkotika til eget bruk innenfor grensene for mindre reaksjoner.",
            en:
                "For adults, a fine notice is the usual reaction to using, acquiring or holding drugs for one's own use within the limits for minor reactions.",
            citations: ["strpl-255", "ra-2014-2"])

        static let waiverPossible = RuleMessage(
            nb: "Påtaleunnlatelse med prøvetid og individuelle vilkår kan brukes, særlig der målet er å forebygge videre rusbruk.",
            en: "A waiver with a probation period and individual conditions can be used, especially to prevent further drug use.",
            citations: ["strpl-69", "ra-2014-2"]
        ).briefly(nb: "Særlig der målet er å forebygge videre rusbruk.", en: "Particularly where the aim is to prevent further drug use.")

        static func noTesting(_ consent: LocalizedText) -> LocalizedText {
            Wording.both { language in
                (language == .nb ? "Vilkår om ruskontroll foreslås ikke: " : "No drug testing is proposed. ") + consent.text(language)
            }
        }

        /// `youth` is the youth track's name from the vocabulary ("ungdom (15–17 år)").
        static func followUpIsForYouths(_ age: Int, _ youth: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["strpl-71a"]) { language in
                language == .nb
                    ? "Bare for \(youth.nb) på gjerningstidspunktet; personen var \(age) år."
                    : "Only for a \(youth.en) at the time of the act; the person was \(age)."
            }.briefly { language in
                // Rendered only where the one-screen answer shows it, as the full text is.
                language == .nb ? "Bare for \(youth.nb); personen var \(age) år." : "Only for a \(youth.en); the person was \(age)."
            }
        }

        /// `youngAdult` is the young-adult track's name from the vocabulary ("ung voksen (18–24 år)").
        static func firstTimeYoungAdult(_ youngAdult: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["pod-2019-ruskontrakt"]) { language in
                language == .nb
                    ? "Enkelte politidistrikter tilbyr påtaleunnlatelse med ruskontroll til egnede førstegangslovbrytere i aldersgruppen \(youngAdult.nb)."
                    : "Some police districts offer a waiver with drug testing to suitable first-time offenders in the \(youngAdult.en) group."
            }
        }
    }
}
