/// The other reading of the limits this tool does not know (what rests on unknown law).
///
/// The rules read an unknown limit as kept: an unknown value never makes an answer harsher
/// (docs/law.md §4 and §6). A comparison also counts its cases under the other reading — every
/// unknown limit below the amounts concerned, as though each were exceeded — and a case whose
/// answer differs between the two rests on a limit the tool does not know. The other reading is
/// made from the rule data alone (each unknown limit set to zero, below any amount a case can
/// hold: amounts are above zero) and decided by the very same rules, so the engine and the
/// compiled programs read it alike. A proposal's unknown value never qualified, and still does not.
extension RuleBook {
    /// The same rule data with every unknown limit below any amount.
    package func readingUnknownLimitsAsExceeded() -> RuleBook {
        RuleBook(
            citations: citations, vocabulary: vocabulary,
            ruleSets: ruleSets.map { ruleSet in
                var ruleSet = ruleSet
                ruleSet.thresholds = ruleSet.thresholds.mapValues { table in
                    var table = table
                    table.limits = table.limits.map { row in
                        row.limit != nil
                            ? row
                            : Threshold(
                                substance: row.substance, unit: row.unit, limit: .zero, provenance: .interpretation, citations: row.citations,
                                comment: row.comment)
                    }
                    return table
                }
                return ruleSet
            })
    }
}
