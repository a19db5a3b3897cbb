import Foundation

/// A decision being built by the rules, one finding at a time.
///
/// Every option is set by exactly one rule. A second rule setting the same reaction is a
/// conflict in the rules, reported as a `rule-conflict` warning that names both rules (never a
/// silent pick); the tests require that no fixture produces one.
struct DecisionDraft {
    let context: EvaluationContext
    var liability: Liability = .punishable
    private var options = OptionSlots()
    private(set) var notes: [Remark] = []
    private(set) var warnings: [Remark] = []
    private(set) var trace: [Remark] = []
    private(set) var rulesApplied: [String] = []
    private(set) var thresholdChecks: [ThresholdCheck] = []
    /// The proposal tier that decided, if any.
    var tier: String?
    /// Set when the case was decided as within a limit this tool does not know: the reaction
    /// recommended then requires `limit-check`, for this reason (docs/law.md §4).
    var pendingLimitCheck: LocalizedText?
    /// The outcome the deciding rule stated, and that rule; set before the rule explains itself.
    private(set) var decided: (outcome: Outcome, rule: String)?

    init(context: EvaluationContext) {
        self.context = context
    }

    /// Records the deciding rule's outcome: the liability, and the one reaction that may be
    /// recommended (``set(_:_:by:conditions:_:)`` reports any other as a rule conflict).
    mutating func decide(_ outcome: Outcome, by rule: String) {
        decided = (outcome, rule)
        liability = outcome.liability
    }

    func status(of reaction: Reaction) -> OptionStatus? {
        options.status(reaction)
    }

    var recommended: Reaction? {
        options.first { $0.status == .recommended }?.reaction
    }

    /// The conditions proposed for the recommended reaction (empty when none is recommended).
    var recommendedConditions: [Condition] {
        options.first { $0.status == .recommended }?.conditions ?? []
    }

    /// Sets what `rule` says of `reaction`, for the reason `message` gives; `requires` is derived
    /// from the reaction and conditions.
    mutating func set(
        _ reaction: Reaction, _ status: OptionStatus, by rule: String, conditions: [Condition] = [],
        _ message: @autoclosure () -> RuleMessage
    ) {
        guard context.explains else {
            // The outcome needs only the status; the conflict check runs when explaining.
            applied(rule)
            if options.status(reaction) == nil {
                options[reaction] = (
                    Option(
                        reaction: reaction, status: status, conditions: conditions, requires: [],
                        reasons: [], citations: []), rule
                )
            }
            return
        }
        applied(rule)
        if status == .recommended, let decided, decided.outcome.recommended != reaction {
            warn(
                "rule-conflict",
                RuleMessage(
                    nb: "Regelen \(decided.rule) avgjorde \(decided.outcome), men \(rule) anbefaler \(reaction.rawValue).",
                    en: "Rule \(decided.rule) decided \(decided.outcome), but \(rule) recommends \(reaction.rawValue).",
                    citations: []))
            return
        }
        if let existing = options[reaction] {
            warn(
                "rule-conflict",
                RuleMessage(
                    nb: "Reglene \(existing.rule) og \(rule) avgjør begge \(reaction.rawValue); \(existing.rule) er beholdt.",
                    en: "Rules \(existing.rule) and \(rule) both decide \(reaction.rawValue); \(existing.rule) is kept.",
                    citations: []))
            return
        }
        var requires = context.vocabulary.reaction(reaction).requires.map(Requirement.init)
        for condition in conditions {
            for party in context.vocabulary.condition(condition).requires.map(Requirement.init) where !requires.contains(party) {
                requires.append(party)
            }
        }
        let message = message()
        let citations = Self.unique(message.citations, context.vocabulary.reaction(reaction).citations)
        options[reaction] = (
            Option(
                reaction: reaction, status: status, conditions: status == .excluded ? [] : conditions,
                requires: status == .excluded ? [] : requires, reasons: [message.text], citations: citations),
            rule
        )
    }

    /// Excludes every reaction no rule has decided yet, for one shared reason.
    mutating func excludeRest(by rule: String, _ message: @autoclosure () -> RuleMessage) {
        guard context.explains else {
            for reaction in Reaction.allCases where options.status(reaction) == nil {
                set(reaction, .excluded, by: rule, RuleMessage(nb: "", en: "", citations: []))
            }
            return
        }
        let shared = message()
        for reaction in Reaction.allCases where options.status(reaction) == nil {
            set(reaction, .excluded, by: rule, shared)
        }
    }

    /// Adds a reason to an option another rule has set (for example what its consent stands at).
    mutating func addReason(_ reason: @autoclosure () -> LocalizedText, to reaction: Reaction) {
        guard context.explains, let existing = options[reaction] else { return }
        let option = existing.option
        options[reaction] = (
            Option(
                reaction: option.reaction, status: option.status, conditions: option.conditions,
                requires: option.requires, reasons: option.reasons + [reason()], citations: option.citations),
            existing.rule
        )
    }

    /// Adds `requirement` to what the recommended option requires (a limit this tool does not
    /// know: docs/law.md §4). No-op when nothing is recommended.
    mutating func requireOfRecommended(_ requirement: Requirement, _ reason: @autoclosure () -> LocalizedText) {
        guard context.explains, let reaction = recommended, let existing = options[reaction],
            !existing.option.requires.contains(requirement)
        else { return }
        let option = existing.option
        options[reaction] = (
            Option(
                reaction: option.reaction, status: option.status, conditions: option.conditions,
                requires: option.requires + [requirement], reasons: option.reasons + [reason()], citations: option.citations),
            existing.rule
        )
    }

    /// Adds the note `code` once; `caveat` when it can change the answer (``Remark/isCaveat``).
    mutating func note(_ code: String, _ message: @autoclosure () -> RuleMessage, caveat: Bool = false) {
        guard context.explains, !notes.contains(where: { $0.code == code }) else { return }
        let message = message()
        var note = Remark(code: code, text: message.text, citations: message.citations)
        note.isCaveat = caveat
        notes.append(note)
    }

    /// The outcome that answers a case: liability, recommended reaction and its conditions — what
    /// must differ for another law to be a caveat (docs/law.md §6).
    struct Answer: Equatable {
        let liability: Liability
        let recommended: Reaction?
        let conditions: [Condition]
    }

    /// This draft's answer.
    var answer: Answer { Answer(liability: liability, recommended: recommended, conditions: recommendedConditions) }

    mutating func warn(_ code: String, _ message: @autoclosure () -> RuleMessage) {
        guard context.explains else { return }
        let message = message()
        guard !warnings.contains(where: { $0.code == code && $0.text == message.text }) else { return }
        warnings.append(Remark(code: code, text: message.text, citations: message.citations))
    }

    /// Records that `rule` fired, with the values it used.
    mutating func fire(_ rule: String, _ message: @autoclosure () -> RuleMessage) {
        applied(rule)
        guard context.traces else { return }
        let message = message()
        trace.append(Remark(code: rule, text: message.text, citations: Self.unique(message.citations)))
    }

    /// A trace line for a rule that was consulted and passed the case on, without recording it
    /// as applied (a proposal tier that was not met).
    mutating func mention(_ rule: String, _ message: @autoclosure () -> RuleMessage) {
        guard context.traces else { return }
        let message = message()
        trace.append(Remark(code: rule, text: message.text, citations: Self.unique(message.citations)))
    }

    private mutating func applied(_ rule: String) {
        if context.bookkeeping && !rulesApplied.contains(rule) { rulesApplied.append(rule) }
    }

    /// Records the limits an assessment compared the case with.
    mutating func record(_ assessment: QuantityAssessment) {
        if context.bookkeeping { thresholdChecks += assessment.checks }
    }

    mutating func record(_ checks: [ThresholdCheck]) {
        if context.bookkeeping { thresholdChecks += checks }
    }

    /// Puts trace lines produced elsewhere first (a proposal's tiers before its baseline
    /// decided); `rule`, if given, is recorded as applied.
    mutating func prependTrace(_ lines: @autoclosure () -> [Remark], applying rule: String? = nil) {
        if context.traces { trace = lines() + trace }
        if context.bookkeeping, let rule { rulesApplied.insert(rule, at: 0) }
    }

    /// The options in answer order — recommended, available, excluded; each group in contract
    /// order — moved out of the draft (which then holds none): making a decision takes them
    /// rather than copying each one.
    mutating func takeOrderedOptions() -> [Option] {
        var ordered: [Option] = []
        ordered.reserveCapacity(Reaction.allCases.count)
        for status in OptionStatus.allCases {
            for reaction in Reaction.allCases where options.status(reaction) == status {
                if let taken = options.take(reaction) { ordered.append(taken.option) }
            }
        }
        return ordered
    }

    /// The ids of `ids` and then `more` without repeats, in first-seen order (without the array
    /// of both being built). Lists are short (a handful of citations), so a linear scan beats
    /// hashing every string.
    static func unique(_ ids: [String], _ more: [String] = []) -> [String] {
        var result: [String] = []
        result.reserveCapacity(ids.count + more.count)
        for id in ids where !result.contains(id) { result.append(id) }
        for id in more where !result.contains(id) { result.append(id) }
        return result
    }
}

/// The option decided for each reaction and the rule that decided it, in slots indexed by the
/// reaction's ordinal (a dictionary's hashing showed in profiles of many decisions).
private struct OptionSlots {
    private var slots = [(option: Option, rule: String)?](repeating: nil, count: Reaction.allCases.count)

    subscript(reaction: Reaction) -> (option: Option, rule: String)? {
        get { slots[reaction.ordinal] }
        set { slots[reaction.ordinal] = newValue }
    }

    /// The status decided for `reaction`, read in place (the subscript copies the option).
    func status(_ reaction: Reaction) -> OptionStatus? {
        slots[reaction.ordinal]?.option.status
    }

    /// The option decided for `reaction`, moved out of its slot.
    mutating func take(_ reaction: Reaction) -> (option: Option, rule: String)? {
        slots[reaction.ordinal].take()
    }

    /// The first option decided, in reaction order, that satisfies `predicate`.
    func first(where predicate: (Option) -> Bool) -> Option? {
        for slot in slots {
            if let option = slot?.option, predicate(option) { return option }
        }
        return nil
    }
}
