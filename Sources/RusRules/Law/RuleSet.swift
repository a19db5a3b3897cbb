import Foundation

/// How sure a legal value is (docs/law.md §4 and §6). Anything but `verified` is flagged in answers.
public enum Provenance: String, Sendable, CaseIterable {
    /// Read in the cited source.
    case verified
    /// A guideline value drawn from another source (HR-2022-731-A on Prop. 92 L's values).
    case guideline
    /// This project's reading of a source; stated as such in every answer that uses it.
    case interpretation
    /// No value is known. The engine never invents one: it warns `threshold-unknown`.
    case unknown
}

/// One limit: "ikke overstiger", so an amount equal to the limit is within it.
public struct Threshold: Sendable, Equatable {
    /// The substance the limit is for.
    public let substance: String
    /// The unit the limit is in.
    public let unit: String
    /// Nil exactly when `provenance` is `unknown`.
    public let limit: ExactDecimal?
    /// How sure the limit is: checked against its source, indicative, or unknown.
    public let provenance: Provenance
    /// The ids of the public sources the limit comes from.
    public let citations: [String]
    /// Where the value comes from, or why there is none, in both languages.
    public let comment: LocalizedText?
    /// For an unknown limit, the value it cannot exceed (docs/law.md §4, "– (≤ x)"), in `unit`:
    /// an amount above it is above the limit, whatever the limit is. Filled from the table's
    /// ``CeilingSource`` once the rule set it names is loaded.
    public var ceiling: ExactDecimal? = nil

    /// A limit for one substance, with its provenance, sources, comment and any ceiling.
    public init(
        substance: String, unit: String, limit: ExactDecimal?, provenance: Provenance, citations: [String],
        comment: LocalizedText?, ceiling: ExactDecimal? = nil
    ) {
        self.substance = substance
        self.unit = unit
        self.limit = limit
        self.provenance = provenance
        self.citations = citations
        self.comment = comment
        self.ceiling = ceiling
    }
}

/// Where the ceilings of a table's unknown limits come from: the known values of another
/// table (docs/law.md §4: the `hr-2022` guideline values bound the unknown `ra-2014` and `lov-2025`
/// values). Kept as a reference so that each legal number is written once.
public struct CeilingSource: Sendable, Equatable {
    /// The rule set whose table gives the ceilings.
    public let ruleSet: String
    /// The name of that table.
    public let table: String
    /// How sure the bound is (an interpretation of the sources it cites).
    public let provenance: Provenance
    /// The ids of the public sources the ceilings come from.
    public let citations: [String]
    /// Why these ceilings apply, in both languages.
    public let comment: LocalizedText
}

/// A named table of limits, one per substance and measured dimension.
public struct ThresholdTable: Sendable, Equatable {
    /// The table's name, as rules and reports refer to it.
    public let name: String
    /// The rule set that defines the table (differs from the user's when inherited).
    public let definedBy: String
    /// What the table is, in both languages.
    public let description: LocalizedText
    /// How a sentence names the table where its name is an id («ovre»): «den øvre
    /// terskelverdien», "the upper threshold"; nil names it by its role or its id.
    public var label: LocalizedText? = nil
    /// The limits, one per substance.
    public var limits: [Threshold]
    /// Where the ceilings of its unknown limits come from, if anywhere.
    public var ceilings: CeilingSource? = nil
}

extension ThresholdTable {
    /// The table with the ceiling of each unknown limit taken from `bound` (same substance and
    /// dimension, converted exactly to the row's unit); a row `bound` knows no value for keeps
    /// no ceiling (methamphetamine: docs/law.md §4).
    func bounded(by bound: ThresholdTable, vocabulary: Vocabulary) -> ThresholdTable {
        var table = self
        table.limits = limits.map { row in
            guard row.limit == nil, let unit = vocabulary.unit(row.unit) else { return row }
            var bounded = row
            bounded.ceiling = bound.limits.first { candidate in
                candidate.substance == row.substance && candidate.limit != nil
                    && vocabulary.unit(candidate.unit)?.dimension == unit.dimension
            }.flatMap { candidate in
                candidate.limit.map { ($0 * vocabulary.unit(candidate.unit)!.perBaseUnit).divided(by: unit.perBaseUnit) }
            }
            return bounded
        }
        return table
    }
}

/// The decision dates a practice rule set applies to (both ends inclusive).
public struct Validity: Sendable, Equatable {
    /// The first decision date the rule set applies to.
    public let from: LegalDate
    /// The last decision date it applies to, or nil while it still applies.
    public let to: LegalDate?

    /// Whether `date` falls within the period.
    public func contains(_ date: LegalDate) -> Bool {
        date >= from && (to.map { date <= $0 } ?? true)
    }
}

/// A note a proposal tier adds to its decisions, optionally only for some age tracks.
public struct TierNote: Sendable, Equatable {
    /// The note's code, as decisions carry it.
    public let code: String
    /// The age tracks it is for, or nil for every age.
    public let ageTracks: [AgeTrack]?
    /// The note, in both languages.
    public let text: LocalizedText
    /// The ids of the public sources it rests on.
    public let citations: [String]
}

/// One step of a proposal (docs/law.md §5.4): when every substance is within `thresholds` (and the
/// number of different substances is at most `maxSubstances`), the tier decides the case.
public struct ProposalTier: Sendable, Equatable {
    /// The tier's id, as reports name it.
    public let id: String
    /// The name of the threshold table the amounts are compared against.
    public let thresholds: String
    /// The most substances a case may have in this tier, if the proposal sets a cap.
    public let maxSubstances: Int?
    /// The liability outcome within the tier.
    public let liability: Liability
    /// The reaction recommended within the tier.
    public let recommended: Reaction
    /// The conditions of that reaction.
    public let conditions: [Condition]
    /// Other reactions available within the tier.
    public let alsoAvailable: [Reaction]
    /// What the tier is, in both languages.
    public let description: LocalizedText
    /// The ids of the public sources the tier rests on.
    public let citations: [String]
    /// Notes a decision in the tier carries.
    public let notes: [TierNote]
    /// How a sentence names the tier after «trinnet» / "the tier": «mellom nedre og øvre
    /// terskelverdi», "between the lower and upper thresholds"; nil names it by its id.
    public var label: LocalizedText? = nil
}

/// What a rule set is: practice in force, a proposal never enacted, or a statute.
public enum RuleSetKind: String, Sendable, CaseIterable {
    /// Law in force for some decision dates, selected by the decision date.
    case practice
    /// Never enacted: an overlay of tiers on a baseline practice rule set.
    case proposal
    /// An adopted statute whose in-force date the user states (docs/law.md §3): selected from a
    /// date only when that date is stated, and then subject to straffeloven § 3.
    case statute
}

/// A dated, cited body of rules (docs/law.md §3), loaded from rule data.
///
/// A value, held in one shared, immutable storage: the engine hands the rule set on to the
/// selection, the rules and the answer for every case, and copying sixteen fields (most of
/// them counted references) each time showed in profiles of `evaluate`. Changing a field
/// (loading, `rusctl sweep`'s variants) copies the storage first.
public struct RuleSet: Sendable, Equatable {
    /// The fields, as loaded.
    struct Fields: Sendable, Equatable {
        var id: String
        var kind: RuleSetKind
        var title: LocalizedText
        var label: LocalizedText?
        var version: String
        var status: LocalizedText
        var validity: Validity?
        var adopted: LegalDate?
        var useCoversAnyQuantity: Bool
        var reactionNames: [Reaction: LocalizedText]
        var citations: [String]
        var rules: [RuleID]
        var thresholds: [String: ThresholdTable]
        var inheritsThresholdsFrom: String?
        var baseline: String?
        var tiers: [ProposalTier]
    }

    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    init(
        id: String, kind: RuleSetKind, title: LocalizedText, version: String, status: LocalizedText, validity: Validity?,
        citations: [String], rules: [RuleID], thresholds: [String: ThresholdTable], inheritsThresholdsFrom: String?,
        baseline: String?, tiers: [ProposalTier]
    ) {
        storage = Storage(
            Fields(
                id: id, kind: kind, title: title, label: nil, version: version, status: status, validity: validity, adopted: nil,
                useCoversAnyQuantity: false, reactionNames: [:], citations: citations, rules: rules, thresholds: thresholds,
                inheritsThresholdsFrom: inheritsThresholdsFrom, baseline: baseline, tiers: tiers))
    }

    /// Changes a field in a storage of this value's own.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    public static func == (left: RuleSet, right: RuleSet) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    /// The rule set's id (`hr-2022`, `lov-2025`).
    public var id: String { storage.fields.id }
    /// Whether it is practice, a proposal or a statute.
    public var kind: RuleSetKind { storage.fields.kind }
    /// Its full title, in both languages.
    public var title: LocalizedText { storage.fields.title }
    /// A short name for tables and charts ("NOU 2019:26 flertallet"); the id when not given.
    public var label: LocalizedText? {
        get { storage.fields.label }
        set { update { $0.label = newValue } }
    }
    /// The version of its data.
    public var version: String { storage.fields.version }
    /// Its legal status, in both languages (in force, never enacted, not yet in force).
    public var status: LocalizedText { storage.fields.status }
    /// Decision dates a practice applies to; nil for proposals (never in force) and statutes.
    public var validity: Validity? { storage.fields.validity }
    /// The date a statute was adopted; nil for other kinds. Its in-force date is not data: the
    /// user states it (``InForceDates``).
    public var adopted: LegalDate? {
        get { storage.fields.adopted }
        set { update { $0.adopted = newValue } }
    }
    /// Whether a case whose only act is use is covered at any quantity, its amounts not compared
    /// (docs/law.md §5.5.2: LOV-2025-06-20-83 covers «bruk av narkotika» without a quantity).
    public var useCoversAnyQuantity: Bool {
        get { storage.fields.useCoversAnyQuantity }
        set { update { $0.useCoversAnyQuantity = newValue } }
    }
    /// What the rule set calls a reaction where its own law names it otherwise than the
    /// vocabulary (lov-2025: «henvisning til frivillig oppmøte ved rådgivende enhet», not the
    /// proposals' «pålegg»).
    public var reactionNames: [Reaction: LocalizedText] {
        get { storage.fields.reactionNames }
        set { update { $0.reactionNames = newValue } }
    }
    /// The ids of the public sources it rests on.
    public var citations: [String] { storage.fields.citations }
    /// The deciding rules, in order: the first that decides wins (a proposal's baseline's follow).
    package var rules: [RuleID] { storage.fields.rules }
    /// Every table the rule set uses, its own and inherited ones, by name.
    public var thresholds: [String: ThresholdTable] {
        get { storage.fields.thresholds }
        set { update { $0.thresholds = newValue } }
    }
    /// The rule set whose threshold tables it uses too, if any.
    public var inheritsThresholdsFrom: String? { storage.fields.inheritsThresholdsFrom }
    /// The rule set that decides what a proposal does not cover.
    public var baseline: String? { storage.fields.baseline }
    /// A proposal's tiers, in order (empty for practice and statute).
    public var tiers: [ProposalTier] { storage.fields.tiers }

    /// The short name a prosecutor writes for the rule set, as written within a sentence
    /// («lovendringen 2025 (LOV-2025-06-20-83)», «Riksadvokatens rundskriv 2/2014»);
    /// `capitalized` for the start of a sentence, a heading or a table's label.
    public func name(_ language: Language, capitalized: Bool = false) -> String {
        let name = label?.text(language) ?? id
        return capitalized ? Wording.capitalized(name) : name
    }

    /// Practice table: limits above which a case goes to ordinary prosecution (docs/law.md §5.2.1).
    public static let prosecutionTable = "prosecution"
    /// Practice table: limits for dependent users (docs/law.md §5.3).
    public static let dependentUserTable = "dependent-user"
    /// Statute table: «en mindre mengde», the line between legemiddelloven § 31 andre ledd and
    /// straffeloven § 231 (docs/law.md §5.5.2) — not a limit for the ordinary forelegg.
    public static let smallQuantityTable = "small-quantity"
    /// The table names a practice or statute rule set may define.
    public static let practiceTables = [prosecutionTable, dependentUserTable, smallQuantityTable]
}
