import Foundation

/// What decided the changed cases of a comparison, kept by the path the rules took, so that a
/// case that takes a path already explained is not explained again: `compare --changed`
/// explains every changed case of a million under every rule set, and the engine's
/// explanations were half its time.
///
/// Why it is safe: the deciding rules read a case only through ``CaseFacts`` — age track, own
/// use, whether the person counts as dependent, whether there were earlier reactions, different
/// substances held, which consents are refused, the conditions in force on the decision date,
/// and the verdict of each table. A ``Path`` holds all of those as the rules read them (doubt
/// about dependency, the number of earlier reactions and a consent given rather than not known
/// change reasons and notes, never what decided, so cases differing only there share a path),
/// the outcomes counted, and which standings (``LimitTable/standings(_:ignoringAmounts:)``)
/// occur against each table, which fix the verdicts. Cases of one path are therefore decided by
/// the same rules, through the same tier, and their limits are compared in the same order, table
/// by table. The comparison that decides is the first above a known limit, else the last made
/// (``DecidingGround/decidingCheck(among:)``): since a path also fixes which tables have a total
/// above a known limit and which have any comparison at all, it fixes the table that comparison
/// is found in, and there it is the first above a known limit, else the last — measured again
/// for each case (``QuantityAssessment``), with its own amounts and its own substances. A path
/// is kept only where measuring its first case again gives back every comparison the engine
/// named; otherwise each of its cases goes to the engine, as does every case the fast reader
/// does not read. The words a case's explanation shares with others are kept by its ``Shape``,
/// which fixes the substance and limit that decided as well.
final class ExplanationMemo: @unchecked Sendable {
    /// What a shape, a path and a ledger key of a changed case begin with: its outcomes and the
    /// facts the deciding rules read.
    struct Outline: Hashable {
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

        /// How many totals the case has.
        var totalCount: Int { Int((facts >> 24) & 0xFF) }
    }

    /// A compact case as the deciding rules see it, and its outcomes.
    struct Shape: Hashable {
        let outline: Outline
        /// Per total its substance and dimension, then per table the rule sets read the totals'
        /// standings (``standingsTables``).
        let totals: Standings

        /// The path the rules take for a case of this shape: the same facts and outcomes, and per
        /// table which standings occur (a bit each, use alone with an amount apart
        /// from use alone without one, as their comparisons read), not which total has which.
        var path: Path {
            var presence = Standings()
            forEachTable { table in _ = presence.append(table.occurring) }
            return Path(outline: outline, presence: presence)
        }

        /// Calls `body` with the totals against each table in turn: which standings occur, a bit
        /// each (use alone with an amount, 9, apart from use alone without one, 1); the first
        /// total above a known limit, and the last compared with its standing in bits 16 to 19,
        /// each as its substance and dimension (0xFFFF where there is none).
        func forEachTable(_ body: ((occurring: UInt32, firstAbove: UInt32, lastCompared: UInt32)) -> Void) {
            let count = outline.totalCount
            totals.withUnsafeWords { words in
                for place in count..<words.count {
                    var occurring: UInt32 = 0
                    var firstAbove: UInt32 = 0xFFFF
                    var lastCompared: UInt32 = 0xFFFF
                    for index in 0..<count {
                        let standing = (words[place] >> (4 * UInt32(index))) & 0xF
                        let total = words[index]
                        let kind = standing == 1 && total & 0xFF != 0xFF ? 9 : standing
                        occurring |= 1 << kind
                        if standing == 3 && firstAbove == 0xFFFF { firstAbove = total }
                        // Compared: the table has a row for it (``LimitTable/standings(_:ignoringAmounts:)``).
                        if standing != 2 && standing != 8 { lastCompared = total | kind << 16 }
                    }
                    body((occurring, firstAbove, lastCompared))
                }
            }
        }
    }

    /// What fixes the rules a case goes through and the tables in which its comparisons are made
    /// (``Shape/path``).
    struct Path: Hashable {
        let outline: Outline
        /// Per table, the standings that occur.
        let presence: Standings
    }

    /// The words of a shape's totals: enough for eight totals and 32 different tables; a case
    /// whose words would not fit has no shape, and goes to the engine.
    typealias Standings = InlineWords<40>

    /// Where a ground's deciding comparison is measured again: the table, and whether amounts
    /// are compared at all.
    private struct Measure: Equatable {
        /// The table's place in ``tables``.
        let table: Int
        let ignoringAmounts: Bool
    }

    /// The grounds of a path's first case, and where each one's comparison is measured again.
    private struct Template {
        let grounds: [DecidingGround]
        let measures: [Measure?]
    }

    /// How many paths, and how many shapes' words, are kept: beyond it, cases of new paths go to
    /// the engine, and cases of new shapes have their words written for each, so that memory
    /// stays flat however many cases there are.
    static let capacity = 8192

    private let book: RuleBook
    /// Per rule set compared: whether it covers use at any quantity, and the tables it reads
    /// (its own and its practice's, as places in ``tables``).
    private let ruleSets: [(useCoversAnyQuantity: Bool, tables: [Int])]
    /// Every different table the rule sets compared read.
    private let tables: [ThresholdTable]
    /// The compiled tables whose standings make a shape: each different table once for the
    /// rule sets that compare amounts in use alone and once for those that do not.
    private let standingsTables: [(table: LimitTable, coversAnyQuantity: Bool)]
    private let lock = NSLock()
    private var templates: [Path: Template] = [:]
    private var wordsByShape: [Shape: ShapeWords] = [:]

    init?(book: RuleBook, ruleSetIDs: [String], baseline: String, programs: [OutcomeProgram]) {
        var standingsTables: [(LimitTable, Bool)] = []
        for program in programs {
            for table in program.tables
            where !standingsTables.contains(where: { $0.0 === table && $0.1 == program.useCoversAnyQuantity }) {
                standingsTables.append((table, program.useCoversAnyQuantity))
            }
        }
        self.standingsTables = standingsTables
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

    /// The shape of a lent case under `programs` (one per rule set compared, the baseline's
    /// first) with its outcomes `codes`, its in-force `periods` and its waiver `conditions`; nil
    /// when its standings do not fit in a shape (``Standings``).
    func shape(of loan: FastFacts.Loan, programs: [OutcomeProgram], codes: UInt64, periods: UInt64, conditions: UInt64) -> Shape? {
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
        var totals = Standings()
        for index in 0..<theCase.totalCount {
            let total = theCase.totals[index]
            guard totals.append(UInt32(total.substance) << 8 | UInt32(UInt8(bitPattern: Int8(total.dimension)))) else { return nil }
        }
        for (table, coversAnyQuantity) in standingsTables {
            guard totals.append(table.standings(loan, ignoringAmounts: coversAnyQuantity && theCase.useOnly)) else { return nil }
        }
        return Shape(outline: Outline(codes: codes, periods: periods, conditions: conditions, facts: facts), totals: totals)
    }

    /// The explanation of `theCase` from the grounds of its path's first case, its own
    /// deciding comparisons measured; nil when the path has not been explained.
    func explanation(of theCase: Case, shape: Shape) -> ChangeExplanation? {
        let path = shape.path
        lock.lock()
        let template = templates[path]
        lock.unlock()
        guard let template else { return nil }
        var grounds = template.grounds
        let totals = QuantityAssessment.totals(of: theCase, vocabulary: book.vocabulary)
        // Rule sets often decide at the same table (a proposal's baseline's): measured once.
        var measured: [(measure: Measure, check: ThresholdCheck)] = []
        for (position, measure) in template.measures.enumerated() {
            guard let measure else { continue }
            guard let check = measured.first(where: { $0.measure == measure })?.check ?? deciding(totals, measure) else { return nil }
            measured.append((measure, check))
            grounds[position] = grounds[position].deciding(check)
        }
        var explanation = ChangeExplanation(amounts: theCase.substances, grounds: grounds)
        explanation.words = words(of: shape)
        return explanation
    }

    /// Keeps `explanation`, the engine's for `theCase`, as the explanation of its shape's path,
    /// where its comparisons are found again by measuring the case (see the type's comment):
    /// the explanation, with its shape's words where they are kept, and whether the
    /// comparisons were found again — then every case of the shape has the same causes. Once
    /// no more paths are kept, the case is measured only when `measuringWhenFull`.
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
        let path = shape.path
        lock.lock()
        if templates.count < Self.capacity && templates[path] == nil {
            templates[path] = Template(grounds: explanation.grounds, measures: measures)
        }
        lock.unlock()
        var kept = explanation
        kept.words = words(of: shape)
        return (kept, true)
    }

    /// The words that the cases of `shape` share, made the first time; nil once as many shapes
    /// have their words as are kept.
    private func words(of shape: Shape) -> ShapeWords? {
        lock.lock()
        defer { lock.unlock() }
        if let known = wordsByShape[shape] { return known }
        guard wordsByShape.count < Self.capacity else { return nil }
        let made = ShapeWords()
        wordsByShape[shape] = made
        return made
    }

    /// The deciding comparison among `totals` against the table of `measure`, as the engine
    /// chooses it among all it made (``DecidingGround/decidingCheck(among:)``).
    private func deciding(_ totals: [QuantityAssessment.Total], _ measure: Measure) -> ThresholdCheck? {
        let table = tables[measure.table]
        return DecidingGround.decidingCheck(
            among: totals.compactMap { total in
                QuantityAssessment.check(
                    QuantityAssessment.item(total, table: table, vocabulary: book.vocabulary, ignoringAmounts: measure.ignoringAmounts),
                    table: table)
            })
    }

    /// How many paths are kept.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return templates.count
    }

    /// Where `check`, found by the engine under the rule set at `position`, is measured again:
    /// nil unless exactly one of the rule set's tables is the one it names, and the deciding
    /// comparison among `totals` against that table is `check`.
    private func measure(_ check: ThresholdCheck, of theCase: Case, totals: [QuantityAssessment.Total], position: Int) -> Measure? {
        let (useCoversAnyQuantity, read) = ruleSets[position]
        let named = read.filter { tables[$0].name == check.table && tables[$0].definedBy == check.definedBy }
        guard named.count == 1, let table = named.first else { return nil }
        let measure = Measure(table: table, ignoringAmounts: useCoversAnyQuantity && theCase.isUseOnly)
        return deciding(totals, measure) == check ? measure : nil
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
