import Foundation

/// How sure a legal value is (rules.md §4 and §6). Anything but `verified` is flagged in answers.
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
    public let limit: Decimal?
    public let provenance: Provenance
    public let citations: [String]
    public let comment: String?
}

/// A named table of limits, one per substance and measured dimension.
public struct ThresholdTable: Sendable, Equatable {
    public let name: String
    /// The rule set that defines the table (differs from the user's when inherited).
    public let definedBy: String
    public let description: LocalizedText
    public let limits: [Threshold]
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

/// One step of a proposal (rules.md §5.4): when every substance is within `thresholds` (and the
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

public enum RuleSetKind: String, Sendable {
    /// Law in force for some decision dates, selected by the decision date.
    case practice
    /// Never enacted: an overlay of tiers on a baseline practice rule set.
    case proposal
}

/// A dated, cited body of rules (rules.md §3), loaded from rule data.
public struct RuleSet: Sendable, Equatable {
    public let id: String
    public let kind: RuleSetKind
    public let title: LocalizedText
    public let version: String
    public let status: LocalizedText
    /// Decision dates a practice applies to; nil for proposals (never in force).
    public let validity: Validity?
    public let citations: [String]
    /// The deciding rules, in order: the first that decides wins (a proposal's baseline's follow).
    public let rules: [RuleID]
    /// Every table the rule set uses, its own and inherited ones, by name.
    public let thresholds: [String: ThresholdTable]
    public let inheritsThresholdsFrom: String?
    /// The rule set that decides what a proposal does not cover.
    public let baseline: String?
    public let tiers: [ProposalTier]

    /// Practice table: limits above which a case goes to ordinary prosecution (rules.md §5.2.1).
    public static let prosecutionTable = "prosecution"
    /// Practice table: limits for dependent users (rules.md §5.3).
    public static let dependentUserTable = "dependent-user"
    /// The table names a practice rule set may define.
    public static let practiceTables = [prosecutionTable, dependentUserTable]
}
