/// rules.md §5.4 — Proposals are overlays. Under 15, and cases not for own use, are decided as
/// in §5.1. Otherwise the proposal's tiers are tried in order: a tier decides when every
/// substance is within its table (a substance with no limit never qualifies) and, where the tier
/// says so, there are at most `maxSubstances` different substances. A case no tier covers is
/// decided by the baseline rule set. Tiers, limits and notes are data; this file has no
/// knowledge of any particular proposal.
enum ProposalOverlay {
    static let tierInfo = RuleInfo(
        id: "proposal-tier", section: "§5.4",
        summary: "A proposal's tier decides when every substance is within its table (and the number of different substances is within its maximum); limits, outcomes and notes are the proposal's data.",
        citations: ["nou-2019-26", "prop-92-l-2021"], excludes: ["baseline"])
    static let baselineInfo = RuleInfo(
        id: "baseline", section: "§5.4",
        summary: "What no tier of a proposal covers (and under-15s and cases not for own use) is decided by the baseline practice.",
        citations: ["nou-2019-26", "prop-92-l-2021"])
    static var id: String { tierInfo.id }
    static var baselineID: String { baselineInfo.id }

    /// The draft deciding the case, and the id of the rule set whose rules decided it.
    static func decide(_ proposal: RuleSet, _ context: EvaluationContext) -> (draft: DecisionDraft, decidedBy: String) {
        let vocabulary = context.vocabulary
        var skipped: [Remark] = []
        var checks: [ThresholdCheck] = []
        if context.ageTrack == .barn || !context.case.ownUse {
            skipped.append(Remark(code: id, text: LocalizedText(
                nb: "\(proposal.id) omfatter ikke saken (under 15 år eller ikke til eget bruk)",
                en: "\(proposal.id) does not cover the case (under 15 or not for own use)"),
                citations: proposal.citations))
        } else {
            for tier in proposal.tiers {
                let assessment = QuantityAssessment(case: context.case, table: proposal.thresholds[tier.thresholds]!,
                                                    vocabulary: vocabulary)
                let tooMany = tier.maxSubstances.map { assessment.distinctSubstances > $0 } ?? false
                checks += assessment.checks
                if assessment.allWithin && !tooMany {
                    var draft = decide(tier, of: proposal, assessment, context)
                    draft.record(checks)
                    return (draft, proposal.id)
                }
                skipped.append(Remark(code: id, text: Wording.both { language in
                    let failing = assessment.items.filter { $0.verdict != .within }
                    var why: [String] = []
                    if !failing.isEmpty { why.append(assessment.describe(failing, vocabulary: vocabulary, language: language)) }
                    if tooMany, let max = tier.maxSubstances {
                        why.append(language == .nb
                            ? "\(assessment.distinctSubstances) ulike stoffer > \(max)"
                            : "\(assessment.distinctSubstances) different substances > \(max)")
                    }
                    return (language == .nb ? "\(proposal.id)/\(tier.id) ikke oppfylt: " : "\(proposal.id)/\(tier.id) not met: ")
                        + why.joined(separator: "; ")
                }, citations: tier.citations))
            }
        }
        var draft = PracticeRules.decide(context)
        draft.record(checks)
        skipped.append(Remark(code: baselineID, text: Wording.both { language in
            language == .nb
                ? "ingen trinn i \(proposal.id) dekker saken → grunnlaget \(context.practice.id) avgjør"
                : "no tier of \(proposal.id) covers the case → the baseline \(context.practice.id) decides"
        }, citations: context.practice.citations))
        draft.prependTrace(skipped, applying: baselineID)
        return (draft, context.practice.id)
    }

    private static func decide(
        _ tier: ProposalTier, of proposal: RuleSet, _ assessment: QuantityAssessment, _ context: EvaluationContext
    ) -> DecisionDraft {
        let vocabulary = context.vocabulary
        var draft = DecisionDraft(context: context)
        AgeRule.apply(&draft)
        OtherOffences.apply(&draft)
        UseOnly.apply(&draft)
        draft.liability = tier.liability
        draft.tier = tier.id
        ThresholdHonesty.flag(assessment, &draft, unknownMeans: LocalizedText(nb: "", en: ""))
        let maximum = tier.maxSubstances
        let found = Wording.both { language in
            assessment.describe(assessment.items, vocabulary: vocabulary, language: language)
                + (maximum.map { max in
                    language == .nb
                        ? "; \(assessment.distinctSubstances) ulike stoffer ≤ \(max)"
                        : "; \(assessment.distinctSubstances) different substances ≤ \(max)"
                } ?? "")
        }
        draft.fire(id, Wording.both { language in
            "\(proposal.id)/\(tier.id): " + found.text(language) + " → \(tier.liability.rawValue), \(tier.recommended.rawValue)"
        }, citations: tier.citations + assessment.citations(assessment.items))

        draft.set(tier.recommended, .recommended, by: id, conditions: tier.conditions, reason: Wording.both { language in
            "\(proposal.title.text(language)): \(tier.description.text(language)) (\(found.text(language)))."
        }, citations: tier.citations)
        for reaction in tier.alsoAvailable {
            draft.set(reaction, .available, by: id, reason: Wording.both { language in
                language == .nb
                    ? "\(proposal.title.nb): fortsatt mulig utenfor hovedregelen."
                    : "\(proposal.title.en): still possible outside the main rule."
            }, citations: tier.citations)
        }
        if tier.liability == .punishable {
            UngdomsstraffExcluded.apply(&draft)
            OffenceFrame.apply(&draft)
            PolitiattestUnderEighteen.apply(&draft)
        }
        for note in tier.notes where note.ageTracks?.contains(context.ageTrack) ?? true {
            draft.note(note.code, note.text, citations: note.citations)
        }
        let recommended = Wording.both { Wording.reaction(tier.recommended, vocabulary, $0) }
        draft.excludeRest(by: id, reason: Wording.both { language in
            switch (tier.liability, language) {
            case (.notPunishable, .nb): "Ikke straffbart etter \(proposal.title.nb): \(tier.description.nb)."
            case (.notPunishable, .en): "Not punishable under \(proposal.title.en): \(tier.description.en)."
            case (_, .nb): "Etter \(proposal.title.nb) er \(recommended.nb) den normale reaksjonen her: \(tier.description.nb)."
            case (_, .en): "Under \(proposal.title.en), \(recommended.en) is the normal reaction here: \(tier.description.en)."
            }
        }, citations: tier.citations)
        return draft
    }
}
