import Foundation

/// The languages answers are written in: Norwegian bokmål (default) and English.
public enum Language: String, Sendable, CaseIterable {
    /// Norwegian bokmål.
    case nb
    /// English.
    case en
}

/// A text written in both languages.
///
/// Texts made from a template (`Wording.both(_:)`) are rendered only when asked for, and only
/// in the language asked for: a comparison over a million cases never builds the explanations
/// it does not show. That is why this is not simply two strings. A text is passed on, captured
/// and copied many times on its way into a decision, so it is one reference to what it holds:
/// a copy costs one retain, where copying the forms themselves cost about a tenth of a
/// decision's instructions (profiled with callgrind).
public struct LocalizedText: Sendable, Equatable {
    private enum Storage: Sendable {
        case fixed(nb: String, en: String)
        case template(@Sendable (Language) -> String)
    }

    private final class Forms: Sendable {
        let full: Storage
        /// A shorter form for the one-screen answer, where the text is too long for one line.
        let short: Storage?

        init(_ full: Storage, short: Storage? = nil) {
            self.full = full
            self.short = short
        }
    }

    private let forms: Forms

    /// A text in Norwegian bokmål and English.
    public init(nb: String, en: String) {
        forms = Forms(.fixed(nb: nb, en: en))
    }

    /// A text rendered on demand by `render`.
    public init(_ render: @escaping @Sendable (Language) -> String) {
        forms = Forms(.template(render))
    }

    private init(_ forms: Forms) {
        self.forms = forms
    }

    /// The text in Norwegian bokmål.
    public var nb: String { text(.nb) }
    /// The text in English.
    public var en: String { text(.en) }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        Self.render(forms.full, language)
    }

    /// The text in brief, where a shorter form is given (an excluded reaction's reason on the
    /// one-screen answer); else the text.
    package func brief(_ language: Language) -> String {
        forms.short.map { Self.render($0, language) } ?? text(language)
    }

    /// The same text with `brief` as its shorter form.
    package func withBrief(_ brief: LocalizedText) -> LocalizedText {
        LocalizedText(Forms(forms.full, short: brief.forms.full))
    }

    private static func render(_ storage: Storage, _ language: Language) -> String {
        switch storage {
        case .fixed(let nb, let en): language == .nb ? nb : en
        case .template(let render): render(language)
        }
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.nb == rhs.nb && lhs.en == rhs.en
    }
}

/// A legal source in the registry: every rule, threshold, reaction, condition and note cites one.
public struct Citation: Sendable, Equatable {
    /// The source's id, as decisions cite it (`strpl-69`).
    public let id: String
    /// The source's title (a statute's name, a circular's title).
    public let title: String
    /// How a lawyer cites it in a list of sources («Innst. 518 L (2024–2025)»), where that is
    /// shorter than its title and section.
    public let short: String?
    /// A source that reports or comments on the law (a newspaper, a hearing statement): listed
    /// among an answer's sources, never cited in a «begrunnelse».
    public let secondary: Bool
    /// The section or part cited.
    public let section: String
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the source is known.
    public let date: String
    /// The source's public address, where it has one.
    public let url: String?
    /// A file in `shared/seeds/` where the text can be read.
    public let seed: String?
    /// A short quote, where the seeds contain the text.
    public let quote: String?
    /// What the provision provides, in a phrase a message quotes («bot eller fengsel inntil 6
    /// måneder»), where messages name it: the number then lives here, with its source.
    public let terms: LocalizedText?

    /// The section as a list of sources names it, with its terms where the data gives them:
    /// «§ 31 andre ledd (bot eller fengsel inntil 6 måneder)»; inside the section's own brackets
    /// where it has them: «§ 231 (narkotikalovbrudd; bot eller fengsel inntil 2 år)».
    public var sectionWithTerms: String {
        guard let terms else { return section }
        return section.hasSuffix(")") ? "\(section.dropLast()); \(terms.nb))" : "\(section) (\(terms.nb))"
    }
}

/// The age tracks of docs/law.md §2, counted in completed years on the offence date.
public enum AgeTrack: String, Sendable, CaseIterable {
    /// Under 15: not criminally liable.
    case barn
    /// 15–17.
    case ungdom
    /// 18–24.
    case ungVoksen = "ung-voksen"
    /// 25 and over.
    case voksen
}

extension AgeTrack {
    /// The tracks in order, built once (``CompactCase`` holds a track as its position here).
    static let ordered = AgeTrack.allCases
}

/// Whose consent a reaction or condition needs (contract: `person.consent`, `person.guardianConsent`).
public enum ConsentParty: String, Sendable, CaseIterable {
    /// The suspect.
    case consent
    /// The guardian (under 18).
    case guardianConsent
}

/// The reactions of the contract, in the order answers list them.
public enum Reaction: String, Sendable, CaseIterable {
    /// A concern talk with the child and guardians (politiloven § 13).
    case bekymringssamtale
    /// Waiver of prosecution, with or without conditions (straffeprosessloven § 69).
    case pataleunnlatelse
    /// A fine notice (straffeprosessloven § 255).
    case forelegg
    /// A simplified fine notice (legemiddelloven § 31 a, LOV-2025-06-20-83).
    case forenkletForelegg = "forenklet-forelegg"
    /// Youth follow-up (straffeprosessloven § 71 a).
    case ungdomsoppfolging
    /// Youth sentence (straffeloven § 52 a).
    case ungdomsstraff
    /// Guilt without penalty (straffeloven § 61), for dependent users.
    case straffutmalingsfrafall
    /// Follow-up in the mediation service (konfliktråd).
    case oppfolgingIKonfliktrad = "oppfolging-i-konfliktrad"
    /// Attendance at the municipal drug advisory unit, where a proposal or the statute makes it a reaction.
    case radgivendeEnhet = "radgivende-enhet"
}

/// The conditions a påtaleunnlatelse can carry.
public enum Condition: String, Sendable, CaseIterable {
    /// A probation period.
    case provetid
    /// A drug-testing contract (for youths).
    case ruskontrakt
    /// Drug testing.
    case ruskontroll
    /// Attendance at the municipal drug advisory unit.
    case radgivendeEnhet = "radgivende-enhet"
}

/// The liability outcomes of the contract.
public enum Liability: String, Sendable, CaseIterable {
    /// Under 15: not criminally liable.
    case notCriminallyLiable = "not-criminally-liable"
    /// Unlawful but not punishable (a proposal's or the statute's tier).
    case notPunishable = "not-punishable"
    /// Punishable.
    case punishable
    /// Outside the rules for minor drug offences: ordinary prosecution.
    case ordinaryProsecution = "ordinary-prosecution"
}

/// What a unit measures; amounts compare only within one dimension.
public struct UnitDefinition: Sendable, Equatable {
    /// The unit's id, as a case writes it (`g`, `ml`, `lapper`).
    public let id: String
    /// What it measures (mass, volume, count); amounts compare only within one.
    public let dimension: String
    /// How many base units of the dimension one of this unit is (mg: 0.001 of g).
    public let perBaseUnit: ExactDecimal
    /// Other spellings accepted for it in a case ("gram", "lapper"), lowercase.
    public var aliases: [String] = []
    /// A counted unit's names, one and more, by language ("lapp"/"lapper"); nil where the
    /// unit is written as its id (g, ml).
    public var names: [Language: Forms]? = nil

    /// A counted unit's name for one and for more.
    public struct Forms: Sendable, Equatable {
        /// The name for one ("lapp").
        public let one: String
        /// The name for more ("lapper").
        public let other: String
    }

    /// The unit as written after `amount`: "1 lapp", "2 lapper", "4,5 g".
    public func name(for amount: ExactDecimal, _ language: Language) -> String {
        guard let forms = names?[language] else { return id }
        return amount == ExactDecimal(1) ? forms.one : forms.other
    }
}

/// An act a case may name, with its names and the other words accepted for it ("bruk").
public struct ActDefinition: Sendable, Equatable {
    /// The act.
    public let act: Act
    /// Its name, in both languages.
    public let name: LocalizedText
    /// Other words accepted for it in a case.
    public let aliases: [String]
}

/// A substance a case may name, with its names, other words for it and its units.
public struct SubstanceDefinition: Sendable, Equatable {
    /// The substance's id, as a case writes it (`cannabis`).
    public let id: String
    /// Its name, in both languages.
    public let name: LocalizedText
    /// Other words accepted for it in a case ("hasj").
    public let aliases: [String]
    /// The units its amount may be given in.
    public let units: [String]
    /// Words people write for an amount of it that are not its unit ("tabletter" for medicines),
    /// and the hint on what to count instead.
    public var notUnits: (words: [String], hint: LocalizedText)? = nil

    /// A substance with its names, other words and units.
    public init(id: String, name: LocalizedText, aliases: [String], units: [String]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.units = units
    }

    /// The hint where `word` is not a unit but a word people use for it.
    public func notUnitHint(_ word: String) -> LocalizedText? {
        guard let notUnits, notUnits.words.contains(word.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
        return notUnits.hint
    }

    public static func == (lhs: SubstanceDefinition, rhs: SubstanceDefinition) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.aliases == rhs.aliases && lhs.units == rhs.units
            && lhs.notUnits?.words == rhs.notUnits?.words && lhs.notUnits?.hint == rhs.notUnits?.hint
    }
}

/// An age track: where it starts, its name, and its sources.
public struct AgeTrackDefinition: Sendable, Equatable {
    /// The track.
    public let track: AgeTrack
    /// The age, in completed years, it starts at.
    public let fromAge: Int
    /// Its name, in both languages.
    public let name: LocalizedText
    /// The ids of the public sources it rests on.
    public let citations: [String]
}

/// A reaction or condition: its names, whose consent it needs and, where it has one, when it began.
public struct MeasureDefinition<ID: RawRepresentable & Sendable & Equatable>: Sendable, Equatable
where ID.RawValue == String {
    /// The reaction or condition.
    public let id: ID
    /// Its name, in both languages.
    public let name: LocalizedText
    /// Whose consent it needs.
    public let requires: [ConsentParty]
    /// The date it began, where it has one.
    public let validFrom: LegalDate?
    /// The ids of the public sources it rests on.
    public let citations: [String]
}

/// Shared definitions every rule set uses (Vocabulary.swift in BuiltIn).
public struct Vocabulary: Sendable {
    /// The age tracks, youngest first.
    public let ageTracks: [AgeTrackDefinition]
    /// The units.
    public let units: [UnitDefinition]
    /// The acts.
    public let acts: [ActDefinition]
    /// The substances.
    public let substances: [SubstanceDefinition]
    /// The reactions, in the order answers list them.
    public let reactions: [MeasureDefinition<Reaction>]
    /// The conditions a reaction can carry.
    public let conditions: [MeasureDefinition<Condition>]
    /// An amount more than this many times every limit and ceiling known for its substance is
    /// flagged as implausible (`implausible-amount`, a warning).
    public let plausibleAmountFactor: ExactDecimal

    /// The track for an age in completed years: the last track whose `fromAge` it has reached.
    public func ageTrack(forAge age: Int) -> AgeTrackDefinition {
        ageTracks.last { age >= $0.fromAge } ?? ageTracks[0]
    }

    /// The definition of `track` or `act`.
    public func definition(of track: AgeTrack) -> AgeTrackDefinition {
        ageTracks.first { $0.track == track }!
    }

    /// The age of criminal responsibility: where the youth track starts (15). Messages name
    /// ages through this and ``ageOfMajority``, never as literals.
    public var ageOfCriminalResponsibility: Int { definition(of: .ungdom).fromAge }

    /// The age of majority: where the first adult track starts (18).
    public var ageOfMajority: Int { definition(of: .ungVoksen).fromAge }

    /// The unit of `id`, if there is one.
    public func unit(_ id: String) -> UnitDefinition? {
        units.first { $0.id == id }
    }

    /// Looks a substance up by id or by one of its Norwegian aliases, in any letter case and
    /// with spaces around it ("Hasj " is cannabis).
    public func substance(named name: String) -> SubstanceDefinition? {
        if let exact = substances.first(where: { $0.id == name || $0.aliases.contains(name) }) { return exact }
        let word = Self.normalized(name)
        return substances.first { $0.id == word || $0.aliases.contains(word) }
    }

    /// Looks a unit up by id or by another spelling ("gram", "lapper"), in any letter case,
    /// with spaces around it, and an abbreviation with its period ("gr.", "dl.").
    public func unit(named name: String) -> UnitDefinition? {
        if let exact = unit(name) { return exact }
        let word = Self.normalized(name)
        if let found = units.first(where: { $0.id == word || $0.aliases.contains(word) }) { return found }
        guard word.count > 1, word.hasSuffix(".") else { return nil }
        let bare = String(word.dropLast())
        return units.first { $0.id == bare || $0.aliases.contains(bare) }
    }

    /// Looks an act up by its contract id or its Norwegian word ("bruk", "Besittelse").
    public func act(named name: String) -> Act? {
        if let exact = Act(rawValue: name) { return exact }
        let word = Self.normalized(name)
        return acts.first { $0.act.rawValue == word || $0.aliases.contains(word) }?.act
    }

    /// The definition of `track` or `act`.
    public func definition(of act: Act) -> ActDefinition {
        acts.first { $0.act == act }!
    }

    /// Every word accepted for a substance, each once (an alias may repeat its id, so that the
    /// Norwegian word shown first is the id itself: "ghb").
    public var substanceWords: [String] {
        var seen = Set<String>()
        return substances.flatMap { [$0.id] + $0.aliases }.filter { seen.insert($0).inserted }
    }
    /// The substance word a mistaken `name` means: a word a slip of the pen away, or the one
    /// word it begins («meth» → `methamphetamine`); nil when none, or more than one, fits.
    public func substanceWord(meant name: String) -> String? {
        Spelling.meant(name, keys: substanceWords, spokenNames: [])
    }

    /// `meant`, a word ``substanceWord(meant:)`` found, as it is suggested in `language`: in
    /// Norwegian by the substance's Norwegian word («methamphetamine» → «metamfetamin»).
    public func suggested(_ meant: String, _ language: Language) -> String {
        language == .nb ? substance(named: meant).map { word(for: $0, .nb) } ?? meant : meant
    }

    /// The word a person writes for `substance` in `language`, as the template, `rusctl ny` and
    /// the errors offer it: in Norwegian its first alias («hasj», «kokain»), otherwise its id.
    public func word(for substance: SubstanceDefinition, _ language: Language) -> String {
        language == .nb ? substance.aliases.first ?? substance.id : substance.id
    }

    /// The word for each substance (``word(for:_:)``), as the choices one may write: «heroin,
    /// kokain, … eller legemidler».
    public func substanceChoices(_ language: Language) -> String {
        Wording.alternatives(substances.map { word(for: $0, language) }, language)
    }

    /// Every word accepted for an act: its contract id and its Norwegian words, for suggestions.
    public var actWords: [String] { acts.flatMap { [$0.act.rawValue] + $0.aliases } }

    /// Lowercase, without the spaces around it.
    static func normalized(_ word: String) -> String {
        word.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The definition of a reaction. The loader stores them in the enum's order (and checks
    /// every reaction is there), so this is an index, not a search: it runs for every option of
    /// every decision.
    public func reaction(_ id: Reaction) -> MeasureDefinition<Reaction> {
        reactions[id.ordinal]
    }

    /// The definition of a condition, by index as for reactions.
    public func condition(_ id: Condition) -> MeasureDefinition<Condition> {
        conditions[Condition.allCases.firstIndex(of: id)!]
    }
}
