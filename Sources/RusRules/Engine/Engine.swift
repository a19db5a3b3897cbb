/// Decides cases: selects the rule set (docs/law.md §3), runs its plan of rules (`Sequencer`),
/// and returns a fully explained ``Decision`` or every error of the case.
public struct Engine: Sendable {
    /// How much of a decision to build.
    public enum Detail: Sendable {
        /// Everything: reasons, notes, warnings, trace and bookkeeping.
        case full
        /// Everything a decision shows but its trace: reasons, notes and warnings, without the
        /// trace lines and the bookkeeping of rules applied and limits checked (a decision
        /// written without its trace; about a fifth of the cost of a full one).
        case answer
        /// Liability, recommended reaction and option statuses only — for comparisons over many
        /// cases. The same rules run; only the explanations are not built.
        case outcome
        /// The outcome with what decided it — the tier, the rules applied, the limits checked —
        /// without reasons, notes or trace lines: why a compared case changed.
        case grounds
    }

    /// The rule data the engine decides by.
    public let book: RuleBook
    /// How much of each decision it records.
    public let detail: Detail
    /// The in-force dates the user states for adopted statutes (docs/law.md §3).
    public let inForce: InForceDates
    /// Every rule set's plan with its own baseline, made once.
    private let plans: [String: RulePlan]
    /// Every proposal's plan on each other rule set as its baseline (an analyst's comparison
    /// reference), by the proposal and the baseline, made once: `compare --changed --baseline`
    /// asks for them for every changed case explained.
    private let plansOnOtherBaselines: [String: [String: RulePlan]]

    /// An engine over `book` (the built-in rule data by default), recording `detail`, with the in-force dates of statutes whose date is not yet known.
    public init(book: RuleBook = .builtIn, detail: Detail = .full, inForce: InForceDates = InForceDates()) {
        self.book = book
        self.detail = detail
        self.inForce = inForce
        plans = Dictionary(book.ruleSets.map { ($0.id, book.plan(for: $0)) }, uniquingKeysWith: { first, _ in first })
        var onOtherBaselines: [String: [String: RulePlan]] = [:]
        for proposal in book.ruleSets where proposal.kind == .proposal {
            for baseline in book.ruleSets where baseline.kind != .proposal && baseline.id != proposal.baseline {
                onOtherBaselines[proposal.id, default: [:]][baseline.id] = book.plan(for: proposal, baseline: baseline.id)
            }
        }
        plansOnOtherBaselines = onOtherBaselines
    }

    /// The same engine building `detail` of each decision.
    public func with(detail: Detail) -> Engine {
        Engine(book: book, detail: detail, inForce: inForce)
    }

    /// Evaluates one validated case. `ruleSet` is an explicit choice; `baseline` replaces a
    /// proposal's own baseline (an analyst's comparison reference); `today` stands in for a
    /// missing decision date (passed in so that the library stays pure and testable).
    public func evaluate(
        _ theCase: Case, ruleSet explicit: String? = nil, baseline: String? = nil, today: LegalDate
    ) -> Result<Decision, CaseErrors> {
        let selection: SelectRuleSet.Selection
        switch SelectRuleSet.select(theCase, explicit: explicit, inForce: inForce, today: today, book: book) {
        case .success(let selected): selection = selected
        case .failure(let errors): return .failure(errors)
        }
        var first = explain(theCase, under: selection.ruleSet, baseline: baseline, selection: selection)
        if case .success(var explained) = first, !selection.undatedLaterLaws.isEmpty || selection.adoptedLaterLaw != nil {
            remarkUndatedLaterLaws(theCase, baseline: baseline, &explained)
            remarkAdoptedLaterLaw(theCase, baseline: baseline, &explained)
            first = .success(explained)
        }
        guard let laterLaw = selection.laterLaw, case .success(let actTime) = first else {
            // Moved into the decision, not copied: an explained case holds its rule set and draft.
            switch consume first {
            case .success(let explained): return .success(explained.decision())
            case .failure(let errors): return .failure(errors)
            }
        }
        switch explain(theCase, under: laterLaw, baseline: baseline, selection: selection) {
        case .success(let newLaw): return .success(StraffelovenParagraph3.decide(actTime: actTime, newLaw: newLaw))
        case .failure(let errors): return .failure(errors)
        }
    }

    /// What decided `theCase` under the rule set `id`, chosen explicitly, without the decision
    /// built around it: `compare --changed` asks it of every changed case under every rule set.
    /// An explicit choice brings in neither straffeloven § 3 nor, below the answer's detail, the
    /// caveat of an undated later law, so this is `evaluate`'s draft for the same case.
    func explained(_ theCase: Case, ruleSet id: String, baseline: String?, today: LegalDate) -> Result<Explained, CaseErrors> {
        switch SelectRuleSet.select(theCase, explicit: id, inForce: inForce, today: today, book: book) {
        case .success(let selection): explain(theCase, under: selection.ruleSet, baseline: baseline, selection: selection)
        case .failure(let errors): .failure(errors)
        }
    }

    /// docs/law.md §6: an adopted statute whose in-force date is not stated is a caveat only where
    /// it would decide the case otherwise — in liability, recommended reaction or that reaction's
    /// conditions — and the caveat names that outcome (`otherOutcome`); elsewhere it is a note.
    /// Built only where the answer is explained.
    private func remarkUndatedLaterLaws(_ theCase: Case, baseline: String?, _ explained: inout Explained) {
        guard detail == .full || detail == .answer else { return }
        for statute in explained.selection.undatedLaterLaws {
            guard case .success(let other) = otherAnswer(theCase, under: statute, baseline: baseline, explained) else { continue }
            guard let (answer, described) = other else {
                explained.selection.notes.append(
                    SelectRuleSet.Message.inForceUnknownSameAnswer(statute).remark("later-law-in-force-unknown"))
                continue
            }
            var warning = SelectRuleSet.Message.inForceUnknown(
                statute, explained.selection.decisionDate, other: described, chosen: explained.selection.ruleSet
            )
            .remark("later-law-in-force-unknown")
            warning.otherOutcome = OtherLaw(ruleSet: statute.id, liability: answer.liability, recommended: answer.recommended)
            warning.instruction = SelectRuleSet.Message.howToStateInForce(statute, explained.selection.decisionDate)
            explained.selection.warnings.append(warning)
        }
    }

    /// docs/law.md §6: a statute adopted with a stated in-force date after the decision date is a
    /// caveat only where it would decide the case otherwise; the note then says what it would
    /// give if the case were decided on or after that date. Built only where the answer is explained.
    private func remarkAdoptedLaterLaw(_ theCase: Case, baseline: String?, _ explained: inout Explained) {
        guard detail == .full || detail == .answer, let (statute, from) = explained.selection.adoptedLaterLaw,
            let index = explained.selection.notes.firstIndex(where: { $0.code == "later-law-adopted" }),
            case .success(let other?) = otherAnswer(theCase, under: statute, baseline: baseline, explained)
        else { return }
        var note = SelectRuleSet.Message.adoptedNotYetInForce(statute, from: from, explained.selection.decisionDate, other: other.described)
            .remark("later-law-adopted")
        note.isCaveat = true
        explained.selection.notes[index] = note
    }

    /// The answer `statute` gives the case, and in words, where it differs from `explained`'s in
    /// liability, recommended reaction or that reaction's conditions; nil where it is the same.
    private func otherAnswer(
        _ theCase: Case, under statute: RuleSet, baseline: String?, _ explained: Explained
    ) -> Result<(answer: DecisionDraft.Answer, described: LocalizedText)?, CaseErrors> {
        explain(theCase, under: statute, baseline: baseline, selection: explained.selection).map { other in
            let answer = other.draft.answer
            guard answer != explained.draft.answer else { return nil }
            let vocabulary = book.vocabulary
            return (answer, Wording.both { Wording.outcome(answer.liability, answer.recommended, conditions: answer.conditions, vocabulary, $0) })
        }
    }

    /// A case explained under one rule set: the draft, and how to make it a decision.
    struct Explained {
        var draft: DecisionDraft
        let ruleSet: RuleSet
        var selection: SelectRuleSet.Selection
        /// Why this rule set applies (the selection's reason, or § 3's for the later statute).
        let selected: Remark
        let baselineID: String?
        let decidedBy: String

        /// The decision, made by moving the draft's findings into it: copying them, and then
        /// releasing the draft's, showed in profiles of many decisions.
        consuming func decision(otherLaw: OtherLaw? = nil) -> Decision {
            let recommended = draft.recommended
            let options = draft.takeOrderedOptions()
            var decision = Decision(
                id: draft.context.case.id, ruleSet: ruleSet.id, ruleSetVersion: ruleSet.version,
                baseline: baselineID, decidedBy: decidedBy, decisionDate: selection.decisionDate,
                decisionDateAssumed: selection.assumed, ageAtOffence: draft.context.person.ageAtOffence,
                ageTrack: draft.context.ageTrack, liability: draft.liability, recommended: recommended, options: options,
                notes: selection.notes.isEmpty ? draft.notes : selection.notes + draft.notes,
                warnings: selection.warnings.isEmpty ? draft.warnings : selection.warnings + draft.warnings,
                trace: draft.trace, tier: draft.tier, rulesApplied: draft.rulesApplied, thresholdChecks: draft.thresholdChecks)
            decision.otherLaw = otherLaw
            decision.selection = selected
            decision.acts = draft.context.case.acts
            decision.substances = draft.context.case.substances
            decision.dependency = draft.context.person.dependent
            return decision
        }
    }

    private func explain(
        _ theCase: Case, under ruleSet: RuleSet, baseline: String?, selection: SelectRuleSet.Selection
    ) -> Result<Explained, CaseErrors> {
        let track = Age.track(forAge: theCase.person.ageAtOffence, vocabulary: book.vocabulary)
        let baselineID = ruleSet.kind == .proposal ? baseline ?? ruleSet.baseline : nil
        guard let practice = baselineID.map({ book.ruleSet($0) }) ?? ruleSet, practice.kind != .proposal else {
            return .failure(
                CaseErrors(
                    id: theCase.id,
                    errors: [
                        InputError(
                            code: .unknownRuleSet, pointer: .root, message: "baseline \"\(baselineID ?? "")\" is not a practice rule set",
                            details: ["value": baselineID ?? ""])
                    ]))
        }
        let context = EvaluationContext(
            book: book, case: theCase, ruleSet: ruleSet, practice: practice,
            decisionDate: selection.decisionDate, ageTrack: track, explains: detail == .full || detail == .answer,
            traces: detail == .full, bookkeeping: detail == .full || detail == .grounds)
        guard let (explained, byOwnRule) = Sequencer.explain(plan(ruleSet, baseline: baseline), context) else {
            return .failure(
                CaseErrors(
                    id: theCase.id,
                    errors: [
                        InputError(
                            code: .noRuleDecides, pointer: .root,
                            message: "no rule of \(ruleSet.id) decides this case; its rule list is incomplete (see 'rusctl check')")
                    ]))
        }
        var draft = explained
        var selection = selection
        if ruleSet.kind == .proposal && (detail == .full || detail == .answer) {
            // docs/law.md §6: a proposal is never mistaken for law — the first caveat says so.
            let notEnacted = RuleMessage(citations: ruleSet.citations) { language in
                "\(ruleSet.title.text(language)): \(ruleSet.status.text(language))."
            }
            selection.warnings.insert(notEnacted.remark("proposal-not-enacted"), at: 0)
        }
        let trace =
            selection.laterLaw == nil || ruleSet.kind != .statute
            ? selection.trace
            : StraffelovenParagraph3.Message.alsoUnder(ruleSet).remark(SelectRuleSet.id)
        draft.prependTrace([trace], applying: SelectRuleSet.id)
        return .success(
            Explained(
                draft: draft, ruleSet: ruleSet, selection: selection, selected: trace, baselineID: baselineID,
                decidedBy: byOwnRule ? ruleSet.id : practice.id))
    }

    private func plan(_ ruleSet: RuleSet, baseline: String?) -> RulePlan {
        if baseline == nil || baseline == ruleSet.baseline || ruleSet.kind != .proposal, let plan = plans[ruleSet.id] { return plan }
        if let baseline, let plan = plansOnOtherBaselines[ruleSet.id]?[baseline] { return plan }
        return book.plan(for: ruleSet, baseline: baseline)
    }

    /// Decodes and evaluates one parsed case; `issues` are problems the parser already found in it.
    public func evaluate(
        json: JSONValue, issues: [InputError] = [], ruleSet explicit: String? = nil, baseline: String? = nil,
        today: LegalDate
    ) -> Result<Decision, CaseErrors> {
        switch decode(json: json, issues: issues) {
        case .success(let theCase): return evaluate(theCase, ruleSet: explicit, baseline: baseline, today: today)
        case .failure(let errors): return .failure(errors)
        }
    }

    /// Decodes one parsed case; `issues` are problems the parser already found in it.
    public func decode(json: JSONValue, issues: [InputError] = []) -> Result<Case, CaseErrors> {
        switch CaseDecoder(vocabulary: book.vocabulary).decode(json) {
        case .success(let theCase) where issues.isEmpty:
            return .success(theCase)
        case .success(let theCase):
            return .failure(CaseErrors(id: theCase.id, errors: issues))
        case .failure(let errors):
            return .failure(CaseErrors(id: errors.id, errors: issues + errors.errors))
        }
    }

    /// Evaluates one entry of a batch input.
    public func evaluate(
        _ entry: CaseInput.Entry, ruleSet explicit: String? = nil, baseline: String? = nil, today: LegalDate
    ) -> Result<Decision, CaseErrors> {
        switch decode(entry) {
        case .success(let theCase): evaluate(theCase, ruleSet: explicit, baseline: baseline, today: today)
        case .failure(let errors): .failure(errors)
        }
    }

    /// Evaluates one case as a stream read it. An NDJSON line goes through `reader` first
    /// (the fast reader: no tree, no decoder) and through the parser and decoder only when
    /// the reader gives up, so errors keep their codes and pointers either way; in a batch they
    /// carry the case's place.
    package func evaluate(
        _ raw: CaseStream.Raw, reader: FastCaseReader?, ruleSet explicit: String? = nil, baseline: String? = nil,
        today: LegalDate
    ) -> Result<Decision, CaseErrors> {
        if let bytes = raw.lineBytes, let theCase = reader?.fullCase(bytes) {
            return evaluate(theCase, ruleSet: explicit, baseline: baseline, today: today).mapError { raw.located($0) }
        }
        return evaluate(raw.entry, ruleSet: explicit, baseline: baseline, today: today).mapError { raw.located($0) }
    }

    /// Decodes one entry of a batch input (to evaluate it under several rule sets).
    public func decode(_ entry: CaseInput.Entry) -> Result<Case, CaseErrors> {
        switch entry {
        case .value(let json, let issues): decode(json: json, issues: issues)
        case .invalid(let errors): .failure(errors)
        }
    }
}
