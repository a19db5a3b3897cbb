/// One field of a case (contract.md "Case (input)"), declared once: its key and place, the kind
/// and range of its value, what a person calls it and how to fill it in, the question
/// `rusctl ny` asks for it and when, and an example.
///
/// Every reader of a case reads this declaration: the decoder (keys, required fields, kinds,
/// ranges), the JSON Schema, the template (`rusctl mal`), the interview (`rusctl ny`), the error
/// texts, the web form of `rusctl serve`, the sampler and the fast reader (which reads the
/// fields it knows and gives any other declared field to the decoder). Checks between fields —
/// age against birth date, the order of dates, a unit that fits its substance — stay in
/// ``CaseDecoder``. docs/CONTRIBUTING.md's recipe «Add a case field» walks through it.
public struct CaseField: Sendable, Equatable {
    /// Where the field stands.
    public enum Place: String, Sendable, CaseIterable {
        /// In the case object itself.
        case `case`
        /// In `person`.
        case person
        /// In each entry of `substances`.
        case substance
    }

    /// What the value is.
    public enum Kind: Sendable, Equatable {
        /// A string.
        case text
        /// A real calendar date, `YYYY-MM-DD`.
        case date
        /// `true` or `false`.
        case boolean
        /// A whole number in the range.
        case wholeNumber(ClosedRange<Int>)
        /// `true`, `false` or `"doubtful"` (docs/law.md §5.3).
        case dependency
        /// The `person` object.
        case person
        /// A non-empty list of acts from the vocabulary, each once.
        case acts
        /// A non-empty list of substance entries, at most the number given.
        case substances(maximum: Int)
        /// A substance from the vocabulary, by id or name.
        case substanceName
        /// A number greater than zero, read exactly.
        case amount
        /// A unit from the vocabulary that fits the substance.
        case unit
    }

    /// When the interview asks for the field.
    public enum Asked: Sendable, Equatable {
        /// Every time.
        case always
        /// Only from the age of criminal liability (no consent questions for a child under 15).
        case fromCriminalAge
        /// Only for a minor, from the age of criminal liability (a guardian's consent).
        case minorsOnly
        /// Never on its own: the field is part of another question (the person, a substance).
        case asPartOfAnother
    }

    /// The JSON key, as the contract spells it.
    public let key: String
    /// Where the key lives: in the case, in `person`, or in each substance.
    public let place: Place
    /// What the value is: its type and, for numbers and dates, its range.
    public let kind: Kind
    /// Whether a case must give it (`birthDate`/`ageAtOffence`: one of them, said by the decoder).
    public let required: Bool
    /// The value assumed when it is left out, as JSON text ("false", "0"); nil when none is.
    public let defaultValue: String?
    /// What a person calls it ("gjerningsdato" / "offence date").
    public let name: LocalizedText
    /// What it means and how to write it, for the template, the schema and the form.
    public let help: LocalizedText
    /// The interview's question; nil where the interview asks for it as part of another.
    public let question: LocalizedText?
    /// How to answer the question (`rusctl ny` and the page of `rusctl serve`): the accepted
    /// words and what an empty answer means.
    public let hint: LocalizedText?
    /// When `rusctl ny` asks for it (for example only under 18).
    public let asked: Asked
    /// An example value as JSON text.
    public let example: String
    /// Whether the template shows the field with its example; false for an alternative the
    /// template names in another field's help (`ageAtOffence`, beside `birthDate`).
    public let inTemplate: Bool

    /// The range of a whole number; nil for other kinds.
    public var range: ClosedRange<Int>? {
        if case .wholeNumber(let range) = kind { return range }
        return nil
    }

    /// A field: its key, place, kind and range, whether it is required and its default, its names and help in both languages, the interview's question and when it is asked, an example, and whether `rusctl mal` writes it.
    public init(
        key: String, place: Place, kind: Kind, required: Bool = false, defaultValue: String? = nil, name: LocalizedText,
        help: LocalizedText, hint: LocalizedText? = nil, question: LocalizedText? = nil, asked: Asked = .always, example: String,
        inTemplate: Bool = true
    ) {
        self.key = key
        self.place = place
        self.kind = kind
        self.required = required
        self.defaultValue = defaultValue
        self.name = name
        self.help = help
        self.question = question
        self.hint = hint
        self.asked = question == nil ? .asPartOfAnother : asked
        self.example = example
        self.inTemplate = inTemplate
    }
}

/// The fields of a case, in the order a person fills them in.
public struct CaseDeclaration: Sendable, Equatable {
    /// The fields, in the order the template and the interview show them.
    public let fields: [CaseField]

    /// A declaration of these fields (the standard one is ``CaseDeclaration/standard``).
    public init(fields: [CaseField]) {
        self.fields = fields
    }

    /// The fields at one place, in order.
    public func fields(at place: CaseField.Place) -> [CaseField] {
        fields.filter { $0.place == place }
    }

    /// The keys at one place, in order.
    public func keys(at place: CaseField.Place) -> [String] {
        fields(at: place).map(\.key)
    }

    /// What people call the fields at one place, in both languages and without a parenthesis
    /// («fødselsdato», "date of birth"): a key written as a name is answered with its key.
    public func spokenNames(at place: CaseField.Place) -> [(name: String, key: String)] {
        fields(at: place).flatMap { field in
            Language.allCases.map { language in
                var bare = field.name.text(language).prefix { $0 != "(" }
                while bare.last == " " { bare = bare.dropLast() }
                return (name: String(bare), key: field.key)
            }
        }
    }

    /// The keys a case must give at one place.
    public func requiredKeys(at place: CaseField.Place) -> [String] {
        fields(at: place).filter(\.required).map(\.key)
    }

    /// The field with `key` at `place`; at any place when `place` is nil (the first found).
    public func field(_ key: String, at place: CaseField.Place? = nil) -> CaseField? {
        fields.first { $0.key == key && (place == nil || $0.place == place) }
    }

    /// The declared fields the engine has no property of its own for (fields added to the
    /// declaration): decoded by their kind and kept in ``Case/declaredFacts``.
    public var additionalFields: [CaseField] {
        fields.filter { field in !CaseDeclaration.standard.fields.contains { $0.key == field.key && $0.place == field.place } }
    }
}

extension CaseField {
    private static let yesNo = LocalizedText(nb: "true (ja) eller false (nei)", en: "true or false")

    /// `id`: the case's own number or name.
    public static let id = CaseField(
        key: "id", place: .case, kind: .text, name: LocalizedText(nb: "saksnummer (id)", en: "case number (id)"),
        help: LocalizedText(nb: "Saksnummer (valgfritt); vises i svaret", en: "Case number (optional); shown in the answer"),
        hint: LocalizedText(nb: "valgfritt; tomt hopper over", en: "optional; empty skips it"),
        question: LocalizedText(nb: "Saksnummer", en: "Case number"), example: #""sak-2026-0001""#)
    /// `offenceDate`: the date of the act.
    public static let offenceDate = CaseField(
        key: "offenceDate", place: .case, kind: .date, required: true,
        name: LocalizedText(nb: "gjerningsdato", en: "offence date"),
        help: LocalizedText(nb: "Gjerningsdato, ÅÅÅÅ-MM-DD", en: "Offence date, YYYY-MM-DD"),
        hint: LocalizedText(nb: "DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD", en: "YYYY-MM-DD or DD.MM.YYYY"),
        question: LocalizedText(nb: "Gjerningsdato", en: "Offence date"), example: #""2026-03-14""#)
    /// `decisionDate`: the date of the decision; today when left out.
    public static let decisionDate = CaseField(
        key: "decisionDate", place: .case, kind: .date, name: LocalizedText(nb: "avgjørelsesdato", en: "decision date"),
        help: LocalizedText(
            nb: "Avgjørelsesdato, ÅÅÅÅ-MM-DD, ikke før gjerningsdatoen (valgfritt; uten den brukes dagens dato)",
            en: "Decision date, YYYY-MM-DD, not before the offence date (optional; without it today's date is used)"),
        hint: LocalizedText(nb: "DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD; tomt = i dag", en: "YYYY-MM-DD or DD.MM.YYYY; empty = today"),
        question: LocalizedText(nb: "Avgjørelsesdato", en: "Decision date"), example: #""2026-05-02""#)
    /// `person`: the person the case is about.
    public static let person = CaseField(
        key: "person", place: .case, kind: .person, required: true, name: LocalizedText(nb: "personen", en: "the person"),
        help: LocalizedText(
            nb: "Personen, slik han eller hun var på gjerningstidspunktet",
            en: "The person, at the time of the offence"), example: "{}")
    /// `person.birthDate`: the birth date, instead of or beside the age.
    public static let birthDate = CaseField(
        key: "birthDate", place: .person, kind: .date, name: LocalizedText(nb: "fødselsdato", en: "date of birth"),
        help: LocalizedText(
            nb: "Fødselsdato, ÅÅÅÅ-MM-DD — eller i stedet alderen på gjerningstidspunktet: \"ageAtOffence\": 17",
            en: "Date of birth, YYYY-MM-DD — or instead the age at the offence: \"ageAtOffence\": 17"),
        example: #""2009-01-20""#)
    /// `person.ageAtOffence`: completed years on the offence date.
    public static let ageAtOffence = CaseField(
        key: "ageAtOffence", place: .person, kind: .wholeNumber(0...130),
        name: LocalizedText(nb: "alder på gjerningstidspunktet", en: "age at the offence"),
        help: LocalizedText(
            nb: "Alder i hele år på gjerningsdatoen (eller fødselsdatoen i stedet)",
            en: "Age in completed years on the offence date (or the date of birth instead)"),
        hint: LocalizedText(nb: "et helt tall i år, for eksempel 23, eller en dato", en: "a whole number of years, for example 23, or a date"),
        question: LocalizedText(nb: "Alder på gjerningstidspunktet, eller fødselsdato", en: "Age at the offence, or date of birth"),
        example: "17", inTemplate: false)
    /// `person.dependent`: true, false or "doubtful".
    public static let dependent = CaseField(
        key: "dependent", place: .person, kind: .dependency, defaultValue: "false",
        name: LocalizedText(nb: "rusavhengig", en: "dependent"),
        help: LocalizedText(
            nb: "Rusavhengig: true (ja), false (nei) eller \"doubtful\" (tvil); tvil kommer den siktede til gode",
            en: "Dependent: true, false or \"doubtful\"; doubt counts in the suspect's favour"),
        hint: LocalizedText(
            nb: "ja, nei eller tvil; tomt = nei; tvil kommer den siktede til gode", en: "yes, no or doubtful; empty = no; doubt counts in the suspect's favour"),
        question: LocalizedText(nb: "Rusavhengig?", en: "Dependent on drugs?"), example: "false")
    /// `person.priorDrugReactions`: earlier reactions for drug offences.
    public static let priorDrugReactions = CaseField(
        key: "priorDrugReactions", place: .person, kind: .wholeNumber(0...1000), defaultValue: "0",
        name: LocalizedText(nb: "tidligere narkotikareaksjoner", en: "earlier drug reactions"),
        help: LocalizedText(
            nb: "Tidligere narkotikareaksjoner: et helt tall, 0 eller mer",
            en: "Earlier drug reactions: a whole number, 0 or more"),
        hint: LocalizedText(nb: "antall, 0 eller mer; tomt = 0", en: "how many, 0 or more; empty = 0"),
        question: LocalizedText(nb: "Tidligere narkotikareaksjoner", en: "Earlier drug reactions"), example: "0")
    /// `person.consent`: the suspect's consent, where known.
    public static let consent = CaseField(
        key: "consent", place: .person, kind: .boolean, name: LocalizedText(nb: "samtykke", en: "consent"),
        help: LocalizedText(
            nb: "Samtykke: true eller false; utelat feltet hvis det ikke er kjent",
            en: "Consent: true or false; leave the field out if it is not known"),
        hint: LocalizedText(nb: "ja, nei eller ukjent; tomt = ukjent", en: "yes, no or unknown; empty = unknown"),
        question: LocalizedText(nb: "Samtykker personen til reaksjonen?", en: "Does the person consent to the reaction?"),
        asked: .fromCriminalAge, example: "true")
    /// `person.guardianConsent`: the guardian's consent (under 18), where known.
    public static let guardianConsent = CaseField(
        key: "guardianConsent", place: .person, kind: .boolean, name: LocalizedText(nb: "vergens samtykke", en: "guardian's consent"),
        help: LocalizedText(
            nb: "Vergens samtykke (bare for mindreårige): true eller false; utelat feltet hvis det ikke er kjent",
            en: "Guardian's consent (minors only): true or false; leave the field out if it is not known"),
        hint: LocalizedText(
            nb: "ja, nei eller ukjent; tomt = ukjent; spørres bare for mindreårige", en: "yes, no or unknown; empty = unknown; asked for minors only"),
        question: LocalizedText(nb: "Samtykker vergen?", en: "Does the guardian consent?"), asked: .minorsOnly, example: "true")
    /// `acts`: what the person did.
    public static let acts = CaseField(
        key: "acts", place: .case, kind: .acts, required: true, name: LocalizedText(nb: "handlinger", en: "acts"),
        help: LocalizedText(nb: "Handlinger, én eller flere", en: "Acts, one or more"),
        question: LocalizedText(nb: "Handlinger", en: "Acts"), example: #"["bruk", "besittelse"]"#)
    /// `ownUse`: whether it was for own use.
    public static let ownUse = CaseField(
        key: "ownUse", place: .case, kind: .boolean, defaultValue: "true", name: LocalizedText(nb: "til eget bruk", en: "for own use"),
        help: LocalizedText(
            nb: "Til eget bruk: true eller false (false gir ordinær straffeforfølgning)",
            en: "For own use: true or false (false means ordinary prosecution)"),
        hint: LocalizedText(nb: "ja eller nei; tomt = ja", en: "yes or no; empty = yes"),
        question: LocalizedText(nb: "Til eget bruk?", en: "For own use?"), example: "true")
    /// `substances`: each substance with its amount and unit.
    public static let substances = CaseField(
        key: "substances", place: .case, kind: .substances(maximum: 100), required: true,
        name: LocalizedText(nb: "stoffer", en: "substances"),
        help: LocalizedText(
            nb: "Stoffer, ett eller flere, hvert med mengde og enhet",
            en: "Substances, one or more, each with an amount and a unit"), example: "[]")
    /// `substances[].substance`: the substance, by name or alias.
    public static let substance = CaseField(
        key: "substance", place: .substance, kind: .substanceName, required: true, name: LocalizedText(nb: "stoff", en: "substance"),
        help: LocalizedText(nb: "Stoffet, med id eller norsk navn", en: "The substance, by id or Norwegian name"),
        question: LocalizedText(nb: "Stoff", en: "Substance"), example: #""hasj""#)
    /// `substances[].amount`: the amount, a number.
    public static let amount = CaseField(
        key: "amount", place: .substance, kind: .amount, name: LocalizedText(nb: "mengde", en: "amount"),
        help: LocalizedText(
            nb: "Mengde, større enn null, med desimalpunktum (4.5); ved bare bruk kan mengde og enhet utelates",
            en: "Amount, greater than zero, with a decimal point (4.5); for use only, amount and unit may be left out"),
        question: LocalizedText(nb: "Mengde", en: "Amount"), example: "4.5")
    /// `substances[].unit`: the unit the amount is in.
    public static let unit = CaseField(
        key: "unit", place: .substance, kind: .unit, name: LocalizedText(nb: "enhet", en: "unit"),
        help: LocalizedText(nb: "Enheten, som må passe til stoffet", en: "The unit, which must fit the substance"), example: #""g""#)
    /// `otherOffences`: whether the case concerns other offences too.
    public static let otherOffences = CaseField(
        key: "otherOffences", place: .case, kind: .boolean, defaultValue: "false",
        name: LocalizedText(nb: "andre lovbrudd", en: "other offences"),
        help: LocalizedText(nb: "Andre lovbrudd i samme sak: true eller false", en: "Other offences in the same case: true or false"),
        hint: LocalizedText(nb: "ja eller nei; tomt = nei", en: "yes or no; empty = no"),
        question: LocalizedText(nb: "Andre lovbrudd i samme sak?", en: "Other offences in the same case?"), example: "false")
}

extension CaseDeclaration {
    /// The case of contract.md, field by field.
    public static let standard = CaseDeclaration(fields: [
        .id, .offenceDate, .decisionDate, .person, .birthDate, .ageAtOffence, .dependent, .priorDrugReactions, .consent,
        .guardianConsent, .acts, .ownUse, .substances, .substance, .amount, .unit, .otherOffences,
    ])
}
