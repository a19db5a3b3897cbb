import Foundation

/// What decided the changed cases of a comparison, kept by the cases' shape, so that a case of
/// a shape already explained is not explained again: `compare --changed` explains every changed
/// case of a million under every rule set, and the engine's explanations were half its time.
///
/// Why it is safe: the deciding rules read a case only through ``CaseFacts`` — age track, own
/// use, whether the person counts as dependent, whether there were earlier reactions, different
/// substances held, which consents are refused, the conditions in force on the decision date,
/// and the verdict of each table. A ``Shape`` holds all of those as the rules read them (doubt
/// about dependency, the number of earlier reactions and a consent given rather than not known
/// change reasons and notes, never what decided, so cases differing only there share a shape),
/// the outcomes counted, and how each total stands against each table
/// (``LimitTable/standings(_:ignoringAmounts:)``), which fixes the verdicts and which comparison
/// decided. Cases of one shape are therefore decided by the same rules, through the same tier,
/// at the same limit; only their amounts differ, and those are measured again for each case
/// (``QuantityAssessment``) at the limit that decided. A shape is kept only where measuring its
/// first case again gives back every comparison the engine named; otherwise each of its cases
/// goes to the engine, as does every case the fast reader does not read.
final class ExplanationMemo: @unchecked Sendable {
    /// A compact case as the deciding rules see it, and its outcomes.
    struct Shape: Hashable {
        let codes: UInt64
        /// Where each statute's stated in-force date put the case (``InForcePeriod``): it decides
        /// whose ground a statute's column shows.
        let periods: UInt64
        /// The waiver's conditions under each rule set (``Comparison/PackedOutcomes``): they
        /// decide which rule sets a case changed under, so which are explained, and the cause
        /// of a change of conditions (``ExampleLedger``).
        let conditions: UInt64
        /// The facts the deciding rules read, a byte each from the lowest: the age track; whether
        /// the person counts as dependent, has earlier reactions, refuses consent, has the
        /// guardian refuse it, acts for own use, and only uses (a bit each); the different
        /// substances held; the totals; and the conditions in force (a bit each).
        let facts: UInt64
        /// Per total its substance and dimension, then per rule set and table the totals' standings.
        let totals: [UInt64]

        /// The totals hashed as one block of bytes: every changed case is looked up by its
        /// shape, and hashing them word by word showed in profiles.
        func hash(into hasher: inout Hasher) {
            hasher.combine(codes)
            hasher.combine(periods)
            hasher.combine(conditions)
            hasher.combine(facts)
            totals.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Where a ground's deciding comparison is measured again: the table, whether amounts are
    /// compared at all, and the total compared (its place among the case's totals).
    private struct Measure: Equatable {
        /// The table's place in ``tables``.
        let table: Int
        let ignoringAmounts: Bool
        let total: Int
    }

    /// The grounds of a shape's first case, and where each one's comparison is measured again.
    private struct Template {
        let grounds: [DecidingGround]
        let measures: [Measure?]
        let words = ShapeWords()
    }

    /// How many shapes are kept: beyond it, cases of new shapes go to the engine, so that
    /// memory stays flat however many cases there are.
    static let capacity = 8192

    private let book: RuleBook
    /// Per rule set compared: whether it covers use at any quantity, and the tables it reads
    /// (its own and its practice's, as places in ``tables``).
    private let ruleSets: [(useCoversAnyQuantity: Bool, tables: [Int])]
    /// Every different table the rule sets compared read.
    private let tables: [ThresholdTable]
    private let lock = NSLock()
    private var templates: [Shape: Template] = [:]

    init?(book: RuleBook, ruleSetIDs: [String], baseline: String) {
        var ruleSets: [(Bool, [Int])] = []
        var tables: [ThresholdTable] = []
        for id in ruleSetIDs {
            guard let ruleSet = book.ruleSet(id) else { return nil }
            let practice = ruleSet.kind == .proposal ? book.ruleSet(baseline) : nil
            var read: [Int] = []
            for table in Array(ruleSet.thresholds.values) + (practice.map { Array($0.thresholds.values) } ?? []) {
                let place = tables.firstIndex(of: table) ?? tables.count
                if place == tables.count { tables.append(table) }
                if !read.contains(place) { read.append(place) }
            }
            ruleSets.append((ruleSet.useCoversAnyQuantity, read))
        }
        self.book = book
        self.ruleSets = ruleSets
        self.tables = tables
    }

    /// The shape of a lent case under `programs` (one per rule set compared) with its outcomes
    /// `codes`, its in-force `periods` and its waiver `conditions`.
    static func shape(of loan: FastFacts.Loan, programs: [OutcomeProgram], codes: UInt64, periods: UInt64, conditions: UInt64) -> Shape {
        let theCase = loan.theCase
        let first = FastFacts(loan, under: programs[0])
        var inForce = 0
        for (bit, condition) in Condition.allCases.enumerated() where first.isInForce(condition) { inForce |= 1 << bit }
        // Consent as ``CaseFacts/refusesConsent(to:)`` reads it: refused (0) or not.
        let flags =
            (first.countsAsDependent ? 1 : 0) | (first.hasPriorDrugReactions ? 2 : 0) | (theCase.consent == 0 ? 4 : 0)
            | (theCase.guardianConsent == 0 ? 8 : 0) | (theCase.ownUse ? 16 : 0) | (theCase.useOnly ? 32 : 0)
        let facts =
            UInt64(theCase.ageTrack) | UInt64(flags) << 8 | UInt64(theCase.distinctSubstances) << 16 | UInt64(theCase.totalCount) << 24
            | UInt64(inForce) << 32
        var totals: [UInt64] = []
        totals.reserveCapacity(theCase.totalCount + 5 * programs.count)
        for index in 0..<theCase.totalCount {
            totals.append(UInt64(theCase.totals[index].substance) << 8 | UInt64(UInt8(bitPattern: Int8(theCase.totals[index].dimension))))
        }
        for program in programs {
            // Asked through a guaranteed reference, as ``ComparisonEvaluation`` asks for outcomes.
            Unmanaged.passUnretained(program)._withUnsafeGuaranteedRef { FastFacts(loan, under: $0).appendStandings(to: &totals) }
        }
        return Shape(codes: codes, periods: periods, conditions: conditions, facts: facts, totals: totals)
    }

    /// The explanation of `theCase` from the grounds of its shape's first case, its own amounts
    /// measured; nil when the shape has not been explained.
    func explanation(of theCase: Case, shape: Shape) -> ChangeExplanation? {
        lock.lock()
        let template = templates[shape]
        lock.unlock()
        guard let template else { return nil }
        var grounds = template.grounds
        let totals = QuantityAssessment.totals(of: theCase, vocabulary: book.vocabulary)
        // Rule sets often decide at the same table (a proposal's baseline's): measured once.
        var measured: [(measure: Measure, check: ThresholdCheck)] = []
        for (position, measure) in template.measures.enumerated() {
            guard let measure else { continue }
            guard measure.total < totals.count else { return nil }
            let found =
                measured.first { $0.measure == measure }?.check
                ?? QuantityAssessment.check(
                    QuantityAssessment.item(
                        totals[measure.total], table: tables[measure.table], vocabulary: book.vocabulary,
                        ignoringAmounts: measure.ignoringAmounts), table: tables[measure.table])
            guard let check = found else { return nil }
            measured.append((measure, check))
            grounds[position] = grounds[position].deciding(check)
        }
        var explanation = ChangeExplanation(amounts: theCase.substances, grounds: grounds)
        explanation.words = template.words
        return explanation
    }

    /// Keeps `explanation`, the engine's for `theCase`, as the explanation of `shape`, where its
    /// comparisons are found again by measuring the case (see the type's comment): the
    /// explanation, with its shape's words where it was kept, and whether the comparisons were
    /// found again — then every case of the shape has the same causes. Once no more shapes are
    /// kept, the case is measured only when `measuringWhenFull`.
    func keep(_ explanation: ChangeExplanation, of theCase: Case, shape: Shape, measuringWhenFull: Bool = false) -> (
        explanation: ChangeExplanation, measurable: Bool
    ) {
        guard measuringWhenFull || count < Self.capacity else { return (explanation, false) }
        let totals = QuantityAssessment.totals(of: theCase, vocabulary: book.vocabulary)
        var measures: [Measure?] = []
        for (position, ground) in explanation.grounds.enumerated() {
            guard let check = ground.decidingCheck else {
                measures.append(nil)
                continue
            }
            guard let measure = measure(check, of: theCase, totals: totals, position: position) else { return (explanation, false) }
            measures.append(measure)
        }
        let template = Template(grounds: explanation.grounds, measures: measures)
        lock.lock()
        defer { lock.unlock() }
        guard templates.count < Self.capacity else { return (explanation, true) }
        templates[shape] = template
        var kept = explanation
        kept.words = template.words
        return (kept, true)
    }

    /// How many shapes are kept.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return templates.count
    }

    /// Where `check`, found by the engine under the rule set at `position`, is measured again
    /// among `totals`, the case's: nil unless exactly one total against exactly one of the rule
    /// set's tables gives it back.
    private func measure(_ check: ThresholdCheck, of theCase: Case, totals: [QuantityAssessment.Total], position: Int) -> Measure? {
        let (useCoversAnyQuantity, read) = ruleSets[position]
        let ignoringAmounts = useCoversAnyQuantity && theCase.isUseOnly
        let named = read.filter { tables[$0].name == check.table && tables[$0].definedBy == check.definedBy }
        guard named.count == 1, let table = named.first else { return nil }
        let matching = totals.indices.filter { index in
            let item = QuantityAssessment.item(totals[index], table: tables[table], vocabulary: book.vocabulary, ignoringAmounts: ignoringAmounts)
            return QuantityAssessment.check(item, table: tables[table]) == check
        }
        guard matching.count == 1 else { return nil }
        return Measure(table: table, ignoringAmounts: ignoringAmounts, total: matching[0])
    }
}

extension DecidingGround {
    /// The same ground deciding at `check`.
    func deciding(_ check: ThresholdCheck) -> DecidingGround {
        var ground = DecidingGround(
            ruleSet: ruleSet, outcome: outcome, decidedBy: decidedBy, tier: tier, rule: rule, decidingCheck: check)
        ground.substanceCap = substanceCap
        return ground
    }
}

/// The words that every case of one shape shares, written once for them all: what decided, the
/// deciding comparison but for the amount, and the cause of change. They name rules, tiers and
/// limits, never a case's own amounts, and those are the same for every case of a shape
/// (``ExplanationMemo``).
final class ShapeWords: @unchecked Sendable {
    /// Which words.
    enum Kind: Int, CaseIterable {
        /// The cause of change (``ComparisonOutput/cause(_:position:)``).
        case cause
        /// What decided (``ComparisonOutput/decider(_:)``).
        case decider
        /// An outcome and its whole ground, without a compared amount (a cap on substances, or no
        /// limit compared).
        case ground
        /// An outcome, what decided, and the substance compared: what precedes the amount.
        case groundHead
        /// What follows the amount in the deciding comparison: the relation, the limit, the table.
        case comparisonTail
    }

    private let lock = NSLock()
    /// By the rule set's position, the kind and the language.
    private var written: [Int: String] = [:]

    /// The words of `kind` under the rule set at `position` in `language`, written by `write` the first time.
    func text(_ kind: Kind, position: Int, _ language: Language, _ write: () -> String) -> String {
        let key = (position * Kind.allCases.count + kind.rawValue) * 2 + (language == .nb ? 0 : 1)
        lock.lock()
        let known = written[key]
        lock.unlock()
        if let known { return known }
        let text = write()
        lock.lock()
        written[key] = text
        lock.unlock()
        return text
    }
}
