/// What a rule is, for people and for `rusctl check`: its id (as in traces and rule data), the
/// section of the law spec it implements, what it does, its sources, and the rules it can never
/// fire with.
package struct RuleInfo: Sendable, Equatable {
    /// Where a rule stands in the sequence (see `Sequencer`).
    package enum Role: String, Sendable {
        /// Decides that the case is outside criminal liability or outside the minor-offence
        /// reactions; its explanation is the whole answer. Scope rules come first in a plan.
        case scope
        /// Decides the reaction under a practice or statute.
        case reaction
        /// Decides the case under a proposal's tier, overlaying a baseline.
        case overlay
        /// Never decides: adds notes, exclusions or trace lines around the deciding rule.
        case supporting
    }

    package let id: String
    package let section: String
    /// What a report calls the rule ("voksne", "rusavhengige"), for the rules that decide; the
    /// id stands in for the others.
    package let name: LocalizedText?
    package let role: Role
    package let summary: String
    /// Every source the rule cites in what it produces (data-driven rules add their data's).
    package let citations: [String]
    /// Rules that exclude this one: both firing on one case is a finding of `rusctl check`.
    package let excludes: [String]
    /// Where the rule depends on a reading of the sources, what that reading is.
    package let reading: String?
    /// The threshold table the rule reads (a rule set listing the rule must have it).
    package let reads: String?
    /// The age tracks whose every case the rule decides (a practice's list must cover all).
    package let decidesEvery: [AgeTrack]
    /// The kinds of rule set a supporting rule can apply under (legal coverage asks for a
    /// fixture under each rule set of these kinds).
    package let appliesTo: [RuleSetKind]

    init(
        id: String, section: String, name: LocalizedText? = nil, role: Role = .supporting, summary: String, citations: [String],
        excludes: [String] = [], reading: String? = nil, reads: String? = nil, decidesEvery: [AgeTrack] = [],
        appliesTo: [RuleSetKind] = RuleSetKind.allCases
    ) {
        self.id = id
        self.section = section
        self.name = name
        self.role = role
        self.summary = summary
        self.citations = citations
        self.excludes = excludes
        self.reading = reading
        self.reads = reads
        self.decidesEvery = decidesEvery
        self.appliesTo = appliesTo
    }
}

/// A rule that can decide a case. It states once when it decides and what (`decide`); the full
/// engine and the outcome-only fast path both run that statement. What it writes into an
/// answer (`explain`) builds on the outcome and cannot change it.
protocol DecidingRule {
    static var info: RuleInfo { get }
    /// The outcome when this rule decides the case; nil to pass it to the next rule.
    static func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome?
    /// The conditions of the recommended reaction when this rule decided `outcome`: `explain`
    /// proposes exactly these (the engine reports any other as a rule conflict), and `compare`
    /// counts them without an explanation.
    static func conditions<Facts: CaseFacts>(_ facts: Facts, _ outcome: Outcome) -> [Condition]
    /// The rule's part of the answer: options, reasons, notes, warnings and trace lines.
    /// `outcome` is what `decide` returned (nil when the rule passed the case on).
    static func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft)
}

extension DecidingRule {
    /// No conditions: the rules whose recommended reaction has none.
    static func conditions<Facts: CaseFacts>(_ facts: Facts, _ outcome: Outcome) -> [Condition] { [] }
}

/// The deciding rules, by the id a rule set's data lists them under (`"rules"`). Adding a rule
/// is one file under `Rules/` and one case here; the compiler then asks for it below.
package enum RuleID: String, CaseIterable, Sendable {
    case under15 = "under-15"
    case notOwnUse = "not-own-use"
    case proposalTier = "proposal-tier"
    case dependentUser = "dependent-user"
    case quantity
    case aboveMindreMengde = "above-mindre-mengde"
    case ungdom
    case adult
    case ungdom2025 = "ungdom-2025"
    case adult2025 = "adult-2025"

    /// Every deciding rule's id, to tell one from a supporting rule's without matching the
    /// ids one by one (a changed case of `compare --changed` asks this for every rule set).
    package static let ids: Set<String> = Set(allCases.map(\.rawValue))

    var rule: any DecidingRule.Type {
        switch self {
        case .under15: UnderFifteen.self
        case .notOwnUse: NotOwnUse.self
        case .proposalTier: ProposalTierRule.self
        case .dependentUser: DependentUser.self
        case .quantity: Quantity.self
        case .aboveMindreMengde: AboveMindreMengde.self
        case .ungdom: Ungdom.self
        case .adult: Adult.self
        case .ungdom2025: Ungdom2025.self
        case .adult2025: Adult2025.self
        }
    }

    package var info: RuleInfo { rule.info }

    /// The rule's decision, dispatched statically so that the fast path stays a plain loop.
    @inline(__always)
    func decide<Facts: CaseFacts>(_ facts: Facts) -> Outcome? {
        switch self {
        case .under15: UnderFifteen.decide(facts)
        case .notOwnUse: NotOwnUse.decide(facts)
        case .proposalTier: ProposalTierRule.decide(facts)
        case .dependentUser: DependentUser.decide(facts)
        case .quantity: Quantity.decide(facts)
        case .aboveMindreMengde: AboveMindreMengde.decide(facts)
        case .ungdom: Ungdom.decide(facts)
        case .adult: Adult.decide(facts)
        case .ungdom2025: Ungdom2025.decide(facts)
        case .adult2025: Adult2025.decide(facts)
        }
    }

    /// The conditions of the recommended reaction when this rule decided `outcome`.
    func conditions<Facts: CaseFacts>(_ facts: Facts, _ outcome: Outcome) -> [Condition] {
        switch self {
        case .under15: UnderFifteen.conditions(facts, outcome)
        case .notOwnUse: NotOwnUse.conditions(facts, outcome)
        case .proposalTier: ProposalTierRule.conditions(facts, outcome)
        case .dependentUser: DependentUser.conditions(facts, outcome)
        case .quantity: Quantity.conditions(facts, outcome)
        case .aboveMindreMengde: AboveMindreMengde.conditions(facts, outcome)
        case .ungdom: Ungdom.conditions(facts, outcome)
        case .adult: Adult.conditions(facts, outcome)
        case .ungdom2025: Ungdom2025.conditions(facts, outcome)
        case .adult2025: Adult2025.conditions(facts, outcome)
        }
    }

    func explain(_ outcome: Outcome?, _ draft: inout DecisionDraft) {
        rule.explain(outcome, &draft)
    }
}

/// Every rule of the engine, deciding and supporting, in the order a decision meets them.
package enum RuleRegistry {
    package static let all: [RuleInfo] = [
        SelectRuleSet.info, StraffelovenParagraph3.info, Age.info, UnderFifteen.info, BekymringssamtaleFromFifteen.info, NotOwnUse.info,
        OtherOffences.info, UseOnly.info, Ungdomsstraff.info, DependentUser.info, FrafallNotDependent.info,
        Quantity.info, RadgivendeEnhetCondition.info, Ungdom.info, Adult.info, AboveMindreMengde.info, Ungdom2025.info, Adult2025.info,
        ForenkletForeleggNotInForce.info, OffenceFrame.info,
        PolitiattestUnderEighteen.info, ProposalTierRule.info, Baseline.info,
    ]

    package static func rule(_ id: String) -> RuleInfo? {
        all.first { $0.id == id }
    }

    /// Whether the two rules exclude each other (declared on either side).
    package static func exclusive(_ first: String, _ second: String) -> Bool {
        (rule(first)?.excludes.contains(second) ?? false) || (rule(second)?.excludes.contains(first) ?? false)
    }
}

extension RuleBook {
    /// The rules (and `proposal-tier/<id>` tiers) that can apply under a rule set: the deciding
    /// rules of its plan, the supporting rules every plan runs, and a proposal's tiers.
    package func applicableRules(_ ruleSet: RuleSet) -> [String] {
        let deciding = Set(plan(for: ruleSet).rules.map(\.rawValue))
        return RuleRegistry.all.map(\.id).filter { id in
            if RuleID(rawValue: id) != nil { return deciding.contains(id) }
            return RuleRegistry.rule(id)?.appliesTo.contains(ruleSet.kind) ?? false
        } + ruleSet.tiers.map { "proposal-tier/" + $0.id }
    }
}
