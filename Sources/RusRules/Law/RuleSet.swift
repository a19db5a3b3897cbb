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
    public let substance: String
    public let unit: String
    /// Nil exactly when `provenance` is `unknown`.
    public let limit: ExactDecimal?
    public let provenance: Provenance
    public let citations: [String]
    /// Where the value comes from, or why there is none, in both languages.
    public let comment: LocalizedText?
    /// For an unknown limit, the value it cannot exceed (docs/law.md §4, "– (≤ x)"), in `unit`:
    /// an amount above it is above the limit, whatever the limit is. Filled from the table's
    /// ``CeilingSource`` once the rule set it names is loaded.
    public var ceiling: ExactDecimal? = nil

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
    public let ruleSet: String
    public let table: String
    /// How sure the bound is (an interpretation of the sources it cites).
    public let provenance: Provenance
    public let citations: [String]
    public let comment: LocalizedText
}

/// A named table of limits, one per substance and measured dimension.
public struct ThresholdTable: Sendable, Equatable {
    public let name: String
    /// The rule set that defines the table (differs from the user's when inherited).
    public let definedBy: String
    public let description: LocalizedText
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
    public let from: LegalDate
    public let to: LegalDate?

    public func contains(_ date: LegalDate) -> Bool {
        date >= from && (to.map { date <= $0 } ?? true)
    }
}

/// A note a proposal tier adds to its decisions, optionally only for some age tracks.
public struct TierNote: Sendable, Equatable {
    public let code: String
    public let ageTracks: [AgeTrack]?
    public let text: LocalizedText
    public let citations: [String]
}

/// One step of a proposal (docs/law.md §5.4): when every substance is within `thresholds` (and the
/// number of different substances is at most `maxSubstances`), the tier decides the case.
public struct ProposalTier: Sendable, Equatable {
    public let id: String
    public let thresholds: String
    public let maxSubstances: Int?
    public let liability: Liability
    public let recommended: Reaction
    public let conditions: [Condition]
    public let alsoAvailable: [Reaction]
    public let description: LocalizedText
    public let citations: [String]
    public let notes: [TierNote]
}

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
    public let id: String
    public let kind: RuleSetKind
    public let title: LocalizedText
    /// A short name for tables and charts ("NOU 2019:26 flertallet"); the id when not given.
    public var label: LocalizedText? = nil
    public let version: String
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
    public let citations: [String]
    /// The deciding rules, in order: the first that decides wins (a proposal's baseline's follow).
    public let rules: [RuleID]
    /// Every table the rule set uses, its own and inherited ones, by name.
    public var thresholds: [String: ThresholdTable]
    public let inheritsThresholdsFrom: String?
    /// The rule set that decides what a proposal does not cover.
    public let baseline: String?
    public let tiers: [ProposalTier]

    /// The short name a report shows for the rule set.
    public func name(_ language: Language) -> String {
        label?.text(language) ?? id
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
