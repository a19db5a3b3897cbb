/// docs/law.md §5.4 — Proposals are overlays. Under 15, and cases not for own use, are decided as
/// in §5.1. Otherwise the proposal's tiers are tried in order: a tier decides when every
/// substance is within its table (a substance with no limit never qualifies) and, where the tier
/// says so, there are at most `maxSubstances` different substances. A case no tier covers is
/// passed on to the baseline's rules. Tiers, limits and notes are data; this rule has no
/// knowledge of any particular proposal. §5.1.1 holds under a tier too: beside a punishable
/// tier's reaction a minor can still be called to a concern talk.
enum ProposalTierRule: DecidingRule {
    static let info = RuleInfo(
        id: "proposal-tier", section: "§5.4",
        name: LocalizedText(nb: "forslagets trinn", en: "the proposal's tiers"),
        role: .overlay,
        summary:
            "A proposal's tier decides when every substance is within its table (and the number of different substances is within its maximum); limits, outcomes and notes are the proposal's data.",
        citations: ["nou-2019-26", "prop-92-l-2021"], excludes: ["baseline"])
    static var id: String { info.id }

    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        deciding(facts).map { facts.tier($0).outcome }
    }

    static func conditions<Facts: CaseFacts>(_ facts: Facts, _ outcome: Outcome) -> [Condition] {
        deciding(facts).map { facts.tier($0).conditions } ?? []
    }

    /// The first tier the case falls in: every substance within its table, and no more
    /// different substances than it allows.
    private static func deciding<Facts: CaseFacts>(_ facts: Facts) -> Int? {
        guard facts.ageTrack != .barn, facts.ownUse else { return nil }
        for index in 0..<facts.tierCount {
            let tier = facts.tier(index)
            if facts.verdict(.tier(index)) == .within && tier.maxSubstances.map({ facts.distinctSubstances <= $0 }) ?? true {
                return index
            }
        }
        return nil
    }

    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        let context = draft.context
        let proposal = context.ruleSet
        guard context.ageTrack != .barn, context.case.ownUse else {
            draft.mention(id, Message.notCovered(proposal, criminalAge: context.vocabulary.ageOfCriminalResponsibility))
            return
        }
        let distinct = context.distinctSubstances
        for (index, tier) in proposal.tiers.enumerated() {
            guard let assessment = context.assessment(.tier(index)) else { continue }
            draft.record(assessment)
            let tooMany = tier.maxSubstances.map { distinct > $0 } ?? false
            if assessment.verdict == .within && !tooMany {
                explain(tier, of: proposal, assessment, &draft)
                return
            }
            draft.mention(
                id,
                Message.notMet(
                    proposal, tier, assessment, tooMany: tooMany, distinct: distinct,
                    vocabulary: context.vocabulary))
        }
    }

    private static func explain(
        _ tier: ProposalTier, of proposal: RuleSet, _ assessment: QuantityAssessment, _ draft: inout DecisionDraft
    ) {
        let vocabulary = draft.context.vocabulary
        draft.tier = tier.id
        ThresholdHonesty.flag(assessment, &draft)
        let found = Message.found(
            assessment, maximum: tier.maxSubstances, distinct: draft.context.distinctSubstances,
            vocabulary: vocabulary)
        draft.fire(
            id,
            Message.decided(
                proposal, tier, found, citations: tier.citations + assessment.citations(assessment.items),
                vocabulary: vocabulary))
        draft.set(tier.recommended, .recommended, by: id, conditions: tier.conditions, Message.recommended(proposal, tier, found))
        for reaction in tier.alsoAvailable {
            draft.set(reaction, .available, by: id, Message.stillPossible(proposal, citations: tier.citations))
        }
        if tier.liability == .punishable {
            Ungdomsstraff.apply(&draft)
            OffenceFrame.apply(&draft)
            PolitiattestUnderEighteen.apply(&draft)
        }
        // §5.1.1 holds under every rule set: beside a punishable tier's reaction a person under
        // 18 can still be called to a concern talk; an adult is excluded from it as such. Where
        // the tier makes the act not punishable, there is no punishable act to call a minor in
        // for, and the talk is excluded with the rest.
        if tier.liability == .punishable || draft.context.person.ageAtOffence >= draft.context.vocabulary.ageOfMajority {
            BekymringssamtaleFromFifteen.apply(&draft)
        }
        for note in tier.notes where note.ageTracks?.contains(draft.context.ageTrack) ?? true {
            draft.note(note.code, RuleMessage(note.text, citations: note.citations))
        }
        let recommended = Wording.both { Wording.reaction(tier.recommended, vocabulary, $0) }
        draft.excludeRest(by: id, Message.rest(proposal, tier, recommended: recommended))
    }
}

// MARK: - Messages

extension ProposalTierRule {
    enum Message {
        static func notCovered(_ proposal: RuleSet, criminalAge: Int) -> RuleMessage {
            RuleMessage(
                nb: "\(proposal.name(.nb, capitalized: true)) omfatter ikke saken (under \(criminalAge) år eller ikke til eget bruk)",
                en: "\(proposal.name(.en, capitalized: true)) does not cover the case (under \(criminalAge) or not for own use)",
                citations: proposal.citations)
        }

        static func notMet(
            _ proposal: RuleSet, _ tier: ProposalTier, _ assessment: QuantityAssessment, tooMany: Bool, distinct: Int,
            vocabulary: Vocabulary
        ) -> RuleMessage {
            RuleMessage(citations: tier.citations) { language in
                let failing = assessment.items.filter { $0.verdict != .within }
                var why: [String] = []
                if !failing.isEmpty { why.append(assessment.describe(failing, vocabulary: vocabulary, language: language)) }
                if tooMany, let max = tier.maxSubstances {
                    why.append(language == .nb ? "\(distinct) ulike stoffer > \(max)" : "\(distinct) different substances > \(max)")
                }
                return
                    "\(proposal.name(language, capitalized: true)), \(Wording.tier(tier.id, of: proposal, language))"
                    + (language == .nb ? ", ikke oppfylt: " : ", not met: ")
                    + why.joined(separator: "; ")
            }
        }

        static func found(_ assessment: QuantityAssessment, maximum: Int?, distinct: Int, vocabulary: Vocabulary) -> LocalizedText {
            Wording.both { language in
                assessment.describe(assessment.items, vocabulary: vocabulary, language: language)
                    + (maximum.map { max in
                        // «1 stoff (høyst 3 ulike)»: one substance is not «1 ulike stoffer».
                        switch (language, distinct == 1) {
                        case (.nb, true): "; 1 stoff (høyst \(max) ulike)"
                        case (.nb, false): "; \(distinct) ulike stoffer (høyst \(max))"
                        case (.en, true): "; 1 substance (at most \(max) different)"
                        case (.en, false): "; \(distinct) different substances (at most \(max))"
                        }
                    } ?? "")
            }
        }

        static func decided(
            _ proposal: RuleSet, _ tier: ProposalTier, _ found: LocalizedText, citations: [String], vocabulary: Vocabulary
        ) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                let outcome = Wording.outcome(tier.liability, tier.recommended, conditions: [], vocabulary, language)
                return
                    "\(proposal.name(language, capitalized: true)), \(Wording.tier(tier.id, of: proposal, language)): "
                    + found.text(language) + " → " + outcome
            }
        }

        /// «Etter Prop. 92 L (2020–2021) er vilkårene oppfylt: eget bruk, …» — a sentence for the
        /// «begrunnelse», the proposal by its short name (its title heads the answer already).
        static func recommended(_ proposal: RuleSet, _ tier: ProposalTier, _ found: LocalizedText) -> RuleMessage {
            RuleMessage(citations: tier.citations) { language in
                (language == .nb
                    ? "Etter \(proposal.name(.nb)) er vilkårene oppfylt: "
                    : "Under \(proposal.name(.en)) the conditions are met: ")
                    + "\(tier.description.text(language)) (\(found.text(language)))."
            }
        }

        static func stillPossible(_ proposal: RuleSet, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                language == .nb
                    ? "Fortsatt mulig etter \(proposal.name(.nb)), utenfor hovedregelen."
                    : "Still possible under \(proposal.name(.en)), outside the main rule."
            }
        }

        /// Why the other reactions give way to the tier's; the proposal by its short name, as in
        /// ``recommended(_:_:_:)`` (its title heads the answer).
        static func rest(_ proposal: RuleSet, _ tier: ProposalTier, recommended: LocalizedText) -> RuleMessage {
            RuleMessage(citations: tier.citations) { language in
                let name = proposal.name(language)
                return switch (tier.liability, language) {
                case (.notPunishable, .nb): "Ikke straffbart etter \(name): \(tier.description.nb)."
                case (.notPunishable, .en): "Not punishable under \(name): \(tier.description.en)."
                case (_, .nb): "Etter \(name) er \(recommended.nb) den normale reaksjonen her: \(tier.description.nb)."
                case (_, .en): "Under \(name), \(recommended.en) is the normal reaction here: \(tier.description.en)."
                }
            }
        }
    }
}
