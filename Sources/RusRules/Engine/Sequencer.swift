/// The deciding rules a rule set runs, in order: its own list from its data and, for a
/// proposal, then its baseline's list (a rule both list runs once, where it first stands).
package struct RulePlan: Sendable, Equatable {
    package let rules: [RuleID]
    /// For each rule, whether it is the rule set's own rather than its baseline's: the rule set
    /// that "decided" a case (``Decision/decidedBy``) is the owner of the rule that decided it.
    let own: [Bool]
    /// Each rule's role, looked up once.
    let roles: [RuleInfo.Role]

    init(rules: [RuleID], own: [Bool]) {
        self.rules = rules
        self.own = own
        roles = rules.map(\.info.role)
    }
}

extension RuleBook {
    /// The plan of `ruleSet`; `baseline` replaces a proposal's own baseline (an analyst's
    /// comparison reference).
    package func plan(for ruleSet: RuleSet, baseline: String? = nil) -> RulePlan {
        guard ruleSet.kind == .proposal, let base = self.ruleSet(baseline ?? ruleSet.baseline ?? "") else {
            return RulePlan(rules: ruleSet.rules, own: ruleSet.rules.map { _ in true })
        }
        let inherited = base.rules.filter { !ruleSet.rules.contains($0) }
        return RulePlan(
            rules: ruleSet.rules + inherited,
            own: ruleSet.rules.map { !base.rules.contains($0) } + inherited.map { _ in false })
    }
}

/// Runs a plan: the first deciding rule whose `decide` returns an outcome decides the case.
///
/// Around the deciding rules stand the supporting rules, the same for every plan:
/// - `age` first, always;
/// - before the first rule that is not a scope rule: `other-offences` and `use-only` (scope
///   rules — under 15, not for own use — give the whole answer themselves);
/// - before the first `reaction` rule: `ungdomsstraff` and `bekymringssamtale-from-15`;
/// - after a `reaction` rule decided: the recommended reaction requires `limit-check` if the
///   case was decided as within an unknown limit (`quantity`); `radgivende-enhet-condition`,
///   `frafall-not-dependent` and `forenklet-forelegg-not-in-force` unless the case goes to
///   ordinary prosecution; then `offence-frame` and `politiattest-under-18`;
/// - an `overlay` rule (a proposal's tier) excludes ungdomsstraff and adds the offence frame and
///   politiattest notes itself where its tier leaves the case punishable;
/// - when a proposal's own rules pass the case on: `baseline`.
enum Sequencer {
    /// The outcome alone (the fast path and `compare`): no draft, no text.
    @inline(__always)
    static func decide<Facts: CaseFacts>(_ plan: RulePlan, _ facts: Facts) -> Outcome? {
        for rule in plan.rules {
            if let outcome = rule.decide(facts) { return outcome }
        }
        return nil
    }

    /// The outcome and the conditions of its recommended reaction, as the deciding rule states
    /// them (`compare` counts a change of conditions as a change).
    static func decideWithConditions<Facts: CaseFacts>(_ plan: RulePlan, _ facts: Facts) -> (outcome: Outcome, conditions: [Condition])? {
        for rule in plan.rules {
            if let outcome = rule.decide(facts) { return (outcome, rule.conditions(facts, outcome)) }
        }
        return nil
    }

    /// The explained decision: the draft, and whether the rule set's own rules decided (false
    /// when a proposal's baseline did). Nil when no rule of the plan decides the case (a rule
    /// list `rusctl check` rejects).
    static func explain(_ plan: RulePlan, _ context: EvaluationContext) -> (draft: DecisionDraft, byOwnRule: Bool)? {
        var draft = DecisionDraft(context: context)
        Age.apply(&draft)
        var preliminariesDone = false
        var reactionPreliminariesDone = false
        var ownRuleConsulted = false
        var baselineAnnounced = false
        for (index, rule) in plan.rules.enumerated() {
            let role = plan.roles[index]
            if role != .scope && !preliminariesDone {
                preliminariesDone = true
                OtherOffences.apply(&draft)
                UseOnly.apply(&draft)
            }
            if role == .reaction && !reactionPreliminariesDone {
                reactionPreliminariesDone = true
                Ungdomsstraff.apply(&draft)
                BekymringssamtaleFromFifteen.apply(&draft)
            }
            if plan.own[index] {
                ownRuleConsulted = true
            } else if ownRuleConsulted && !baselineAnnounced {
                baselineAnnounced = true
                Baseline.apply(&draft)
            }
            let outcome = rule.decide(context)
            if let outcome { draft.decide(outcome, by: rule.rawValue) }
            rule.explain(outcome, &draft)
            guard let outcome else { continue }
            let recommended = draft.recommended
            let conditions = draft.recommendedConditions
            let stated = rule.conditions(context, outcome)
            if recommended != outcome.recommended || conditions != stated {
                draft.warn(
                    "rule-conflict",
                    RuleMessage(
                        nb:
                            "Regelen \(rule.rawValue) avgjorde \(outcome) \(stated.map { $0.rawValue }), men forklaringen anbefaler \(recommended?.rawValue ?? "ingenting") \(conditions.map { $0.rawValue }).",
                        en:
                            "Rule \(rule.rawValue) decided \(outcome) \(stated.map { $0.rawValue }), but its explanation recommends \(recommended?.rawValue ?? "nothing") \(conditions.map { $0.rawValue }).",
                        citations: []))
            }
            switch role {
            case .reaction:
                if let reason = draft.pendingLimitCheck {
                    draft.requireOfRecommended(.limitCheck, reason)
                }
                if outcome.liability != .ordinaryProsecution {
                    RadgivendeEnhetCondition.excludeAsReaction(&draft)
                    FrafallNotDependent.apply(&draft)
                    ForenkletForeleggNotInForce.apply(&draft)
                }
                OffenceFrame.apply(&draft)
                PolitiattestUnderEighteen.apply(&draft)
            case .scope, .overlay, .supporting:
                break
            }
            return (draft, plan.own[index])
        }
        return nil
    }
}
