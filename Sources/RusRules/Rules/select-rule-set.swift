/// rules.md §3 — Selecting a rule set: an explicit choice wins; otherwise the decision date picks
/// the practice in force (sentencing practice follows the date of the decision, not of the act).
/// A decision date before the earliest modelled practice is an error (`no-rule-set`). A missing
/// decision date means today, said in a `decision-date-assumed` warning. From the vocabulary's
/// `laterLawNotModelled` date, a warning says a later statutory change is not modelled. An
/// explicit practice outside its validity is honoured with a `rule-set-not-in-force` warning.
enum SelectRuleSet {
    static let info = RuleInfo(
        id: "select-rule-set",
        section: "§3",
        summary: "An explicit rule set wins; otherwise the decision date picks the practice in force; dates before the first practice are errors; warnings for an assumed date, a later statutory change and a practice chosen outside its dates.",
        citations: ["hr-2022-731-a", "lml-31a", "innst-518-l-2024-2025"])
    static var id: String { info.id }

    struct Selection {
        let ruleSet: RuleSet
        let decisionDate: LegalDate
        let assumed: Bool
        let warnings: [Remark]
        let trace: Remark
    }

    static func select(_ theCase: Case, explicit: String?, today: LegalDate, book: RuleBook) -> Result<Selection, CaseErrors> {
        let date = theCase.decisionDate ?? today
        let assumed = theCase.decisionDate == nil
        func failure(_ code: String, _ pointer: String, _ message: String) -> Result<Selection, CaseErrors> {
            .failure(CaseErrors(id: theCase.id, errors: [InputError(code: code, pointer: JSONPointer(pointer)!, message: message)]))
        }
        if assumed && date < theCase.offenceDate {
            return failure("date-order", "/offenceDate",
                           "offence date \(theCase.offenceDate) is after today (\(date)), which is assumed as the decision date; give decisionDate")
        }
        var warnings: [Remark] = []
        let ruleSet: RuleSet
        let how: LocalizedText
        if let explicit {
            guard let chosen = book.ruleSet(explicit) else {
                return failure("unknown-rule-set", "", "no rule set \"\(explicit)\"; known: \(book.ruleSets.map(\.id).joined(separator: ", "))")
            }
            ruleSet = chosen
            how = Message.chosenExplicitly
            if let validity = chosen.validity, !validity.contains(date) {
                warnings.append(Message.notInForce(chosen, validity, date).remark("rule-set-not-in-force"))
            }
        } else {
            guard let inForce = book.practice(on: date) else {
                let earliest = book.earliestModelledDate.map(\.description) ?? "—"
                return failure("no-rule-set", assumed ? "/offenceDate" : "/decisionDate",
                               "no rule set is modelled for decision date \(date); the earliest is \(earliest)")
            }
            ruleSet = inForce
            how = Message.inForceOn(date)
        }
        if assumed {
            warnings.append(Message.decisionDateAssumed(date).remark("decision-date-assumed"))
        }
        let later = book.vocabulary.laterLawNotModelledFrom
        if date >= later {
            warnings.append(Message.laterLaw(date, from: later, citations: book.vocabulary.laterLawCitations)
                .remark("later-law-not-modelled"))
        }
        let trace = Message.selected(ruleSet, how).remark(id)
        return .success(Selection(ruleSet: ruleSet, decisionDate: date, assumed: assumed, warnings: warnings, trace: trace))
    }
}

extension RuleMessage {
    /// The message as a remark (a warning or trace line) under `code`.
    func remark(_ code: String) -> Remark {
        Remark(code: code, text: text, citations: citations)
    }
}

// MARK: - Messages

extension SelectRuleSet {
    enum Message {
        static let chosenExplicitly = LocalizedText(nb: "valgt uttrykkelig", en: "chosen explicitly")

        static func inForceOn(_ date: LegalDate) -> LocalizedText {
            Wording.both { $0 == .nb ? "i kraft på avgjørelsesdatoen \(date)" : "in force on the decision date \(date)" }
        }

        static func notInForce(_ chosen: RuleSet, _ validity: Validity, _ date: LegalDate) -> RuleMessage {
            RuleMessage(citations: chosen.citations) { language in
                let to = validity.to.map(\.description) ?? "—"
                return language == .nb
                    ? "\(chosen.id) gjelder avgjørelser \(validity.from)–\(to), ikke \(date); den er brukt fordi den ble valgt."
                    : "\(chosen.id) applies to decisions \(validity.from)–\(to), not \(date); it is used because it was chosen."
            }
        }

        static func decisionDateAssumed(_ date: LegalDate) -> RuleMessage {
            RuleMessage(citations: []) { language in
                language == .nb
                    ? "Avgjørelsesdato mangler; dagens dato \(date) er lagt til grunn."
                    : "No decision date was given; today's date \(date) is assumed."
            }
        }

        static func laterLaw(_ date: LegalDate, from later: LegalDate, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                language == .nb
                    ? "Avgjørelsesdatoen \(date) er fra \(later) eller senere: en senere lovendring (legemiddelloven § 31 a, Innst. 518 L (2024–2025)) er ikke modellert."
                    : "The decision date \(date) is on or after \(later): a later statutory change (legemiddelloven § 31 a, Innst. 518 L (2024–2025)) is not modelled."
            }
        }

        static func selected(_ ruleSet: RuleSet, _ how: LocalizedText) -> RuleMessage {
            RuleMessage(citations: ruleSet.citations) { language in "\(ruleSet.id) (\(ruleSet.version)) " + how.text(language) }
        }
    }
}
