/// docs/law.md §5.5.5 — lov-2025, 15–17: no forenklet forelegg (the Storting's premise: none under
/// 18); påtaleunnlatelse recommended with prøvetid and attendance at the rådgivende enhet
/// (straffeloven § 37 første ledd bokstav j); available: the voluntary police referral to the
/// advisory unit (politiloven § 9 a; the guardian is heard first), ungdomsoppfølging with the
/// consent of the youth and the guardian (as §5.2.2), and forelegg as a last resort. No
/// ruskontrakt: no drug tests are taken at the advisory unit.
enum Ungdom2025: DecidingRule {
    static let info = RuleInfo(
        id: "ungdom-2025",
        section: "§5.5.5",
        name: LocalizedText(nb: "ungdom etter lovendringen 2025", en: "young offenders under the 2025 statute"),
        role: .reaction,
        summary:
            "lov-2025, ungdom: påtaleunnlatelse with prøvetid and the advisory unit recommended; voluntary referral (politiloven § 9 a), ungdomsoppfølging with consent and forelegg available; no forenklet forelegg, no ruskontrakt.",
        citations: ["strl-37-j", "pl-9a", "strpl-69", "strpl-71a", "innst-518-l-2024-2025", "dagsavisen-2025", "ra-2014-2"],
        excludes: ["adult-2025", "adult", "ungdom"],
        reading: "Ungdomsoppfølging stays available, never recommended: §5.5.5 names påtaleunnlatelse for every youth.",
        decidesEvery: [.ungdom])
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        facts.ageTrack == .ungdom ? Outcome(liability: .punishable, recommended: .pataleunnlatelse) : nil
    }

    /// The waiver's conditions before the advisory unit: probation (no drug tests under the statute).
    static let waiverBase: [Condition] = [.provetid]

    static func conditions<Facts: CaseFacts>(_ facts: Facts, _ outcome: Outcome) -> [Condition] {
        outcome.recommended == .pataleunnlatelse ? RadgivendeEnhetCondition.added(to: waiverBase, facts) : []
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        guard outcome != nil else { return }
        let person = draft.context.person
        let vocabulary = draft.context.vocabulary
        let majority = vocabulary.ageOfMajority
        let attendance = draft.context.book.terms(of: "strl-37-j")
        draft.fire(id, Message.youth(person.ageAtOffence, majority))
        draft.set(
            .pataleunnlatelse, .recommended, by: id, conditions: RadgivendeEnhetCondition.conditions(waiverBase, &draft),
            Message.waiverWithAdvisoryUnit(vocabulary, attendance: attendance))
        draft.addReason(Message.noDrugTests, to: .pataleunnlatelse)
        draft.set(.radgivendeEnhet, .available, by: id, Message.voluntaryReferral)
        Consent.offer(.ungdomsoppfolging, by: id, because: Ungdom.Message.followUpPossible, &draft)
        draft.set(.forelegg, .available, by: id, Ungdom.Message.fineLastResort)
        draft.set(.forenkletForelegg, .excluded, by: id, Message.noSimplifiedFineUnderMajority(majority))
        draft.set(.oppfolgingIKonfliktrad, .excluded, by: id, Ungdom.Message.followUpIsUngdomsoppfolging(vocabulary))
    }
}

// MARK: - Messages

extension Ungdom2025 {
    enum Message {
        /// `majority` is the age of majority from the vocabulary (18).
        static func youth(_ age: Int, _ majority: Int) -> RuleMessage {
            RuleMessage(citations: ["strl-37-j", "innst-518-l-2024-2025"]) { language in
                language == .nb
                    ? "\(age) år, under \(majority) → påtaleunnlatelse med oppmøte for rådgivende enhet, ikke forenklet forelegg"
                    : "aged \(age), under \(majority) → waiver with attendance at the advisory unit, no simplified fine notice"
            }
        }

        /// `attendance` is how often and how long the advisory unit can be attended, from the
        /// citation data of straffeloven § 37 j.
        static func waiverWithAdvisoryUnit(_ vocabulary: Vocabulary, attendance: LocalizedText) -> RuleMessage {
            let youths = Wording.youthAges(vocabulary)
            return RuleMessage(citations: ["strpl-69", "strl-37-j", "innst-518-l-2024-2025"]) { language in
                language == .nb
                    ? "For \(youths)-åringer er påtaleunnlatelse med prøvetid og vilkår om oppmøte for rådgivende enhet for russaker, \(attendance.nb), den aktuelle reaksjonen."
                    : "For \(youths)-year-olds, a waiver with a probation period and a condition to attend the municipal drug advisory unit, \(attendance.en), is the reaction."
            }.briefly(nb: "Den aktuelle reaksjonen for ungdom.", en: "The reaction for youths.")
        }

        static let noDrugTests = LocalizedText(
            nb: "Vilkår om ruskontrakt foreslås ikke: ved rådgivende enhet tas det ikke ruskontroller.",
            en: "No drug-testing contract is proposed: no drug tests are taken at the advisory unit.")

        static let voluntaryReferral = RuleMessage(
            nb: "Politiet kan henvise til frivillig oppmøte for rådgivende enhet for russaker; vergen skal høres først.",
            en: "The police can refer the youth to voluntary attendance at the municipal drug advisory unit; the guardian is heard first.",
            citations: ["pl-9a", "dagsavisen-2025"])

        static func noSimplifiedFineUnderMajority(_ majority: Int) -> RuleMessage {
            RuleMessage(citations: ["innst-518-l-2024-2025", "dagsavisen-2025"]) { language in
                language == .nb
                    ? "Etter Stortingets forutsetning gis forenklet forelegg ikke til personer under \(majority) år; de henvises til rådgivende enhet."
                    : "On the Storting's premise, no simplified fine notice is given to persons under \(majority); they are referred to the advisory unit."
            }.briefly { language in
                language == .nb
                    ? "Ikke for personer under \(majority) år, som henvises til rådgivende enhet."
                    : "Not for persons under \(majority), who are referred to the advisory unit."
            }
        }
    }
}
