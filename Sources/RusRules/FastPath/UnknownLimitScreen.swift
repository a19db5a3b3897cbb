/// Which compact cases may rest on a limit the tool does not know, under any of the compiled
/// programs: a case with no amount at or below the ceiling of an unknown limit (or of one with
/// no ceiling) is decided alike under both readings (``RuleBook/readingUnknownLimitsAsExceeded()``),
/// and is not decided a second time. It may pass a case that turns out alike; it never clears
/// one that does not.
struct UnknownLimitScreen: Sendable {
    /// Per (substance, dimension): the largest amount an unknown limit of some table may still
    /// hold — the largest ceiling, or unbounded — nil where every table knows its limit.
    private let upTo: [Int128?]
    private let dimensions: Int

    init(_ programs: [OutcomeProgram]) {
        var upTo: [Int128?] = []
        var dimensions = 0
        for program in programs {
            for table in [program.prosecution, program.dependentUser, program.smallQuantity].compactMap({ $0 }) + program.tiers.map(\.table) {
                if upTo.isEmpty {
                    upTo = [Int128?](repeating: nil, count: table.limits.count)
                    dimensions = table.shape.dimensions
                }
                for slot in table.limits.indices where table.rows[slot] && table.limits[slot] == nil {
                    let bound = table.ceilings[slot] ?? FixedPoint.unbounded
                    upTo[slot] = max(upTo[slot] ?? bound, bound)
                }
            }
        }
        self.upTo = upTo
        self.dimensions = dimensions
    }

    /// Whether some total of the case lies at or below what an unknown limit may hold.
    func mayRestOnUnknown(_ theCase: UnsafePointer<CompactCase>) -> Bool {
        let totals = UnsafeRawPointer(theCase.pointer(to: \.totals)!).assumingMemoryBound(to: CompactCase.Total.self)
        for index in 0..<theCase.pointee.totalCount {
            let total = totals[index]
            if total.dimension < 0 { continue }
            if let bound = upTo[total.substance * dimensions + total.dimension], !total.amount.exceeds(bound) { return true }
        }
        return false
    }
}
