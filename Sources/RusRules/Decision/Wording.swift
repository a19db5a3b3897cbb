import Foundation

/// Shared pieces of wording for texts in both languages.
package enum Wording {
    /// A number as written in the language: "4,5" in bokmål, "4.5" in English.
    package static func number(_ value: ExactDecimal, _ language: Language) -> String {
        value.written(point: language == .nb ? UInt8(ascii: ",") : UInt8(ascii: "."))
    }

    /// A count as a reader writes it, its thousands set apart: «10 000» in bokmål (with a
    /// no-break space, so that a line is never broken inside the number), «10,000» in English.
    package static func count(_ value: Int, _ language: Language) -> String {
        let digits = String(value.magnitude)
        var grouped = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += language == .nb ? "\u{A0}" : "," }
            grouped.append(digit)
        }
        return grouped
    }

    /// A threshold table as a reader names it: "grensen for mindre reaksjoner i ra-2014",
    /// "den nedre terskelverdien i prop-92-l-2021" (a practice's tables by their role, a
    /// proposal's by their label, a table of one's own without one by its name).
    /// `owner` names the rule set that defines the table (its id when not given; reports give
    /// its label).
    static func limit(of table: ThresholdTable, _ language: Language, capitalized: Bool = false, owner: String? = nil) -> String {
        let nb = language == .nb
        let phrase =
            switch table.name {
            case RuleSet.prosecutionTable: nb ? "grensen for mindre reaksjoner" : "the limit for minor reactions"
            case RuleSet.dependentUserTable: nb ? "grensen for rusavhengige" : "the limit for dependent users"
            case RuleSet.smallQuantityTable: nb ? "grensen for «en mindre mengde»" : "the limit of «a small quantity»"
            default: table.label?.text(language) ?? (nb ? "terskelverdien «\(table.name)»" : "the threshold «\(table.name)»")
            }
        // The rule set by its name ("Riksadvokatens rundskriv 2/2014"); a rule set of one's own
        // by its id.
        let name = owner ?? RuleBook.builtIn.ruleSetName(table.definedBy, language) ?? table.definedBy
        let text = phrase + (nb ? " i " : " in ") + name
        return capitalized ? Self.capitalized(text) : text
    }

    /// A proposal's tier as a sentence names it: «trinnet mellom nedre og øvre terskelverdi
    /// («under-ovre»)» by its label and id (`withID: false`: the label alone), «trinnet
    /// «under-ovre»» where the tier has no label.
    static func tier(_ id: String, of ruleSet: RuleSet?, _ language: Language, withID: Bool = true) -> String {
        let word = language == .nb ? "trinnet" : "the tier"
        guard let label = ruleSet?.tiers.first(where: { $0.id == id })?.label else { return word + " «\(id)»" }
        return word + " " + label.text(language) + (withID ? " («\(id)»)" : "")
    }

    /// The text with its first letter in upper case: «grensen …» → «Grensen …».
    static func capitalized(_ text: String) -> String {
        // A first letter a–z (nearly always) is shifted in place: Unicode case mapping of the
        // first character showed in profiles of many decisions. Anything else is mapped.
        guard let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else {
            return text.prefix(1).uppercased() + text.dropFirst()
        }
        var bytes = Array(text.utf8)
        bytes[0] = first - (UInt8(ascii: "a") - UInt8(ascii: "A"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How a limit is known, as a reader says it: "veiledende" / "guideline".
    static func provenance(_ provenance: Provenance, _ language: Language) -> String {
        guard language == .nb else { return provenance.rawValue }
        return switch provenance {
        case .verified: "kontrollert mot kilden"
        case .guideline: "veiledende"
        case .interpretation: "tolkning"
        case .unknown: "ukjent"
        }
    }

    /// "4,5 g", "1 lapp", "2 rusdoser": counted units by their names in the vocabulary data.
    static func amount(_ value: ExactDecimal, _ unit: String, _ language: Language) -> String {
        number(value, language) + " " + (RuleBook.builtIn.vocabulary.unit(unit)?.name(for: value, language) ?? unit)
    }

    /// A text from one template for both languages, rendered only when shown.
    static func both(_ make: @escaping @Sendable (Language) -> String) -> LocalizedText {
        LocalizedText(make)
    }

    /// "a, b og c" / "a, b and c".
    static func list(_ items: [String], _ language: Language) -> String {
        joined(items, last: language == .nb ? "og" : "and")
    }

    /// "a, b eller c" / "a, b or c": the choices one may give.
    package static func alternatives(_ items: [String], _ language: Language) -> String {
        joined(items, last: language == .nb ? "eller" : "or")
    }

    private static func joined(_ items: [String], last word: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }

    static func substance(_ id: String, _ vocabulary: Vocabulary, _ language: Language) -> String {
        // By id first: the rules name substances by id, and matching every alias of the
        // substances before it showed in profiles of many decisions.
        (vocabulary.substances.first { $0.id == id } ?? vocabulary.substance(named: id))?.name.text(language) ?? id
    }

    /// A reaction's name: the rule set's own where it has one (``RuleSet/reactionNames``), else
    /// the vocabulary's.
    static func reaction(_ reaction: Reaction, _ vocabulary: Vocabulary, _ language: Language, under ruleSet: RuleSet? = nil)
        -> String
    {
        (ruleSet?.reactionNames[reaction] ?? vocabulary.reaction(reaction).name).text(language)
    }

    /// An option as a prosecutor names it: a påtaleunnlatelse offered without conditions is
    /// "påtaleunnlatelse uten vilkår (ubetinget)".
    static func option(_ option: Option, _ vocabulary: Vocabulary, _ language: Language, under ruleSet: RuleSet?) -> String {
        let name = reaction(option.reaction, vocabulary, language, under: ruleSet)
        guard option.reaction == .pataleunnlatelse, option.conditions.isEmpty, option.status != .excluded else { return name }
        return name + (language == .nb ? " uten vilkår (ubetinget)" : " without conditions (unconditional)")
    }

    static func conditions(_ conditions: [Condition], _ vocabulary: Vocabulary, _ language: Language) -> String {
        conditions.isEmpty
            ? (language == .nb ? "uten vilkår" : "without conditions")
            : list(conditions.map { vocabulary.condition($0).name.text(language) }, language)
    }

    static func consentParties(_ parties: [ConsentParty], _ language: Language) -> String {
        list(
            parties.map { party in
                switch (party, language) {
                case (.consent, .nb): "den siktede"
                case (.consent, .en): "the suspect"
                case (.guardianConsent, .nb): "vergen"
                case (.guardianConsent, .en): "the guardian"
                }
            }, language)
    }

    /// A date as a reader writes it: "14.03.2026" / "14 March 2026".
    static func date(_ date: LegalDate, _ language: Language) -> String {
        switch language {
        case .nb where (1000...9999).contains(date.year):
            // The ISO form's digits rearranged, "2026-03-14" → "14.03.2026": a date is in many
            // reasons of a decision, and joining its parts as strings showed in profiles.
            var iso = date.description
            return iso.withUTF8 { digits in
                String(unsafeUninitializedCapacity: 10) { written in
                    for (position, from) in [8, 9, -1, 5, 6, -1, 0, 1, 2, 3].enumerated() {
                        written[position] = from < 0 ? UInt8(ascii: ".") : digits[from]
                    }
                    return 10
                }
            }
        case .nb:
            let two = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
            return "\(two(date.day)).\(two(date.month)).\(date.year)"
        case .en: return "\(date.day) \(months(.en)[date.month - 1]) \(date.year)"
        }
    }

    /// The name of `month` (1–12): "februar" / "February".
    static func monthName(_ month: Int, _ language: Language) -> String { months(language)[month - 1] }

    /// The months' names, January first.
    private static func months(_ language: Language) -> [String] {
        language == .nb ? norwegianMonths : englishMonths
    }
    private static let norwegianMonths = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// A source's date as precisely as it is known, as a reader writes it: "22.05.1981",
    /// "juni 2025", "2019" (English: "22 May 1981", "June 2025", "2019"); text that is not an
    /// ISO date is given as it is.
    static func sourceDate(_ text: String, _ language: Language) -> String {
        if let full = LegalDate(text) { return date(full, language) }
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let month = Int(parts[1]), (1...12).contains(month) else { return text }
        return "\(months(language)[month - 1]) \(parts[0])"
    }

    /// An outcome as a sentence names it: "forenklet forelegg (straffbart)", "påtaleunnlatelse
    /// med vilkår om prøvetid og … (straffbart)", "ordinær straffeforfølgning"; in English
    /// "simplified fine notice (forenklet forelegg), punishable".
    static func outcome(
        _ liability: Liability, _ recommended: Reaction?, conditions: [Condition], _ vocabulary: Vocabulary,
        _ language: Language
    ) -> String {
        guard let recommended else { return self.liability(liability, language) }
        let name = reaction(recommended, vocabulary, language) + withConditions(conditions, vocabulary, language)
        // English names carry the Norwegian term in parentheses already.
        return language == .nb ? name + " (" + self.liability(liability, .nb) + ")" : name + ", " + self.liability(liability, .en)
    }

    /// What follows a reaction's name where it has conditions: " med vilkår om prøvetid og …";
    /// empty without conditions.
    static func withConditions(_ conditions: [Condition], _ vocabulary: Vocabulary, _ language: Language) -> String {
        conditions.isEmpty ? "" : (language == .nb ? " med vilkår om " : " with conditions of ") + self.conditions(conditions, vocabulary, language)
    }

    /// A yes/no fact as the case gave it: "ja", "nei", "ikke oppgitt".
    static func answer(_ value: Bool?, _ language: Language) -> String {
        switch (value, language) {
        case (true?, .nb): "ja"
        case (false?, .nb): "nei"
        case (nil, .nb): "ikke oppgitt"
        case (true?, .en): "yes"
        case (false?, .en): "no"
        case (nil, .en): "not given"
        }
    }

    /// Dependency as the case gave it: "ja", "tvil", "nei".
    static func dependency(_ dependency: Dependency, _ language: Language) -> String {
        switch (dependency, language) {
        case (.yes, .nb): "ja"
        case (.doubtful, .nb): "tvil"
        case (.no, .nb): "nei"
        case (.yes, .en): "yes"
        case (.doubtful, .en): "doubtful"
        case (.no, .en): "no"
        }
    }

    static func liability(_ liability: Liability, _ language: Language) -> String {
        switch (liability, language) {
        case (.notCriminallyLiable, .nb): "ikke strafferettslig ansvarlig"
        case (.notCriminallyLiable, .en): "not criminally liable"
        case (.notPunishable, .nb): "ikke straffbart"
        case (.notPunishable, .en): "not punishable"
        case (.punishable, .nb): "straffbart"
        case (.punishable, .en): "punishable"
        case (.ordinaryProsecution, .nb): "ordinær straffeforfølgning"
        case (.ordinaryProsecution, .en): "ordinary prosecution"
        }
    }

    static func ageTrack(_ track: AgeTrack, _ vocabulary: Vocabulary, _ language: Language) -> String {
        vocabulary.definition(of: track).name.text(language)
    }

    /// The youth track's ages, «15–17», from the vocabulary.
    static func youthAges(_ vocabulary: Vocabulary) -> String {
        "\(vocabulary.ageOfCriminalResponsibility)–\(vocabulary.ageOfMajority - 1)"
    }
}

extension LegalDate {
    /// The date as a reader writes it: "14.03.2026" / "14 March 2026".
    public func written(_ language: Language) -> String { Wording.date(self, language) }

    /// A date as a person types it: `2026-03-14`, or day, month and year as Norwegians write
    /// them — `14.03.2026`, `14.3.26`, `14/03/2026` (a two-digit year is 2000–2049 up to 49,
    /// else 1950–1999), or with the month named as in a decision, `14. mars 2026`,
    /// `14 March 2026`, `14. mar. 2026` — the forms `rusctl ny` and the page of `rusctl serve`
    /// accept; nil when it is none of them or does not exist.
    public init?(typed text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = LegalDate(trimmed) {
            self = date
            return
        }
        guard let parts = LegalDate.dayMonthYear(trimmed),
            let date = LegalDate(year: parts.year, month: parts.month, day: parts.day)
        else { return nil }
        self = date
    }

    /// Day, month and year written `d.m.y` or `d/m/y` (1–2, 1–2 and 2 or 4 digits; a two-digit
    /// year read as 2000–2049 up to 49, else 1950–1999), whether or not the date exists.
    static func dayMonthYear(_ text: String) -> (day: Int, month: Int, year: Int)? {
        if let named = dayNamedMonthYear(text) { return named }
        let separator: Character = text.contains("/") ? "/" : "."
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), [2, 4].contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return (day, month, parts[2].count == 2 ? (year < 50 ? 2000 : 1900) + year : year)
    }

    /// Day, month and year with the month named, as a decision writes a date: `14. mars 2026`,
    /// `14 March 2026`; the month in Norwegian or English, in full or cut to three letters or
    /// more (`mar.`, `sept`), in any letter case; the year in four digits.
    private static func dayNamedMonthYear(_ text: String) -> (day: Int, month: Int, year: Int)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 3, words[2].count == 4, words[2].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        let dayText = words[0].hasSuffix(".") ? words[0].dropLast() : words[0]
        var name = words[1].lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard (1...2).contains(dayText.count), dayText.allSatisfy({ $0.isASCII && $0.isNumber }), let day = Int(dayText), let year = Int(words[2]),
            name.count >= 3
        else { return nil }
        let months = Set(
            Language.allCases.flatMap { language in
                (1...12).filter { Wording.monthName($0, language).lowercased().hasPrefix(name) }
            })
        guard months.count == 1, let month = months.first else { return nil }
        return (day, month, year)
    }

    /// What is wrong with a date written `YYYY-MM-DD` (and, when `typed`, as people type dates:
    /// `30.02.2023`, `30/2/23`) that is not in the calendar, in words that follow "… is not a
    /// date that exists:": the month is not 01–12, the year is 0000, or the month has fewer days
    /// ("February 2023 has 28 days"); nil for a date that exists and for text not written so.
    public static func calendarFault(_ text: String, _ language: Language, typed: Bool = false) -> String? {
        let trimmed = typed ? text.trimmingCharacters(in: .whitespaces) : text
        guard LegalDate(typed: trimmed) == nil else { return nil }
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let written: (day: Int, month: Int, year: Int)
        if iso.map(\.count) == [4, 2, 2], iso.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(iso[0]), let month = Int(iso[1]), let day = Int(iso[2])
        {
            written = (day, month, year)
        } else if typed, let parts = dayMonthYear(trimmed) {
            written = parts
        } else {
            return nil
        }
        guard (1...12).contains(written.month) else {
            return language == .nb ? "måneden må være 01–12" : "the month must be 01 to 12"
        }
        guard written.year > 0 else { return language == .nb ? "året må være 0001 eller senere" : "the year must be 0001 or later" }
        let days = daysIn(month: written.month, year: written.year)
        let month = Wording.monthName(written.month, language)
        return written.day == 0
            ? (language == .nb ? "dagen må være 01–\(days)" : "the day must be 01 to \(days)")
            : (language == .nb ? "\(month) \(written.year) har \(days) dager" : "\(month) \(written.year) has \(days) days")
    }
}
