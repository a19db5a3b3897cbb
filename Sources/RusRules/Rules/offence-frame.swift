/// docs/law.md §5.1.3 — Erverv or oppbevaring fall under straffeloven § 231 (frame 2 years) and a
/// forelegg for them appears on an ordinary politiattest (for an adult: under 18 at the act, the
/// note of politiattest-under-18 says what is shown); bruk and besittelse alone fall under
/// legemiddelloven § 31 (frame 6 months) and a fine for them does not. Under the 2025 statute
/// (§5.5.2, the one statute rule set) every small own-use case, erverv and oppbevaring included,
/// falls under legemiddelloven § 31 andre ledd (straffeloven § 231 tredje ledd); above «en
/// mindre mengde» the case is one for straffeloven § 231 (note `above-mindre-mengde`). The act's
/// name does not decide alone: an amount above the limit for minor reactions is held beyond
/// short possession and gets the § 231 frame with the note `holding-beyond-possession`
/// (*interpretation*). A supporting rule.
enum OffenceFrame {
    static let info = RuleInfo(
        id: "offence-frame",
        section: "§5.1.3",
        summary:
            "Erverv or oppbevaring, or more than the limit for minor reactions: straffeloven § 231 (ordinary politiattest); bruk and besittelse alone within the limits: legemiddelloven § 31; under the 2025 statute, above «en mindre mengde»: straffeloven § 231.",
        citations: ["strl-231", "lml-24", "lml-31", "lml-31-2025", "strl-231-2025"],
        reading:
            "Besittelse is short holding for one's own use: an amount above the limit for minor reactions (or the ceiling of an unknown one) is held beyond that, whatever the acts say, and gets the § 231 frame with the note holding-beyond-possession."
    )
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let context = draft.context
        let acts = context.case.acts
        let named231 = acts.contains(.acquisition) || acts.contains(.storage)
        let beyond = beyondPossession(context)
        let book = context.book
        // Under 18 at the act the politiattest is the note of its own (politiattest-under-18):
        // the § 231 frame does not say the opposite beside it.
        let strl231 = Message.strl231(book.terms(of: "strl-231"), shownOnPolitiattest: context.ageTrack != .ungdom)
        if context.ruleSet.kind == .statute && context.verdict(.smallQuantity) == .above {
            draft.fire(id, Message.aboveSmallQuantity)
            draft.note("frame-strl-231", strl231)
            draft.note("above-mindre-mengde", Message.aboveMindreMengde)
        } else if context.ruleSet.kind == .statute && draft.liability != .ordinaryProsecution {
            draft.fire(id, Message.smallQuantity2025)
            draft.note("frame-lml-31-2025", Message.lml31of2025(book.terms(of: "lml-31-2025")))
        } else if named231 || beyond || context.ruleSet.kind == .statute {
            draft.fire(id, named231 ? Message.acquisitionOrStorage : Message.beyondPossession)
            draft.note("frame-strl-231", strl231)
        } else {
            draft.fire(id, Message.useOrPossession)
            draft.note("frame-lml-31", Message.lml31(book.terms(of: "lml-31")))
        }
        if beyond && !named231 {
            draft.note("holding-beyond-possession", Message.holdingBeyondPossession)
        }
    }

    /// Whether the amount is above the limit for minor reactions that governs the person (the
    /// dependent-user table for a dependent user where the rule set has one, the prosecution
    /// table otherwise), or above the ceiling of an unknown one.
    private static func beyondPossession(_ context: EvaluationContext) -> Bool {
        if context.person.dependent.countsAsDependent, let verdict = context.verdict(.dependentUser) {
            return verdict == .above
        }
        return context.verdict(.prosecution) == .above
    }
}

// MARK: - Messages

extension OffenceFrame {
    enum Message {
        static let smallQuantity2025 = RuleMessage(
            nb: "mindre mengde til egen bruk → legemiddelloven § 31 andre ledd (LOV-2025-06-20-83)",
            en: "small quantity for own use → legemiddelloven § 31 second paragraph (LOV-2025-06-20-83)",
            citations: ["lml-31-2025", "strl-231-2025"])

        /// `frame` is the penalty frame from the citation data («bot eller fengsel inntil 6 måneder»).
        static func lml31of2025(_ frame: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["lml-31-2025", "strl-231-2025"]) { language in
                language == .nb
                    ? "Erverv og oppbevaring av en mindre mengde narkotika til egen bruk og bruk av narkotika: legemiddelloven § 31 andre ledd (\(frame.nb)); straffeloven § 231 tredje ledd viser dit."
                    : "Acquiring and keeping a small quantity of drugs for own use, and using drugs: legemiddelloven § 31 second paragraph (\(frame.en)); straffeloven § 231 third paragraph refers there."
            }.briefly { language in
                language == .nb
                    ? "Mindre mengde til egen bruk: legemiddelloven § 31 andre ledd (\(frame.nb))."
                    : "A small quantity for own use: legemiddelloven § 31 second paragraph (\(frame.en))."
            }
        }

        static let aboveSmallQuantity = RuleMessage(
            nb: "over «en mindre mengde» → straffeloven § 231 (LOV-2025-06-20-83)",
            en: "above «a small quantity» → straffeloven § 231 (LOV-2025-06-20-83)",
            citations: ["strl-231-2025", "strl-231"])

        static let aboveMindreMengde = RuleMessage(
            nb:
                "Mengden er større enn «en mindre mengde» etter legemiddelloven § 31 andre ledd. Forholdet faller derfor inn under straffeloven § 231 og avgjøres som etter praksis før lovendringen; forenklet forelegg kan ikke brukes.",
            en:
                "The quantity is larger than «a small quantity» under legemiddelloven § 31 second paragraph. The act therefore falls under straffeloven § 231 and is decided as under the practice before the statute; a simplified fine notice cannot be used.",
            citations: ["lml-31-2025", "strl-231-2025", "strl-231"]
        ).briefly(
            nb: "Mer enn «en mindre mengde»: straffeloven § 231, avgjort som etter praksis før lovendringen.",
            en: "More than «a small quantity»: straffeloven § 231, decided as under the practice before the statute.")

        static let beyondPossession = RuleMessage(
            nb: "mer enn grensen for mindre reaksjoner → straffeloven § 231",
            en: "more than the limit for minor reactions → straffeloven § 231", citations: ["strl-231"])

        static let holdingBeyondPossession = RuleMessage(
            nb:
                "Besittelse er kortvarig innehav av en liten mengde til eget bruk. Å ha mer enn grensen for mindre reaksjoner er normalt oppbevaring etter straffeloven § 231, uansett hvordan handlingen er betegnet. Dette er en tolkning.",
            en:
                "Possession is short-lived holding of a small quantity for one's own use. Holding more than the limit for minor reactions is normally storage under straffeloven § 231, whatever the act is called. This is an interpretation.",
            citations: ["strl-231", "lml-24"]
        ).briefly(
            nb: "Å inneha mer enn grensen for mindre reaksjoner er normalt oppbevaring etter straffeloven § 231 (en tolkning).",
            en: "Holding more than the limit for minor reactions is normally storage under straffeloven § 231 (an interpretation).")

        static let acquisitionOrStorage = RuleMessage(
            nb: "erverv/oppbevaring → straffeloven § 231", en: "acquisition/storage → straffeloven § 231", citations: ["strl-231"])

        /// `shownOnPolitiattest` false leaves out that a forelegg appears on an ordinary
        /// politiattest: not so for an act before 18 (politiregisterloven § 41).
        static func strl231(_ frame: LocalizedText, shownOnPolitiattest: Bool) -> RuleMessage {
            RuleMessage(citations: ["strl-231"]) { language in
                switch (language, shownOnPolitiattest) {
                case (.nb, true): "Straffeloven § 231 (\(frame.nb)). Et forelegg vises på ordinær politiattest."
                case (.nb, false): "Straffeloven § 231 (\(frame.nb))."
                case (.en, true): "Straffeloven § 231 (\(frame.en)). A fine notice appears on an ordinary police certificate."
                case (.en, false): "Straffeloven § 231 (\(frame.en))."
                }
            }
        }

        static let useOrPossession = RuleMessage(
            nb: "bare bruk/besittelse → legemiddelloven § 31", en: "use/possession only → legemiddelloven § 31",
            citations: ["lml-24", "lml-31"])

        static func lml31(_ frame: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ["lml-24", "lml-31"]) { language in
                language == .nb
                    ? "Bare bruk og besittelse: legemiddelloven § 24 jf. § 31 (\(frame.nb)). En bot for dette vises ikke på ordinær politiattest."
                    : "Use and possession only: legemiddelloven § 24 with § 31 (\(frame.en)). A fine for this does not appear on an ordinary police certificate."
            }.briefly { language in
                language == .nb
                    ? "Bruk og besittelse: legemiddelloven § 24 jf. § 31 (\(frame.nb)); boten vises ikke på ordinær politiattest."
                    : "Use and possession: legemiddelloven § 24 with § 31 (\(frame.en)); the fine does not appear on an ordinary police certificate."
            }
        }
    }
}
