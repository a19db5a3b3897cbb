/// docs/law.md §5.2.2 — Ungdom (15–17), punishable:
/// - no earlier drug reactions: påtaleunnlatelse with prøvetid and ruskontrakt (RA 2/2014: «Særlig
///   for ungdom mellom 15 og 18 år bør slike reaksjoner anvendes fremfor bot»);
/// - earlier drug reactions: ungdomsoppfølging recommended — an *interpretation* (close follow-up
///   where it can prevent new crime, Politidirektoratet 2019), flagged as such — with
///   påtaleunnlatelse available;
/// - ungdomsoppfølging and ruskontrakt need the youth's and the guardian's consent (see Consent);
///   a refusal leaves påtaleunnlatelse with prøvetid alone;
/// - forelegg available as a last resort («Straff i form av bøter er siste utvei»).
/// Reading: ungdomsoppfølging is also *available* to first-time offenders, as Politidirektoratet
/// (2019) says it can be given for «en eller flere kriminelle handlinger»; the spec names it only
/// for repeat cases.
enum Ungdom: DecidingRule {
    static let info = RuleInfo(
        id: "ungdom",
        section: "§5.2.2",
        name: LocalizedText(nb: "ungdom", en: "young offenders"),
        role: .reaction,
        summary:
            "Ungdom: påtaleunnlatelse with prøvetid and ruskontrakt, or ungdomsoppfølging after earlier drug reactions; consent of youth and guardian; forelegg as a last resort.",
        citations: ["ra-2014-2", "pod-2019", "strpl-69", "strpl-71a", "pod-2019-ungdomsoppfolging"],
        excludes: ["adult"],
        reading:
            "Ungdomsoppfølging is available to first-time youths too (Politidirektoratet 2019), recommended only after earlier drug reactions (flagged as an interpretation).",
        decidesEvery: [.ungdom])
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        guard facts.ageTrack == .ungdom else { return nil }
        let followUp = facts.hasPriorDrugReactions && !facts.refusesConsent(to: .ungdomsoppfolging)
        return Outcome(liability: .punishable, recommended: followUp ? .ungdomsoppfolging : .pataleunnlatelse)
    }

    /// The waiver's conditions before the advisory unit: probation, and the drug-testing contract
    /// unless its consent is refused.
    static func waiverBase<Facts: CaseFacts>(_ facts: Facts) -> [Condition] {
        [.provetid] + (facts.refusesConsent(to: .ruskontrakt) ? [] : [.ruskontrakt])
    }

    static func conditions<Facts: CaseFacts>(_ facts: Facts, _ outcome: Outcome) -> [Condition] {
        outcome.recommended == .pataleunnlatelse ? RadgivendeEnhetCondition.added(to: waiverBase(facts), facts) : []
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard let outcome else { return }
        let person = draft.context.person
        let vocabulary = draft.context.vocabulary
        let followUpConsent = vocabulary.reaction(.ungdomsoppfolging).requires
        let contractConsent = vocabulary.condition(.ruskontrakt).requires
        let conditions = RadgivendeEnhetCondition.conditions(waiverBase(draft.context), &draft)
        let waiverRatherThanFine = Message.waiverRatherThanFine(vocabulary)

        draft.fire(id, Message.facts(person))
        if outcome.recommended == .ungdomsoppfolging {
            draft.set(.ungdomsoppfolging, .recommended, by: id, Message.followUpAfterEarlierReactions)
            draft.addReason(Consent.reason(followUpConsent, for: person), to: .ungdomsoppfolging)
            draft.warn("interpretation", Message.followUpIsAnInterpretation)
            draft.set(.pataleunnlatelse, .available, by: id, conditions: conditions, waiverRatherThanFine)
        } else {
            draft.set(.pataleunnlatelse, .recommended, by: id, conditions: conditions, waiverRatherThanFine)
            Consent.offer(.ungdomsoppfolging, by: id, because: Message.followUpPossible, &draft)
        }
        if conditions.contains(.ruskontrakt) {
            draft.addReason(Consent.reason(contractConsent, for: person), to: .pataleunnlatelse)
        } else {
            draft.addReason(Message.noContract(Consent.reason(contractConsent, for: person)), to: .pataleunnlatelse)
        }
        draft.set(.forelegg, .available, by: id, Message.fineLastResort)
        draft.set(.oppfolgingIKonfliktrad, .excluded, by: id, Message.followUpIsUngdomsoppfolging(vocabulary))
    }
}

// MARK: - Messages

extension Ungdom {
    enum Message {
        static func facts(_ person: Person) -> RuleMessage {
            let priors = person.priorDrugReactions
            let (consent, guardian) = (person.consent, person.guardianConsent)
            return RuleMessage(citations: ["ra-2014-2", "pod-2019"]) { language in
                language == .nb
                    ? "tidligere narkotikareaksjoner: \(priors); samtykke fra den siktede: \(Wording.answer(consent, .nb)); "
                        + "fra vergen: \(Wording.answer(guardian, .nb))"
                    : "earlier drug reactions: \(priors); consent of the suspect: \(Wording.answer(consent, .en)); "
                        + "of the guardian: \(Wording.answer(guardian, .en))"
            }
        }

        /// The ages are the vocabulary's: from the age of criminal responsibility to majority.
        static func waiverRatherThanFine(_ vocabulary: Vocabulary) -> RuleMessage {
            let (from, majority) = (vocabulary.ageOfCriminalResponsibility, vocabulary.ageOfMajority)
            return RuleMessage(citations: ["strpl-69", "ra-2014-2"]) { language in
                language == .nb
                    ? "For ungdom mellom \(from) og \(majority) år bør påtaleunnlatelse med prøvetid brukes fremfor bot (Riksadvokatens rundskriv 2/2014)."
                    : "For youths between \(from) and \(majority), a waiver with a probation period should be used rather than a fine (circular 2/2014)."
            }.briefly(nb: "For ungdom bør prøvetid brukes fremfor bot.", en: "For youths, probation rather than a fine.")
        }

        static let followUpAfterEarlierReactions = RuleMessage(
            nb: "Tidligere narkotikareaksjoner: tett oppfølging i ungdomsoppfølging kan forebygge ny kriminalitet.",
            en: "Earlier drug reactions: close follow-up through ungdomsoppfølging can prevent new crime.",
            citations: ["strpl-71a", "pod-2019-ungdomsoppfolging"])

        static let followUpIsAnInterpretation = RuleMessage(
            nb:
                "Anbefalingen av ungdomsoppfølging ved tidligere narkotikareaksjoner er en tolkning av Politidirektoratets beskrivelse (Utredningsoppdrag, 2019), ikke en uttrykkelig regel.",
            en:
                "Recommending ungdomsoppfølging after earlier drug reactions is an interpretation of the Police Directorate's description (its 2019 report to the drug reform committee), not an explicit rule.",
            citations: ["pod-2019-ungdomsoppfolging"]
        ).briefly(
            nb: "At ungdomsoppfølging anbefales ved tidligere reaksjoner, er en tolkning, ikke en uttrykkelig regel.",
            en: "Recommending ungdomsoppfølging after earlier reactions is an interpretation, not an explicit rule.")

        static let followUpPossible = RuleMessage(
            nb: "Kan ilegges unge lovbrytere for en eller flere kriminelle handlinger der tett oppfølging kan forebygge ny kriminalitet.",
            en: "Can be given to young offenders for one or more offences where close follow-up can prevent new crime.",
            citations: ["strpl-71a", "pod-2019-ungdomsoppfolging"]
        ).briefly(
            nb: "Aktuelt der tett oppfølging kan forebygge ny kriminalitet.", en: "Suitable where close follow-up can prevent new crime.")

        static func noContract(_ consent: LocalizedText) -> LocalizedText {
            Wording.both { language in
                (language == .nb ? "Vilkår om ruskontrakt foreslås ikke: " : "No drug-testing contract is proposed. ")
                    + consent.text(language)
            }
        }

        static let fineLastResort = RuleMessage(
            nb: "Forelegg er mulig, men for ungdom er bot siste utvei.",
            en: "A fine notice is possible, but for youths a fine is the last resort.",
            citations: ["ra-2014-2", "pod-2019"]
        ).briefly(nb: "For ungdom er bot siste utvei.", en: "For youths a fine is the last resort.")

        static func followUpIsUngdomsoppfolging(_ vocabulary: Vocabulary) -> RuleMessage {
            let youths = Wording.youthAges(vocabulary)
            return RuleMessage(citations: ["strpl-71a"]) { language in
                language == .nb
                    ? "For \(youths)-åringer går oppfølging gjennom konfliktrådet som ungdomsoppfølging."
                    : "For \(youths)-year-olds, follow-up through the mediation service takes the form of ungdomsoppfølging."
            }.briefly(nb: "For ungdom brukes ungdomsoppfølging.", en: "For youths, ungdomsoppfølging is used.")
        }
    }
}
