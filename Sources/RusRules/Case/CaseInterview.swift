/// The questions `rusctl ny` asks, one at a time, and the case built from the answers.
///
/// Each answer is checked at once by the rules the decoder applies (a real date, not before the
/// offence; a known act, substance and unit that fits it; an amount greater than zero), and read
/// as a person writes it: dates `YYYY-MM-DD` or `DD.MM.YYYY`, a decimal comma or point, the
/// Norwegian names of acts, substances and units, `ja`/`nei`. The interview is a value: going
/// back restores the state before the last answer. It does no input or output itself.
package struct CaseInterview: Sendable {
    package enum Step: Sendable, Equatable {
        case id, offenceDate, decisionDate, age, dependent, priors, consent, guardianConsent, acts, ownUse
        case substance, amount, moreSubstances, otherOffences
        /// A field added to the case declaration, by key (asked by its kind, after the others).
        case declared(String)

        /// The declared field the step asks for; nil for "more substances?".
        package var field: CaseField? {
            switch self {
            case .id: .id
            case .offenceDate: .offenceDate
            case .decisionDate: .decisionDate
            case .age: .ageAtOffence
            case .dependent: .dependent
            case .priors: .priorDrugReactions
            case .consent: .consent
            case .guardianConsent: .guardianConsent
            case .acts: .acts
            case .ownUse: .ownUse
            case .substance: .substance
            case .amount: .amount
            case .otherOffences: .otherOffences
            case .moreSubstances, .declared: nil
            }
        }
    }

    /// What an answer did.
    package enum Response: Sendable, Equatable {
        /// Taken; the next question follows (or the case is complete).
        case accepted
        /// Not taken: why, and how to write it; the same question is asked again.
        case rejected(String)
        /// The previous question is asked again.
        case back
    }

    package let vocabulary: Vocabulary
    /// The fields asked for: the questions and when they are asked come from here.
    package let declaration: CaseDeclaration
    package let language: Language
    /// Today's date, for "today" and the decision date left empty.
    package let today: LegalDate
    /// The question to answer next; nil when the case is complete.
    package private(set) var step: Step? = .id
    /// How many questions have been answered (for numbering them).
    package private(set) var answered = 0

    private var id: String?
    private var offenceDate: LegalDate?
    private var decisionDate: LegalDate?
    private var age: Int?
    private var birthDate: LegalDate?
    private var dependent: Dependency = .no
    private var priors = 0
    private var consent: Bool?
    private var guardianConsent: Bool?
    private var acts: [Act] = []
    private var ownUse = true
    private var otherOffences = false
    private var substances: [(substance: SubstanceDefinition, amount: ExactDecimal?, unit: String?)] = []
    /// The word typed for each substance ("marihuana"), for the questions that follow.
    private var substanceWords: [String] = []
    /// Answers to fields added to the declaration, by key.
    private var declared: [String: JSONValue] = [:]
    private var history: [CaseInterview] = []
    /// The answer that led to this state, and — after «tilbake» — the answer taken back.
    private var lastAnswer: String?
    package private(set) var undoneAnswer: String?

    package init(vocabulary: Vocabulary, language: Language, today: LegalDate, declaration: CaseDeclaration = .standard) {
        self.vocabulary = vocabulary
        self.declaration = declaration
        self.language = language
        self.today = today
    }

    private var nb: Bool { language == .nb }
    private func say(_ norwegian: String, _ english: String) -> String { nb ? norwegian : english }

    /// The words that go back, and that stop the interview.
    package static let backWords = ["tilbake", "back", "<"]
    package static let stopWords = ["avbryt", "cancel", "stopp", "quit"]

    // MARK: - Questions

    /// The current question: what is asked, and how to answer (allowed values, the default).
    package var question: (text: String, hint: String)? {
        guard let step, let asked = plainQuestion(step) else { return nil }
        guard let undone = undoneAnswer, !undone.isEmpty else { return asked }
        return (asked.text, asked.hint + say("; forrige svar: «\(undone)»", "; previous answer: \"\(undone)\""))
    }

    private func plainQuestion(_ step: Step) -> (text: String, hint: String)? {
        let yesNo = say("ja eller nei", "yes or no")
        let asked = step.field?.question?.text(language) ?? ""
        let hint = step.field?.hint?.text(language) ?? ""
        switch step {
        case .decisionDate:
            return (asked, hint + " (\(today.written(language)))")
        case .id, .offenceDate, .age, .dependent, .priors, .consent, .guardianConsent, .ownUse, .otherOffences:
            return (asked, hint)
        case .acts:
            let words = vocabulary.acts.map { nb ? $0.aliases.first ?? $0.act.rawValue : $0.act.rawValue }
            return (
                asked,
                say(
                    "én eller flere av \(words.joined(separator: ", ")), med komma mellom",
                    "one or more of \(words.joined(separator: ", ")), separated by commas")
            )
        case .substance:
            let words = vocabulary.substances.map { vocabulary.word(for: $0, language) }
            return (asked + say(" nr. \(substances.count + 1)", " no. \(substances.count + 1)"), words.joined(separator: ", "))
        case .amount:
            let substance = substances.last!.substance
            let units = substance.units.map { unitWord($0) }.joined(separator: ", ")
            let optional = acts == [.use] ? say("; tom linje = ingen mengde (bare bruk)", "; an empty line = no amount (use only)") : ""
            // The substance as the person wrote it; a counted unit's example in whole units.
            let written = substanceWords.last ?? name(substance)
            let counted = vocabulary.unit(substance.units[0])?.names != nil
            let example = counted ? "2" : say("4,5", "4.5")
            return (
                asked + say(" \(written)", " of \(written)"),
                say(
                    "tall og enhet, for eksempel \(example) \(unitWord(substance.units[0])); enheter: \(units)\(optional)",
                    "number and unit, for example \(example) \(unitWord(substance.units[0])); units: \(units)\(optional)")
            )
        case .moreSubstances:
            return (
                say("Flere stoffer?", "More substances?"),
                say("\(yesNo), eller skriv neste stoff; tom linje = nei", "\(yesNo), or write the next substance; an empty line = no")
            )
        case .declared(let key):
            guard let field = declaration.field(key) else { return nil }
            return (
                field.question?.text(language) ?? field.name.text(language),
                field.help.text(language) + say("; tom linje hopper over", "; an empty line skips it")
            )
        }
    }

    private func name(_ substance: SubstanceDefinition) -> String {
        vocabulary.word(for: substance, language)
    }

    /// A unit as a person types it: counted units by their name in the vocabulary ("lapper").
    private func unitWord(_ unit: String) -> String {
        vocabulary.unit(unit)?.names?[language]?.other ?? unit
    }

    // MARK: - Answers

    /// Takes the answer to the current question.
    package mutating func answer(_ raw: String) -> Response {
        // A terminal without line editing sends the arrow keys as escape codes: never take them
        // as part of an answer, which may not be what the user sees on the screen.
        if raw.unicodeScalars.contains(where: { $0 == "\u{1B}" || ($0.value < 0x20 && $0 != "\t") }) {
            return .rejected(
                say(
                    "Svaret inneholder piltaster eller andre styretegn, som ikke kan brukes til å rette her. Skriv svaret på nytt.",
                    "The answer contains arrow keys or other control keys, which cannot be used to edit here. Type the answer again."))
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        if Self.backWords.contains(text.lowercased()) {
            var earlier = history
            guard var previous = earlier.popLast() else { return .rejected(say("Dette er det første spørsmålet.", "This is the first question.")) }
            previous.history = earlier
            // The answer being taken back, shown with the question again.
            previous.undoneAnswer = lastAnswer
            self = previous
            return .back
        }
        guard var step else { return .rejected(say("Saken er ferdig utfylt.", "The case is complete.")) }
        var next = self
        // «Flere stoffer?» answered with the next substance («hasj 8 g»), as one would answer it:
        // taken as that substance's answer; anything else that is not yes or no is refused.
        if step == .moreSubstances, !text.isEmpty, AnswerWords.yesOrNo(word(text)) == nil {
            guard next.take(text, for: .substance) == nil else {
                return .rejected(
                    say(
                        "Svar ja eller nei, eller skriv neste stoff, for eksempel «hasj 8 g».",
                        "Answer yes or no, or write the next substance, for example \"cannabis 8 g\"."))
            }
            next.addMore = true
            step = .substance
        } else if let problem = next.take(text, for: step) {
            return .rejected(problem)
        }
        // The state before this answer, without its own history: going back restores it.
        var before = self
        before.history = []
        next.history = history + [before]
        next.lastAnswer = text
        next.undoneAnswer = nil
        next.answered = answered + 1
        next.step = next.following(step)
        self = next
        return .accepted
    }

    /// Reads `text` as the answer to `step`; the reason it cannot, if it cannot.
    private mutating func take(_ text: String, for step: Step) -> String? {
        if text.isEmpty, let field = step.field, field.required || field.key == CaseField.ageAtOffence.key {
            return say("\(Wording.capitalized(field.name.nb)) må fylles ut.", "\(Wording.capitalized(field.name.en)) must be given.")
        }
        switch step {
        case .id:
            id = text.isEmpty ? nil : text
        case .offenceDate:
            guard let date = date(text) else { return dateProblem(text) }
            offenceDate = date
        case .decisionDate:
            guard !text.isEmpty else {
                // Today, written into the case: a saved case is decided the same later.
                guard today >= offenceDate! else {
                    return say("Gjerningsdatoen er etter i dag; oppgi avgjørelsesdatoen.", "The offence date is after today; give the decision date.")
                }
                decisionDate = today
                return nil
            }
            guard let date = date(text) else { return dateProblem(text) }
            guard date >= offenceDate! else {
                return say(
                    "Avgjørelsesdatoen kan ikke være før gjerningsdatoen \(offenceDate!.written(.nb)).",
                    "The decision date cannot be before the offence date, \(offenceDate!.written(.en)).")
            }
            decisionDate = date
        case .age:
            if let years = Self.years(text) {
                guard CaseDecoder.ageRange.contains(years) else {
                    return say(
                        "Alderen må være fra \(CaseDecoder.ageRange.lowerBound) til \(CaseDecoder.ageRange.upperBound) år.",
                        "The age must be from \(CaseDecoder.ageRange.lowerBound) to \(CaseDecoder.ageRange.upperBound).")
                }
                (age, birthDate) = (years, nil)
            } else {
                guard let birth = date(text) else {
                    return say(
                        "Skriv alderen som et helt tall (for eksempel 17) eller fødselsdatoen (for eksempel 02.05.2007).",
                        "Write the age as a whole number (for example 17) or the date of birth (for example 2007-05-02).")
                }
                guard birth <= offenceDate! else {
                    return say(
                        "Fødselsdatoen kan ikke være etter gjerningsdatoen \(offenceDate!.written(.nb)).",
                        "The date of birth cannot be after the offence date, \(offenceDate!.written(.en)).")
                }
                let years = offenceDate!.completedYears(since: birth)
                guard CaseDecoder.ageRange.contains(years) else {
                    return say("Fødselsdatoen gir \(years) år; det er utenfor det mulige.", "The date of birth gives \(years) years; that is not possible.")
                }
                (age, birthDate) = (years, birth)
            }
        case .dependent:
            let answer = word(text)
            if answer.isEmpty {
                dependent = .no
            } else if let given = AnswerWords.yesOrNo(answer) {
                dependent = given ? .yes : .no
            } else if AnswerWords.isDoubt(answer) {
                dependent = .doubtful
            } else {
                return say("Svar ja, nei eller tvil.", "Answer yes, no or doubtful.")
            }
        case .priors:
            guard !text.isEmpty else {
                priors = 0
                return nil
            }
            guard let count = Int(text), CaseDecoder.priorReactionsRange.contains(count) else {
                return say("Skriv antallet som et helt tall, 0 eller mer.", "Write how many as a whole number, 0 or more.")
            }
            priors = count
        case .consent, .guardianConsent:
            let answer = word(text)
            let given = AnswerWords.yesOrNo(answer)
            guard given != nil || ["", "ukjent", "vet ikke", "unknown"].contains(answer) else {
                return say("Svar ja, nei eller ukjent.", "Answer yes, no or unknown.")
            }
            if step == .consent { consent = given } else { guardianConsent = given }
        case .acts:
            let written = text.replacingOccurrences(of: " og ", with: ",").replacingOccurrences(of: " and ", with: ",")
                .split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
            guard !written.isEmpty else { return say("Oppgi minst én handling.", "Give at least one act.") }
            var chosen: [Act] = []
            for word in written {
                guard let act = vocabulary.act(named: word) else {
                    let hint = Spelling.closest(to: word, in: vocabulary.actWords).map { say(" Mente du «\($0)»?", " Did you mean \"\($0)\"?") } ?? ""
                    return say("«\(word)» er ikke en handling.", "\"\(word)\" is not an act.") + hint
                }
                if !chosen.contains(act) { chosen.append(act) }
            }
            acts = chosen
        case .ownUse, .moreSubstances, .otherOffences:
            let fallback = step == .ownUse
            let answer = word(text)
            guard let value = answer.isEmpty ? fallback : AnswerWords.yesOrNo(answer) else {
                return say("Svar ja eller nei.", "Answer yes or no.")
            }
            switch step {
            case .ownUse: ownUse = value
            case .moreSubstances: addMore = value
            default: otherOffences = value
            }
        case .substance:
            // The amount may follow the substance in the same answer («heroin 4,5 g»), as one
            // writes it; the amount question is then not asked.
            let amountStart =
                vocabulary.substance(named: text) == nil ? text.firstIndex { $0.isNumber || $0 == "," || $0 == "." } : nil
            let named = amountStart.map { text[..<$0].trimmingCharacters(in: .whitespaces) } ?? text
            if named.isEmpty {
                return say(
                    "Skriv stoffet først og mengden etter, for eksempel «heroin 4,5 g».",
                    "Write the substance first and the amount after it, for example \"heroin 4.5 g\".")
            }
            guard let substance = vocabulary.substance(named: named) else {
                // The question lists the substances; the answer names the one meant, where it can.
                let hint =
                    vocabulary.substanceWord(meant: named).map { vocabulary.suggested($0, language) }
                    .map { say(" Mente du «\($0)»?", " Did you mean \"\($0)\"?") } ?? ""
                return say("«\(named)» er ikke et stoff dette verktøyet kjenner.", "\"\(named)\" is not a substance this tool knows.") + hint
            }
            substances.append((substance, nil, nil))
            substanceWords.append(named.lowercased())
            amountGivenWithSubstance = amountStart != nil
            if let amountStart { return takeAmount(String(text[amountStart...])) }
        case .amount:
            return takeAmount(text)
        case .declared(let key):
            guard let field = declaration.field(key) else { return nil }
            return takeDeclared(text, for: field)
        }
        return nil
    }

    /// An answer to a field added to the declaration, read by its kind; empty skips it.
    private mutating func takeDeclared(_ text: String, for field: CaseField) -> String? {
        guard !text.isEmpty else {
            declared[field.key] = nil
            return nil
        }
        switch field.kind {
        case .date:
            guard let date = date(text) else { return dateProblem(text) }
            declared[field.key] = .string(date.description)
        case .boolean:
            guard let value = AnswerWords.yesOrNo(word(text)) else { return say("Svar ja eller nei.", "Answer yes or no.") }
            declared[field.key] = .bool(value)
        case .wholeNumber(let range):
            guard let number = Int(text), range.contains(number) else {
                return say(
                    "Skriv et helt tall fra \(range.lowerBound) til \(range.upperBound).",
                    "Write a whole number from \(range.lowerBound) to \(range.upperBound).")
            }
            declared[field.key] = .number(JSONNumber(number))
        default:
            declared[field.key] = .string(text)
        }
        return nil
    }

    /// An age as a person writes it: "23", "23 år", "23 years".
    static func years(_ text: String) -> Int? {
        var number = text.lowercased()
        for suffix in ["år", "years", "year", "yrs", "y"] where number.hasSuffix(suffix) {
            number = String(number.dropLast(suffix.count))
            break
        }
        return Int(number.trimmingCharacters(in: .whitespaces))
    }

    /// Set by the "more substances?" answer.
    private var addMore = false
    /// Whether the last substance was given with its amount («heroin 4,5 g»).
    private var amountGivenWithSubstance = false

    private mutating func takeAmount(_ text: String) -> String? {
        let substance = substances.last!.substance
        if text.isEmpty {
            guard acts == [.use] else {
                return say(
                    "Oppgi mengde og enhet; bare ved bruk alene kan mengden utelates.",
                    "Give the amount and unit; only for use alone may the amount be left out.")
            }
            return nil
        }
        let numberEnd = text.firstIndex { !($0.isNumber || $0 == "," || $0 == ".") } ?? text.endIndex
        let number = text[..<numberEnd].replacingOccurrences(of: ",", with: ".")
        let unitText = text[numberEnd...].trimmingCharacters(in: .whitespaces)
        // A unit is a word: «1/2 g» or «4-5 g» is no number followed by its unit.
        guard let amount = ExactDecimal(number.hasPrefix(".") ? "0" + number : number), unitText.first?.isLetter ?? true else {
            return say("Skriv mengden som et tall, for eksempel 4,5 g.", "Write the amount as a number, for example 4.5 g.")
        }
        guard amount > .zero, let magnitude = amount.magnitude, StrictReader.readableMagnitudes.contains(magnitude) else {
            return say("Mengden må være større enn null.", "The amount must be greater than zero.")
        }
        let unit: String
        if unitText.isEmpty {
            guard substance.units.count == 1 else {
                // The amount as each language writes it: 3,5 in Norwegian, 3.5 in English.
                return say(
                    "Skriv enheten også, for eksempel \(number.replacingOccurrences(of: ".", with: ",")) \(unitWord(substance.units[0])).",
                    "Write the unit too, for example \(number) \(substance.units[0]).")
            }
            unit = substance.units[0]
        } else {
            guard let found = vocabulary.unit(named: unitText), substance.units.contains(found.id) else {
                if let counting = substance.notUnitHint(unitText) { return counting.text(language) }
                let units = substance.units.map { unitWord($0) }.joined(separator: ", ")
                // A count («tabletter») is a unit of speech, if not of this substance.
                guard vocabulary.unit(named: unitText) != nil || vocabulary.substances.contains(where: { $0.notUnitHint(unitText) != nil }) else {
                    return say("«\(unitText)» er ikke en enhet; bruk \(units).", "\"\(unitText)\" is not a unit; use \(units).")
                }
                return say("«\(unitText)» passer ikke for \(name(substance)); bruk \(units).", "\"\(unitText)\" does not fit \(name(substance)); use \(units).")
            }
            unit = found.id
        }
        substances[substances.count - 1] = (substance, amount, unit)
        return nil
    }

    private func following(_ step: Step) -> Step? {
        switch step {
        case .id: .offenceDate
        case .offenceDate: .decisionDate
        case .decisionDate: .age
        case .age: .dependent
        case .dependent: .priors
        case .priors: asks(.consent) ? .consent : .acts
        case .consent: asks(.guardianConsent) ? .guardianConsent : .acts
        case .guardianConsent: .acts
        case .acts: .ownUse
        case .ownUse: .substance
        case .substance: amountGivenWithSubstance ? .moreSubstances : .amount
        case .amount: .moreSubstances
        case .moreSubstances: addMore ? .substance : .otherOffences
        case .otherOffences: declaredSteps.first
        case .declared(let key): declaredSteps.drop { $0 != .declared(key) }.dropFirst().first
        }
    }

    /// The questions for fields added to the declaration, in its order.
    private var declaredSteps: [Step] {
        declaration.additionalFields.filter { $0.place != .substance && asks($0) }.map { .declared($0.key) }
    }

    /// Whether the field is asked of this person (``CaseField/Asked``): consent only from the
    /// age of criminal liability, a guardian's consent only for a minor (vocabulary data).
    private func asks(_ field: CaseField) -> Bool {
        let years = age ?? minorsUntil
        switch field.asked {
        case .always: return true
        case .asPartOfAnother: return field.question != nil
        case .fromCriminalAge: return years >= criminalAge
        case .minorsOnly: return years >= criminalAge && years < minorsUntil
        }
    }

    /// The age of criminal liability: where the youth track begins (vocabulary data).
    private var criminalAge: Int { vocabulary.definition(of: .ungdom).fromAge }

    /// The first age that is not a minor's: where the young-adult track begins (vocabulary data).
    private var minorsUntil: Int { vocabulary.definition(of: .ungVoksen).fromAge }

    private func word(_ text: String) -> String { text.lowercased() }

    private func date(_ text: String) -> LegalDate? {
        LegalDate(typed: text)
    }

    private func dateProblem(_ text: String) -> String {
        if let nb = LegalDate.calendarFault(text, .nb, typed: true), let en = LegalDate.calendarFault(text, .en, typed: true) {
            return say("«\(text)» er ikke en dato som finnes: \(nb).", "\"\(text)\" is not a date that exists: \(en).")
        }
        return say(
            "«\(text)» er ikke en dato; skriv for eksempel 14.03.2023 eller 2023-03-14.",
            "\"\(text)\" is not a date; write for example 2023-03-14 or 14.03.2023.")
    }

    // MARK: - The case

    /// The case as the contract's JSON (ids, not the words typed), once every question is answered.
    package var caseJSON: JSONValue? {
        guard step == nil, let offenceDate else { return nil }
        var object = JSONObject()
        if let id { object.append("id", .string(id)) }
        object.append("offenceDate", .string(offenceDate.description))
        if let decisionDate { object.append("decisionDate", .string(decisionDate.description)) }
        var person = JSONObject()
        if let birthDate {
            person.append("birthDate", .string(birthDate.description))
        } else if let age {
            person.append("ageAtOffence", .number(JSONNumber(age)))
        }
        person.append("dependent", dependent.json)
        person.append("priorDrugReactions", .number(JSONNumber(priors)))
        if let consent { person.append("consent", .bool(consent)) }
        if let guardianConsent, (age ?? 18) < minorsUntil { person.append("guardianConsent", .bool(guardianConsent)) }
        object.append("person", .object(person))
        object.append("acts", .array(acts.map { .string($0.rawValue) }))
        object.append("ownUse", .bool(ownUse))
        object.append(
            "substances",
            .array(
                substances.map { entry in
                    SubstanceAmount(substance: entry.substance.id, amount: entry.unit == nil ? nil : entry.amount, unit: entry.amount == nil ? nil : entry.unit)
                        .json
                }))
        object.append("otherOffences", .bool(otherOffences))
        for field in declaration.additionalFields {
            guard let value = declared[field.key] else { continue }
            if field.place == .person {
                person.append(field.key, value)
                object.set("person", .object(person))
            } else {
                object.append(field.key, value)
            }
        }
        return .object(object)
    }
}
