import Foundation

/// The fast path for counting outcomes over many cases (`compare`, `sweep`).
///
/// Why it exists: the engine builds a full, explained decision; even with explanations off it
/// costs tens of microseconds a case in strings, dictionaries and `Decimal`. Counting a million
/// cases a second leaves about a microsecond for five rule sets. So each rule set is compiled
/// from its data into a small program over integers, and cases are read into a compact form
/// with exact fixed-point amounts.
///
/// Why it is safe: it runs the very same rule statements as the engine — each deciding rule's
/// `decide`, sequenced by the rule set's plan (`Sequencer`) — over facts read from integer
/// tables compiled from the same rule data (no legal number and no rule lives here). Only the
/// reading of amounts differs (fixed point instead of `Decimal`); anything it cannot read
/// exactly falls back to the engine, and tests and fuzzers require the two to agree.

/// One rule set compiled: its plan of deciding rules and the integer tables they read.
/// A class for the same reason as `LimitTable`.
package final class OutcomeProgram: Sendable {
    struct Tier: Sendable {
        let table: LimitTable
        let maxSubstances: Int?
        let outcome: Outcome
        let conditions: [Condition]
    }

    let plan: RulePlan
    let prosecution: LimitTable?
    let dependentUser: LimitTable?
    let smallQuantity: LimitTable?
    let tiers: [Tier]
    let consentNeeds: ConsentNeeds
    /// The rule set covers use at any quantity (``RuleSet/useCoversAnyQuantity``).
    let useCoversAnyQuantity: Bool

    /// Every table the program reads: prosecution, dependent user, small quantity, then the tiers'.
    var tables: [LimitTable] {
        [prosecution, dependentUser, smallQuantity].compactMap { $0 } + tiers.map(\.table)
    }

    init(
        plan: RulePlan, prosecution: LimitTable?, dependentUser: LimitTable?, smallQuantity: LimitTable?, tiers: [Tier],
        consentNeeds: ConsentNeeds, useCoversAnyQuantity: Bool
    ) {
        self.plan = plan
        self.prosecution = prosecution
        self.dependentUser = dependentUser
        self.smallQuantity = smallQuantity
        self.tiers = tiers
        self.consentNeeds = consentNeeds
        self.useCoversAnyQuantity = useCoversAnyQuantity
    }
}

/// A compact case under one compiled rule set: what the deciding rules ask, read from integers.
///
/// One case is asked under every rule set compared: it is lent where it stands (``Loan``) and
/// the facts are made anew for each program. It is borrowed, not held: a compact case is a few
/// hundred bytes, and copying it into the facts for each rule set, and on into each rule, was
/// the largest cost in profiles of compare.
struct FastFacts: CaseFacts {
    /// Valid only inside ``lending(_:_:)``, which is why the facts never leave it.
    private let borrowed: UnsafePointer<CompactCase>
    let program: OutcomeProgram

    var theCase: CompactCase { unsafeAddress { borrowed } }

    /// A compact case lent where it stands, to be asked under one program after another.
    struct Loan {
        fileprivate let pointer: UnsafePointer<CompactCase>
        var theCase: CompactCase { unsafeAddress { pointer } }
    }

    /// `body` given `theCase` lent where it stands; the loan is valid only inside `body`. The
    /// case is `inout` only to be read where it stands: borrowed, it was copied to be pointed at.
    static func lending<Result>(_ theCase: inout CompactCase, _ body: (Loan) -> Result) -> Result {
        withUnsafePointer(to: &theCase) { body(Loan(pointer: $0)) }
    }

    /// The facts of a lent case under `program`.
    init(_ loan: Loan, under program: OutcomeProgram) {
        borrowed = loan.pointer
        self.program = program
    }

    /// `body` given the facts of `theCase` under `program`.
    static func asking<Result>(_ theCase: inout CompactCase, under program: OutcomeProgram, _ body: (FastFacts) -> Result) -> Result {
        lending(&theCase) { body(FastFacts($0, under: program)) }
    }

    /// Liability and recommended reaction, by the program's plan; nil when no rule decides.
    func outcome() -> Outcome? {
        Sequencer.decide(program.plan, self)
    }

    /// The outcome with the conditions of its recommended reaction, as the deciding rule states them.
    func outcomeWithConditions() -> (outcome: Outcome, conditions: [Condition])? {
        Sequencer.decideWithConditions(program.plan, self)
    }

    var ageTrack: AgeTrack { AgeTrack.ordered[theCase.ageTrack] }
    var ownUse: Bool { theCase.ownUse }
    var countsAsDependent: Bool { theCase.dependent.countsAsDependent }
    var hasPriorDrugReactions: Bool { theCase.priorDrugReactions >= 1 }
    var distinctSubstances: Int { theCase.distinctSubstances }

    func refusesConsent(to reaction: Reaction) -> Bool {
        (program.consentNeeds.person[reaction.ordinal] && theCase.consent == 0)
            || (program.consentNeeds.guardian[reaction.ordinal] && theCase.guardianConsent == 0)
    }

    func refusesConsent(to condition: Condition) -> Bool {
        (program.consentNeeds.conditionPerson[condition.ordinal] && theCase.consent == 0)
            || (program.consentNeeds.conditionGuardian[condition.ordinal] && theCase.guardianConsent == 0)
    }

    func isInForce(_ condition: Condition) -> Bool {
        program.consentNeeds.conditionStarts[condition.ordinal].map { theCase.decisionDate >= $0 } ?? true
    }

    func verdict(_ role: TableRole) -> LimitVerdict? {
        let ignoring = program.useCoversAnyQuantity && theCase.useOnly
        return switch role {
        case .prosecution: program.prosecution?.verdict(borrowed, ignoringAmounts: ignoring)
        case .dependentUser: program.dependentUser?.verdict(borrowed, ignoringAmounts: ignoring)
        case .smallQuantity: program.smallQuantity?.verdict(borrowed, ignoringAmounts: ignoring)
        case .tier(let index): program.tiers[index].table.verdict(borrowed, ignoringAmounts: ignoring)
        }
    }

    var tierCount: Int { program.tiers.count }

    func tier(_ index: Int) -> (maxSubstances: Int?, outcome: Outcome, conditions: [Condition]) {
        (program.tiers[index].maxSubstances, program.tiers[index].outcome, program.tiers[index].conditions)
    }
}

extension UnknownLimitScreen {
    /// ``mayRestOnUnknown(_:)`` for a lent case.
    func mayRestOnUnknown(_ loan: FastFacts.Loan) -> Bool { mayRestOnUnknown(loan.pointer) }
}

extension LimitTable {
    /// ``standings(_:ignoringAmounts:)`` for a lent case.
    func standings(_ loan: FastFacts.Loan, ignoringAmounts: Bool) -> UInt32 { standings(loan.pointer, ignoringAmounts: ignoringAmounts) }
}
