/// The pure part of a ``Comparison``: one case in, its outcome under every rule set out (or its
/// errors), with why it changed when changed cases are kept. Immutable, so the threads of
/// --jobs share one.
final class ComparisonEvaluation: Sendable {
    let baseline: String
    /// Every rule set compared, the baseline first.
    let ruleSetIDs: [String]
    private let engine: Engine
    /// The engine that says what decided a changed case (asked only when they are kept; else
    /// the counting engine, never asked). Not optional: unwrapping it copied the engine, and
    /// released it, for every case explained.
    private let explainer: Engine
    private let today: LegalDate
    private let keepChanged: Bool
    /// Which changed cases need no explanation, when only a few of each cause are shown.
    private let exampleLedger: ExampleLedger?
    /// Whether a changed case is explained under the rule sets where it did not change too
    /// (``Comparison/init(engine:baseline:ruleSets:today:keepChanged:examplesOnly:unchangedGrounds:)``).
    private let explainsUnchanged: Bool
    private let substanceIDs: [String]
    /// Per compared rule set, the in-force date stated for it when it is a statute.
    private let inForceDates: [LegalDate?]
    private let fastReader: FastCaseReader?
    /// The compiled programs in the order of `ruleSetIDs`.
    private let fastPrograms: [OutcomeProgram]?
    /// The changed cases' explanations by path, when they are kept and the fast path reads them.
    private let memo: ExplanationMemo?
    /// The other reading of unknown limits (``RuleBook/readingUnknownLimitsAsExceeded()``): its
    /// engine, its compiled programs in the order of `ruleSetIDs`, and which cases it can change.
    private let otherEngine: Engine
    private let otherPrograms: [OutcomeProgram]?
    private let screen: UnknownLimitScreen?

    init(
        engine: Engine, baseline: String, ruleSetIDs ids: [String], today: LegalDate, keepChanged: Bool, exampleLedger: ExampleLedger? = nil,
        unchangedGrounds: Bool = true, inForceDates: [LegalDate?]
    ) {
        // Counting needs outcomes only: the same rules, without building explanations.
        let counting = engine.with(detail: .outcome)
        self.engine = counting
        explainer = keepChanged ? engine.with(detail: .grounds) : counting
        self.baseline = baseline
        ruleSetIDs = ids
        self.today = today
        self.keepChanged = keepChanged
        self.exampleLedger = exampleLedger
        explainsUnchanged = unchangedGrounds && exampleLedger == nil
        self.inForceDates = inForceDates
        substanceIDs = engine.book.vocabulary.substances.map(\.id)
        // The compiled fast path (nil if the rule data cannot be compiled: the engine then does all).
        let compiled = CompiledRuleBook(book: engine.book, baseline: baseline)
        // A case's id is read only where it changed, from the whole case read then.
        fastReader = compiled.map { FastCaseReader(compiled: $0, today: today, keepIDs: false) }
        let other = engine.book.readingUnknownLimitsAsExceeded()
        otherEngine = Engine(book: other, detail: .outcome, inForce: engine.inForce)
        func programs(_ compiled: CompiledRuleBook?) -> [OutcomeProgram]? {
            compiled.flatMap { compiled in
                let programs = ids.compactMap { compiled.programs[$0] }
                return programs.count == ids.count && ids.count <= 8 ? programs : nil
            }
        }
        // Both readings compiled, or neither: a case the fast path counts is counted under both.
        let (rules, others) = (programs(compiled), programs(CompiledRuleBook(book: other, baseline: baseline)))
        fastPrograms = others == nil ? nil : rules
        otherPrograms = rules == nil ? nil : others
        memo = keepChanged ? fastPrograms.flatMap { ExplanationMemo(book: engine.book, ruleSetIDs: ids, baseline: baseline, programs: $0) } : nil
        screen = fastPrograms.map(UnknownLimitScreen.init)
    }

    /// One case as read: an NDJSON line takes the compiled fast path when it can; anything else
    /// (and every invalid line) goes through the full parser, decoder and engine.
    func evaluate(_ raw: CaseStream.Raw) -> Comparison.CaseResult {
        if case .line(let bytes, _) = raw.content, let fastPrograms, let fastReader {
            var compact = CompactCase(today: today)
            if fastReader.read(bytes, into: &compact), let (packed, changed) = FastFacts.lending(&compact, { compiled($0, programs: fastPrograms) }) {
                guard keepChanged && changed else { return .packed(packed, explanation: nil) }
                let shape = memo.flatMap { memo in
                    FastFacts.lending(&compact) {
                        memo.shape(of: $0, programs: fastPrograms, codes: packed.codes, periods: packed.periods, conditions: packed.conditions)
                    }
                }
                // Counted by its causes alone, the case is not read again in full.
                if let exampleLedger, let shape, let causes = exampleLedger.causes(of: shape) {
                    return .packed(packed, explanation: nil, causeCount: CauseCount(kind: .known(causes)))
                }
                guard let theCase = fastReader.fullCase(bytes) ?? (try? engine.decode(raw.entry).get()) else {
                    return .packed(packed, explanation: nil)
                }
                var identified = packed
                identified.id = theCase.id
                guard let (explanation, measurable) = explainChanged(theCase, shape: shape, packed: packed, programs: fastPrograms) else {
                    return .packed(identified, explanation: nil)
                }
                let causeCount = exampleLedger != nil && measurable ? shape.map { CauseCount(kind: .explained($0)) } : nil
                return .packed(identified, explanation: explanation, causeCount: causeCount)
            }
        }
        let result = evaluate(raw.entry)
        if case .invalid(let errors) = result { return .invalid(raw.located(errors)) }
        return result
    }

    /// A case the fast reader read, under the compiled programs, and whether it changed (a rule
    /// set's outcome or its waiver's conditions differ from the baseline's); nil when a rule
    /// list leaves it undecided (the engine then reports it, with its error).
    private func compiled(_ theCase: FastFacts.Loan, programs: [OutcomeProgram]) -> (Comparison.PackedOutcomes, changed: Bool)? {
        guard let (codes, periods, baselineOutcome) = outcomeCodes(of: theCase, under: programs) else { return nil }
        // Under the other reading of unknown limits, where they can matter at all.
        // (Undecided there, the case goes to the engine, as an undecided case always does.)
        var otherCodes = codes
        if let otherPrograms, screen?.mayRestOnUnknown(theCase) == true {
            guard let other = outcomeCodes(of: theCase, under: otherPrograms) else { return nil }
            otherCodes = other.codes
        }
        // Where a rule set recommends påtaleunnlatelse as the baseline does, on which
        // conditions, as the deciding rules state them.
        let code = { (position: Int) in Int((codes >> (8 * UInt64(position))) & 0xFF) }
        let sameWaiver =
            baselineOutcome.recommended == Comparison.conditionsCarrier && (1..<programs.count).contains { code($0) == code(0) }
        let conditions = sameWaiver ? self.conditions(of: theCase, programs: programs, codes: codes, periods: periods) : 0
        let otherConditions = (1..<programs.count).contains { (conditions >> (4 * UInt64($0))) & 0xF != conditions & 0xF }
        let packed = Comparison.PackedOutcomes(
            id: theCase.theCase.id, ageTrack: theCase.theCase.ageTrack, dependency: theCase.theCase.dependent,
            substances: theCase.theCase.substanceMask, codes: codes, conditions: conditions, periods: periods, otherCodes: otherCodes)
        return (packed, otherConditions || (1..<programs.count).contains { code($0) != code(0) })
    }

    /// The outcome codes of a lent case under `programs`, a byte each, after each stated
    /// in-force date; where those dates put it, two bits each; and the baseline's outcome. Nil
    /// when a rule list leaves the case undecided.
    private func outcomeCodes(of theCase: FastFacts.Loan, under programs: [OutcomeProgram]) -> (
        codes: UInt64, periods: UInt64, baseline: Outcome
    )? {
        var codes: UInt64 = 0
        var periods: UInt64 = 0
        var baselineOutcome: Outcome?
        for position in programs.indices {
            // `programs` holds each program for the whole call: asked through a guaranteed
            // reference, it is not retained and released for every rule set of every case.
            guard
                var outcome = Unmanaged.passUnretained(programs[position])._withUnsafeGuaranteedRef({
                    FastFacts(theCase, under: $0).outcome()
                })
            else { return nil }
            if position == 0 { baselineOutcome = outcome }
            if let inForce = inForceDates[position], let practice = baselineOutcome {
                let (offence, decision) = (theCase.theCase.offenceDate, theCase.theCase.decisionDate)
                let period = InForcePeriod(practice: practice, statute: outcome, offence: offence, decision: decision, inForce: inForce)
                periods |= UInt64(period.rawValue) << (2 * UInt64(position))
                outcome = StraffelovenParagraph3.applicable(
                    practice: practice, statute: outcome, offence: offence, decision: decision, inForce: inForce)
            }
            codes |= UInt64(outcome.code) << (8 * UInt64(position))
        }
        return baselineOutcome.map { (codes, periods, $0) }
    }

    func evaluate(_ entry: CaseInput.Entry) -> Comparison.CaseResult {
        let theCase: Case
        switch engine.decode(entry) {
        case .success(let decoded): theCase = decoded
        case .failure(let errors): return .invalid(errors)
        }
        let decided: [Decided]
        switch decisions(of: theCase, by: engine) {
        case .success(let found): decided = found
        case .failure(let errors): return .invalid(errors)
        }
        let outcomes = decided.map(\.outcome)
        var conditions: UInt64 = 0
        var periods: UInt64 = 0
        for (position, entry) in decided.enumerated() {
            periods |= UInt64(entry.period?.rawValue ?? 0) << (2 * UInt64(position))
            // The conditions of the waiver this rule set gives (the baseline's, where the
            // in-force date or straffeloven § 3 leaves the case to the practice).
            let own =
                practiceDecides(position, periods: periods) ? ConditionSet(rawValue: UInt8(conditions & 0xF)) : ConditionSet(entry.decision)
            conditions |= UInt64(own.rawValue) << (4 * UInt64(position))
        }
        let track = decided.last?.decision.ageTrack ?? .barn
        // Under the other reading of unknown limits: the same dates, the same straffeloven § 3.
        let otherOutcomes = (try? decisions(of: theCase, by: otherEngine).get())?.map(\.outcome) ?? outcomes
        var mask: UInt64 = 0
        for entry in theCase.substances {
            if let index = substanceIDs.firstIndex(of: entry.substance), index < 64 { mask |= 1 << UInt64(index) }
        }
        let otherConditions = (1..<max(outcomes.count, 1)).contains { (conditions >> (4 * UInt64($0))) & 0xF != conditions & 0xF }
        let explanation =
            keepChanged && (otherConditions || outcomes.contains { $0 != outcomes[0] })
            ? explain(theCase, codes: outcomes.map(\.code), periods: periods, conditions: conditions) : nil
        return .outcomes(
            id: theCase.id, ageTrack: track, dependency: theCase.person.dependent, substances: mask, outcomes: outcomes,
            conditions: conditions,
            periods: periods, otherOutcomes: otherOutcomes, explanation: explanation)
    }

    /// One rule set's decision of a case, the outcome counted (after a stated in-force date and
    /// straffeloven § 3), and where that date put the case.
    private typealias Decided = (decision: Decision, outcome: Outcome, period: InForcePeriod?)

    /// `theCase` decided by `engine` under every rule set compared, in order; the first errors
    /// found if it is invalid.
    private func decisions(of theCase: Case, by engine: Engine) -> Result<[Decided], CaseErrors> {
        var decided: [Decided] = []
        decided.reserveCapacity(ruleSetIDs.count)
        for (position, id) in ruleSetIDs.enumerated() {
            switch engine.evaluate(theCase, ruleSet: id, baseline: baseline, today: today) {
            case .success(let decision):
                var outcome = Outcome(decision)
                var period: InForcePeriod?
                if let inForce = inForceDates[position], let practice = decided.first?.outcome {
                    let (offence, decisionDate) = (theCase.offenceDate, decision.decisionDate)
                    period = InForcePeriod(practice: practice, statute: outcome, offence: offence, decision: decisionDate, inForce: inForce)
                    outcome = StraffelovenParagraph3.applicable(
                        practice: practice, statute: outcome, offence: offence, decision: decisionDate, inForce: inForce)
                }
                decided.append((decision, outcome, period))
            case .failure(let errors):
                return .failure(errors)
            }
        }
        return .success(decided)
    }

    /// Whether, under the rule set at `position`, a stated in-force date leaves the case to the
    /// practice (decided before the date, or straffeloven § 3 keeping the law of the act's time):
    /// then the baseline's reaction and conditions stand, even where the statute's outcome is
    /// the same. `periods` are packed two bits each (``InForcePeriod``).
    private func practiceDecides(_ position: Int, periods: UInt64) -> Bool {
        guard inForceDates[position] != nil, let period = InForcePeriod(rawValue: Int((periods >> (2 * UInt64(position))) & 0x3)) else {
            return false
        }
        return !period.statuteDecides
    }

    /// The conditions of the recommended waiver under each rule set, packed four bits each, as
    /// the compiled rules state them; `codes` are the outcomes counted, eight bits each (a
    /// statute's conditions count only where it decides the case, else the baseline's stand).
    private func conditions(of theCase: FastFacts.Loan, programs: [OutcomeProgram], codes: UInt64, periods: UInt64) -> UInt64 {
        var packed: UInt64 = 0
        for position in programs.indices {
            let code = Int((codes >> (8 * UInt64(position))) & 0xFF)
            guard Outcome(code: code).recommended == Comparison.conditionsCarrier else { continue }
            if practiceDecides(position, periods: periods) {
                packed |= (packed & 0xF) << (4 * UInt64(position))
                continue
            }
            // Asked through a guaranteed reference, as for the outcomes (``outcomeCodes(of:under:)``).
            guard
                let decided = Unmanaged.passUnretained(programs[position])._withUnsafeGuaranteedRef({
                    FastFacts(theCase, under: $0).outcomeWithConditions()
                })
            else { continue }
            let set =
                decided.outcome.code == code && decided.outcome.recommended == Comparison.conditionsCarrier
                ? ConditionSet(decided.conditions) : ConditionSet(rawValue: UInt8(packed & 0xF))
            packed |= UInt64(set.rawValue) << (4 * UInt64(position))
        }
        return packed
    }

    /// How many paths of changed cases were explained by the engine and kept (``ExplanationMemo``).
    var pathsExplained: Int { memo?.count ?? 0 }

    /// What decided a changed case the fast reader read: as a case of the same path was
    /// decided, with its own deciding comparisons (``ExplanationMemo``; `shape` is nil when no
    /// memo is kept), else by the full engine; and whether every case with its ledger key has
    /// its causes (``ExampleLedger/Key``).
    private func explainChanged(
        _ theCase: Case, shape: ExplanationMemo.Shape?, packed: Comparison.PackedOutcomes, programs: [OutcomeProgram]
    ) -> (ChangeExplanation, measurable: Bool)? {
        let codes = programs.indices.map(packed.code)
        let explained = { self.explain(theCase, codes: codes, periods: packed.periods, conditions: packed.conditions) }
        guard let memo, let shape else { return explained().map { ($0, false) } }
        if let known = memo.explanation(of: theCase, shape: shape) { return (known, true) }
        return explained().map {
            memo.keep($0, of: theCase, shape: shape, measuringWhenFull: exampleLedger != nil)
        }
    }

    /// What decided `theCase` under every rule set, from the engine's drafts; `codes` are the
    /// outcomes counted (after straffeloven § 3 for a statute with a stated in-force date), and
    /// `periods` where each such statute's date put the case. Where the date leaves the case to
    /// the practice, the baseline's ground is the statute's column's, by straffeloven § 3 where
    /// that section kept the law of the act's time. `conditions` are the waiver's under each rule
    /// set, packed four bits each: unless every ground is wanted, a rule set that gives the
    /// baseline's outcome on the baseline's conditions is not explained.
    private func explain(_ theCase: Case, codes: [Int], periods: UInt64, conditions: UInt64) -> ChangeExplanation? {
        var grounds: [DecidingGround] = []
        for (position, id) in ruleSetIDs.enumerated() {
            let outcome = Outcome(code: codes[position])
            if position > 0, practiceDecides(position, periods: periods) {
                let practice = grounds[0]
                let byParagraph3 = InForcePeriod(rawValue: Int((periods >> (2 * UInt64(position))) & 0x3)) == .paragraph3Practice
                var ground = DecidingGround(
                    ruleSet: id, outcome: outcome, decidedBy: practice.decidedBy, tier: practice.tier,
                    rule: byParagraph3 ? StraffelovenParagraph3.info.id : practice.rule, decidingCheck: practice.decidingCheck)
                ground.substanceCap = practice.substanceCap
                grounds.append(ground)
                continue
            }
            // Only the JSON report shows the ground of a rule set where the case did not change.
            let conditionsAt = { (position: Int) in (conditions >> (4 * UInt64(position))) & 0xF }
            if !explainsUnchanged && position > 0 && codes[position] == codes[0] && conditionsAt(position) == conditionsAt(0) {
                grounds.append(.unexplained(ruleSet: id, outcome: outcome))
                continue
            }
            guard case .success(let explained) = explainer.explained(theCase, ruleSet: id, baseline: baseline, today: today) else {
                return nil
            }
            let draft = explained.draft
            let rule =
                outcome != Outcome(liability: draft.liability, recommended: draft.recommended)
                ? StraffelovenParagraph3.info.id
                : draft.rulesApplied.last(where: RuleID.ids.contains)
            var ground = DecidingGround(
                ruleSet: id, outcome: outcome, decidedBy: explained.decidedBy, tier: draft.tier,
                rule: rule, decidingCheck: DecidingGround.decidingCheck(among: draft.thresholdChecks))
            ground.substanceCap = Comparison.substanceCap(
                theCase, tier: draft.tier, checks: draft.thresholdChecks, ruleSet: engine.book.ruleSet(id))
            grounds.append(ground)
        }
        return ChangeExplanation(amounts: theCase.substances, grounds: grounds)
    }
}
