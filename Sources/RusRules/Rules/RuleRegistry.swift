/// What a rule is, for people and for `rusctl check`: its id (as in traces), the section of
/// rules.md it implements, what it does, its sources, and the rules it can never fire with.
public struct RuleInfo: Sendable, Equatable {
    public let id: String
    public let section: String
    public let summary: String
    /// Every source the rule cites in what it produces (data-driven rules add their data's).
    public let citations: [String]
    /// Rules that exclude this one: both firing on one case is a finding of `rusctl check`.
    public let excludes: [String]
    /// Where the rule depends on a reading of the sources, what that reading is.
    public let reading: String?

    init(id: String, section: String, summary: String, citations: [String], excludes: [String] = [], reading: String? = nil) {
        self.id = id
        self.section = section
        self.summary = summary
        self.citations = citations
        self.excludes = excludes
        self.reading = reading
    }
}

/// Every rule of the engine, in the order a decision applies them.
public enum RuleRegistry {
    public static let all: [RuleInfo] = [
        RuleSetSelection.info, AgeRule.info, UnderFifteen.info, UnderFifteen.fromFifteenInfo, NotOwnUse.info,
        OtherOffences.info, UseOnly.info, UngdomsstraffExcluded.info, DependentUser.info, DependentUser.frafallExcludedInfo,
        ProsecutionLimit.info, AdvisoryUnitCondition.info,
        YouthReactions.info, AdultReactions.info, OffenceFrame.info, PolitiattestUnderEighteen.info,
        ProposalOverlay.tierInfo, ProposalOverlay.baselineInfo,
    ]

    public static func rule(_ id: String) -> RuleInfo? {
        all.first { $0.id == id }
    }

    /// Whether the two rules exclude each other (declared on either side).
    public static func exclusive(_ first: String, _ second: String) -> Bool {
        (rule(first)?.excludes.contains(second) ?? false) || (rule(second)?.excludes.contains(first) ?? false)
    }
}

extension RuleBook {
    /// The rules (and `proposal-tier/<id>` tiers) that can apply under a rule set; a proposal
    /// also applies its baseline's rules to what it does not cover.
    public func applicableRules(_ ruleSet: RuleSet) -> [String] {
        let practice = ruleSet.kind == .practice ? ruleSet : self.ruleSet(ruleSet.baseline ?? "") ?? ruleSet
        return RuleRegistry.all.map(\.id).filter { id in
            switch id {
            case ProposalOverlay.tierInfo.id, ProposalOverlay.baselineInfo.id: ruleSet.kind == .proposal
            case DependentUser.info.id: practice.thresholds[RuleSet.dependentUserTable] != nil
            default: true
            }
        } + ruleSet.tiers.map { "proposal-tier/" + $0.id }
    }
}
