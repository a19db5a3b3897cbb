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
        // Each substance's amounts added up per dimension, in the base unit, as the limits are.
        var totals: [(key: String, substance: String, amount: ExactDecimal)] = []
        for entry in theCase.substances {
            guard let amount = entry.amount, let unit = entry.unit.flatMap({ book.vocabulary.unit($0) }) else { continue }
            let key = entry.substance + "/" + unit.dimension
            if let index = totals.firstIndex(where: { $0.key == key }) {
                totals[index].amount += amount * unit.perBaseUnit
            } else {
                totals.append((key, entry.substance, amount * unit.perBaseUnit))
            }
        }
        for total in totals {
            guard let bound = book.implausibleAbove[total.key], total.amount > bound else { continue }
            warnings.append(Message.implausibleAmount(total.substance, book.vocabulary).remark("implausible-amount"))
        }
        return warnings
    }

    enum Message {
        static func futureOffence(_ offence: LegalDate, _ today: LegalDate) -> RuleMessage {
            RuleMessage(
                nb: "Gjerningsdatoen \(offence) er etter dagens dato \(today). Kontroller datoen.",
                en: "The offence date \(offence) is after today's date \(today). Check the date.", citations: [])
        }

        static func guardianForAdult(_ age: Int) -> RuleMessage {
            RuleMessage(
                nb: "Vergens samtykke er oppgitt, men personen var \(age) år. Vergesamtykke gjelder bare mindreårige og er ikke lagt vekt på.",
                en: "A guardian's consent is given, but the person was \(age). A guardian's consent concerns minors only and has not been taken into account.",
                citations: [])
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
