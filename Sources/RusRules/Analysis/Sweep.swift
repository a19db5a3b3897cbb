import Foundation

extension RuleSet {
    /// A copy whose `table` limit for `substance` (in the dimension of `unit`) is `limit`, marked
    /// as an `interpretation` (a hypothetical value); nil when there is no such table or row.
    package func settingLimit(table name: String, substance: String, unit: String, to limit: ExactDecimal, vocabulary: Vocabulary)
        -> RuleSet?
    {
        guard let table = thresholds[name], let dimension = vocabulary.unit(unit)?.dimension,
            let factor = vocabulary.unit(unit)?.perBaseUnit,
            let index = table.limits.firstIndex(where: { $0.substance == substance && vocabulary.unit($0.unit)?.dimension == dimension })
        else { return nil }
        var changed = table
        let row = table.limits[index]
        let rowFactor = vocabulary.unit(row.unit)!.perBaseUnit
        changed.limits[index] = Threshold(
            substance: substance, unit: row.unit, limit: (limit * factor).divided(by: rowFactor),
            provenance: .interpretation, citations: row.citations, comment: LocalizedText(nb: "verdi prøvd i sweep", en: "value tried in a sweep"))
        var copy = self
        copy.thresholds[name] = changed
        return copy
    }

    /// The table a sweep varies unless told otherwise: a proposal's first tier, or a practice's
    /// or statute's own dependent-user table (its prosecution table when it has none of its own).
    package var defaultSweepTable: String {
        if let first = tiers.first { return first.thresholds }
        return thresholds[RuleSet.dependentUserTable]?.definedBy == id ? RuleSet.dependentUserTable : RuleSet.prosecutionTable
    }
}

/// How outcomes change as one limit varies over a file of cases: feed cases in order with
/// `record(evaluate(entry))` (the evaluation is pure and may run in parallel).
package struct Sweep: Sendable {
    package struct Point: Sendable {
        package let limit: ExactDecimal
        package let tally: Tally
        /// Cases whose outcome differs from the baseline rule set's.
        package let changedFromBaseline: Int
    }

    package let ruleSet: String
    package let table: String
    package let substance: String
    package let unit: String
    package let baseline: String
    package let values: [ExactDecimal]
    package private(set) var cases = 0
    package private(set) var invalid: [InvalidCase] = []
    private var tallies: [Tally]
    private var changed: [Int]
    private let today: LegalDate
    private let baseEngine: Engine
    /// One engine per value, each with the limit set to that value.
    private let engines: [Engine]
    /// The compiled fast path: the baseline, and one compiled book per value.
    private let compiledBase: CompiledRuleBook?
    private let compiledValues: [CompiledRuleBook]?
    private let fastReader: FastCaseReader?
    /// The stated in-force date of the swept rule set when it is a statute: each point then
    /// counts what would apply given that date (``StraffelovenParagraph3/applicable``).
    private let inForce: LegalDate?

    /// The values from `from` to `to` (inclusive) in steps of `step`; nil when the range is
    /// empty, the step not positive, or there would be more than `maximumPoints`.
    package static func values(from: ExactDecimal, to: ExactDecimal, step: ExactDecimal) -> [ExactDecimal]? {
        guard step > 0, from <= to, from > 0 else { return nil }
        var values: [ExactDecimal] = []
        var value = from
        while value <= to {
            values.append(value)
            guard values.count <= maximumPoints else { return nil }
            value += step
        }
        return values
    }

    package static let maximumPoints = 1000

    /// What an analyst should know before reading a sweep of `table` over `values`: steps that
    /// end before `to`, and a swept value passing the limit another table of the rule set gives
    /// the substance (sweeping «nedre» past «ovre» reverses the tiers).
    package static func cautions(
        values: [ExactDecimal], to: ExactDecimal, ruleSet: RuleSet, table: String, substance: String,
        unit: String, vocabulary: Vocabulary
    ) -> [LocalizedText] {
        guard let low = values.first, let high = values.last, let sweptUnit = vocabulary.unit(unit) else { return [] }
        var cautions: [LocalizedText] = []
        if high != to {
            cautions.append(
                LocalizedText(
                    nb:
                        "stegene slutter på \(Wording.number(high, .nb)), ikke på --to \(Wording.number(to, .nb)); velg et steg som deler intervallet for å nå det",
                    en: "the steps end at \(high), not at --to \(to); give a step that divides the range to reach it"))
        }
        // Only tiers have an order that sweeping one past another reverses.
        let tiers = Set(ruleSet.tiers.map(\.thresholds))
        guard tiers.contains(table) else { return cautions }
        for (name, other) in ruleSet.thresholds.sorted(by: { $0.key < $1.key }) where name != table && tiers.contains(name) {
            for row in other.limits where row.substance == substance {
                guard let limit = row.limit, let rowUnit = vocabulary.unit(row.unit), rowUnit.dimension == sweptUnit.dimension
                else { continue }
                let inSweptUnit = (limit * rowUnit.perBaseUnit).divided(by: sweptUnit.perBaseUnit)
                if low < inSweptUnit && inSweptUnit < high {
                    // The other table named as the report names the swept one.
                    let passed = { (language: Language) in Wording.limit(of: other, language, owner: ruleSet.name(language)) }
                    cautions.append(
                        LocalizedText(
                            nb:
                                "den varierte grensen passerer \(passed(.nb)), \(Wording.number(inSweptUnit, .nb)) \(unit); etter den er trinnenes rekkefølge snudd",
                            en: "the swept limit passes \(passed(.en)), \(inSweptUnit) \(unit); beyond it the two tiers' order is reversed")
                    )
                }
            }
        }
        return cautions
    }

    package init(
        book: RuleBook, ruleSet: RuleSet, table: String, substance: String, unit: String, values: [ExactDecimal],
        baseline: String, today: LegalDate, inForce: InForceDates = InForceDates()
    ) {
        self.ruleSet = ruleSet.id
        self.inForce = ruleSet.kind == .statute ? inForce[ruleSet.id] : nil
        self.table = table
        self.substance = substance
        self.unit = unit
        self.baseline = baseline
        self.today = today
        baseEngine = Engine(book: book, detail: .outcome)
        var kept: [ExactDecimal] = []
        var engines: [Engine] = []
        var compiledValues: [CompiledRuleBook]? = []
        for value in values {
            guard
                let changed = ruleSet.settingLimit(
                    table: table, substance: substance, unit: unit, to: value,
                    vocabulary: book.vocabulary)
            else { continue }
            kept.append(value)
            engines.append(Engine(book: book.replacing(changed), detail: .outcome))
            if let compiled = CompiledRuleBook(book: book.replacing(changed), baseline: baseline) {
                compiledValues?.append(compiled)
            } else {
                compiledValues = nil
            }
        }
        compiledBase = compiledValues == nil ? nil : CompiledRuleBook(book: book, baseline: baseline)
        self.compiledValues = compiledBase == nil ? nil : compiledValues
        fastReader = compiledBase.map { FastCaseReader(compiled: $0, today: today) }
        self.values = kept
        self.engines = engines
        tallies = Array(repeating: Tally(), count: kept.count)
        changed = Array(repeating: 0, count: kept.count)
    }

    package enum CaseResult: Sendable {
        case outcomes(baseline: Outcome, atValues: [Outcome])
        case invalid(CaseErrors)
    }

    /// One case as read: NDJSON lines take the compiled fast path when they can.
    package func evaluate(_ raw: CaseStream.Raw) -> CaseResult {
        if let bytes = raw.lineBytes, let compiledBase, let compiledValues, let compact = fastReader?.compactCase(bytes) {
            let base = compiledBase.outcome(compact, ruleSet: baseline)!
            return .outcomes(
                baseline: base,
                atValues: compiledValues.map {
                    applying(base, $0.outcome(compact, ruleSet: ruleSet)!, offence: compact.offenceDate, decision: compact.decisionDate)
                })
        }
        let result = evaluate(raw.entry)
        if case .invalid(let errors) = result { return .invalid(raw.located(errors)) }
        return result
    }

    /// One case under the baseline and at every value.
    package func evaluate(_ entry: CaseInput.Entry) -> CaseResult {
        let theCase: Case
        switch baseEngine.decode(entry) {
        case .success(let decoded): theCase = decoded
        case .failure(let errors): return .invalid(errors)
        }
        let base: Outcome
        switch baseEngine.evaluate(theCase, ruleSet: baseline, today: today) {
        case .success(let decision): base = Outcome(decision)
        case .failure(let errors): return .invalid(errors)
        }
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(engines.count)
        for engine in engines {
            switch engine.evaluate(theCase, ruleSet: ruleSet, baseline: baseline, today: today) {
            case .success(let decision):
                outcomes.append(applying(base, Outcome(decision), offence: theCase.offenceDate, decision: decision.decisionDate))
            case .failure(let errors): return .invalid(errors)
            }
        }
        return .outcomes(baseline: base, atValues: outcomes)
    }

    /// The swept rule set's outcome, or with a stated in-force date what would apply.
    private func applying(_ base: Outcome, _ outcome: Outcome, offence: LegalDate, decision: LegalDate) -> Outcome {
        guard let inForce else { return outcome }
        return StraffelovenParagraph3.applicable(
            practice: base, statute: outcome, offence: offence, decision: decision,
            inForce: inForce)
    }

    package mutating func record(_ result: CaseResult) {
        let index = cases
        cases += 1
        switch result {
        case .invalid(let errors):
            invalid.append(InvalidCase(index: index, errors: errors))
        case .outcomes(let base, let outcomes):
            for (position, outcome) in outcomes.enumerated() {
                tallies[position].add(outcome)
                if outcome != base { changed[position] += 1 }
            }
        }
    }

    package var points: [Point] {
        values.indices.map { Point(limit: values[$0], tally: tallies[$0], changedFromBaseline: changed[$0]) }
    }
}
