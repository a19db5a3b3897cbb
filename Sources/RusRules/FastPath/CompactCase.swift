import Foundation

/// A case reduced to what outcomes depend on. Amounts are billionths of the dimension's base
/// unit (ng, nl, 1e-9 blotter), which represents every amount with up to nine decimals in grams
/// exactly; anything finer or larger falls back to the engine.
package struct CompactCase: Sendable, Equatable {
    /// Per-substance totals: `dimension` is -1 for a substance named without an amount.
    /// Held in as few bytes as they need: eight of them stand inline in every compact case.
    struct Total: Sendable, Equatable {
        var amount: FixedAmount
        private var substanceIndex: UInt8
        private var dimensionIndex: Int8
        /// How many of the amounts added were inexact: two make the total's last unit uncertain.
        var inexactParts: Int8

        /// The vocabulary's index of the substance (at most 64, ``CompiledRuleBook``).
        var substance: Int { Int(substanceIndex) }
        /// The index of the dimension; -1 for a substance named without an amount.
        var dimension: Int { Int(dimensionIndex) }

        init(substance: Int, dimension: Int, amount: FixedAmount, inexactParts: Int8) {
            self.amount = amount
            substanceIndex = UInt8(substance)
            dimensionIndex = Int8(dimension)
            self.inexactParts = inexactParts
        }
    }

    /// Cases with more different substance totals than this take the engine's path.
    static let maximumTotals = 8

    package var id: String?
    var ageTrack: Int
    var dependent: Dependency
    var priorDrugReactions: Int
    /// 1 given, 0 refused, -1 not known.
    var consent: Int8
    var guardianConsent: Int8
    var ownUse: Bool
    /// The only act is use (docs/law.md §5.1.5).
    var useOnly: Bool
    /// The dates a statute's stated in-force date is weighed against (docs/law.md §3); a missing
    /// decision date is today's.
    var offenceDate: LegalDate
    var decisionDate: LegalDate
    /// The totals, held inline (no allocation per case); `totalCount` of them are used.
    var totals = InlineArray<8, Total>(repeating: Total(substance: 0, dimension: 0, amount: .zero, inexactParts: 0))
    var totalCount = 0
    /// Different substances held: named with an amount (a substance cap counts holdings,
    /// docs/law.md §5.1.5).
    var distinctSubstances: Int
    /// The substances named, as a bit set over the vocabulary's substances.
    var substanceMask: UInt64

    /// The compact form of a decoded case (`today` standing in for a missing decision date);
    /// nil when its totals cannot be held exactly (more than eight, or two inexact amounts of
    /// one substance).
    package init?(_ theCase: Case, compiled: CompiledRuleBook, today: LegalDate) {
        id = theCase.id
        let person = theCase.person
        ageTrack = compiled.ageTrackIndex(forAge: person.ageAtOffence)
        dependent = person.dependent
        priorDrugReactions = person.priorDrugReactions
        consent = person.consent.map { $0 ? 1 : 0 } ?? -1
        guardianConsent = person.guardianConsent.map { $0 ? 1 : 0 } ?? -1
        ownUse = theCase.ownUse
        useOnly = theCase.isUseOnly
        offenceDate = theCase.offenceDate
        decisionDate = theCase.decisionDate ?? today
        distinctSubstances = 0
        substanceMask = 0
        for entry in theCase.substances {
            guard let substance = compiled.substanceIndex[entry.substance] else { return nil }
            var dimension = -1
            var fixed = FixedAmount.zero
            if let amount = entry.amount, let unit = entry.unit {
                guard let unitIndex = compiled.unitIndex[unit] else { return nil }
                dimension = compiled.unitDimension[unitIndex]
                fixed = FixedPoint.amount(amount, scale: compiled.unitScale[unitIndex])
            }
            guard add(substance: substance, dimension: dimension, amount: fixed) else { return nil }
        }
        guard comparable(under: compiled) else { return nil }
        refreshSubstances()
    }

    /// A case not yet read (``FastCaseReader/read(_:into:)`` fills it in): no totals, and
    /// `today` for both dates until it is read.
    init(today: LegalDate) {
        ageTrack = 0
        dependent = .no
        priorDrugReactions = 0
        consent = -1
        guardianConsent = -1
        ownUse = true
        useOnly = false
        offenceDate = today
        decisionDate = today
        distinctSubstances = 0
        substanceMask = 0
    }

    /// Whether every total can be compared with the compiled limits (``CompiledRuleBook/hasUnboundedLimits``).
    func comparable(under compiled: CompiledRuleBook) -> Bool {
        !compiled.hasUnboundedLimits || (0..<totalCount).allSatisfy { totals[$0].amount.units != FixedPoint.huge }
    }

    /// Recounts the different substances after totals changed.
    mutating func refreshSubstances() {
        substanceMask = 0
        var held: UInt64 = 0
        for index in 0..<totalCount {
            substanceMask |= 1 << UInt64(totals[index].substance)
            if totals[index].dimension >= 0 { held |= 1 << UInt64(totals[index].substance) }
        }
        distinctSubstances = held.nonzeroBitCount
    }

    package static func == (lhs: CompactCase, rhs: CompactCase) -> Bool {
        guard lhs.id == rhs.id, lhs.ageTrack == rhs.ageTrack, lhs.dependent == rhs.dependent,
            lhs.priorDrugReactions == rhs.priorDrugReactions, lhs.consent == rhs.consent,
            lhs.guardianConsent == rhs.guardianConsent, lhs.ownUse == rhs.ownUse, lhs.useOnly == rhs.useOnly,
            lhs.offenceDate == rhs.offenceDate, lhs.decisionDate == rhs.decisionDate, lhs.totalCount == rhs.totalCount,
            lhs.substanceMask == rhs.substanceMask
        else { return false }
        return (0..<lhs.totalCount).allSatisfy { lhs.totals[$0] == rhs.totals[$0] }
    }

    /// Adds an amount to the total of its substance and dimension (two bags are one quantity);
    /// false when the total could not be held exactly.
    mutating func add(substance: Int, dimension: Int, amount: FixedAmount) -> Bool {
        let inexact: Int8 = amount.inexact ? 1 : 0
        for index in 0..<totalCount where totals[index].substance == substance && totals[index].dimension == dimension {
            let (sum, overflow) = totals[index].amount.units.addingReportingOverflow(amount.units)
            let huge = overflow || sum == FixedPoint.huge
            totals[index].inexactParts += inexact
            // Two dropped remainders may add up to a whole unit: the total is no longer exact,
            // unless it is so large that it is above every limit anyway.
            guard huge || totals[index].inexactParts < 2 else { return false }
            totals[index].amount =
                huge
                ? FixedAmount(units: FixedPoint.huge, inexact: true)
                : FixedAmount(units: sum, inexact: totals[index].amount.inexact || amount.inexact)
            return true
        }
        guard totalCount < Self.maximumTotals else { return false }
        totals[totalCount] = Total(substance: substance, dimension: dimension, amount: amount, inexactParts: inexact)
        totalCount += 1
        return true
    }
}
