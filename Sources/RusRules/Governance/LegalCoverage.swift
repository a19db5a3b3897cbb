import Foundation

/// Coverage in legal terms over the fixtures: per rule set, which rules (and proposal tiers) fired
/// in at least one fixture; for every known limit and every ceiling of an unknown one, whether a
/// fixture sits exactly at it and one just above it (within 1 % of the value, or one unit for
/// counted units).
package struct LegalCoverage: Sendable {
    package struct RuleItem: Sendable, Equatable {
        package let ruleSet: String
        /// A rule id, or `proposal-tier/<tier>` for one tier of a proposal.
        package let rule: String
        package let covered: Bool
    }

    package struct ThresholdItem: Sendable, Equatable {
        package let definedBy: String
        package let table: String
        package let substance: String
        package let unit: String
        package let limit: ExactDecimal
        /// The value bounds an unknown limit (docs/law.md §4) rather than being the limit.
        package let isCeiling: Bool
        package let atLimit: Bool
        package let justAbove: Bool
    }

    private let book: RuleBook
    private var fired: [String: Set<String>] = [:]
    private var checks = Set<ThresholdCheck>()

    package init(book: RuleBook) {
        self.book = book
    }

    package mutating func add(_ decision: Decision) {
        fired[decision.ruleSet, default: []].formUnion(decision.rulesApplied)
        if let tier = decision.tier { fired[decision.ruleSet, default: []].insert("proposal-tier/" + tier) }
        checks.formUnion(decision.thresholdChecks)
    }

    package var rules: [RuleItem] {
        book.ruleSets.flatMap { ruleSet in
            book.applicableRules(ruleSet).map { RuleItem(ruleSet: ruleSet.id, rule: $0, covered: fired[ruleSet.id]?.contains($0) ?? false) }
        }
    }

    package var thresholds: [ThresholdItem] {
        var seen = Set<String>()
        var items: [ThresholdItem] = []
        for ruleSet in book.ruleSets {
            for name in ruleSet.thresholds.keys.sorted() {
                let table = ruleSet.thresholds[name]!
                guard seen.insert(table.definedBy + "/" + name).inserted else { continue }
                for row in table.limits {
                    guard let limit = row.limit ?? row.ceiling else { continue }
                    let counted = row.unit == "blotters" || row.unit == "doses"
                    let margin = max(limit.shifted(by: -2), counted ? 1 : 0)
                    let amounts = checks.filter {
                        $0.definedBy == table.definedBy && $0.table == name && $0.substance == row.substance && $0.unit == row.unit
                    }.compactMap(\.amount)
                    items.append(
                        ThresholdItem(
                            definedBy: table.definedBy, table: name, substance: row.substance, unit: row.unit, limit: limit,
                            isCeiling: row.limit == nil, atLimit: amounts.contains(limit),
                            justAbove: amounts.contains { $0 > limit && $0 - limit <= margin }))
                }
            }
        }
        return items
    }

    /// Covered items over all items, in percent (each threshold counts twice: at and just above).
    package var percent: Double {
        let rules = self.rules
        let thresholds = self.thresholds
        let total = rules.count + 2 * thresholds.count
        guard total > 0 else { return 100 }
        let covered = rules.filter(\.covered).count + thresholds.filter(\.atLimit).count + thresholds.filter(\.justAbove).count
        return Double(covered) * 100 / Double(total)
    }

    /// The summary and every gap, with why it matters.
    package func report() -> String {
        let rules = self.rules
        let thresholds = self.thresholds
        var lines = ["LEGAL COVERAGE"]
        for ruleSet in book.ruleSets {
            let items = rules.filter { $0.ruleSet == ruleSet.id }
            lines.append("  \(ruleSet.id): \(items.filter(\.covered).count)/\(items.count) rules and tiers fired")
        }
        lines.append(
            "  thresholds: \(thresholds.filter(\.atLimit).count)/\(thresholds.count) tested at the limit, "
                + "\(thresholds.filter(\.justAbove).count)/\(thresholds.count) just above it")
        lines.append(String(format: "  total: %.1f%%", percent))
        let gaps =
            rules.filter { !$0.covered }.map { item in
                "rule \(item.rule) under \(item.ruleSet)\(RuleRegistry.rule(item.rule).map { " (\($0.section))" } ?? ""): no fixture makes it fire, so a change to it would go unnoticed"
            }
            + thresholds.flatMap { item -> [String] in
                let name = "\(item.definedBy) «\(item.table)» \(item.substance) \(item.limit) \(item.unit)" + (item.isCeiling ? " (ceiling)" : "")
                return (item.atLimit ? [] : ["limit \(name): no fixture exactly at the limit, so treating it as exclusive (< instead of ≤) would go unnoticed"])
                    + (item.justAbove ? [] : ["limit \(name): no fixture just above the limit, so a raised or mistyped limit would go unnoticed"])
            }
        if !gaps.isEmpty {
            lines.append("NOT COVERED")
            lines += gaps.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
