/// Checks that a case is plausible as written — not law, but the slips a hand-entered case
/// makes: an offence date in the future, a guardian's consent for an adult, an amount far beyond
/// any own-use quantity (a unit or a decimal point wrong). Each is a warning with the fix; the
/// case is still decided as written.
enum Plausibility {
    static func warnings(_ theCase: Case, ageTrack: AgeTrack, today: LegalDate, book: RuleBook) -> [Remark] {
        var warnings: [Remark] = []
        if theCase.offenceDate > today {
            warnings.append(Message.futureOffence(theCase.offenceDate, today).remark("offence-date-in-future"))
        }
        if theCase.person.guardianConsent != nil, ageTrack == .ungVoksen || ageTrack == .voksen {
            warnings.append(Message.guardianForAdult(theCase.person.ageAtOffence).remark("guardian-consent-adult"))
        }
        // Each substance's amounts added up per dimension, as the limits are: in its own unit
        // while there is one entry (the usual case: no arithmetic), in the base unit beyond.
        var flagged: [String] = []
        for (index, entry) in theCase.substances.enumerated() {
            guard !flagged.contains(entry.substance), let amount = entry.amount, let unitID = entry.unit,
                let unit = book.vocabulary.unit(unitID), let bound = book.implausibleAbove[entry.substance]?[unitID]
            else { continue }
            let others = theCase.substances.indices.filter { other in
                other != index && theCase.substances[other].substance == entry.substance && theCase.substances[other].amount != nil
                    && theCase.substances[other].unit.flatMap { book.vocabulary.unit($0) }?.dimension == unit.dimension
            }
            guard others.allSatisfy({ $0 > index }) else { continue }
            var exceeds = amount > bound
            if !others.isEmpty {
                var total = amount * unit.perBaseUnit
                for other in others {
                    let entry = theCase.substances[other]
                    total += entry.amount! * book.vocabulary.unit(entry.unit!)!.perBaseUnit
                }
                exceeds = total > bound * unit.perBaseUnit
            }
            if exceeds {
                flagged.append(entry.substance)
                warnings.append(Message.implausibleAmount(entry.substance, book.vocabulary).remark("implausible-amount"))
            }
        }
        return warnings
    }

    enum Message {
        static func futureOffence(_ offence: LegalDate, _ today: LegalDate) -> RuleMessage {
            RuleMessage(citations: []) { language in
                language == .nb
                    ? "Gjerningsdatoen \(offence.written(.nb)) er etter dagens dato \(today.written(.nb)). Kontroller datoen."
                    : "The offence date \(offence.written(.en)) is after today's date \(today.written(.en)). Check the date."
            }
        }

        static func guardianForAdult(_ age: Int) -> RuleMessage {
            RuleMessage(citations: []) { language in
                language == .nb
                    ? "Vergens samtykke er oppgitt, men personen var \(age) år. Vergesamtykke gjelder bare mindreårige og er ikke lagt vekt på."
                    : "A guardian's consent is given, but the person was \(age). A guardian's consent concerns minors only and has not been taken into account."
            }
        }

        static func implausibleAmount(_ substance: String, _ vocabulary: Vocabulary) -> RuleMessage {
            RuleMessage(citations: []) { language in
                let name = Wording.substance(substance, vocabulary, language)
                let factor = Wording.number(vocabulary.plausibleAmountFactor, language)
                return language == .nb
                    ? "Mengden \(name) er mer enn \(factor) ganger enhver kjent grense for eget bruk. Kontroller mengde og enhet (for eksempel mg i stedet for g)."
                    : "The amount of \(name) is more than \(factor) times every known own-use limit. Check the amount and the unit (mg instead of g, for instance)."
            }
        }
    }
}
