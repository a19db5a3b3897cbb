import Foundation

/// How a case's substances stand against one threshold table (docs/law.md §4).
///
/// Limits are inclusive ("ikke overstiger"). Amounts of the same substance in the same dimension
/// are added up first (two bags of cannabis are one quantity), and compared exactly in the
/// table's unit after conversion (1 kg = 1000 g, 1 dl = 100 ml). An amount above a known limit,
/// or above the ceiling of an unknown one, is above; within a known limit, within; at or below
/// a ceiling, or with no ceiling, unknown — never a guess. A substance named without an amount
/// (use only) is within every limit, known or not, and so is every amount when the rule set
/// covers use at any quantity (docs/law.md §5.1.5: HR-2022-731-A «Det samme gjelder selve
/// bruken»; LOV-2025-06-20-83 «og bruk av narkotika»).
struct QuantityAssessment {
    enum Verdict: Equatable {
        case within, above, unknown
    }

    struct Item {
        let substance: String
        /// The total in the threshold's unit (the base unit if no threshold has the amount's
        /// dimension); nil in a use-only case without amounts.
        let amount: ExactDecimal?
        let threshold: Threshold?
        let verdict: Verdict
        /// An amount the case names that is not compared (use at any quantity), in the
        /// threshold's unit where the units convert.
        var notCompared: ExactDecimal? = nil
    }

    let table: ThresholdTable
    let items: [Item]

    var above: [Item] { items.filter { $0.verdict == .above } }
    var unknown: [Item] { items.filter { $0.verdict == .unknown } }
    var allWithin: Bool { items.allSatisfy { $0.verdict == .within } }
    /// All substances together: above if any is above, else unknown if any is unknown.
    var verdict: LimitVerdict {
        if items.contains(where: { $0.verdict == .above }) { return .above }
        return items.contains(where: { $0.verdict == .unknown }) ? .unknown : .within
    }

    /// A substance's amounts added up in one dimension, in `unit` (the entries' own unit while
    /// they share one; the base unit once they differ).
    struct Total {
        let substance: String
        let dimension: String?
        fileprivate(set) var amount: ExactDecimal?
        fileprivate(set) var unit: UnitDefinition?
    }

    init(case theCase: Case, table: ThresholdTable, vocabulary: Vocabulary, ignoringAmounts: Bool = false) {
        self.table = table
        items = Self.totals(of: theCase, vocabulary: vocabulary).map {
            Self.item($0, table: table, vocabulary: vocabulary, ignoringAmounts: ignoringAmounts)
        }
    }

    /// The totals of a case's substances, each substance in each dimension, in the order first named.
    static func totals(of theCase: Case, vocabulary: Vocabulary) -> [Total] {
        var totals: [Total] = []
        for entry in theCase.substances {
            let unit = entry.unit.flatMap { vocabulary.unit($0) }
            guard let index = totals.firstIndex(where: { $0.substance == entry.substance && $0.dimension == unit?.dimension }) else {
                totals.append(Total(substance: entry.substance, dimension: unit?.dimension, amount: entry.amount, unit: unit))
                continue
            }
            guard let amount = entry.amount, let unit else { continue }
            if let sum = totals[index].amount, let sumUnit = totals[index].unit {
                if sumUnit.id == unit.id {
                    totals[index].amount = sum + amount
                } else {
                    totals[index].amount = sum * sumUnit.perBaseUnit + amount * unit.perBaseUnit
                    totals[index].unit = UnitDefinition(id: "", dimension: unit.dimension, perBaseUnit: 1)
                }
            } else {
                totals[index].amount = amount
                totals[index].unit = unit
            }
        }
        return totals
    }

    /// How one total stands against `table`.
    static func item(_ total: Total, table: ThresholdTable, vocabulary: Vocabulary, ignoringAmounts: Bool) -> Item {
        // The substance's rows, in the table's order (searched where they stand: copying
        // them out showed in profiles of compare --changed).
        let limits = table.limits
        func candidate(_ matches: (Threshold) -> Bool) -> Threshold? {
            limits.first { $0.substance == total.substance && matches($0) }
        }
        guard !ignoringAmounts, let dimension = total.dimension, let amount = total.amount, let amountUnit = total.unit else {
            // Use without an amount (or at any quantity): nothing to compare, within every limit.
            let threshold = candidate { $0.limit != nil } ?? candidate { _ in true }
            var item = Item(substance: total.substance, amount: nil, threshold: threshold, verdict: .within)
            if let amount = total.amount, let amountUnit = total.unit {
                let unit = threshold.flatMap { vocabulary.unit($0.unit) }
                item.notCompared =
                    unit == nil || unit?.id == amountUnit.id || unit?.dimension != amountUnit.dimension
                    ? amount : (amount * amountUnit.perBaseUnit).divided(by: unit!.perBaseUnit)
            }
            return item
        }
        let threshold = candidate { vocabulary.unit($0.unit)?.dimension == dimension }
        // Compared exactly in the base unit (amount × its factor against limit × the
        // limit's factor: no division); shown in the threshold's unit (in the base unit when
        // there is none), where a power-of-ten factor only moves the point.
        let unit = threshold.flatMap { vocabulary.unit($0.unit) }
        let inUnit = amountUnit.id == unit?.id ? amount : (amount * amountUnit.perBaseUnit).divided(by: unit?.perBaseUnit ?? 1)
        func exceeds(_ bound: ExactDecimal) -> Bool {
            guard amountUnit.id != unit?.id, let unit else { return amount > bound }
            return amount * amountUnit.perBaseUnit > bound * unit.perBaseUnit
        }
        guard let threshold, let limit = threshold.limit else {
            let aboveCeiling = threshold?.ceiling.map(exceeds) ?? false
            return Item(
                substance: total.substance, amount: inUnit, threshold: threshold,
                verdict: aboveCeiling ? .above : .unknown)
        }
        return Item(
            substance: total.substance, amount: inUnit, threshold: threshold,
            verdict: exceeds(limit) ? .above : .within)
    }

    /// "cannabis 12 g ≤ 15 g (verified)" for each item, for traces and reasons.
    func describe(_ items: [Item], vocabulary: Vocabulary, language: Language) -> String {
        Wording.list(items.map { describe($0, vocabulary: vocabulary, language: language) }, language)
    }

    func describe(_ item: Item, vocabulary: Vocabulary, language: Language) -> String {
        let name = Wording.substance(item.substance, vocabulary, language)
        let unit = item.threshold?.unit ?? ""
        // Use alone is not compared with a limit: the limit is not shown beside it.
        guard let found = item.amount else {
            return "\(name): " + (language == .nb ? "bruk alene, mengden ikke sammenlignet" : "use alone, amount not compared")
        }
        let amount = Wording.amount(found, unit, language)
        guard let threshold = item.threshold, let limit = threshold.limit else {
            guard let ceiling = item.threshold?.ceiling else {
                return "\(name) \(amount) (" + (language == .nb ? "ingen kjent grense" : "no known limit") + ")"
            }
            let bound = Wording.amount(ceiling, unit, language)
            return item.verdict == .above
                ? "\(name) \(amount) > \(bound) (" + (language == .nb ? "tak for en ukjent grense" : "ceiling of an unknown limit") + ")"
                : "\(name) \(amount) (" + (language == .nb ? "ukjent grense, ikke over \(bound)" : "unknown limit, at most \(bound)") + ")"
        }
        let relation = item.verdict == .above ? ">" : "≤"
        let provenance = threshold.provenance == .verified ? "" : " (\(Wording.provenance(threshold.provenance, language)))"
        return "\(name) \(amount) \(relation) \(Wording.amount(limit, threshold.unit, language))\(provenance)"
    }

    /// What was compared, for legal coverage.
    var checks: [ThresholdCheck] {
        items.compactMap { Self.check($0, table: table) }
    }

    /// What was compared of one item; nil where the table has no row for it.
    static func check(_ item: Item, table: ThresholdTable) -> ThresholdCheck? {
        item.threshold.map {
            ThresholdCheck(
                definedBy: table.definedBy, table: table.name, substance: item.substance, unit: $0.unit,
                limit: $0.limit, amount: item.amount, notCompared: item.notCompared)
        }
    }

    /// The citations of the thresholds the items were measured against.
    func citations(_ items: [Item]) -> [String] {
        DecisionDraft.unique(items.flatMap { $0.threshold?.citations ?? [] })
    }
}
