/// docs/law.md §3 — Selecting a rule set.
/// - An explicit choice wins (then straffeloven § 3 is not applied: no `otherLaw`).
/// - Otherwise the decision date picks the practice in force (sentencing practice follows the
///   date of the decision, not of the act); a date before the earliest practice is an error
///   (`no-rule-set`); a missing decision date means today, said in `decision-date-assumed`.
/// - A statute (LOV-2025-06-20-83) is never chosen from a date unless the user states its
///   in-force date D: with no D, decisions from its adoption get `later-law-in-force-unknown`;
///   with D, a decision before D gets the practice and the `later-law-adopted` note, an offence
///   on or after D gets the statute, and an offence before D decided on or after D is decided
///   under both (straffeloven § 3; see ``StraffelovenParagraph3``).
/// - An explicit rule set outside its dates is honoured with a `rule-set-not-in-force` warning.
enum SelectRuleSet {
    static let info = RuleInfo(
        id: "select-rule-set",
        section: "§3",
        summary:
            "An explicit rule set wins; otherwise the decision date picks the practice in force, and a statute only from an in-force date the user states (straffeloven § 3 between the two); warnings for an assumed date, a statute whose in-force date is unknown and a rule set chosen outside its dates.",
        citations: ["hr-2022-731-a", "lov-2025-06-20-83", "strl-3"])
    static var id: String { info.id }

    struct Selection {
        let ruleSet: RuleSet
        let decisionDate: LegalDate
        let assumed: Bool
        var warnings: [Remark]
        var notes: [Remark]
        let trace: Remark
        /// Adopted statutes whose in-force date is not stated, for a decision from their
        /// adoption: the engine decides the case under each too, and says so as a warning
        /// where the answer would differ and as a note where not (docs/law.md §6).
        let undatedLaterLaws: [RuleSet]
        /// Straffeloven § 3: the later statute the case is also decided under (`ruleSet` is then
        /// the practice at the time of the act).
        let laterLaw: RuleSet?
        /// A statute whose stated in-force date follows the decision date (the note
        /// `later-law-adopted`), and that date: the engine decides the case under it too, and the
        /// note is a caveat where the statute would answer otherwise (docs/law.md §6).
        var adoptedLaterLaw: (statute: RuleSet, from: LegalDate)? = nil
    }

    static func select(
        _ theCase: Case, explicit: String?, inForce: InForceDates, today: LegalDate, book: RuleBook
    ) -> Result<Selection, CaseErrors> {
        let date = theCase.decisionDate ?? today
        let assumed = theCase.decisionDate == nil
        func failure(_ code: ErrorCode, _ pointer: String, _ message: String, _ details: [String: String]) -> Result<Selection, CaseErrors> {
            .failure(
                CaseErrors(
                    id: theCase.id,
                    errors: [
                        InputError(
                            code: code, pointer: JSONPointer(pointer)!, message: message,
                            details: details)
                    ]))
        }
        if assumed && date < theCase.offenceDate {
            return failure(
                .dateOrder, "/offenceDate",
                "offence date \(theCase.offenceDate) is after today (\(date)), which is assumed as the decision date; give decisionDate",
                [
                    "value": theCase.offenceDate.description, "relation": "after", "otherField": "decisionDate",
                    "otherDate": date.description,
                ])
        }
        var warnings: [Remark] = assumed ? [Message.decisionDateAssumed(date).remark("decision-date-assumed")] : []
        warnings += Plausibility.warnings(
            theCase, ageTrack: Age.track(forAge: theCase.person.ageAtOffence, vocabulary: book.vocabulary), today: today, book: book)
        var notes: [Remark] = []
        var laterLaw: RuleSet?
        var adoptedLaterLaw: (statute: RuleSet, from: LegalDate)?
        let ruleSet: RuleSet
        let how: LocalizedText
        if let explicit {
            guard let chosen = book.ruleSet(explicit) else {
                return failure(
                    .unknownRuleSet, "", "no rule set \"\(explicit)\"; known: \(book.ruleSets.map(\.id).joined(separator: ", "))",
                    ["value": explicit])
            }
            ruleSet = chosen
            how = Message.chosenExplicitly
            if let validity = chosen.validity, !validity.contains(date) {
                warnings.append(Message.notInForce(chosen, validity, date).remark("rule-set-not-in-force"))
            }
            if chosen.kind == .statute {
                let stated = inForce[chosen.id]
                if stated.map({ date < $0 }) ?? true {
                    warnings.append(Message.statuteNotInForce(chosen, stated, date).remark("rule-set-not-in-force"))
                }
            }
        } else {
            guard let practice = book.practice(on: date) else {
                let earliest = book.earliestModelledDate.map(\.description) ?? "—"
                return failure(
                    .noRuleSet, assumed ? "/offenceDate" : "/decisionDate",
                    "no rule set is modelled for decision date \(date); the earliest is \(earliest)", ["earliest": earliest])
            }
            var chosen = practice
            var chosenHow = Message.inForceOn(date)
            for statute in book.statutes {
                guard let from = inForce[statute.id] else { continue }
                if theCase.offenceDate >= from {
                    chosen = statute
                    chosenHow = Message.statuteInForce(from, offence: theCase.offenceDate)
                } else if date >= from {
                    laterLaw = statute
                    chosenHow = Message.actTimeLaw(theCase.offenceDate, from: from)
                } else {
                    notes.append(Message.adoptedNotYetInForce(statute, from: from, date).remark("later-law-adopted"))
                    adoptedLaterLaw = (statute, from)
                }
                break
            }
            ruleSet = chosen
            how = chosenHow
        }
        var undated: [RuleSet] = []
        if ruleSet.kind != .statute && laterLaw == nil {
            for statute in book.statutes where inForce[statute.id] == nil {
                guard let adopted = statute.adopted, date >= adopted else { continue }
                undated.append(statute)
            }
        }
        let trace = Message.selected(ruleSet, how).remark(id)
        return .success(
            Selection(
                ruleSet: ruleSet, decisionDate: date, assumed: assumed, warnings: warnings, notes: notes,
                trace: trace, undatedLaterLaws: undated, laterLaw: laterLaw, adoptedLaterLaw: adoptedLaterLaw))
    }
}

// MARK: - Messages

extension SelectRuleSet {
    enum Message {
        static let chosenExplicitly = LocalizedText(nb: "valgt uttrykkelig", en: "chosen explicitly")

        /// `date` is the decision date, which the answer's first line gives. A practice is
        /// «gjeldende» on a date; «i kraft» is said of a statute.
        static func inForceOn(_ date: LegalDate) -> LocalizedText {
            Wording.both { $0 == .nb ? "gjeldende per \(Wording.date(date, .nb))" : "in force on \(Wording.date(date, .en))" }
        }

        static func statuteInForce(_ from: LegalDate, offence: LegalDate) -> LocalizedText {
            Wording.both {
                $0 == .nb
                    ? "i kraft fra \(Wording.date(from, .nb)) (oppgitt), og handlingen ble begått \(Wording.date(offence, .nb))"
                    : "in force from \(Wording.date(from, .en)) (as stated), and the act was committed on \(Wording.date(offence, .en))"
            }
        }

        static func actTimeLaw(_ offence: LegalDate, from: LegalDate) -> LocalizedText {
            Wording.both {
                $0 == .nb
                    ? "loven på handlingstiden \(Wording.date(offence, .nb)); den nye loven (i kraft fra \(Wording.date(from, .nb))) er også vurdert etter straffeloven § 3"
                    : "the law at the time of the act, \(Wording.date(offence, .en)); the new law (in force from \(Wording.date(from, .en))) is also considered under straffeloven § 3"
            }
        }

        static func notInForce(_ chosen: RuleSet, _ validity: Validity, _ date: LegalDate) -> RuleMessage {
            RuleMessage(citations: chosen.citations) { language in
                let to = validity.to.map { $0.written(language) } ?? "—"
                return language == .nb
                    ? "\(chosen.name(.nb, capitalized: true)) gjelder avgjørelser \(validity.from.written(.nb))–\(to), ikke \(date.written(.nb)); den er brukt fordi den ble valgt."
                    : "\(chosen.name(.en, capitalized: true)) applies to decisions \(validity.from.written(.en))–\(to), not \(date.written(.en)); it is used because it was chosen."
            }
        }

        static func statuteNotInForce(_ statute: RuleSet, _ stated: LegalDate?, _ date: LegalDate) -> RuleMessage {
            RuleMessage(citations: statute.citations) { language in
                switch (language, stated) {
                case (.nb, nil):
                    "\(statute.name(.nb, capitalized: true)) er vedtatt, men det er ikke kjent når den trer i kraft; den er brukt fordi den ble valgt. Svaret viser hva loven vil gi når den er i kraft."
                case (.en, nil):
                    "\(statute.name(.en, capitalized: true)) is adopted, but when it takes effect is not known; it is used because it was chosen. The answer shows what the statute will give once in force."
                case (.nb, let from?):
                    "\(statute.name(.nb, capitalized: true)) trer i kraft \(from.written(.nb)) (oppgitt), etter avgjørelsesdatoen \(date.written(.nb)); den er brukt fordi den ble valgt."
                case (.en, let from?):
                    "\(statute.name(.en, capitalized: true)) takes effect on \(from.written(.en)) (as stated), after the decision date \(date.written(.en)); it is used because it was chosen."
                }
            }
        }

        /// The caveat where the statute would decide the case otherwise: what it would give. Under
        /// a practice the answer rests on the law before the statute; a proposal, chosen to see
        /// what it would have given, is set beside the statute without saying so.
        static func inForceUnknown(_ statute: RuleSet, _ date: LegalDate, other: LocalizedText, chosen: RuleSet) -> RuleMessage {
            let underPractice = chosen.kind == .practice
            // What follows the statute's standing, in full and in brief alike.
            let consequence = Wording.both { language in
                switch (language, underPractice) {
                case (.nb, true): ", så svaret bygger på praksis før loven. Gjelder lovendringen på avgjørelsestiden, blir svaret \(other.nb)."
                case (.nb, false): ". Gjelder lovendringen på avgjørelsestiden, gir den \(other.nb)."
                case (.en, true):
                    ", so the answer rests on the practice before it. If the statute applies at the time of the decision, the answer becomes \(other.en)."
                case (.en, false): ". If the statute applies at the time of the decision, it gives \(other.en)."
                }
            }
            return RuleMessage(citations: statute.citations) { language in
                let adopted = statute.adopted.map { Wording.date($0, language) } ?? "—"
                return
                    (language == .nb
                    ? "\(statute.name(.nb, capitalized: true)) ble vedtatt \(adopted) og trer i kraft fra den tiden Kongen bestemmer; datoen er ikke kjent for dette verktøyet"
                    : "\(statute.name(.en, capitalized: true)) was adopted on \(adopted) and takes effect when the King decides; the date is not known to this tool")
                    + consequence.text(language)
            }.briefly { language in
                (language == .nb
                    ? "\(statute.name(.nb, capitalized: true)) er vedtatt, men ikrafttredelsen er ikke kjent"
                    : "\(statute.name(.en, capitalized: true)) is adopted, but its commencement is not known") + consequence.text(language)
            }
        }

        /// How to state the in-force date, for the command line.
        static func howToStateInForce(_ statute: RuleSet, _ date: LegalDate) -> LocalizedText {
            Wording.both { language in
                language == .nb
                    ? "Er loven i kraft på avgjørelsesdatoen \(Wording.date(date, .nb)), oppgi datoen med --in-force \(statute.id)=ÅÅÅÅ-MM-DD."
                    : "If it is in force on the decision date \(Wording.date(date, .en)), state the date with --in-force \(statute.id)=YYYY-MM-DD."
            }
        }

        /// The note where the statute would give the same answer.
        static func inForceUnknownSameAnswer(_ statute: RuleSet) -> RuleMessage {
            RuleMessage(citations: statute.citations) { language in
                language == .nb
                    ? "\(statute.name(.nb, capitalized: true)) er vedtatt, men ikrafttredelsesdatoen er ikke kjent; loven gir samme svar i denne saken."
                    : "\(statute.name(.en, capitalized: true)) is adopted, but its in-force date is not known; the statute gives the same answer in this case."
            }
        }

        static func adoptedNotYetInForce(_ statute: RuleSet, from: LegalDate, _ date: LegalDate) -> RuleMessage {
            RuleMessage(citations: statute.citations) { language in
                language == .nb
                    ? "\(statute.name(.nb, capitalized: true)) er vedtatt og trer i kraft \(Wording.date(from, .nb)) (oppgitt), etter avgjørelsesdatoen \(Wording.date(date, .nb)); praksis før loven gjelder."
                    : "\(statute.name(.en, capitalized: true)) is adopted and takes effect on \(Wording.date(from, .en)) (as stated), after the decision date \(Wording.date(date, .en)); the practice before it applies."
            }
        }

        /// The note `later-law-adopted` where the statute would answer otherwise: what it would
        /// give if the case were decided on or after its in-force date, and that straffeloven § 3
        /// then applies it only where it is more favourable.
        static func adoptedNotYetInForce(_ statute: RuleSet, from: LegalDate, _ date: LegalDate, other: LocalizedText) -> RuleMessage {
            let note = adoptedNotYetInForce(statute, from: from, date)
            return RuleMessage(citations: note.citations + ["strl-3"]) { language in
                note.text.text(language) + " "
                    + (language == .nb
                        ? "Avgjøres saken på eller etter \(Wording.date(from, .nb)), vurderes den også etter loven, som gir \(other.nb); loven anvendes da bare om den gir et gunstigere resultat for den siktede (straffeloven § 3)."
                        : "If the case is decided on or after \(Wording.date(from, .en)), it is also weighed under the statute, which gives \(other.en); the statute then applies only where it gives a more favourable result for the suspect (straffeloven § 3).")
            }
        }

        static func decisionDateAssumed(_ date: LegalDate) -> RuleMessage {
            RuleMessage(citations: []) { language in
                language == .nb
                    ? "Avgjørelsesdato mangler; dagens dato \(Wording.date(date, .nb)) er lagt til grunn."
                    : "No decision date was given; today's date, \(Wording.date(date, .en)), is assumed."
            }
        }

        static func selected(_ ruleSet: RuleSet, _ how: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ruleSet.citations) { language in
                "\(ruleSet.name(language, capitalized: true)) (\(language == .nb ? "versjon" : "version") \(ruleSet.version)), " + how.text(language)
            }
        }
    }
}
