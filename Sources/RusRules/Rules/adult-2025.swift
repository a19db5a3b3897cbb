/// docs/law.md §5.5.4 — lov-2025, 18 and over, not dependent (or dependent without a known
/// guideline limit): forenklet forelegg recommended — a *guideline*, the Storting majority's
/// premise (Innst. 518 L (2024–2025)), not the statute's text; its rate is not set, and it is
/// not to be shown on a politiattest (registration in the reaksjonsregister is disputed).
/// Påtaleunnlatelse (prøvetid, and attendance at the rådgivende enhet up to three times within
/// three months: straffeloven § 37 første ledd bokstav j) and an ordinary forelegg stay
/// available; oppfølging i konfliktråd with consent.
enum Adult2025: DecidingRule {
    static let info = RuleInfo(
        id: "adult-2025",
        section: "§5.5.4",
        name: LocalizedText(nb: "voksne etter lovendringen 2025", en: "adults under the 2025 statute"),
        role: .reaction,
        summary:
            "lov-2025, ung-voksen and voksen: forenklet forelegg recommended (the Storting's premise; rate not set); påtaleunnlatelse with prøvetid and the advisory unit, forelegg, and konfliktråd with consent available.",
        citations: ["lml-31a", "lml-31-2025", "innst-518-l-2024-2025", "dagsavisen-2025", "strl-37-j", "strpl-69", "strpl-255", "strpl-71a"],
        excludes: ["ungdom-2025", "adult", "ungdom"],
        reading:
            "The voluntary referral to the advisory unit (politiloven § 9 a) is, on the Storting's premise, the reaction for minors; for adults it is not listed as a reaction of its own.",
        decidesEvery: [.ungVoksen, .voksen])
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        facts.ageTrack == .ungVoksen || facts.ageTrack == .voksen
            ? Outcome(liability: .punishable, recommended: .forenkletForelegg) : nil
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard outcome != nil else { return }
        let context = draft.context
        let person = context.person
        let vocabulary = context.vocabulary
        let track = context.ageTrack
        let majority = vocabulary.ageOfMajority
        draft.fire(id, Message.simplifiedFine(track: Wording.both { Wording.ageTrack(track, vocabulary, $0) }))
        draft.set(.forenkletForelegg, .recommended, by: id, Message.normalReaction(majority))
        draft.warn("guideline-value", Message.premiseIsAGuideline(majority))
        draft.note("fine-rate-unknown", Message.rateNotSet)
        draft.note("forenklet-forelegg-politiattest", Message.notOnPolitiattest)
        draft.set(
            .pataleunnlatelse, .available, by: id, conditions: RadgivendeEnhetCondition.conditions([.provetid], &draft),
            Message.waiverWithAdvisoryUnit(attendance: context.book.terms(of: "strl-37-j")))
        draft.set(.forelegg, .available, by: id, Message.ordinaryFine)
        Consent.offer(.oppfolgingIKonfliktrad, by: id, &draft)
        let youth = draft.context.book.vocabulary.definition(of: .ungdom).name
        draft.set(.ungdomsoppfolging, .excluded, by: id, Adult.Message.followUpIsForYouths(person.ageAtOffence, youth))
        draft.set(.radgivendeEnhet, .excluded, by: id, Message.referralIsForMinors(majority))
    }
}

// MARK: - Messages

extension Adult2025 {
    enum Message {
        static func simplifiedFine(track: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["lml-31a", "innst-518-l-2024-2025"]) { language in
                language == .nb ? "\(track.nb) → forenklet forelegg" : "\(track.en) → simplified fine notice"
            }
        }

        /// `majority` is the age of majority from the vocabulary (18).
        static func normalReaction(_ majority: Int) -> RuleMessage {
            RuleMessage(citations: ["lml-31a", "innst-518-l-2024-2025", "dagsavisen-2025"]) { language in
                language == .nb
                    ? "Fra \(majority) år er forenklet forelegg normalreaksjonen for bruk og for erverv og oppbevaring av en mindre mengde til egen bruk (legemiddelloven § 31 a, etter Stortingets forutsetning)."
                    : "From \(majority), a simplified fine notice is the normal reaction to use, and to acquiring and keeping a small quantity for own use (legemiddelloven § 31 a, on the Storting's premise)."
            }.briefly { language in
                language == .nb
                    ? "Fra \(majority) år normalreaksjonen for bruk og mindre mengder til egen bruk (legemiddelloven § 31 a)."
                    : "From \(majority), the normal reaction to use and small quantities for own use (legemiddelloven § 31 a)."
            }
        }

        static func premiseIsAGuideline(_ majority: Int) -> RuleMessage {
            RuleMessage(citations: ["innst-518-l-2024-2025", "dagsavisen-2025"]) { language in
                language == .nb
                    ? "At forenklet forelegg er normalreaksjonen fra \(majority) år, følger av Stortingsflertallets forutsetning (Innst. 518 L (2024–2025)), gjengitt i sekundærkilder, ikke av lovteksten: en retningslinje, ikke avklart rett."
                    : "That a simplified fine notice is the normal reaction from \(majority) follows from the Storting majority's premise (Innst. 518 L (2024–2025)), as reported by secondary sources, not from the statute's text: a guideline, not settled law."
            }.briefly(
                nb: "At forenklet forelegg er normalreaksjonen, bygger på Stortingsflertallets forutsetning, ikke lovteksten.",
                en: "That the simplified fine notice is the normal reaction rests on the Storting majority's premise, not the statute.")
        }

        static let rateNotSet = RuleMessage(
            nb: "Satsene for forenklet forelegg etter legemiddelloven § 31 a er ikke fastsatt; beløpet er ukjent.",
            en: "The rates of the simplified fine notice under legemiddelloven § 31 a are not set; the amount is unknown.",
            citations: ["lml-31a"]
        ).briefly(nb: "Satsene for forenklet forelegg er ikke fastsatt.", en: "The rates of the simplified fine notice are not set.")

        static let notOnPolitiattest = RuleMessage(
            nb:
                "Etter Stortingets forutsetning skal forenklet forelegg ikke vises på politiattest; om det skal registreres i reaksjonsregisteret, er omstridt.",
            en:
                "On the Storting's premise, a simplified fine notice is not to be shown on a police certificate; whether it is to be entered in the criminal records register is disputed.",
            citations: ["innst-518-l-2024-2025", "dagsavisen-2025"]
        ).briefly(
            nb: "Forenklet forelegg skal ikke vises på politiattest (Stortingets forutsetning); registreringen er omstridt.",
            en: "The simplified fine notice is not to be shown on a police certificate (the Storting's premise); its registration is disputed.")

        /// `attendance` is how often and how long the advisory unit can be attended, from the
        /// citation data of straffeloven § 37 j.
        static func waiverWithAdvisoryUnit(attendance: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["strpl-69", "strl-37-j"]) { language in
                language == .nb
                    ? "Påtaleunnlatelse med prøvetid og vilkår om oppmøte for rådgivende enhet for russaker, \(attendance.nb)."
                    : "A waiver with a probation period and a condition to attend the municipal drug advisory unit, \(attendance.en)."
            }.briefly(nb: "Kan brukes i stedet for forenklet forelegg.", en: "Can be used instead of the simplified fine notice.")
        }

        static let ordinaryFine = RuleMessage(
            nb: "Et ordinært forelegg kan fortsatt brukes.",
            en: "An ordinary fine notice can still be used.",
            citations: ["strpl-255", "lml-31-2025"])

        static func referralIsForMinors(_ majority: Int) -> RuleMessage {
            RuleMessage(citations: ["pl-9a", "innst-518-l-2024-2025"]) { language in
                language == .nb
                    ? "Henvisning til rådgivende enhet for russaker (politiloven § 9 a) er etter Stortingets forutsetning reaksjonen for personer under \(majority) år; fra \(majority) år er forenklet forelegg normalreaksjonen."
                    : "Referral to the municipal drug advisory unit (politiloven § 9 a) is, on the Storting's premise, the reaction for persons under \(majority); from \(majority) the simplified fine notice is the normal reaction."
            }.briefly { language in
                // The statute lets the police refer anyone; it is the Storting's premise that
                // reserves the referral for those under 18, and the brief says so.
                language == .nb
                    ? "Etter Stortingets forutsetning for personer under \(majority) år; fra \(majority) år er forenklet forelegg normalreaksjonen."
                    : "On the Storting's premise, for persons under \(majority); from \(majority) the simplified fine notice is the normal reaction."
            }
        }
    }
}
