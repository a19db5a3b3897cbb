import Foundation

extension RuleSet {
    /// A copy whose `table` limit for `substance` (in the dimension of `unit`) is `limit`, marked
    /// as an `interpretation` (a hypothetical value); nil when there is no such table or row.
    public func settingLimit(table name: String, substance: String, unit: String, to limit: Decimal, vocabulary: Vocabulary)
        -> RuleSet?
    {
        guard let table = thresholds[name], let dimension = vocabulary.unit(unit)?.dimension,
            let factor = vocabulary.unit(unit)?.perBaseUnit,
            let index = table.limits.firstIndex(where: { $0.substance == substance && vocabulary.unit($0.unit)?.dimension == dimension })
        else { return nil }
        var limits = table.limits
        let row = limits[index]
        let rowFactor = vocabulary.unit(row.unit)!.perBaseUnit
        limits[index] = Threshold(substance: substance, unit: row.unit, limit: limit * factor / rowFactor,
                                  provenance: .interpretation, citations: row.citations, comment: "threshold sweep")
        var tables = thresholds
        tables[name] = ThresholdTable(name: name, definedBy: table.definedBy, description: table.description, limits: limits)
        return RuleSet(id: id, kind: kind, title: title, version: version, status: status, validity: validity,
                       citations: citations, thresholds: tables, inheritsThresholdsFrom: inheritsThresholdsFrom,
                       baseline: baseline, tiers: tiers)
    }

    /// The table a sweep varies unless told otherwise: a proposal's first tier, or a practice's
    /// dependent-user table (its prosecution table when it has none).
    public var defaultSweepTable: String {
        if let first = tiers.first { return first.thresholds }
        return thresholds[RuleSet.dependentUserTable] != nil ? RuleSet.dependentUserTable : RuleSet.prosecutionTable
    }
}

/// How outcomes change as one limit varies over a file of cases.
public struct Sweep: Sendable {
    public struct Point: Sendable {
        public let limit: Decimal
        public let tally: Tally
        /// Cases whose outcome differs from the baseline rule set's.
        public let changedFromBaseline: Int
    }

    public let ruleSet: String
    public let table: String
    public let substance: String
    public let unit: String
    public let baseline: String
    public let points: [Point]
    public let cases: Int
    public let invalid: [InvalidCase]

    /// The values from `from` to `to` (inclusive) in steps of `step`; nil when the range is
    /// empty, the step not positive, or there would be more than `maximumPoints`.
    public static func values(from: Decimal, to: Decimal, step: Decimal) -> [Decimal]? {
        guard step > 0, from <= to, from > 0 else { return nil }
        var values: [Decimal] = []
        var value = from
        while value <= to {
            values.append(value)
            guard values.count <= maximumPoints else { return nil }
            value += step
        }
        return values
    }

    public static let maximumPoints = 1000

    /// Evaluates every case at every value. `progress` is told how many evaluations are done.
    public init(
        book: RuleBook, ruleSet: RuleSet, table: String, substance: String, unit: String, values: [Decimal],
        baseline: String, entries: [CaseInput.Entry], today: LegalDate, progress: (Int) -> Void = { _ in }
    ) {
        self.ruleSet = ruleSet.id
        self.table = table
        self.substance = substance
        self.unit = unit
        self.baseline = baseline
        self.cases = entries.count
        let baseEngine = Engine(book: book, detail: .outcome)
        var valid: [(Case, Outcome)] = []
        var invalid: [InvalidCase] = []
        for (index, entry) in entries.enumerated() {
            switch baseEngine.decode(entry).flatMap({ theCase in
                baseEngine.evaluate(theCase, ruleSet: baseline, today: today).map { (theCase, Outcome($0)) }
            }) {
            case .success(let pair): valid.append(pair)
            case .failure(let errors): invalid.append(InvalidCase(index: index, errors: errors))
            }
        }
        self.invalid = invalid
        var points: [Point] = []
        var done = 0
        for value in values {
            guard let changed = ruleSet.settingLimit(table: table, substance: substance, unit: unit, to: value,
                                                     vocabulary: book.vocabulary)
            else { continue }
            let engine = Engine(book: book.replacing(changed), detail: .outcome)
            var tally = Tally()
            var differing = 0
            for (theCase, base) in valid {
                if case .success(let decision) = engine.evaluate(theCase, ruleSet: ruleSet.id, baseline: baseline, today: today) {
                    let outcome = Outcome(decision)
                    tally.add(outcome)
                    if outcome != base { differing += 1 }
                }
                done += 1
                progress(done)
            }
            points.append(Point(limit: value, tally: tally, changedFromBaseline: differing))
        }
        self.points = points
    }
}
