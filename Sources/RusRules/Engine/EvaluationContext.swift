import Foundation

/// What every rule can see while a decision is explained: the case, the rule data and the facts
/// derived once (age track, decision date). It answers the deciding rules' questions
/// (``CaseFacts``) from the decoded case, with exact decimal amounts.
final class EvaluationContext {
    let book: RuleBook
    let `case`: Case
    /// The rule set evaluated (a proposal, practice or statute).
    let ruleSet: RuleSet
    /// The practice rule set whose tables the practice rules read (a proposal's baseline).
    let practice: RuleSet
    let decisionDate: LegalDate
    let ageTrack: AgeTrack
    /// False when only the outcome is wanted (compare, sweep): no text, trace or bookkeeping is built.
    let explains: Bool
    /// False when the trace is not wanted: no trace lines.
    let traces: Bool
    /// False when the rules applied and the limits checked are not wanted.
    let bookkeeping: Bool
    /// Measured once per decision: a rule decides and then explains from the same measurement.
    let assessments = AssessmentCache()

    /// A class, not a struct: every rule's draft holds the context, and a reference is copied
    /// for the cost of one retain where the fields would cost dozens (measured in
    /// `compare --changed`, which explains every changed case).
    init(
        book: RuleBook, case theCase: Case, ruleSet: RuleSet, practice: RuleSet, decisionDate: LegalDate, ageTrack: AgeTrack,
        explains: Bool, traces: Bool, bookkeeping: Bool
    ) {
        self.book = book
        self.case = theCase
        self.ruleSet = ruleSet
        self.practice = practice
        self.decisionDate = decisionDate
        self.ageTrack = ageTrack
        self.explains = explains
        self.traces = traces
        self.bookkeeping = bookkeeping
    }

    var vocabulary: Vocabulary { book.vocabulary }
    var person: Person { self.case.person }

    /// The table a role names: the practice's prosecution and dependent-user tables, a tier's own.
    func table(_ role: TableRole) -> ThresholdTable? {
        switch role {
        case .prosecution: practice.thresholds[RuleSet.prosecutionTable]
        case .dependentUser: practice.thresholds[RuleSet.dependentUserTable]
        case .smallQuantity: ruleSet.thresholds[RuleSet.smallQuantityTable]
        case .tier(let index): ruleSet.thresholds[ruleSet.tiers[index].thresholds]
        }
    }

    /// The case measured against the table in `role`, measured once per decision.
    func assessment(_ role: TableRole) -> QuantityAssessment? {
        if let known = assessments[role] { return known }
        guard let table = table(role) else { return nil }
        let assessment = QuantityAssessment(
            case: self.case, table: table, vocabulary: vocabulary,
            ignoringAmounts: ruleSet.useCoversAnyQuantity && self.case.isUseOnly)
        assessments[role] = assessment
        return assessment
    }
}

/// The assessments of one decision, by table role.
final class AssessmentCache {
    private var prosecution: QuantityAssessment?
    private var dependentUser: QuantityAssessment?
    private var smallQuantity: QuantityAssessment?
    private var tiers: [(index: Int, assessment: QuantityAssessment)] = []

    subscript(role: TableRole) -> QuantityAssessment? {
        get {
            switch role {
            case .prosecution: prosecution
            case .dependentUser: dependentUser
            case .smallQuantity: smallQuantity
            case .tier(let index): tiers.first { $0.index == index }?.assessment
            }
        }
        set {
            switch role {
            case .prosecution: prosecution = newValue
            case .dependentUser: dependentUser = newValue
            case .smallQuantity: smallQuantity = newValue
            case .tier(let index): if let newValue { tiers.append((index, newValue)) }
            }
        }
    }
}

extension EvaluationContext: CaseFacts {
    var ownUse: Bool { self.case.ownUse }
    var countsAsDependent: Bool { person.dependent.countsAsDependent }
    var hasPriorDrugReactions: Bool { person.priorDrugReactions >= 1 }
    var distinctSubstances: Int {
        var seen: [String] = []
        for entry in self.case.substances where entry.amount != nil && !seen.contains(entry.substance) {
            seen.append(entry.substance)
        }
        return seen.count
    }

    func refusesConsent(to reaction: Reaction) -> Bool {
        Consent.isRefused(vocabulary.reaction(reaction).requires, for: person)
    }

    func refusesConsent(to condition: Condition) -> Bool {
        Consent.isRefused(vocabulary.condition(condition).requires, for: person)
    }

    func isInForce(_ condition: Condition) -> Bool {
        vocabulary.condition(condition).validFrom.map { decisionDate >= $0 } ?? true
    }

    func verdict(_ role: TableRole) -> LimitVerdict? {
        assessment(role)?.verdict
    }

    var tierCount: Int { ruleSet.kind == .proposal ? ruleSet.tiers.count : 0 }

    func tier(_ index: Int) -> (maxSubstances: Int?, outcome: Outcome, conditions: [Condition]) {
        let tier = ruleSet.tiers[index]
        return (tier.maxSubstances, Outcome(liability: tier.liability, recommended: tier.recommended), tier.conditions)
    }
}
