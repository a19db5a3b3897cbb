/// The order in which the practice rules (rules.md §5.1–§5.3) decide a case under `ra-2014` or
/// `hr-2022`. Each step is one rule in its own file; this file only sequences them.
enum PracticeRules {
    static func decide(_ context: EvaluationContext) -> DecisionDraft {
        var draft = DecisionDraft(context: context)
        AgeRule.apply(&draft)
        if UnderFifteen.applies(context) {
            UnderFifteen.apply(&draft)
            return draft
        }
        if NotOwnUse.applies(context) {
            NotOwnUse.apply(&draft)
            return draft
        }
        OtherOffences.apply(&draft)
        UseOnly.apply(&draft)
        UngdomsstraffExcluded.apply(&draft)
        UnderFifteen.excludeFromFifteen(&draft)

        var decided = false
        if DependentUser.applies(context) {
            switch DependentUser.apply(&draft) {
            case .within, .above: decided = true
            case .unknown: decided = false
            }
        }
        if !decided && !ProsecutionLimit.apply(ProsecutionLimit.assess(context), &draft) {
            if context.ageTrack == .ungdom {
                YouthReactions.apply(&draft)
            } else {
                AdultReactions.apply(&draft)
            }
        }
        if draft.liability != .ordinaryProsecution {
            AdvisoryUnitCondition.excludeAsReaction(&draft)
            DependentUser.excludeFrafall(&draft)
        }
        OffenceFrame.apply(&draft)
        PolitiattestUnderEighteen.apply(&draft)
        return draft
    }
}
