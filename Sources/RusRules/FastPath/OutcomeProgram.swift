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
/// `decide`, sequenced by the rule set's plan (``Sequencer``) — over facts read from integer
/// tables compiled from the same rule data (no legal number and no rule lives here). Only the
/// reading of amounts differs (fixed point instead of `Decimal`); anything it cannot read
/// exactly falls back to the engine, and tests and fuzzers require the two to agree.

/// A case reduced to what outcomes depend on. Amounts are billionths of the dimension's base
/// unit (ng, nl, 1e-9 blotter), which represents every amount with up to nine decimals in grams
/// exactly; anything finer or larger falls back to the engine.
public struct CompactCase: Sendable, Equatable {
    /// Per-substance totals: `dimension` is -1 for a substance named without an amount.
    struct Total: Sendable, Equatable {
        var substance: Int
        var dimension: Int
        var nano: Int64
    }

    /// Cases with more different substance totals than this take the engine's path.
    static let maximumTotals = 8

    public var id: String?
    var ageTrack: Int
    var dependent: Dependency
    var priorDrugReactions: Int
    /// 1 given, 0 refused, -1 not known.
    var consent: Int8
    var guardianConsent: Int8
    var ownUse: Bool
    /// The only act is use (rules.md §5.1.5).
    var useOnly: Bool
    /// The dates a statute's stated in-force date is weighed against (rules.md §3); a missing
    /// decision date is today's.
    var offenceDate: LegalDate
    var decisionDate: LegalDate
    /// The totals, held inline (no allocation per case); `totalCount` of them are used.
    var totals = InlineArray<8, Total>(repeating: Total(substance: 0, dimension: 0, nano: 0))
    var totalCount = 0
    /// Different substances held: named with an amount (a substance cap counts holdings,
    /// rules.md §5.1.5).
    var distinctSubstances: Int
    /// The substances named, as a bit set over the vocabulary's substances.
    var substanceMask: UInt64

    /// The compact form of a decoded case (`today` standing in for a missing decision date);
    /// nil when an amount cannot be held exactly.
    public init?(_ theCase: Case, compiled: CompiledRuleBook, today: LegalDate) {
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
            var nano: Int64 = 0
            if let amount = entry.amount, let unit = entry.unit {
                guard let unitIndex = compiled.unitIndex[unit], let value = FixedPoint.nano(amount, scale: compiled.unitScale[unitIndex])
                else { return nil }
                dimension = compiled.unitDimension[unitIndex]
                nano = value
            }
            guard add(substance: substance, dimension: dimension, nano: nano) else { return nil }
        }
        refreshSubstances()
    }

    init(id: String?, ageTrack: Int, dependent: Dependency, priorDrugReactions: Int, consent: Int8, guardianConsent: Int8,
         ownUse: Bool, useOnly: Bool, offenceDate: LegalDate, decisionDate: LegalDate) {
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

    public static func == (lhs: CompactCase, rhs: CompactCase) -> Bool {
        guard lhs.id == rhs.id, lhs.ageTrack == rhs.ageTrack, lhs.dependent == rhs.dependent,
            lhs.priorDrugReactions == rhs.priorDrugReactions, lhs.consent == rhs.consent,
            lhs.guardianConsent == rhs.guardianConsent, lhs.ownUse == rhs.ownUse, lhs.useOnly == rhs.useOnly,
            lhs.offenceDate == rhs.offenceDate, lhs.decisionDate == rhs.decisionDate, lhs.totalCount == rhs.totalCount,
            lhs.substanceMask == rhs.substanceMask
        else { return false }
        return (0..<lhs.totalCount).allSatisfy { lhs.totals[$0] == rhs.totals[$0] }
    }

    /// Adds an amount to the total of its substance and dimension (two bags are one quantity).
    mutating func add(substance: Int, dimension: Int, nano: Int64) -> Bool {
        for index in 0..<totalCount where totals[index].substance == substance && totals[index].dimension == dimension {
            let (sum, overflow) = totals[index].nano.addingReportingOverflow(nano)
            guard !overflow else { return false }
            totals[index].nano = sum
            return true
        }
        guard totalCount < Self.maximumTotals else { return false }
        totals[totalCount] = Total(substance: substance, dimension: dimension, nano: nano)
        totalCount += 1
        return true
    }
}

/// Exact conversion of decimal amounts to billionths of a base unit.
enum FixedPoint {
    /// `amount × 10^scale × 10^9`, or nil if it is not a whole number of billionths or overflows.
    static func nano(_ amount: Decimal, scale: Int) -> Int64? {
        var value = amount
        var shifted = Decimal()
        _ = NSDecimalMultiplyByPowerOf10(&shifted, &value, Int16(scale + 9), .plain)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &shifted, 0, .plain)
        guard rounded == shifted, rounded < Decimal(Int64.max), rounded >= 0 else { return nil }
        return NSDecimalNumber(decimal: rounded).int64Value
    }

    /// A limit in billionths, for comparing whole-billionth amounts with it: rounded down (an
    /// amount of whole billionths is ≤ the limit exactly when it is ≤ the limit rounded down),
    /// and capped at the largest Int64 (every amount the fast path holds is below that). Found by
    /// fuzzing: leaving such limits unknown made the fast path disagree with the engine.
    static func nanoLimit(_ limit: Decimal, scale: Int) -> Int64 {
        var value = limit
        var shifted = Decimal()
        _ = NSDecimalMultiplyByPowerOf10(&shifted, &value, Int16(scale + 9), .plain)
        guard shifted < Decimal(Int64.max) else { return Int64.max }
        var floored = Decimal()
        NSDecimalRound(&floored, &shifted, 0, .down)
        return NSDecimalNumber(decimal: floored).int64Value
    }

    /// The same from a JSON number's digits: mantissa digits and a decimal exponent.
    static func nano(mantissa: UInt64, exponent: Int, scale: Int) -> Int64? {
        var value = mantissa
        var power = exponent + scale + 9
        while power < 0 {
            guard value % 10 == 0 else { return nil }
            value /= 10
            power += 1
        }
        while power > 0 {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = product
            power -= 1
        }
        return value <= UInt64(Int64.max) ? Int64(value) : nil
    }
}

/// The rule data compiled to integer tables, shared by every rule-set program.
public struct CompiledRuleBook: Sendable {
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
    public let programs: [String: OutcomeProgram]

    /// Allowed units per substance (indices into the units).
    let substanceUnits: [[Int]]
    /// Names (ids and aliases) and unit ids as bytes, for the parser to match without hashing.
    let substanceNames: [([UInt8], Int)]
    let unitNames: [([UInt8], Int)]


    /// Programs for every rule set; a proposal falls back on `baseline` when given (as the
    /// engine's `baseline:` does), else on its own. Nil when the rule data uses a unit whose
    /// factor is not a power of ten (the fast path then stays off and the engine does the work).
    public init?(book: RuleBook, baseline: String? = nil) {
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
        func compile(_ table: ThresholdTable?) -> LimitTable? {
            table.map { LimitTable($0, shape: shape, substanceIndex: substances, unitIndex: units, scales: scales, unitDimension: unitDimensions) }
        }
        for ruleSet in book.ruleSets {
            let practice = ruleSet.kind != .proposal ? ruleSet : book.ruleSet(baseline ?? ruleSet.baseline ?? "")
            guard let practice else { continue }
            programs[ruleSet.id] = OutcomeProgram(
                plan: book.plan(for: ruleSet, baseline: baseline),
                prosecution: compile(practice.thresholds[RuleSet.prosecutionTable]),
                dependentUser: compile(practice.thresholds[RuleSet.dependentUserTable]),
                tiers: ruleSet.kind == .proposal ? ruleSet.tiers.map {
                    OutcomeProgram.Tier(table: compile(ruleSet.thresholds[$0.thresholds])!, maxSubstances: $0.maxSubstances,
                                        outcome: Outcome(liability: $0.liability, recommended: $0.recommended))
                } : [],
                consentNeeds: consentNeeds, useCoversAnyQuantity: ruleSet.useCoversAnyQuantity)
        }
        self.programs = programs
    }

    func ageTrackIndex(forAge age: Int) -> Int {
        var index = 0
        for (position, start) in trackStarts.enumerated() where age >= start { index = position }
        return index
    }

}

extension FixedPoint {
    /// The exponent when `factor` is an exact power of ten (0.001 → -3, 1000 → 3).
    static func powerOfTen(_ factor: Decimal) -> Int? {
        for exponent in -12...12 {
            var one = Decimal(1)
            var value = Decimal()
            _ = NSDecimalMultiplyByPowerOf10(&value, &one, Int16(exponent), .plain)
            if value == factor { return exponent }
        }
        return nil
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
    let limits: [Int64?]
    let ceilings: [Int64?]

    init(_ table: ThresholdTable, shape: TableShape, substanceIndex: [String: Int], unitIndex: [String: Int], scales: [Int],
         unitDimension: [Int]) {
        self.shape = shape
        var limits = [Int64?](repeating: nil, count: shape.substances * shape.dimensions)
        var ceilings = limits
        for row in table.limits {
            guard let substance = substanceIndex[row.substance], let unit = unitIndex[row.unit] else { continue }
            let slot = substance * shape.dimensions + unitDimension[unit]
            limits[slot] = row.limit.map { FixedPoint.nanoLimit($0, scale: scales[unit]) }
            ceilings[slot] = row.ceiling.map { FixedPoint.nanoLimit($0, scale: scales[unit]) }
        }
        self.limits = limits
        self.ceilings = ceilings
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
                if let ceiling = ceilings[slot], total.nano > ceiling { return .above }
                unknown = true
                continue
            }
            if total.nano > limit { return .above }
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
/// A class for the same reason as ``LimitTable``.
public final class OutcomeProgram: Sendable {
    struct Tier: Sendable {
        let table: LimitTable
        let maxSubstances: Int?
        let outcome: Outcome
    }

    let plan: RulePlan
    let prosecution: LimitTable?
    let dependentUser: LimitTable?
    let tiers: [Tier]
    let consentNeeds: ConsentNeeds
    /// The rule set covers use at any quantity (``RuleSet/useCoversAnyQuantity``).
    let useCoversAnyQuantity: Bool

    init(plan: RulePlan, prosecution: LimitTable?, dependentUser: LimitTable?, tiers: [Tier], consentNeeds: ConsentNeeds,
         useCoversAnyQuantity: Bool) {
        self.plan = plan
        self.prosecution = prosecution
        self.dependentUser = dependentUser
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
    public func outcome(_ theCase: CompactCase, ruleSet: String) -> Outcome? {
        programs[ruleSet]?.outcome(theCase)
    }

    public func ageTrack(of theCase: CompactCase) -> AgeTrack { AgeTrack.ordered[theCase.ageTrack] }
}
