/// The role a limit table plays in a rule set. Rules name tables by role, never by a rule set's
/// own names, so that one rule serves every rule set that has such a table.
enum TableRole: Equatable, Sendable {
    /// Limits above which a case leaves the minor-offence reactions (docs/law.md §5.2.1, §5.5.2).
    case prosecution
    /// Limits for dependent users (docs/law.md §5.3).
    case dependentUser
    /// A statute's «mindre mengde» (docs/law.md §5.5.2).
    case smallQuantity
    /// The table of a proposal's tier, by the tier's position (docs/law.md §5.4).
    case tier(Int)
}

/// How all the substances of a case stand against one table: `above` when any substance is
/// above its limit or ceiling, else `unknown` when any limit is unknown, else `within`.
enum LimitVerdict: Equatable, Sendable {
    case within, unknown, above
}

/// What a deciding rule may ask of a case. The full engine answers from the decoded case and
/// ``QuantityAssessment``; the fast path (`compare`, `sweep`) from a ``CompactCase`` and integer
/// tables. Each rule states its condition and outcome once, over these facts, so the two paths
/// cannot decide differently unless they read the case differently — and the tests and fuzzers
/// hold the readings equal.
protocol CaseFacts {
    var ageTrack: AgeTrack { get }
    var ownUse: Bool { get }
    /// Whether the person counts as a dependent user: dependent, or in doubt, which counts in
    /// the suspect's favour (docs/law.md §5.3). Doubt is said in a note; it decides nothing else.
    var countsAsDependent: Bool { get }
    /// Whether the person has had an earlier drug reaction: their number is given in the reasons,
    /// and decides nothing (docs/law.md §5.2.2).
    var hasPriorDrugReactions: Bool { get }
    /// Different substances held in the case, named with an amount (Prop. 92 L counts
    /// substances, not bags; no cap applies to use alone, docs/law.md §5.1.5).
    var distinctSubstances: Int { get }
    /// Whether a party whose consent `reaction` needs (vocabulary data) has refused it.
    func refusesConsent(to reaction: Reaction) -> Bool
    /// Whether a party whose consent `condition` needs (vocabulary data) has refused it.
    func refusesConsent(to condition: Condition) -> Bool
    /// Whether `condition` can be proposed on the decision date (its start in the vocabulary data).
    func isInForce(_ condition: Condition) -> Bool
    /// The case against the rule set's table in `role`; nil when the rule set has no such table.
    func verdict(_ role: TableRole) -> LimitVerdict?
    /// The number of tiers of the proposal being evaluated (0 for other rule sets).
    var tierCount: Int { get }
    /// What tier `index` allows and decides.
    func tier(_ index: Int) -> (maxSubstances: Int?, outcome: Outcome, conditions: [Condition])
}
