/// Counts by liability and by recommended reaction. Kept as arrays indexed by the enums'
/// order (a million cases a second leave no room for hashing); read through the dictionaries.
package struct Tally: Sendable, Equatable {
    package private(set) var total = 0
    private var liabilityCounts = [Int](repeating: 0, count: 4)
    private var recommendedCounts = [Int](repeating: 0, count: Outcome.reactionSlots)

    package init() {}

    /// A tally from counts per outcome code.
    init(codeCounts: ArraySlice<Int>) {
        for (offset, count) in codeCounts.enumerated() where count > 0 {
            total += count
            liabilityCounts[offset / Outcome.reactionSlots] += count
            recommendedCounts[offset % Outcome.reactionSlots] += count
        }
    }

    mutating func add(_ outcome: Outcome) {
        add(code: outcome.code)
    }

    mutating func add(code: Int) {
        total += 1
        liabilityCounts[code / Outcome.reactionSlots] += 1
        recommendedCounts[code % Outcome.reactionSlots] += 1
    }

    /// The non-zero counts by liability.
    package var liability: [Liability: Int] {
        Dictionary(uniqueKeysWithValues: zip(Liability.allCases, liabilityCounts).filter { $0.1 > 0 })
    }

    /// The non-zero counts by recommended reaction (`none` when there is none).
    package var recommended: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(Tally.recommendedKeys, recommendedCounts).filter { $0.1 > 0 })
    }

    /// The recommended keys in contract order, `none` last.
    package static let recommendedKeys = Reaction.allCases.map(\.rawValue) + ["none"]
}

/// One rule set's outcomes over the valid cases, overall and broken down.
package struct RuleSetSummary: Sendable {
    package let id: String
    let substanceIDs: [String]
    package let overall: Tally
    let trackTallies: [Tally]
    let substanceTallies: [Tally]
    let dependencyTallies: [Tally]
    /// Cases whose outcome differs from the baseline's; nil for the baseline itself.
    package let changedFromBaseline: Int?
    /// The outcomes under the other reading of unknown limits, every one below the amounts
    /// concerned (``RuleBook/readingUnknownLimitsAsExceeded()``).
    package let otherReading: Tally
    /// Cases whose outcome here differs under the other reading: they rest on a limit the tool
    /// does not know.
    package let restingOnUnknown: Int
    /// Changed cases whose outcome here or under the baseline differs under the other reading;
    /// nil for the baseline itself.
    package let changesRestingOnUnknown: Int?
    /// Counts from each baseline outcome code to each outcome code here.
    let transitionCounts: ArraySlice<Int>

    /// By dependency as the case gives it: no, yes, doubtful.
    package var byDependency: [Dependency: Tally] {
        Dictionary(uniqueKeysWithValues: zip(Dependency.allCases, dependencyTallies).filter { $0.1.total > 0 })
    }

    package var byAgeTrack: [AgeTrack: Tally] {
        Dictionary(uniqueKeysWithValues: zip(AgeTrack.allCases, trackTallies).filter { $0.1.total > 0 })
    }

    /// A case with several substances counts under each of them.
    package var bySubstance: [String: Tally] {
        Dictionary(uniqueKeysWithValues: zip(substanceIDs, substanceTallies).filter { $0.1.total > 0 })
    }

    /// How many cases moved from each baseline outcome to each outcome here.
    package var transitions: [Outcome: [Outcome: Int]] {
        var result: [Outcome: [Outcome: Int]] = [:]
        for (index, count) in transitionCounts.enumerated() where count > 0 {
            result[Outcome(code: index / Outcome.codes), default: [:]][Outcome(code: index % Outcome.codes)] = count
        }
        return result
    }
}

/// A case whose outcome differs between the baseline and at least one rule set.
package struct ChangedCase: Sendable {
    /// Position in the input, from 0.
    package let index: Int
    package let id: String?
    package let ageTrack: AgeTrack
    package let dependency: Dependency
    package let substances: [String]
    package let baseline: Outcome
    /// The outcome under every compared rule set, in the order compared.
    package let outcomes: [(ruleSet: String, outcome: Outcome)]
    /// The conditions of the recommended påtaleunnlatelse, the baseline's first, where a rule
    /// set gives the same reaction on other conditions (empty otherwise).
    package let conditions: [ConditionSet]
    /// The amounts as read and what decided the case under each rule set (the baseline first).
    package let explanation: ChangeExplanation?
    /// The shape whose key the listing notes the case's causes under, for later cases with that key,
    /// where the comparison keeps its changed cases for a listing that shows a few cases of each
    /// cause (``Comparison/exampleLedger``).
    let shape: ExplanationMemo.Shape?
}

/// A changed case counted under causes that had all their examples before it, and not kept
/// (``ExampleLedger``): its position in the input and which of the ledger's sets of causes it
/// counts under (a number, not the places: an array per case was retained and released at
/// every step from the thread that found it to the listing).
package struct CountedChange: Sendable {
    let index: Int
    let causes: Int
}

/// Why a case's outcome changed: its amounts, and under each rule set what decided it.
package struct ChangeExplanation: Sendable {
    package let amounts: [SubstanceAmount]
    /// The baseline first, then every compared rule set in the order compared (unless every
    /// ground is wanted, a rule set where the case did not change is not explained:
    /// ``DecidingGround/unexplained(ruleSet:outcome:)``).
    package let grounds: [DecidingGround]
    /// The words every case of the same shape shares (``ExplanationMemo``); nil where the case
    /// was explained on its own.
    var words: ShapeWords? = nil
}

/// How a listing that shows a few cases of each cause counts a changed case (``ExampleLedger``).
package struct CauseCount: Sendable {
    enum Kind: Sendable {
        /// Counted under the ledger's set of causes with this number, without an explanation:
        /// each had all its examples before the case.
        case known(Int)
        /// Explained; the listing notes its causes under its shape's key, for later cases with that key.
        indirect case explained(ExplanationMemo.Shape)
    }
    let kind: Kind
}

/// What decided a case under one rule set: the proposal tier or the deciding rule, and the
/// comparison with a limit that decided.
package struct DecidingGround: Sendable, Equatable {
    package let ruleSet: String
    package let outcome: Outcome
    /// The rule set whose rules decided: a proposal's baseline when no tier covers the case.
    package let decidedBy: String
    /// The proposal tier that decided, if one did.
    package let tier: String?
    /// The last deciding rule that fired (``RuleID``); `strl-3` when straffeloven § 3 gave the
    /// other law's outcome.
    package let rule: String?
    /// The comparison that decided (``decidingCheck(among:)``); nil when no limit was compared.
    package let decidingCheck: ThresholdCheck?
    /// Where a proposal's cap on different substances decided (Prop. 92 L: at most 3): the
    /// tier passed over, the substances counted and the cap — the deciding comparison then.
    package var substanceCap: SubstanceCap? = nil

    /// The ground of a rule set that was not explained, only decided: its outcome alone, as if
    /// its own rules decided with no tier, rule or limit named. Only the JSON report shows the
    /// ground of a rule set where a case did not change; the others say «uendret».
    static func unexplained(ruleSet: String, outcome: Outcome) -> DecidingGround {
        DecidingGround(ruleSet: ruleSet, outcome: outcome, decidedBy: ruleSet, tier: nil, rule: nil, decidingCheck: nil)
    }

    /// A tier passed over for the number of different substances alone.
    package struct SubstanceCap: Sendable, Equatable {
        package let tier: String
        package let count: Int
        package let maximum: Int
    }

    /// Of the limits a decision compared the case with, the one that decided: the first the
    /// case was above, else the last it was within (the limit of the tier or table that decided).
    package static func decidingCheck(among checks: [ThresholdCheck]) -> ThresholdCheck? {
        checks.first { check in
            guard let limit = check.limit, let amount = check.amount else { return false }
            return amount > limit
        } ?? checks.last
    }
}

/// A case that could not be evaluated, kept with its position (never dropped silently).
package struct InvalidCase: Sendable {
    package let index: Int
    package let errors: CaseErrors
}

/// Compares rule sets over a stream of cases: feed cases with `add`, read the result at the end.
///
/// Memory grows with the number of distinct outcomes, not of cases — except the invalid cases,
/// which are kept to be listed, and the changed cases when asked for, which are kept until
/// taken (``takeChanged()``: a report lists them as they are found).
package struct Comparison: Sendable {
    package let baseline: String
    /// Every rule set compared, the baseline first.
    package let ruleSetIDs: [String]
    package private(set) var cases = 0
    /// The changed cases found since they were last taken, when they are kept.
    package private(set) var changed: [ChangedCase] = []
    /// The changed cases found since they were last taken that were counted by their causes
    /// alone (``ExampleLedger``): a listing needs only their numbers, so no more is kept.
    package private(set) var countedByCause: [CountedChange] = []
    package private(set) var invalid: [InvalidCase] = []
    /// Per compared rule set (the baseline's empty), cases with the same liability and
    /// reaction as the baseline but other conditions, by (baseline's conditions, these).
    package private(set) var conditionChanges: [[ConditionChange: Int]]
    /// Per rule set with a stated in-force date (nil for the others): how many cases were
    /// decided before it, concern acts on or after it, or fell under straffeloven § 3 — decided
    /// by the practice or by the statute — in the order of `InForcePeriod`.
    private(set) var inForcePeriods: [[Int]?]

    private let keepChanged: Bool
    /// Where the changed cases are kept only to be counted by cause, with the first few of each
    /// cause shown (the HTML report): which causes have those already, so that a case whose
    /// causes all do is counted without being explained. The listing that counts the cases as
    /// they are found claims it (``ChangeListing``).
    let exampleLedger: ExampleLedger?
    private let substanceIDs: [String]
    /// What evaluates each case: held by reference, so that handing it to the threads of
    /// --jobs, and calling it for every case, copies nothing.
    private let evaluation: ComparisonEvaluation
    /// Per compared rule set, the in-force date stated for it when it is a statute: its column
    /// then counts what would apply given that date (``StraffelovenParagraph3/applicable``),
    /// the baseline deciding decisions before it.
    let inForceDates: [LegalDate?]
    /// Every count, in one flat buffer laid out by `layout`: recording a case is a few
    /// increments, with no nested arrays to check for uniqueness.
    private var counters: [Int]
    private let layout: CounterLayout

    /// `ruleSets` are compared with `baseline`, which also decides what proposals do not cover;
    /// `keepChanged` keeps the changed cases to be listed; `examplesOnly`, to be counted by cause
    /// and shown a few per cause (see ``exampleLedger``). With `unchangedGrounds` false, a
    /// changed case is explained only under the baseline and the rule sets where it changed
    /// (its outcome or conditions): the reports but JSON show «uendret» for the others.
    package init(
        engine: Engine, baseline: String, ruleSets: [String], today: LegalDate, keepChanged: Bool, examplesOnly: Bool = false,
        unchangedGrounds: Bool = true
    ) {
        self.baseline = baseline
        let ids = [baseline] + ruleSets.filter { $0 != baseline }
        self.ruleSetIDs = ids
        inForceDates = ids.map { id in engine.book.ruleSet(id)?.kind == .statute ? engine.inForce[id] : nil }
        let substanceIDs = engine.book.vocabulary.substances.map(\.id)
        self.substanceIDs = substanceIDs
        layout = CounterLayout(ruleSets: ids.count, substances: substanceIDs.count)
        counters = [Int](repeating: 0, count: layout.size)
        conditionChanges = ids.map { _ in [:] }
        inForcePeriods = inForceDates.map { $0 == nil ? nil : [Int](repeating: 0, count: InForcePeriod.allCases.count) }
        self.keepChanged = keepChanged
        let ledger = keepChanged && examplesOnly ? ExampleLedger() : nil
        exampleLedger = ledger
        evaluation = ComparisonEvaluation(
            engine: engine, baseline: baseline, ruleSetIDs: ids, today: today, keepChanged: keepChanged, exampleLedger: ledger,
            unchangedGrounds: unchangedGrounds, inForceDates: inForceDates)
    }

    package var validCases: Int { cases - invalid.count }

    /// The changed cases found since the last call, in input order, and those of them counted
    /// by their causes alone; the comparison no longer holds them.
    package mutating func takeChanged() -> (cases: [ChangedCase], countedByCause: [CountedChange]) {
        defer { (changed, countedByCause) = ([], []) }
        return (changed, countedByCause)
    }

    /// Statutes with a stated in-force date under which no case was decided on or after it:
    /// their column is the baseline's, which a reader should be told.
    package var statutesNeverInForce: [String] {
        inForcePeriods.enumerated().compactMap { position, counts in
            guard let counts, validCases > 0, counts[InForcePeriod.decidedBefore.rawValue] == counts.reduce(0, +) else { return nil }
            return ruleSetIDs[position]
        }
    }

    /// What one case contributes: its outcome under every rule set, or its errors. Pure, so
    /// cases can be evaluated in parallel and recorded in input order.
    package enum CaseResult: Sendable {
        /// `substances` is a bit set over the vocabulary's substances.
        /// `conditions`: those of the recommended påtaleunnlatelse under each rule set, packed
        /// four bits each (``ConditionSet``); 0 where there is none.
        /// `periods`: under each rule set with a stated in-force date, where the case fell
        /// (`InForcePeriod`), two bits each. `otherOutcomes`: the outcomes under the other
        /// reading of unknown limits (``RuleBook/readingUnknownLimitsAsExceeded()``).
        case outcomes(
            id: String?, ageTrack: AgeTrack, dependency: Dependency, substances: UInt64, outcomes: [Outcome], conditions: UInt64,
            periods: UInt64 = 0, otherOutcomes: [Outcome], explanation: ChangeExplanation?)
        /// The same from the fast path (``PackedOutcomes``); `causeCount` where the comparison
        /// keeps an ``ExampleLedger``.
        case packed(PackedOutcomes, explanation: ChangeExplanation?, causeCount: CauseCount? = nil)
        case invalid(CaseErrors)
    }

    /// One case's outcomes from the fast path, the outcome codes packed a byte each (up to 8
    /// rule sets), so that counting a case allocates nothing; the other fields as in
    /// ``CaseResult/outcomes(id:ageTrack:dependency:substances:outcomes:conditions:periods:explanation:)``.
    package struct PackedOutcomes: Sendable {
        /// Read only where the case changed and is kept (``ComparisonEvaluation``).
        var id: String?
        let ageTrack: Int
        let dependency: Dependency
        let substances: UInt64
        let codes: UInt64
        let conditions: UInt64
        let periods: UInt64
        /// The outcome codes under the other reading of unknown limits, packed as `codes`.
        let otherCodes: UInt64

        /// The outcome code counted under the rule set at `position` (the baseline is 0).
        func code(_ position: Int) -> Int { Int((codes >> (8 * UInt64(position))) & 0xFF) }
        /// The same under the other reading of unknown limits.
        func otherCode(_ position: Int) -> Int { Int((otherCodes >> (8 * UInt64(position))) & 0xFF) }
    }

    /// The reaction whose conditions can differ with the same outcome (vocabulary: the
    /// conditions a påtaleunnlatelse can carry, docs/law.md §5.2.5).
    static let conditionsCarrier = Reaction.pataleunnlatelse

    /// The tier a proposal passed over only because the case holds more different substances
    /// than it allows: every limit of the tier was kept, the count was not; `decided` is the tier
    /// that decided and `checks` the limits compared.
    static func substanceCap(_ theCase: Case, tier decided: String?, checks: [ThresholdCheck], ruleSet: RuleSet?)
        -> DecidingGround.SubstanceCap?
    {
        guard let ruleSet, ruleSet.kind == .proposal else { return nil }
        let count = Set(theCase.substances.filter { $0.amount != nil }.map(\.substance)).count
        for tier in ruleSet.tiers {
            if tier.id == decided { return nil }
            guard let maximum = tier.maxSubstances, count > maximum else { continue }
            let checks = checks.filter { $0.definedBy == ruleSet.id && $0.table == tier.thresholds }
            let withinEvery =
                !checks.isEmpty
                && checks.allSatisfy { check in
                    guard let amount = check.amount, let limit = check.limit else { return check.notCompared != nil }
                    return amount <= limit
                }
            if withinEvery { return DecidingGround.SubstanceCap(tier: tier.id, count: count, maximum: maximum) }
        }
        return nil
    }

    /// Counts the next case (in input order).
    package mutating func record(_ result: CaseResult) {
        let index = cases
        cases += 1
        switch result {
        case .invalid(let errors):
            invalid.append(InvalidCase(index: index, errors: errors))
        case .outcomes(
            let id, let track, let dependency, let substances, let outcomes, let conditions, let periods, let otherOutcomes, let explanation):
            countPeriods(periods)
            count(
                index: index, id: id, track: AgeTrack.allCases.firstIndex(of: track)!, dependency: dependency, substances: substances,
                explanation: explanation, causeCount: nil, conditions: conditions, code: { outcomes[$0].code },
                otherCode: { otherOutcomes[$0].code })
        case .packed(let packed, let explanation, let causeCount):
            countPeriods(packed.periods)
            count(
                index: index, id: packed.id, track: packed.ageTrack, dependency: packed.dependency, substances: packed.substances,
                explanation: explanation, causeCount: causeCount, conditions: packed.conditions, code: { packed.code($0) },
                otherCode: { packed.otherCode($0) })
        }
    }

    private mutating func countPeriods(_ periods: UInt64) {
        for position in inForcePeriods.indices where inForcePeriods[position] != nil {
            inForcePeriods[position]![Int((periods >> (2 * UInt64(position))) & 0x3)] += 1
        }
    }

    @inline(__always)
    private mutating func count(
        index: Int, id: String?, track: Int, dependency: Dependency, substances: UInt64, explanation: ChangeExplanation?,
        causeCount: CauseCount?, conditions: UInt64, code: (Int) -> Int, otherCode: (Int) -> Int
    ) {
        let dependencyIndex = dependency.ordinal
        let base = code(0)
        var anyChanged = false
        let conditionSet = { (position: Int) in ConditionSet(rawValue: UInt8((conditions >> (4 * UInt64(position))) & 0xF)) }
        // The same reaction on other conditions is a change too (påtaleunnlatelse uten vilkår →
        // med prøvetid): counted as changed, and by its conditions.
        var otherConditions = false
        for position in 1..<max(layout.ruleSets, 1) where code(position) == base && conditionSet(position) != conditionSet(0) {
            conditionChanges[position][ConditionChange(from: conditionSet(0), to: conditionSet(position)), default: 0] += 1
            otherConditions = true
        }
        let layout = layout
        counters.withUnsafeMutableBufferPointer { counters in
            for position in 0..<layout.ruleSets {
                let code = code(position)
                counters[layout.overall(position) + code] += 1
                counters[layout.track(position, track) + code] += 1
                counters[layout.dependency(position, dependencyIndex) + code] += 1
                var remaining = substances
                while remaining != 0 {
                    counters[layout.substance(position, remaining.trailingZeroBitCount) + code] += 1
                    remaining &= remaining - 1
                }
                // What rests on an unknown limit: the case, where the other reading answers
                // otherwise; the change, where it does so here or under the baseline.
                let other = otherCode(position)
                counters[layout.otherReading(position) + other] += 1
                if other != code { counters[layout.restingOnUnknown(position)] += 1 }
                if position > 0 {
                    counters[layout.transitions(position, from: base) + code] += 1
                    if code != base || (otherConditions && conditionSet(position) != conditionSet(0)) {
                        counters[layout.changed(position)] += 1
                        if other != code || otherCode(0) != base { counters[layout.changesRestingOnUnknown(position)] += 1 }
                        anyChanged = true
                    }
                }
            }
        }
        guard keepChanged && anyChanged else { return }
        let shape: ExplanationMemo.Shape?
        switch causeCount?.kind {
        case .known(let causes):
            // Counted under causes that had all their examples: its number is all a listing needs.
            countedByCause.append(CountedChange(index: index, causes: causes))
            return
        case .explained(let explained): shape = explained
        case nil: shape = nil
        }
        let names = substanceIDs.indices.filter { substances & (1 << UInt64($0)) != 0 }.map { substanceIDs[$0] }
        changed.append(
            ChangedCase(
                index: index, id: id, ageTrack: AgeTrack.allCases[track], dependency: dependency, substances: names,
                baseline: Outcome(code: base),
                outcomes: ruleSetIDs.indices.dropFirst().map { (ruleSetIDs[$0], Outcome(code: code($0))) },
                conditions: otherConditions ? ruleSetIDs.indices.map(conditionSet) : [],
                explanation: explanation, shape: shape))
    }

    /// Every rule set's counts, the baseline first.
    package var summaries: [RuleSetSummary] {
        ruleSetIDs.enumerated().map { position, id in
            func slice(_ start: Int) -> ArraySlice<Int> { counters[start..<(start + Outcome.codes)] }
            return RuleSetSummary(
                id: id, substanceIDs: substanceIDs, overall: Tally(codeCounts: slice(layout.overall(position))),
                trackTallies: AgeTrack.allCases.indices.map { Tally(codeCounts: slice(layout.track(position, $0))) },
                substanceTallies: substanceIDs.indices.map { Tally(codeCounts: slice(layout.substance(position, $0))) },
                dependencyTallies: Dependency.allCases.indices.map { Tally(codeCounts: slice(layout.dependency(position, $0))) },
                changedFromBaseline: position == 0 ? nil : counters[layout.changed(position)],
                otherReading: Tally(codeCounts: slice(layout.otherReading(position))),
                restingOnUnknown: counters[layout.restingOnUnknown(position)],
                changesRestingOnUnknown: position == 0 ? nil : counters[layout.changesRestingOnUnknown(position)],
                transitionCounts: counters[layout.transitions(position, from: 0)..<(layout.transitions(position, from: 0) + Outcome.codes * Outcome.codes)])
        }
    }

    /// One case as read: its outcome under every rule set, or its errors (``ComparisonEvaluation``).
    package func evaluate(_ raw: CaseStream.Raw) -> CaseResult { evaluation.evaluate(raw) }

    /// `evaluate` as a closure that holds the evaluation by reference (``CaseAccumulator``).
    package func evaluator() -> @Sendable (CaseStream.Raw) -> CaseResult {
        let evaluation = evaluation
        return { evaluation.evaluate($0) }
    }

    /// Evaluates and counts one case.
    package mutating func add(_ entry: CaseInput.Entry) {
        record(evaluation.evaluate(entry))
    }

    /// Where each count lives in the flat buffer: per rule set, counts by outcome code overall,
    /// per age track, per substance and per dependency, then the transition matrix from the
    /// baseline, then by outcome code under the other reading of unknown limits, then the cases
    /// and the changes that rest on an unknown limit, then the number of changed cases.
    struct CounterLayout: Sendable {
        let ruleSets: Int
        let substances: Int
        let tracks = AgeTrack.allCases.count
        let dependencies = Dependency.allCases.count
        var perRuleSet: Int { Outcome.codes * (2 + tracks + substances + dependencies + Outcome.codes) + 3 }
        var size: Int { ruleSets * perRuleSet }

        func overall(_ ruleSet: Int) -> Int { ruleSet * perRuleSet }
        func track(_ ruleSet: Int, _ track: Int) -> Int { overall(ruleSet) + Outcome.codes * (1 + track) }
        func substance(_ ruleSet: Int, _ substance: Int) -> Int { overall(ruleSet) + Outcome.codes * (1 + tracks + substance) }
        func dependency(_ ruleSet: Int, _ dependency: Int) -> Int {
            overall(ruleSet) + Outcome.codes * (1 + tracks + substances + dependency)
        }
        func transitions(_ ruleSet: Int, from code: Int) -> Int {
            overall(ruleSet) + Outcome.codes * (1 + tracks + substances + dependencies + code)
        }
        func otherReading(_ ruleSet: Int) -> Int {
            overall(ruleSet) + Outcome.codes * (1 + tracks + substances + dependencies + Outcome.codes)
        }
        func restingOnUnknown(_ ruleSet: Int) -> Int { overall(ruleSet) + perRuleSet - 3 }
        func changesRestingOnUnknown(_ ruleSet: Int) -> Int { overall(ruleSet) + perRuleSet - 2 }
        func changed(_ ruleSet: Int) -> Int { overall(ruleSet) + perRuleSet - 1 }
    }

    /// Every transition of every compared rule set, largest first within each rule set.
    package var transitions: [(ruleSet: String, from: Outcome, to: Outcome, count: Int)] {
        summaries.dropFirst().flatMap { summary in
            summary.transitions.flatMap { from, targets in targets.map { (summary.id, from, $0.key, $0.value) } }
                .sorted { ($0.3, $1.1, $1.2) > ($1.3, $0.1, $0.2) }
        }
    }
}

/// The conditions of a påtaleunnlatelse, as a set in four bits (one per ``Condition``).
package struct ConditionSet: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) { self.rawValue = rawValue & 0xF }

    package init(_ conditions: [Condition]) {
        self.init(rawValue: conditions.reduce(0) { $0 | (1 << UInt8(Condition.allCases.firstIndex(of: $1)!)) })
    }

    /// The conditions of a decision's recommended påtaleunnlatelse; empty for any other reaction.
    init(_ decision: Decision) {
        let waiver = decision.options.first { $0.status == .recommended && $0.reaction == Comparison.conditionsCarrier }
        self.init(waiver?.conditions ?? [])
    }

    /// The conditions in the vocabulary's order.
    package var conditions: [Condition] {
        Condition.allCases.enumerated().filter { rawValue & (1 << UInt8($0.offset)) != 0 }.map(\.element)
    }
}

/// The same reaction on other conditions: the baseline's conditions and the compared rule set's.
package struct ConditionChange: Sendable, Hashable {
    package let from: ConditionSet
    package let to: ConditionSet
}

/// Where a case fell under a statute with a stated in-force date (docs/law.md §3).
typealias InForcePeriod = StraffelovenParagraph3.Period
