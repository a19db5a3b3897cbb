/// A comparison repeated over independent synthetic draws (`compare --seeds N`), and over
/// variants of the distribution (`--vary key=v1,v2`): each share with the range it takes across
/// the draws. The range measures sampling variation from one assumed distribution only; the
/// assumptions themselves are what `--vary` probes.
package struct SamplingStudy: Sendable {
    /// One distribution the draws came from: "standard", or "dependent.true=0.2".
    package struct Variant: Sendable {
        package let label: String
        /// One comparison per seed, in the order of `seeds`.
        package let draws: [[RuleSetSummary]]
    }

    /// A share across the draws: its mean and the interval holding the middle 95 % of draws.
    package struct Spread: Sendable, Equatable {
        package let mean: Double
        package let low: Double
        package let high: Double
    }

    package let seeds: [UInt64]
    package let casesPerDraw: Int
    package let ruleSetIDs: [String]
    package let variants: [Variant]

    /// Draws `count` cases per seed from each distribution and compares them. `progress` is told
    /// how many draws are done, of `seeds.count × distributions.count`.
    package static func run(
        engine: Engine, baseline: String, ruleSets: [String], today: LegalDate,
        distributions: [(label: String, distribution: SampleDistribution, own: Bool)], seeds: [UInt64], count: Int, jobs: Int,
        progress: (Int) -> Void = { _ in }
    ) -> SamplingStudy {
        var variants: [Variant] = []
        var done = 0
        var ids: [String] = []
        for (label, distribution, own) in distributions {
            var draws: [[RuleSetSummary]] = []
            for seed in seeds {
                var sampler = CaseSampler(distribution: distribution, seed: seed, ownDistribution: own)
                var bytes: [UInt8] = []
                for _ in 0..<count {
                    bytes += CaseStyle.compact.write(sampler.next()).utf8
                    bytes.append(UInt8(ascii: "\n"))
                }
                var stream = CaseStream(bytes: bytes)
                var comparison = Comparison(engine: engine, baseline: baseline, ruleSets: ruleSets, today: today, keepChanged: false)
                comparison.consume(&stream, batchSize: 4096, jobs: jobs)
                ids = comparison.ruleSetIDs
                draws.append(comparison.summaries)
                done += 1
                progress(done)
            }
            variants.append(Variant(label: label, draws: draws))
        }
        return SamplingStudy(seeds: seeds, casesPerDraw: count, ruleSetIDs: ids, variants: variants)
    }

    /// What is measured of each rule set: a share of the valid cases of a draw.
    package enum Measure: Hashable, Sendable {
        case liability(Liability)
        case recommended(String)
        case changed
    }

    /// The measures that are non-zero in some draw, under either reading of unknown limits, in report order.
    package var measures: [Measure] {
        let all = Liability.allCases.map(Measure.liability) + Tally.recommendedKeys.map(Measure.recommended) + [.changed]
        return all.filter { measure in
            variants.contains { variant in
                variant.draws.contains { draw in draw.contains { Self.count(measure, $0) > 0 || Self.count(measure, $0.otherReading) ?? 0 > 0 } }
            }
        }
    }

    static func count(_ measure: Measure, _ summary: RuleSetSummary) -> Int {
        Self.count(measure, summary.overall) ?? summary.changedFromBaseline ?? 0
    }

    /// `measure` counted in `tally`; nil for `changed`, which a tally does not hold.
    static func count(_ measure: Measure, _ tally: Tally) -> Int? {
        switch measure {
        case .liability(let liability): tally.liability[liability] ?? 0
        case .recommended(let key): tally.recommended[key] ?? 0
        case .changed: nil
        }
    }

    /// The spread of `measure` under rule set `position` in `variant`; nil for `changed` of the baseline.
    package func spread(_ measure: Measure, ruleSet position: Int, variant: Int) -> Spread? {
        if measure == .changed && position == 0 { return nil }
        let shares = variants[variant].draws.map { draw in
            let summary = draw[position]
            return summary.overall.total == 0 ? 0 : Double(Self.count(measure, summary)) / Double(summary.overall.total)
        }
        return Self.spread(shares)
    }

    /// The spread of `measure` under rule set `position` in `variant` under the other reading of
    /// unknown limits (``RuleSetSummary/otherReading``); nil for `changed`.
    package func otherReadingSpread(_ measure: Measure, ruleSet position: Int, variant: Int) -> Spread? {
        if measure == .changed { return nil }
        return Self.spread(
            variants[variant].draws.map { draw in
                let tally = draw[position].otherReading
                return tally.total == 0 ? 0 : Double(Self.count(measure, tally) ?? 0) / Double(tally.total)
            })
    }

    /// Mean, and the 2.5th and 97.5th percentiles by linear interpolation between the sorted
    /// draws (with 40 draws or fewer, close to the lowest and the highest).
    static func spread(_ shares: [Double]) -> Spread {
        let sorted = shares.sorted()
        func percentile(_ p: Double) -> Double {
            guard sorted.count > 1 else { return sorted.first ?? 0 }
            let rank = p * Double(sorted.count - 1)
            let below = Int(rank.rounded(.down))
            let above = min(below + 1, sorted.count - 1)
            return sorted[below] + (sorted[above] - sorted[below]) * (rank - Double(below))
        }
        return Spread(mean: sorted.reduce(0, +) / Double(max(sorted.count, 1)), low: percentile(0.025), high: percentile(0.975))
    }
}
