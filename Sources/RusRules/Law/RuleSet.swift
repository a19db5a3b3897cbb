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
public struct RuleSet: Sendable, Equatable {
    /// The rule set's id (`hr-2022`, `lov-2025`).
    public let id: String
    /// Whether it is practice, a proposal or a statute.
    public let kind: RuleSetKind
    /// Its full title, in both languages.
    public let title: LocalizedText
    /// A short name for tables and charts ("NOU 2019:26 flertallet"); the id when not given.
    public var label: LocalizedText? = nil
    /// The version of its data.
    public let version: String
    /// Its legal status, in both languages (in force, never enacted, not yet in force).
    public let status: LocalizedText
    /// Decision dates a practice applies to; nil for proposals (never in force) and statutes.
    public let validity: Validity?
    /// The date a statute was adopted; nil for other kinds. Its in-force date is not data: the
    /// user states it (``InForceDates``).
    public var adopted: LegalDate? = nil
    /// Whether a case whose only act is use is covered at any quantity, its amounts not compared
    /// (docs/law.md §5.5.2: LOV-2025-06-20-83 covers «bruk av narkotika» without a quantity).
    public var useCoversAnyQuantity = false
    /// What the rule set calls a reaction where its own law names it otherwise than the
    /// vocabulary (lov-2025: «henvisning til frivillig oppmøte ved rådgivende enhet», not the
    /// proposals' «pålegg»).
    public var reactionNames: [Reaction: LocalizedText] = [:]
    /// The ids of the public sources it rests on.
    public let citations: [String]
    /// The deciding rules, in order: the first that decides wins (a proposal's baseline's follow).
    package let rules: [RuleID]
    /// Every table the rule set uses, its own and inherited ones, by name.
    public var thresholds: [String: ThresholdTable]
    /// The rule set whose threshold tables it uses too, if any.
    public let inheritsThresholdsFrom: String?
    /// The rule set that decides what a proposal does not cover.
    public let baseline: String?
    /// A proposal's tiers, in order (empty for practice and statute).
    public let tiers: [ProposalTier]

    /// The short name a prosecutor writes for the rule set, as written within a sentence
    /// («lovendringen 2025 (LOV-2025-06-20-83)», «Riksadvokatens rundskriv 2/2014»);
    /// `capitalized` for the start of a sentence, a heading or a table's label.
    public func name(_ language: Language, capitalized: Bool = false) -> String {
        let name = label?.text(language) ?? id
        return capitalized ? name.prefix(1).uppercased() + name.dropFirst() : name
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
