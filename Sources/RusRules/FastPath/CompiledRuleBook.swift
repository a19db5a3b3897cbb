import Foundation

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
    /// (the fast path then stays off and the engine does the work), or more substances and units
    /// than a compact case's totals index (64 and 127).
    package init?(book: RuleBook, baseline: String? = nil) {
        let vocabulary = book.vocabulary
        guard vocabulary.substances.count <= 64, vocabulary.units.count <= Int(Int8.max) else { return nil }
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
        // Each different table compiled once: rule sets share their practice's tables, and a
        // changed case's shape takes each table's standings once (``ExplanationMemo``).
        var compiledTables: [(table: ThresholdTable, compiled: LimitTable)] = []
        func compile(_ table: ThresholdTable?) -> LimitTable? {
            guard let table else { return nil }
            if let known = compiledTables.first(where: { $0.table == table }) { return known.compiled }
            let compiled = LimitTable(
                table, shape: shape, substanceIndex: substances, unitIndex: units, scales: scales,
                unitDimension: unitDimensions)
            guard let compiled else {
                representable = false
                return nil
            }
            if compiled.hasUnboundedLimits { unbounded = true }
            compiledTables.append((table, compiled))
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
                        outcome: Outcome(liability: tier.liability, recommended: tier.recommended), conditions: tier.conditions))
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
    /// Per (substance, dimension): whether the table has a row for it, with a limit or not.
    let rows: [Bool]
    /// Per substance: whether the table has a row for it in any dimension.
    let rowsBySubstance: [Bool]
    let hasUnboundedLimits: Bool

    /// Nil when a limit or ceiling cannot be held exactly (`FixedPoint/limit(_:scale:)`).
    init?(
        _ table: ThresholdTable, shape: TableShape, substanceIndex: [String: Int], unitIndex: [String: Int], scales: [Int],
        unitDimension: [Int]
    ) {
        self.shape = shape
        var limits = [Int128?](repeating: nil, count: shape.substances * shape.dimensions)
        var ceilings = limits
        var rows = [Bool](repeating: false, count: limits.count)
        var rowsBySubstance = [Bool](repeating: false, count: shape.substances)
        for row in table.limits {
            guard let substance = substanceIndex[row.substance], let unit = unitIndex[row.unit] else { continue }
            let slot = substance * shape.dimensions + unitDimension[unit]
            rows[slot] = true
            rowsBySubstance[substance] = true
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
        self.rows = rows
        self.rowsBySubstance = rowsBySubstance
        hasUnboundedLimits = (limits + ceilings).contains(FixedPoint.unbounded)
    }

    /// All the totals against the table (``LimitVerdict``), as ``QuantityAssessment`` reads them:
    /// a substance named without an amount, or any amount when `ignoringAmounts`, is within.
    ///
    /// The case is given by address, and its totals are read where they stand: passed by value,
    /// or read by the inline array's subscript, they were copied (a few hundred bytes) for every
    /// table asked.
    func verdict(_ theCase: UnsafePointer<CompactCase>, ignoringAmounts: Bool) -> LimitVerdict {
        if ignoringAmounts { return .within }
        var unknown = false
        // An inline array holds its elements one after another, as a C array does.
        let totals = UnsafeRawPointer(theCase.pointer(to: \.totals)!).assumingMemoryBound(to: CompactCase.Total.self)
        for index in 0..<theCase.pointee.totalCount {
            let total = totals[index]
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

    /// How each total stands against the table, four bits a total in the case's order: not
    /// compared (with or without a row for the substance), within or above a known limit, at or
    /// below or above the ceiling of an unknown one, unknown with no ceiling, or no row for its
    /// dimension. What a ``QuantityAssessment`` of the case finds, and which of its comparisons
    /// decides (``DecidingGround/decidingCheck(among:)``), follow from these alone.
    func standings(_ theCase: UnsafePointer<CompactCase>, ignoringAmounts: Bool) -> UInt32 {
        var standings: UInt32 = 0
        let totals = UnsafeRawPointer(theCase.pointer(to: \.totals)!).assumingMemoryBound(to: CompactCase.Total.self)
        for index in 0..<theCase.pointee.totalCount {
            let total = totals[index]
            let standing: UInt32
            if ignoringAmounts || total.dimension < 0 {
                standing = rowsBySubstance[total.substance] ? 1 : 2
            } else {
                let slot = total.substance * shape.dimensions + total.dimension
                if let limit = limits[slot] {
                    standing = total.amount.exceeds(limit) ? 3 : 4
                } else if let ceiling = ceilings[slot] {
                    standing = total.amount.exceeds(ceiling) ? 5 : 6
                } else {
                    standing = rows[slot] ? 7 : 8
                }
            }
            standings |= standing << (4 * UInt32(index))
        }
        return standings
    }
}

/// Whose consent each reaction and each condition needs, and from when each condition may be
/// proposed (vocabulary data), by ordinal.
struct ConsentNeeds: Sendable {
    let person: [Bool]
    let guardian: [Bool]
    let conditionPerson: [Bool]
    let conditionGuardian: [Bool]
    let conditionStarts: [LegalDate?]

    init(_ vocabulary: Vocabulary) {
        person = Reaction.allCases.map { vocabulary.reaction($0).requires.contains(.consent) }
        guardian = Reaction.allCases.map { vocabulary.reaction($0).requires.contains(.guardianConsent) }
        conditionPerson = Condition.allCases.map { vocabulary.condition($0).requires.contains(.consent) }
        conditionGuardian = Condition.allCases.map { vocabulary.condition($0).requires.contains(.guardianConsent) }
        conditionStarts = Condition.allCases.map { vocabulary.condition($0).validFrom }
    }
}

extension CompiledRuleBook {
    /// The outcome of a compact case under a rule set compiled here.
    package func outcome(_ theCase: CompactCase, ruleSet: String) -> Outcome? {
        var theCase = theCase
        return programs[ruleSet].flatMap { FastFacts.asking(&theCase, under: $0) { $0.outcome() } }
    }

    /// The outcome and the conditions of its recommended reaction, under a rule set compiled here.
    package func outcomeWithConditions(_ theCase: CompactCase, ruleSet: String) -> (outcome: Outcome, conditions: [Condition])? {
        var theCase = theCase
        return programs[ruleSet].flatMap { FastFacts.asking(&theCase, under: $0) { $0.outcomeWithConditions() } }
    }

    package func ageTrack(of theCase: CompactCase) -> AgeTrack { AgeTrack.ordered[theCase.ageTrack] }
}
