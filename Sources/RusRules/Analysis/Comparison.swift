/// A case's outcome as analysts count it: liability and recommended reaction (`none` when null).
public struct Outcome: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let liability: Liability
    public let recommended: Reaction?

    public init(liability: Liability, recommended: Reaction?) {
        self.liability = liability
        self.recommended = recommended
    }

    public init(_ decision: Decision) {
        self.init(liability: decision.liability, recommended: decision.recommended)
    }

    public var recommendedKey: String { recommended?.rawValue ?? "none" }
    public var description: String { "\(liability.rawValue) / \(recommendedKey)" }

    /// Contract order: liability from least to most severe, then reaction order, `none` last.
    public static func < (lhs: Outcome, rhs: Outcome) -> Bool {
        let order = { (outcome: Outcome) -> (Int, Int) in
            (Liability.allCases.firstIndex(of: outcome.liability)!,
             outcome.recommended.flatMap { Reaction.allCases.firstIndex(of: $0) } ?? Reaction.allCases.count)
        }
        return order(lhs) < order(rhs)
    }
}

/// Counts by liability and by recommended reaction.
public struct Tally: Sendable, Equatable {
    public private(set) var total = 0
    public private(set) var liability: [Liability: Int] = [:]
    public private(set) var recommended: [String: Int] = [:]

    public init() {}

    mutating func add(_ outcome: Outcome) {
        total += 1
        liability[outcome.liability, default: 0] += 1
        recommended[outcome.recommendedKey, default: 0] += 1
    }

    /// The recommended keys in contract order, `none` last.
    public static let recommendedKeys = Reaction.allCases.map(\.rawValue) + ["none"]
}

/// One rule set's outcomes over the valid cases, overall and broken down.
public struct RuleSetSummary: Sendable {
    public let id: String
    public internal(set) var overall = Tally()
    public internal(set) var byAgeTrack: [AgeTrack: Tally] = [:]
    /// A case with several substances counts under each of them.
    public internal(set) var bySubstance: [String: Tally] = [:]
    /// Cases whose outcome differs from the baseline's; nil for the baseline itself.
    public internal(set) var changedFromBaseline: Int?
    /// How many cases moved from each baseline outcome to each outcome here.
    public internal(set) var transitions: [Outcome: [Outcome: Int]] = [:]
}

/// A case whose outcome differs between the baseline and at least one rule set.
public struct ChangedCase: Sendable {
    /// Position in the input, from 0.
    public let index: Int
    public let id: String?
    public let ageTrack: AgeTrack
    public let substances: [String]
    public let baseline: Outcome
    /// The outcome under every compared rule set, in the order compared.
    public let outcomes: [(ruleSet: String, outcome: Outcome)]
}

/// A case that could not be evaluated, kept with its position (never dropped silently).
public struct InvalidCase: Sendable {
    public let index: Int
    public let errors: CaseErrors
}

/// Compares rule sets over a stream of cases: feed cases with `add`, read the result at the end.
///
/// Memory grows with the number of distinct outcomes, not of cases — except the changed and
/// invalid cases, which are kept to be listed (the changed ones only when asked for).
public struct Comparison: Sendable {
    public let baseline: String
    /// Every rule set compared, the baseline first.
    public let ruleSetIDs: [String]
    public private(set) var cases = 0
    public private(set) var summaries: [RuleSetSummary]
    public private(set) var changed: [ChangedCase] = []
    public private(set) var invalid: [InvalidCase] = []

    private let engine: Engine
    private let today: LegalDate
    private let keepChanged: Bool
    /// The compiled fast path (nil if the rule data cannot be compiled: the engine then does all).
    private let compiled: CompiledRuleBook?
    private let fastParser: CompactCaseParser?

    /// `ruleSets` are compared with `baseline`, which also decides what proposals do not cover.
    public init(engine: Engine, baseline: String, ruleSets: [String], today: LegalDate, keepChanged: Bool) {
        // Counting needs outcomes only: the same rules, without building explanations.
        self.engine = Engine(book: engine.book, detail: .outcome)
        self.baseline = baseline
        self.ruleSetIDs = [baseline] + ruleSets.filter { $0 != baseline }
        self.summaries = ruleSetIDs.map { RuleSetSummary(id: $0, changedFromBaseline: $0 == baseline ? nil : 0) }
        self.today = today
        self.keepChanged = keepChanged
        compiled = CompiledRuleBook(book: engine.book, baseline: baseline)
        fastParser = compiled.map { CompactCaseParser(compiled: $0, today: today) }
    }

    public var validCases: Int { cases - invalid.count }

    /// What one case contributes: its outcome under every rule set, or its errors. Pure, so
    /// cases can be evaluated in parallel and recorded in input order.
    public enum CaseResult: Sendable {
        case outcomes(id: String?, ageTrack: AgeTrack, substances: [String], outcomes: [Outcome])
        case invalid(CaseErrors)
    }

    /// One case as read: an NDJSON line takes the compiled fast path when it can; anything else
    /// (and every invalid line) goes through the full parser, decoder and engine.
    public func evaluate(_ raw: CaseStream.Raw) -> CaseResult {
        if case .line(let bytes, _) = raw, let compiled, let compact = fastParser?.parse(bytes) {
            return .outcomes(id: compact.id, ageTrack: compiled.ageTrack(of: compact), substances: compact.substanceNames,
                             outcomes: ruleSetIDs.map { compiled.outcome(compact, ruleSet: $0)! })
        }
        return evaluate(raw.entry)
    }

    public func evaluate(_ entry: CaseInput.Entry) -> CaseResult {
        let theCase: Case
        switch engine.decode(entry) {
        case .success(let decoded): theCase = decoded
        case .failure(let errors): return .invalid(errors)
        }
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(ruleSetIDs.count)
        var track = AgeTrack.barn
        for id in ruleSetIDs {
            switch engine.evaluate(theCase, ruleSet: id, baseline: baseline, today: today) {
            case .success(let decision):
                outcomes.append(Outcome(decision))
                track = decision.ageTrack
            case .failure(let errors):
                return .invalid(errors)
            }
        }
        return .outcomes(id: theCase.id, ageTrack: track, substances: DecisionDraft.unique(theCase.substances.map(\.substance)),
                         outcomes: outcomes)
    }

    /// Counts the next case (in input order).
    public mutating func record(_ result: CaseResult) {
        let index = cases
        cases += 1
        guard case .outcomes(let id, let track, let substances, let outcomes) = result else {
            if case .invalid(let errors) = result { invalid.append(InvalidCase(index: index, errors: errors)) }
            return
        }
        let base = outcomes[0]
        for (position, outcome) in outcomes.enumerated() {
            summaries[position].overall.add(outcome)
            summaries[position].byAgeTrack[track, default: Tally()].add(outcome)
            for substance in substances {
                summaries[position].bySubstance[substance, default: Tally()].add(outcome)
            }
            if position > 0 {
                summaries[position].transitions[base, default: [:]][outcome, default: 0] += 1
                if outcome != base { summaries[position].changedFromBaseline! += 1 }
            }
        }
        if keepChanged && outcomes.dropFirst().contains(where: { $0 != base }) {
            changed.append(ChangedCase(index: index, id: id, ageTrack: track, substances: substances, baseline: base,
                                       outcomes: Array(zip(ruleSetIDs, outcomes).dropFirst().map { ($0.0, $0.1) })))
        }
    }

    /// Evaluates and counts one case.
    public mutating func add(_ entry: CaseInput.Entry) {
        record(evaluate(entry))
    }

    /// Every transition of every compared rule set, largest first within each rule set.
    public var transitions: [(ruleSet: String, from: Outcome, to: Outcome, count: Int)] {
        summaries.dropFirst().flatMap { summary in
            summary.transitions.flatMap { from, targets in targets.map { (summary.id, from, $0.key, $0.value) } }
                .sorted { ($0.3, $1.1, $1.2) > ($1.3, $0.1, $0.2) }
        }
    }
}
