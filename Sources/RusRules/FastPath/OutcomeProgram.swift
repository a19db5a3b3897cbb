import Foundation

/// The fast path for counting outcomes over many cases (`compare`, `sweep`).
///
/// Why it exists: the engine builds a full, explained decision; even with explanations off it
/// costs tens of microseconds a case in strings, dictionaries and `Decimal`. Counting a million
/// cases a second leaves about a microsecond for five rule sets. So each rule set is compiled
/// from its data into a small program over integers, and cases are read into a compact form
/// with exact fixed-point amounts.
///
/// Why it is safe: it runs the very same rule statements as the engine — each deciding rule's
/// `decide`, sequenced by the rule set's plan (`Sequencer`) — over facts read from integer
/// tables compiled from the same rule data (no legal number and no rule lives here). Only the
/// reading of amounts differs (fixed point instead of `Decimal`); anything it cannot read
/// exactly falls back to the engine, and tests and fuzzers require the two to agree.

/// A case reduced to what outcomes depend on. Amounts are billionths of the dimension's base
/// unit (ng, nl, 1e-9 blotter), which represents every amount with up to nine decimals in grams
/// exactly; anything finer or larger falls back to the engine.
package struct CompactCase: Sendable, Equatable {
    /// Per-substance totals: `dimension` is -1 for a substance named without an amount.
    struct Total: Sendable, Equatable {
        var substance: Int
        var dimension: Int
        var amount: FixedAmount
        /// How many of the amounts added were inexact: two make the total's last unit uncertain.
        var inexactParts: Int8
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

    init(
        id: String?, ageTrack: Int, dependent: Dependency, priorDrugReactions: Int, consent: Int8, guardianConsent: Int8,
        ownUse: Bool, useOnly: Bool, offenceDate: LegalDate, decisionDate: LegalDate
    ) {
        self.id = id
        self.ageTrack = ageTrack
        self.dependent = dependent
        self.priorDrugReactions = priorDrugReactions
        self.consent = consent
        self.guardianConsent = guardianConsent
        self.ownUse = ownUse
        self.useOnly = useOnly
        self.offenceDate = offenceDate
        self.decisionDate = decisionDate
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

/// An amount in whole units of 10^-24 of its dimension's base unit (yoctograms), exact for
/// every amount written with up to 24 decimals in grams; `inexact` when finer digits were
/// dropped (the amount is then a little more than `units`, which decides every comparison
/// with a limit held exactly at this resolution). Amounts of 10^14 base units and more are
/// held as `FixedPoint/huge`, above every limit the fast path compiles.
struct FixedAmount: Sendable, Equatable {
    var units: Int128
    var inexact: Bool

    static let zero = FixedAmount(units: 0, inexact: false)

    /// Whether the amount is more than `limit` (a value held exactly).
    func exceeds(_ limit: Int128) -> Bool {
        units > limit || (units == limit && inexact)
    }
}

/// Exact conversion of decimal amounts and limits to ``FixedAmount``.
enum FixedPoint {
    /// Decimal places of the base unit held.
    static let resolution = 24
    static let huge = Int128.max

    /// Collects an amount's digits, most significant first: the first `kept` digits are held,
    /// the rest only mark the amount inexact; then `power` more zeros are appended.
    struct Accumulator {
        var units: Int128 = 0
        var inexact = false
        var saturated = false

        @inline(__always)
        mutating func push(_ digit: UInt8, kept: Bool) {
            guard kept else {
                if digit != 0 { inexact = true }
                return
            }
            guard !saturated else { return }
            let (times, overflow) = units.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int128(digit))
            if overflow || overflowSum { saturated = true } else { units = sum }
        }

        mutating func finish(power: Int) -> FixedAmount {
            var remaining = power
            while remaining > 0 && !saturated && units != 0 {
                let (times, overflow) = units.multipliedReportingOverflow(by: 10)
                if overflow { saturated = true } else { units = times }
                remaining -= 1
            }
            return saturated ? FixedAmount(units: FixedPoint.huge, inexact: true) : FixedAmount(units: units, inexact: inexact)
        }
    }

    /// Powers of ten that fit an `Int128` (10^0 … 10^38).
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers.last! * 10) }
        return powers
    }()

    /// `mantissa × 10^power` in whole units: scaled once, the digits dropped below a unit only
    /// marking it inexact.
    @inline(__always)
    static func scaled(_ mantissa: UInt64, power: Int) -> FixedAmount {
        let value = Int128(mantissa)
        if power >= 0 {
            guard power <= 38 else { return value == 0 ? .zero : FixedAmount(units: huge, inexact: true) }
            let (product, overflow) = value.multipliedReportingOverflow(by: powersOfTen[power])
            return overflow ? FixedAmount(units: huge, inexact: true) : FixedAmount(units: product, inexact: false)
        }
        guard -power <= 38 else { return FixedAmount(units: 0, inexact: value != 0) }
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: powersOfTen[-power])
        return FixedAmount(units: quotient, inexact: remainder != 0)
    }

    /// `digits × 10^power` in units of 10^-24 of the base unit, where `power` already includes the
    /// unit's scale and the resolution.
    static func amount(digits: [UInt8], power: Int) -> FixedAmount {
        var accumulator = Accumulator()
        let kept = power >= 0 ? digits.count : digits.count + power
        for (position, digit) in digits.enumerated() { accumulator.push(digit, kept: position < kept) }
        return accumulator.finish(power: power)
    }

    /// An exact amount in a unit whose factor is `10^scale`.
    static func amount(_ value: ExactDecimal, scale: Int) -> FixedAmount {
        amount(digits: value.significand, power: value.powerOfLastDigit + scale + resolution)
    }

    /// A limit held exactly, ``unbounded`` when it is 10^14 base units or more, or nil when it
    /// is finer than the resolution (the rule data then stays with the engine).
    static func limit(_ value: ExactDecimal, scale: Int) -> Int128? {
        let fixed = amount(value, scale: scale)
        guard fixed.units < ceilingOfLimits else { return unbounded }
        return fixed.inexact ? nil : fixed.units
    }

    /// A limit above every amount held exactly; an amount held as ``huge`` cannot be compared
    /// with it, so such an amount takes the engine's path when the rule data has one.
    static let unbounded = huge

    /// 10^38: limits stay below it, so every saturated amount is above them.
    static let ceilingOfLimits: Int128 = {
        var value: Int128 = 1
        for _ in 0..<38 { value *= 10 }
        return value
    }()
}

/// The rule data compiled to integer tables, shared by every rule-set program.
package struct CompiledRuleBook: Sendable {
    let substanceIDs: [String]
    let substanceIndex: [String: Int]
    let unitIDs: [String]
    let unitIndex: [String: Int]
    /// Power of ten from the unit to its dimension's base unit (mg: -3, kg: 3, dl: 2).
    let unitScale: [Int]
    let unitDimension: [Int]
    let dimensions: [String]
    /// The first age of each track, in track order.
    let trackStarts: [Int]
    /// Per reaction (by ordinal): whether it needs the person's and the guardian's consent.
    let consentNeeds: ConsentNeeds
    package let programs: [String: OutcomeProgram]
    /// Some limit is `FixedPoint/unbounded`: a case with a `FixedPoint/huge` total then
    /// takes the engine's path.
    let hasUnboundedLimits: Bool

    /// Allowed units per substance (indices into the units).
    let substanceUnits: [[Int]]
    /// Names (ids and aliases) and unit ids as bytes, for the parser to match without hashing.
    let substanceNames: [([UInt8], Int)]
    let unitNames: [([UInt8], Int)]

    /// Programs for every rule set; a proposal falls back on `baseline` when given (as the
    /// engine's `baseline:` does), else on its own. Nil when the rule data uses a unit whose
    /// factor is not a power of ten, or a limit that `FixedPoint/limit(_:scale:)` cannot hold
    /// (the fast path then stays off and the engine does the work).
    package init?(book: RuleBook, baseline: String? = nil) {
        let vocabulary = book.vocabulary
        guard vocabulary.substances.count <= 64 else { return nil }
        substanceIDs = vocabulary.substances.map(\.id)
        var substances: [String: Int] = [:]
        for (index, substance) in vocabulary.substances.enumerated() {
            substances[substance.id] = index
            for alias in substance.aliases { substances[alias] = index }
        }
        substanceIndex = substances
        substanceNames = substances.map { (Array($0.key.utf8), $0.value) }
        var dimensions: [String] = []
        var units: [String: Int] = [:]
        var scales: [Int] = []
        var unitDimensions: [Int] = []
        for (index, unit) in vocabulary.units.enumerated() {
            guard let scale = FixedPoint.powerOfTen(unit.perBaseUnit) else { return nil }
            units[unit.id] = index
            scales.append(scale)
            if !dimensions.contains(unit.dimension) { dimensions.append(unit.dimension) }
            unitDimensions.append(dimensions.firstIndex(of: unit.dimension)!)
        }
        unitIndex = units
        unitIDs = vocabulary.units.map(\.id)
        unitNames = units.map { (Array($0.key.utf8), $0.value) }
        substanceUnits = vocabulary.substances.map { $0.units.compactMap { units[$0] } }
        unitScale = scales
        unitDimension = unitDimensions
        self.dimensions = dimensions
        trackStarts = vocabulary.ageTracks.map(\.fromAge)
        consentNeeds = ConsentNeeds(vocabulary)
        var programs: [String: OutcomeProgram] = [:]
        let shape = TableShape(substances: substanceIDs.count, dimensions: dimensions.count)
        var representable = true
        var unbounded = false
        func compile(_ table: ThresholdTable?) -> LimitTable? {
            guard let table else { return nil }
            let compiled = LimitTable(
                table, shape: shape, substanceIndex: substances, unitIndex: units, scales: scales,
                unitDimension: unitDimensions)
            if compiled == nil { representable = false }
            if compiled?.hasUnboundedLimits == true { unbounded = true }
            return compiled
        }
        for ruleSet in book.ruleSets {
            let practice = ruleSet.kind != .proposal ? ruleSet : book.ruleSet(baseline ?? ruleSet.baseline ?? "")
            guard let practice else { continue }
            var tiers: [OutcomeProgram.Tier] = []
            for tier in ruleSet.kind == .proposal ? ruleSet.tiers : [] {
                guard let table = compile(ruleSet.thresholds[tier.thresholds]) else { return nil }
                tiers.append(
                    OutcomeProgram.Tier(
                        table: table, maxSubstances: tier.maxSubstances,
                        outcome: Outcome(liability: tier.liability, recommended: tier.recommended)))
            }
            programs[ruleSet.id] = OutcomeProgram(
                plan: book.plan(for: ruleSet, baseline: baseline),
                prosecution: compile(practice.thresholds[RuleSet.prosecutionTable]),
                dependentUser: compile(practice.thresholds[RuleSet.dependentUserTable]),
                smallQuantity: compile(ruleSet.thresholds[RuleSet.smallQuantityTable]),
                tiers: tiers, consentNeeds: consentNeeds, useCoversAnyQuantity: ruleSet.useCoversAnyQuantity)
        }
        guard representable else { return nil }
        self.programs = programs
        hasUnboundedLimits = unbounded
    }

    func ageTrackIndex(forAge age: Int) -> Int {
        var index = 0
        for (position, start) in trackStarts.enumerated() where age >= start { index = position }
        return index
    }

}

extension FixedPoint {
    /// The exponent when `factor` is an exact power of ten (0.001 → -3, 1000 → 3).
    static func powerOfTen(_ factor: ExactDecimal) -> Int? {
        guard factor.significand == [1], (-12...12).contains(factor.powerOfLastDigit) else { return nil }
        return factor.powerOfLastDigit
    }
}

struct TableShape: Sendable {
    let substances: Int
    let dimensions: Int
}

/// One threshold table as integers: the limit per (substance, dimension), nil when unknown,
/// and the ceiling of an unknown limit, nil when there is none.
/// A class so that evaluating a case shares the tables instead of copying (retaining) them.
final class LimitTable: Sendable {
    let shape: TableShape
    let limits: [Int128?]
    let ceilings: [Int128?]
    let hasUnboundedLimits: Bool

    /// Nil when a limit or ceiling cannot be held exactly (`FixedPoint/limit(_:scale:)`).
    init?(
        _ table: ThresholdTable, shape: TableShape, substanceIndex: [String: Int], unitIndex: [String: Int], scales: [Int],
        unitDimension: [Int]
    ) {
        self.shape = shape
        var limits = [Int128?](repeating: nil, count: shape.substances * shape.dimensions)
        var ceilings = limits
        for row in table.limits {
            guard let substance = substanceIndex[row.substance], let unit = unitIndex[row.unit] else { continue }
            let slot = substance * shape.dimensions + unitDimension[unit]
            if let limit = row.limit {
                guard let fixed = FixedPoint.limit(limit, scale: scales[unit]) else { return nil }
                limits[slot] = fixed
            }
            if let ceiling = row.ceiling {
                guard let fixed = FixedPoint.limit(ceiling, scale: scales[unit]) else { return nil }
                ceilings[slot] = fixed
            }
        }
        self.limits = limits
        self.ceilings = ceilings
        hasUnboundedLimits = (limits + ceilings).contains(FixedPoint.unbounded)
    }

    /// All the totals against the table (``LimitVerdict``), as ``QuantityAssessment`` reads them:
    /// a substance named without an amount, or any amount when `ignoringAmounts`, is within.
    func verdict(_ theCase: CompactCase, ignoringAmounts: Bool) -> LimitVerdict {
        if ignoringAmounts { return .within }
        var unknown = false
        for index in 0..<theCase.totalCount {
            let total = theCase.totals[index]
            if total.dimension < 0 { continue }
            let slot = total.substance * shape.dimensions + total.dimension
            guard let limit = limits[slot] else {
                if let ceiling = ceilings[slot], total.amount.exceeds(ceiling) { return .above }
                unknown = true
                continue
            }
            if total.amount.exceeds(limit) { return .above }
        }
        return unknown ? .unknown : .within
    }
}

/// Whose consent each reaction needs (vocabulary data), by the reaction's ordinal.
struct ConsentNeeds: Sendable {
    let person: [Bool]
    let guardian: [Bool]

    init(_ vocabulary: Vocabulary) {
        person = Reaction.allCases.map { vocabulary.reaction($0).requires.contains(.consent) }
        guardian = Reaction.allCases.map { vocabulary.reaction($0).requires.contains(.guardianConsent) }
    }
}

/// One rule set compiled: its plan of deciding rules and the integer tables they read.
/// A class for the same reason as `LimitTable`.
package final class OutcomeProgram: Sendable {
    struct Tier: Sendable {
        let table: LimitTable
        let maxSubstances: Int?
        let outcome: Outcome
    }

    let plan: RulePlan
    let prosecution: LimitTable?
    let dependentUser: LimitTable?
    let smallQuantity: LimitTable?
    let tiers: [Tier]
    let consentNeeds: ConsentNeeds
    /// The rule set covers use at any quantity (``RuleSet/useCoversAnyQuantity``).
    let useCoversAnyQuantity: Bool

    init(
        plan: RulePlan, prosecution: LimitTable?, dependentUser: LimitTable?, smallQuantity: LimitTable?, tiers: [Tier],
        consentNeeds: ConsentNeeds, useCoversAnyQuantity: Bool
    ) {
        self.plan = plan
        self.prosecution = prosecution
        self.dependentUser = dependentUser
        self.smallQuantity = smallQuantity
        self.tiers = tiers
        self.consentNeeds = consentNeeds
        self.useCoversAnyQuantity = useCoversAnyQuantity
    }

    /// Liability and recommended reaction, by the rule set's plan; nil when no rule decides.
    func outcome(_ theCase: CompactCase) -> Outcome? {
        Sequencer.decide(plan, FastFacts(theCase: theCase, program: self))
    }
}

/// A compact case under one compiled rule set: what the deciding rules ask, read from integers.
struct FastFacts: CaseFacts {
    let theCase: CompactCase
    let program: OutcomeProgram

    var ageTrack: AgeTrack { AgeTrack.ordered[theCase.ageTrack] }
    var ownUse: Bool { theCase.ownUse }
    var dependent: Dependency { theCase.dependent }
    var priorDrugReactions: Int { theCase.priorDrugReactions }
    var distinctSubstances: Int { theCase.distinctSubstances }

    func refusesConsent(to reaction: Reaction) -> Bool {
        (program.consentNeeds.person[reaction.ordinal] && theCase.consent == 0)
            || (program.consentNeeds.guardian[reaction.ordinal] && theCase.guardianConsent == 0)
    }

    func verdict(_ role: TableRole) -> LimitVerdict? {
        let ignoring = program.useCoversAnyQuantity && theCase.useOnly
        return switch role {
        case .prosecution: program.prosecution?.verdict(theCase, ignoringAmounts: ignoring)
        case .dependentUser: program.dependentUser?.verdict(theCase, ignoringAmounts: ignoring)
        case .smallQuantity: program.smallQuantity?.verdict(theCase, ignoringAmounts: ignoring)
        case .tier(let index): program.tiers[index].table.verdict(theCase, ignoringAmounts: ignoring)
        }
    }

    var tierCount: Int { program.tiers.count }

    func tier(_ index: Int) -> (maxSubstances: Int?, outcome: Outcome) {
        (program.tiers[index].maxSubstances, program.tiers[index].outcome)
    }
}

extension CompiledRuleBook {
    /// The outcome of a compact case under a rule set compiled here.
    package func outcome(_ theCase: CompactCase, ruleSet: String) -> Outcome? {
        programs[ruleSet]?.outcome(theCase)
    }

    package func ageTrack(of theCase: CompactCase) -> AgeTrack { AgeTrack.ordered[theCase.ageTrack] }
}
