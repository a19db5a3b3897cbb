import Foundation

/// The ways a comparison is written out: for people (text, markdown, html) and scripts (json, csv).
package enum ComparisonFormat: String, Sendable, CaseIterable {
    case text, json, csv, markdown, html
}

/// Renders a finished ``Comparison``. Shares are of the valid cases (of each group in breakdowns).
/// Text, Markdown and HTML are for reading, in bokmål or English, with human labels; JSON and
/// CSV are for programs and keep the ids. A class: its words are written by many small methods,
/// some through closures, and a struct of this size was copied into them for every changed case.
package final class ComparisonOutput: Sendable {
    package let comparison: Comparison
    package let book: RuleBook
    /// The changed cases as they were found, when they are listed (`--changed`).
    package let changes: ChangeListing?
    package let language: Language
    /// Where the figures come from; printed first when given.
    package let provenance: ReportProvenance?
    /// The same comparison over several synthetic draws (`compare --seeds`, `--vary`).
    package let study: SamplingStudy?
    /// Each table's name as a report writes it, by defining rule set and table; each rule set's
    /// and each rule's name: named once, not for every changed case that cites them.
    private let tableNames: [String: String]
    private let ruleSetNames: [String: String]
    /// Every rule set's counts, the baseline first: summed once from the comparison's counters,
    /// not again for every table and cell that reads them.
    let summaries: [RuleSetSummary]
    private let ruleNames: [String: String]
    /// Each substance's, reaction's and age group's name and each unit, looked up once: a
    /// report names them for every changed case.
    private let substanceNames: [String: String]
    private let reactionNames: [Reaction: String]
    private let trackNames: [AgeTrack: String]
    private let units: [String: UnitDefinition]
    /// The columns of the changed cases' table in text, Markdown and HTML.
    let changedHeader: [String]
    /// Where a text report's block of a changed case names a rule set: "     Name: ".
    let changedLabels: [String]

    /// A report whose changed cases, if listed, were written out as they were found (`changes`);
    /// ``parts(_:dialect:)`` gives the report around their place.
    package init(
        comparison: Comparison, book: RuleBook, changes: ChangeListing?, language: Language = .en,
        provenance: ReportProvenance? = nil, study: SamplingStudy? = nil
    ) {
        self.comparison = comparison
        self.book = book
        self.changes = changes
        self.language = language
        self.provenance = provenance
        self.study = study
        summaries = comparison.summaries
        let rules = ComparedRules(book: book, language: language)
        var tableNames: [String: String] = [:]
        for ruleSet in book.ruleSets {
            for (name, table) in ruleSet.thresholds { tableNames[ruleSet.id + "\u{0}" + name] = rules.tableName(table) }
        }
        self.tableNames = tableNames
        ruleSetNames = Dictionary(book.ruleSets.map { ($0.id, $0.name(language, capitalized: true)) }, uniquingKeysWith: { first, _ in first })
        ruleNames = Dictionary(RuleRegistry.all.map { ($0.id, rules.ruleName($0.id)) }, uniquingKeysWith: { first, _ in first })
        let vocabulary = book.vocabulary
        substanceNames = Dictionary(vocabulary.substances.map { ($0.id, $0.name.text(language)) }, uniquingKeysWith: { first, _ in first })
        reactionNames = Dictionary(uniqueKeysWithValues: Reaction.allCases.map { ($0, Wording.reaction($0, vocabulary, language)) })
        trackNames = Dictionary(uniqueKeysWithValues: AgeTrack.allCases.map { ($0, Wording.ageTrack($0, vocabulary, language)) })
        units = Dictionary(vocabulary.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ruleSetNames = self.ruleSetNames
        let named = comparison.ruleSetIDs.map { ruleSetNames[$0] ?? $0 }
        changedHeader =
            language == .nb ? ["sak", "aldersgruppe", "mengder"] + named : ["case", "age track", "amounts"] + named
        changedLabels = named.map { "     \($0): " }
    }

    /// A report that lists, when `showChanged`, the changed cases the comparison kept.
    package convenience init(
        comparison: Comparison, book: RuleBook, showChanged: Bool, language: Language = .en,
        provenance: ReportProvenance? = nil, study: SamplingStudy? = nil
    ) {
        var changes: ChangeListing?
        if showChanged {
            var listing = ChangeListing(comparison: comparison, book: book, language: language)
            listing.add(comparison.changed, countedByCause: comparison.countedByCause, jobs: 1)
            changes = listing
        }
        self.init(comparison: comparison, book: book, changes: changes, language: language, provenance: provenance, study: study)
    }

    var showChanged: Bool { changes != nil }

    /// The whole report, the changed cases the comparison kept in their place.
    package func render(_ format: ComparisonFormat, dialect: CSVDialect = .standard) -> String {
        let parts = parts(format, dialect: dialect)
        guard let tail = parts.tail?.text else { return parts.head }
        var entries = ""
        for (position, changed) in comparison.changed.enumerated() {
            if format == .json && position > 0 { entries += "," }
            entries += changedEntry(changed, format: format, dialect: dialect)
        }
        return parts.head + entries + tail
    }

    // MARK: - Shared pieces

    func say(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    static func share(_ count: Int, of total: Int) -> Double {
        total == 0 ? 0 : Double(count) / Double(total)
    }

    /// "12.3%" / "12,3 %".
    func percent(_ count: Int, of total: Int) -> String {
        percent(Self.share(count, of: total))
    }

    func percent(_ share: Double) -> String { Self.percent(share, language) }

    /// A count as the reader writes it: «10 000», «10,000» (``Wording/count(_:_:)``).
    func count(_ value: Int) -> String { Wording.count(value, language) }

    /// «8 417 (84,2 %)»: a count and its share of `total`.
    func countAndShare(_ value: Int, of total: Int) -> String { "\(count(value)) (\(percent(value, of: total)))" }

    static func percent(_ share: Double, _ language: Language) -> String {
        let text = String(format: "%.1f", share * 100)
        return language == .nb ? text.replacingOccurrences(of: ".", with: ",") + " %" : text + "%"
    }

    /// Shares as JSON numbers with four decimals.
    static func shareNumber(_ count: Int, of total: Int) -> JSONValue {
        shareNumber(share(count, of: total))
    }

    static func shareNumber(_ share: Double) -> JSONValue {
        .number(JSONNumber(text: String(format: "%.4f", share)))
    }

    /// Age tracks and substances that occur, in vocabulary order.
    var ageTracks: [AgeTrack] { AgeTrack.allCases.filter { track in summaries[0].byAgeTrack[track] != nil } }
    var substances: [String] { book.vocabulary.substances.map(\.id).filter { summaries[0].bySubstance[$0] != nil } }
    var dependencies: [Dependency] { Dependency.allCases.filter { summaries[0].byDependency[$0] != nil } }
    /// "ja", "tvil", "nei", as the case form asks.
    func dependencyName(_ dependency: Dependency) -> String {
        say("rusavhengig ", "dependent ") + Wording.dependency(dependency, language)
    }

    func title(_ id: String) -> String { book.ruleSet(id)?.title.text(language) ?? id }
    /// A rule set as a report's tables and labels name it.
    func name(_ id: String) -> String { ruleSetNames[id] ?? id }
    /// A rule set as a sentence names it after its first word: «etter praksis fra 2022 (HR-2022)».
    func nameInSentence(_ id: String) -> String { book.ruleSet(id)?.name(language) ?? id }
    func liabilityName(_ liability: Liability) -> String { Wording.liability(liability, language) }
    func recommendedName(_ key: String) -> String {
        Reaction(rawValue: key).map { reactionNames[$0]! } ?? say("ingen reaksjon", "no reaction")
    }
    /// "påtaleunnlatelse (straffbart)"; the liability alone when there is no reaction.
    func outcomeName(_ outcome: Outcome) -> String {
        outcome.recommended.map { reactionNames[$0]! + " (" + liabilityName(outcome.liability) + ")" }
            ?? liabilityName(outcome.liability)
    }
    func trackName(_ track: AgeTrack) -> String { trackNames[track]! }
    func substanceName(_ id: String) -> String { substanceNames[id] ?? Wording.substance(id, book.vocabulary, language) }

    /// "1,5 g": ``Wording/amount(_:_:_:)`` with the unit looked up once.
    func amountText(_ value: ExactDecimal, _ unit: String) -> String {
        Wording.number(value, language) + " " + (units[unit]?.name(for: value, language) ?? unit)
    }

    // MARK: - Why a case changed

    /// "cannabis 12 g > 10 g (den nedre terskelverdien i prop-92-l-2021)"; without the amount
    /// ("cannabis > 10 g …") when it names a cause shared by many cases.
    func comparisonText(_ check: ThresholdCheck, withAmount: Bool) -> String {
        substanceName(check.substance) + (withAmount ? comparisonAmount(check) : "") + comparisonTail(check)
    }

    /// The case's own amount in a comparison (" 12 g"; for use alone, the amount stated and not
    /// compared): all that differs between the comparisons of cases of one shape.
    private func comparisonAmount(_ check: ThresholdCheck) -> String {
        (check.amount.map { " " + amountText($0, check.unit) } ?? "") + (check.notCompared.map { " " + amountText($0, check.unit) } ?? "")
    }

    /// What follows the substance and its amount in a comparison: the relation, the limit and the table.
    private func comparisonTail(_ check: ThresholdCheck) -> String {
        let table = " (" + (tableNames[check.definedBy + "\u{0}" + check.table] ?? check.table) + ")"
        if check.notCompared != nil {
            // Use alone, covered at any quantity: the amount is stated, never compared.
            return say(": bruk alene — mengden ikke sammenlignet", ": use alone — amount not compared") + table
        }
        guard let amount = check.amount else {
            // Use alone without an amount: within every limit, known or not (docs/law.md §5.1.5).
            return say(" uten mengde: bruk alene — ingenting å sammenligne", " without an amount: use alone — nothing to compare") + table
        }
        if let limit = check.limit { return (amount > limit ? " > " : " ≤ ") + amountText(limit, check.unit) + table }
        if let ceiling = ceiling(of: check), amount > ceiling {
            return " > " + amountText(ceiling, check.unit) + say(" (tak for en ukjent grense)", " (ceiling of an unknown limit)") + table
        }
        return say(", grensen ukjent", ", limit unknown") + (ceiling(of: check).map { " (≤ " + amountText($0, check.unit) + ")" } ?? "") + table
    }

    /// The deciding comparison under the rule set at `position`, with the case's amount; nil
    /// where no limit was compared.
    func comparisonText(_ explanation: ChangeExplanation, position: Int) -> String? {
        explanation.grounds[position].decidingCheck.map { check in
            substanceName(check.substance) + comparisonAmount(check)
                + shared(explanation, .comparisonTail, position) { self.comparisonTail(check) }
        }
    }

    /// The ceiling of an unknown limit, as the rule sets compared read the table.
    private func ceiling(of check: ThresholdCheck) -> ExactDecimal? {
        for id in comparison.ruleSetIDs {
            guard let table = book.ruleSet(id)?.thresholds[check.table], table.definedBy == check.definedBy,
                let row = table.limits.first(where: { $0.substance == check.substance && $0.unit == check.unit }), let ceiling = row.ceiling
            else { continue }
            return ceiling
        }
        return nil
    }

    /// What decided: "trinnet innenfor terskelverdien («innenfor-terskel»)", "regelen for voksne
    /// («adult») (etter hr-2022)", "straffeloven § 3".
    func decider(_ ground: DecidingGround) -> String {
        var text =
            if let tier = ground.tier { Wording.tier(tier, of: book.ruleSet(ground.decidedBy), language) } else if let rule = ground.rule {
                ruleNames[rule] ?? ComparedRules(book: book, language: language).ruleName(rule)
            } else { say("ukjent regel", "unknown rule") }
        if ground.decidedBy != ground.ruleSet { text += say(" (etter \(nameInSentence(ground.decidedBy)))", " (under \(nameInSentence(ground.decidedBy)))") }
        return text
    }

    /// What decided under the rule set at `position`.
    func decider(_ explanation: ChangeExplanation, position: Int) -> String {
        shared(explanation, .decider, position) { self.decider(explanation.grounds[position]) }
    }

    /// One rule set's outcome for a case and its ground, what decided it and the deciding
    /// comparison: "forelegg (straffbart) — trinnet «nedre»; cannabis 12 g > 10 g (…)". All but
    /// the case's own amount is written once per shape.
    func outcomeAndGround(_ outcome: Outcome, _ explanation: ChangeExplanation, position: Int) -> String {
        let ground = explanation.grounds[position]
        guard ground.substanceCap == nil, let check = ground.decidingCheck else {
            return shared(explanation, .ground, position) {
                self.outcomeName(outcome) + " — " + self.decider(ground) + self.deciding(ground, withAmount: true)
            }
        }
        return shared(explanation, .groundHead, position) {
            self.outcomeName(outcome) + " — " + self.decider(ground) + "; " + self.substanceName(check.substance)
        } + comparisonAmount(check) + shared(explanation, .comparisonTail, position) { self.comparisonTail(check) }
    }

    /// Words of `explanation` that every case of its shape shares (``ShapeWords``): written once
    /// per shape, and for a case explained on its own, each time.
    private func shared(_ explanation: ChangeExplanation, _ kind: ShapeWords.Kind, _ position: Int, _ write: () -> String) -> String {
        explanation.words.map { $0.text(kind, position: position, language, write) } ?? write()
    }

    /// The deciding comparison: the cap on different substances where it decided («4 ulike
    /// stoffer > 3»), else the limit.
    func deciding(_ ground: DecidingGround, withAmount: Bool) -> String {
        if let cap = ground.substanceCap {
            let tier = Wording.tier(cap.tier, of: book.ruleSet(ground.decidedBy), language, withID: false)
            return say("; \(cap.count) ulike stoffer > \(cap.maximum) (\(tier))", "; \(cap.count) different substances > \(cap.maximum) (\(tier))")
        }
        return ground.decidingCheck.map { "; " + comparisonText($0, withAmount: withAmount) } ?? ""
    }

    /// The amounts of a case: "cannabis 12 g, kokain 1,5 g".
    func amountsText(_ amounts: [SubstanceAmount]) -> String {
        amounts.map { entry in
            substanceName(entry.substance) + (entry.amount.map { " " + amountText($0, entry.unit ?? "") } ?? "")
        }.joined(separator: ", ")
    }

    /// The cause of a change under the rule set at `position` (from 1): what decided under the
    /// baseline and under the rule set, and the rule set's deciding comparison without amounts.
    func cause(_ explanation: ChangeExplanation, position: Int) -> String {
        shared(explanation, .cause, position) {
            let (base, ground) = (explanation.grounds[0], explanation.grounds[position])
            return self.decider(base) + " → " + self.decider(ground) + self.deciding(ground, withAmount: false)
        }
    }

    /// The same reaction on other conditions: the conditions are the cause.
    func conditionsCause(_ changed: ChangedCase, position: Int) -> String {
        say("samme reaksjon, andre vilkår: ", "the same reaction, other conditions: ")
            + conditionsName(changed.conditions[0]) + " → " + conditionsName(changed.conditions[position])
    }

    // MARK: - JSON

    func tallyJSON(_ tally: Tally) -> JSONObject {
        var liability = JSONObject()
        var liabilityShares = JSONObject()
        for key in Liability.allCases {
            liability.set(key.rawValue, .number(JSONNumber(tally.liability[key] ?? 0)))
            liabilityShares.set(key.rawValue, Self.shareNumber(tally.liability[key] ?? 0, of: tally.total))
        }
        var recommended = JSONObject()
        var recommendedShares = JSONObject()
        for key in Tally.recommendedKeys {
            recommended.set(key, .number(JSONNumber(tally.recommended[key] ?? 0)))
            recommendedShares.set(key, Self.shareNumber(tally.recommended[key] ?? 0, of: tally.total))
        }
        return JSONObject([
            "cases": .number(JSONNumber(tally.total)), "liability": .object(liability), "recommended": .object(recommended),
            "shares": .object(JSONObject(["liability": .object(liabilityShares), "recommended": .object(recommendedShares)])),
        ])
    }

    static func outcomeJSON(_ outcome: Outcome) -> JSONValue {
        .object(JSONObject(["liability": .string(outcome.liability.rawValue), "recommended": .string(outcome.recommendedKey)]))
    }

    static func decimalJSON(_ value: ExactDecimal?) -> JSONValue {
        value.map { .number(JSONNumber(text: $0.description)) } ?? .null
    }

    func checkJSON(_ check: ThresholdCheck) -> JSONValue {
        .object(
            JSONObject([
                "table": .string(check.table), "definedBy": .string(check.definedBy), "substance": .string(check.substance),
                "unit": .string(check.unit), "amount": Self.decimalJSON(check.amount ?? check.notCompared), "limit": Self.decimalJSON(check.limit),
                "relation": .string(relation(check)),
            ]))
    }

    /// `within`, `above` (a known limit, or the ceiling of an unknown one), `unknown` or
    /// `not-compared` (use alone: without an amount, or at any quantity).
    func relation(_ check: ThresholdCheck) -> String {
        guard let amount = check.amount, check.notCompared == nil else { return "not-compared" }
        if let limit = check.limit { return amount > limit ? "above" : "within" }
        return ceiling(of: check).map { amount > $0 } == true ? "above" : "unknown"
    }

    func groundJSON(_ ground: DecidingGround) -> JSONValue {
        .object(
            JSONObject([
                "decidedBy": .string(ground.decidedBy), "tier": ground.tier.map(JSONValue.string) ?? .null,
                "rule": ground.rule.map(JSONValue.string) ?? .null,
                "deciding": ground.substanceCap.map { cap in
                    .object(
                        JSONObject([
                            "tier": .string(cap.tier), "substances": .number(JSONNumber(cap.count)),
                            "maxSubstances": .number(JSONNumber(cap.maximum)), "relation": .string("above"),
                        ]))
                } ?? ground.decidingCheck.map(checkJSON) ?? .null,
            ]))
    }

    package func json() -> JSONValue {
        var root = JSONObject()
        if let provenance { root.set("provenance", provenance.json()) }
        root.set("cases", .number(JSONNumber(comparison.cases)))
        root.set("validCases", .number(JSONNumber(comparison.validCases)))
        root.set("invalidCases", .number(JSONNumber(comparison.invalid.count)))
        root.set("baseline", .string(comparison.baseline))
        root.set(
            "definitions", .object(JSONObject(["changed": .string(changedDefinition), "unknownLimits": .string(unknownLimitsDefinition)])))
        let rules = ComparedRules(book: book, language: language)
        root.set(
            "ruleSets",
            .array(
                summaries.map { summary in
                    var object = JSONObject([
                        "id": .string(summary.id), "kind": .string(book.ruleSet(summary.id)?.kind.rawValue ?? ""),
                        "label": .string(name(summary.id)), "title": .string(title(summary.id)),
                    ])
                    if let ruleSet = book.ruleSet(summary.id), let baseline = book.ruleSet(comparison.baseline) {
                        object.set("changes", .array(rules.changes(ruleSet, from: baseline, inForce: inForceDate(ruleSet.id)).map(JSONValue.string)))
                        object.set(
                            "thresholds",
                            .array(
                                rules.tables(ruleSet, on: baseline).flatMap { table in
                                    table.limits.map { threshold in
                                        .object(
                                            JSONObject([
                                                "table": .string(table.name), "definedBy": .string(table.definedBy), "substance": .string(threshold.substance),
                                                "unit": .string(threshold.unit), "limit": Self.decimalJSON(threshold.limit),
                                                "ceiling": Self.decimalJSON(threshold.ceiling), "provenance": .string(threshold.provenance.rawValue),
                                                "citations": .array(threshold.citations.map(JSONValue.string)),
                                            ]))
                                    }
                                }))
                    }
                    for member in tallyJSON(summary.overall).members { object.set(member.key, member.value) }
                    object.set("changedFromBaseline", summary.changedFromBaseline.map { .number(JSONNumber($0)) } ?? .null)
                    object.set(
                        "unknownLimits",
                        .object(
                            JSONObject([
                                "cases": .number(JSONNumber(summary.restingOnUnknown)),
                                "changes": summary.changesRestingOnUnknown.map { .number(JSONNumber($0)) } ?? .null,
                                "otherReading": .object(tallyJSON(summary.otherReading)),
                            ])))
                    let position = comparison.ruleSetIDs.firstIndex(of: summary.id) ?? 0
                    if let counts = comparison.inForcePeriods[position], let date = comparison.inForceDates[position] {
                        object.set(
                            "inForce",
                            .object(
                                JSONObject([
                                    "date": .string(date.description),
                                    "decidedBefore": .number(JSONNumber(counts[InForcePeriod.decidedBefore.rawValue])),
                                    "actOnOrAfter": .number(JSONNumber(counts[InForcePeriod.actOnOrAfter.rawValue])),
                                    "paragraph3Practice": .number(JSONNumber(counts[InForcePeriod.paragraph3Practice.rawValue])),
                                    "paragraph3Statute": .number(JSONNumber(counts[InForcePeriod.paragraph3Statute.rawValue])),
                                ])))
                    }
                    object.set(
                        "changedConditionsOnly",
                        position == 0
                            ? .null
                            : .number(JSONNumber(comparison.conditionChanges[position].values.reduce(0, +))))
                    object.set(
                        "byAgeTrack",
                        .object(
                            JSONObject(
                                ageTracks.map {
                                    JSONObject.Member(key: $0.rawValue, value: .object(tallyJSON(summary.byAgeTrack[$0] ?? Tally())))
                                })))
                    object.set(
                        "bySubstance",
                        .object(
                            JSONObject(
                                substances.map {
                                    JSONObject.Member(key: $0, value: .object(tallyJSON(summary.bySubstance[$0] ?? Tally())))
                                })))
                    object.set(
                        "byDependency",
                        .object(
                            JSONObject(
                                dependencies.map {
                                    JSONObject.Member(key: $0.rawValue, value: .object(tallyJSON(summary.byDependency[$0] ?? Tally())))
                                })))
                    return .object(object)
                }))
        root.set(
            "transitions",
            .array(
                comparison.transitions.map { transition in
                    .object(
                        JSONObject([
                            "ruleSet": .string(transition.ruleSet), "from": Self.outcomeJSON(transition.from),
                            "to": Self.outcomeJSON(transition.to), "count": .number(JSONNumber(transition.count)),
                        ]))
                }))
        root.set(
            "conditionChanges",
            .array(
                comparison.conditionChanges.enumerated().dropFirst().flatMap { position, changes in
                    changes.sorted { $0.value > $1.value }.map { change in
                        .object(
                            JSONObject([
                                "ruleSet": .string(comparison.ruleSetIDs[position]), "reaction": .string(Comparison.conditionsCarrier.rawValue),
                                "from": .array(change.key.from.conditions.map { .string($0.rawValue) }),
                                "to": .array(change.key.to.conditions.map { .string($0.rawValue) }), "count": .number(JSONNumber(change.value)),
                            ]))
                    }
                }))
        root.set(
            "invalid",
            .array(
                comparison.invalid.map { invalid in
                    guard case .object(var object) = invalid.errors.json() else { return .null }
                    object.set("index", .number(JSONNumber(invalid.index)))
                    return .object(object)
                }))
        if showChanged {
            // The changed cases, and each cause's case numbers, are written by ``parts(_:dialect:)``.
            root.set("changed", .array([]))
            root.set(
                "causes",
                .array(
                    causes().map { group in
                        .object(
                            JSONObject([
                                "ruleSet": .string(group.ruleSet), "cause": .string(group.cause), "count": .number(JSONNumber(group.count)),
                            ]))
                    }))
        }
        if let study { root.set("variation", studyJSON(study)) }
        return .object(root)
    }

    func studyJSON(_ study: SamplingStudy) -> JSONValue {
        .object(
            JSONObject([
                "seeds": .array(study.seeds.map { .number(JSONNumber(text: String($0))) }),
                "casesPerDraw": .number(JSONNumber(study.casesPerDraw)),
                "interval": .string("2.5th to 97.5th percentile of the draws"),
                "variants": .array(
                    study.variants.indices.map { variant in
                        .object(
                            JSONObject([
                                "label": .string(study.variants[variant].label),
                                "ruleSets": .array(
                                    study.ruleSetIDs.indices.map { position in
                                        .object(
                                            JSONObject([
                                                "id": .string(study.ruleSetIDs[position]),
                                                "shares": .array(
                                                    study.measures.compactMap { measure in
                                                        study.spread(measure, ruleSet: position, variant: variant).map { spread in
                                                            var share = JSONObject([
                                                                "measure": .string(Self.measureKey(measure).kind),
                                                                "key": .string(Self.measureKey(measure).key),
                                                                "mean": Self.shareNumber(spread.mean), "low": Self.shareNumber(spread.low),
                                                                "high": Self.shareNumber(spread.high),
                                                            ])
                                                            if let other = study.otherReadingSpread(measure, ruleSet: position, variant: variant) {
                                                                share.set(
                                                                    "otherReading",
                                                                    .object(
                                                                        JSONObject([
                                                                            "mean": Self.shareNumber(other.mean), "low": Self.shareNumber(other.low),
                                                                            "high": Self.shareNumber(other.high),
                                                                        ])))
                                                            }
                                                            return .object(share)
                                                        }
                                                    }),
                                            ]))
                                    }),
                            ]))
                    }),
            ]))
    }

    static func measureKey(_ measure: SamplingStudy.Measure) -> (kind: String, key: String) {
        switch measure {
        case .liability(let liability): ("liability", liability.rawValue)
        case .recommended(let key): ("recommended", key)
        case .changed: ("changed", "")
        }
    }

    func measureName(_ measure: SamplingStudy.Measure) -> String {
        switch measure {
        case .liability(let liability): liabilityName(liability)
        case .recommended(let key): say("anbefalt: ", "recommended: ") + recommendedName(key)
        case .changed: say("endret fra grunnlaget", "changed from the baseline")
        }
    }

    // MARK: - CSV

    /// The CSV header: a row per count, share or interval, and with `--changed` a row per
    /// changed case and rule set, each field in a column of its own.
    static let csvHeader = [
        "kind", "ruleSet", "breakdown", "group", "key", "to", "count", "share", "low", "high",
        "caseIndex", "caseId", "amounts", "baselineLiability", "baselineRecommended", "baselineDecidedBy",
        "baselineComparison", "liability", "recommended", "decidedBy", "comparison", "cause",
    ]

    /// Counts and shares, one row each; with `--changed`, one row per changed case and rule set,
    /// with the case's index, id, amounts, and under the baseline and the rule set the outcome,
    /// what decided and the deciding comparison in columns of their own. The provenance heads
    /// the file as `#` lines. `dialect` picks RFC 4180 or what Norwegian spreadsheets open as
    /// they are.
    func csv(dialect: CSVDialect) -> String {
        let width = Self.csvHeader.count
        // One growing text, not a list of rows joined at the end: a report of many changed
        // cases is hundreds of megabytes, held once.
        var text = dialect.prefix
        func add(_ line: String) {
            text += line
            text += dialect.lineEnd
        }
        (provenance?.csvComments(language, intervals: study != nil) ?? []).forEach(add)
        add("# " + say("Definisjon: ", "Definition: ") + changedDefinition)
        add("# " + say("Definisjon: ", "Definition: ") + unknownLimitsDefinition)
        add(dialect.row(Self.csvHeader))
        func row(_ fields: [String], _ count: Int, _ total: Int) {
            let filled = fields + [String(count), dialect.decimal(String(format: "%.4f", Self.share(count, of: total)))]
            add(dialect.row(filled + Array(repeating: "", count: width - filled.count)))
        }
        row(["cases", "", "all", "all", "valid", ""], comparison.validCases, comparison.cases)
        row(["cases", "", "all", "all", "invalid", ""], comparison.invalid.count, comparison.cases)
        for summary in summaries {
            var groups: [(String, String, Tally)] = [("all", "all", summary.overall)]
            groups += ageTracks.map { ("ageTrack", $0.rawValue, summary.byAgeTrack[$0] ?? Tally()) }
            groups += substances.map { ("substance", $0, summary.bySubstance[$0] ?? Tally()) }
            groups += dependencies.map { ("dependent", $0.rawValue, summary.byDependency[$0] ?? Tally()) }
            for (breakdown, group, tally) in groups {
                for key in Liability.allCases {
                    row(["liability", summary.id, breakdown, group, key.rawValue, ""], tally.liability[key] ?? 0, tally.total)
                }
                for key in Tally.recommendedKeys {
                    row(["recommended", summary.id, breakdown, group, key, ""], tally.recommended[key] ?? 0, tally.total)
                }
            }
            if let changed = summary.changedFromBaseline {
                row(["changed", summary.id, "all", "all", "", ""], changed, comparison.validCases)
            }
            // What rests on unknown limits, and the shares under the other reading.
            row(["unknown-limit", summary.id, "all", "all", "cases", ""], summary.restingOnUnknown, comparison.validCases)
            if let changes = summary.changesRestingOnUnknown {
                row(["unknown-limit", summary.id, "all", "all", "changes", ""], changes, summary.changedFromBaseline ?? 0)
            }
            for key in Liability.allCases {
                row(
                    ["other-reading-liability", summary.id, "all", "all", key.rawValue, ""], summary.otherReading.liability[key] ?? 0,
                    summary.otherReading.total)
            }
            for key in Tally.recommendedKeys {
                row(["other-reading-recommended", summary.id, "all", "all", key, ""], summary.otherReading.recommended[key] ?? 0, summary.otherReading.total)
            }
        }
        for (position, counts) in comparison.inForcePeriods.enumerated() {
            guard let counts else { continue }
            for (period, key) in zip(InForcePeriod.allCases, ["decided-before", "act-on-or-after", "paragraph3-practice", "paragraph3-statute"]) {
                row(["in-force", comparison.ruleSetIDs[position], "all", "all", key, ""], counts[period.rawValue], comparison.validCases)
            }
        }
        for (position, changes) in comparison.conditionChanges.enumerated().dropFirst() {
            for (change, count) in changes.sorted(by: { $0.value > $1.value }) {
                let words = { (set: ConditionSet) in set.conditions.isEmpty ? "none" : set.conditions.map(\.rawValue).joined(separator: "+") }
                row(
                    [
                        "conditions", comparison.ruleSetIDs[position], "all", "all", "pataleunnlatelse " + words(change.from),
                        "pataleunnlatelse " + words(change.to),
                    ], count, comparison.validCases)
            }
        }
        for transition in comparison.transitions {
            row(
                ["transition", transition.ruleSet, "all", "all", transition.from.description, transition.to.description],
                transition.count, comparison.validCases)
        }
        if let study {
            for (variant, entry) in study.variants.enumerated() {
                for (position, id) in study.ruleSetIDs.enumerated() {
                    for measure in study.measures {
                        guard let spread = study.spread(measure, ruleSet: position, variant: variant) else { continue }
                        let number = { (value: Double) in dialect.decimal(String(format: "%.4f", value)) }
                        let fields = [
                            "interval-" + Self.measureKey(measure).kind, id, "variant", entry.label, Self.measureKey(measure).key, "", "",
                            number(spread.mean), number(spread.low), number(spread.high),
                        ]
                        add(dialect.row(fields + Array(repeating: "", count: width - fields.count)))
                        guard let other = study.otherReadingSpread(measure, ruleSet: position, variant: variant) else { continue }
                        let otherFields = [
                            "interval-other-reading-" + Self.measureKey(measure).kind, id, "variant", entry.label, Self.measureKey(measure).key, "",
                            "", number(other.mean), number(other.low), number(other.high),
                        ]
                        add(dialect.row(otherFields + Array(repeating: "", count: width - otherFields.count)))
                    }
                }
            }
        }
        return text
    }

    // MARK: - Text and Markdown

    /// Rows of label + one cell per rule set, for a distribution of `keys`.
    func distributionRows(
        _ keys: [String], label: (String) -> String, _ count: (RuleSetSummary, String) -> Int,
        _ total: (RuleSetSummary) -> Int
    ) -> [[String]] {
        keys.compactMap { key in
            let counts = summaries.map { count($0, key) }
            guard counts.contains(where: { $0 > 0 }) else { return nil }
            return [label(key)] + zip(summaries, counts).map { summary, value in countAndShare(value, of: total(summary)) }
        }
    }

    /// A titled table of the report.
    struct Section {
        let title: String
        let header: [String]
        let rows: [[String]]
        /// An anchor for the HTML report's links, when the section is linked to.
        var anchor: String? = nil
        /// A sentence under the table, in every format (what a word in it means).
        var note: String? = nil
        /// Rows written where the section stands as they are found, not held in `rows`.
        var streamedRows = 0
        var isEmpty: Bool { rows.isEmpty && streamedRows == 0 }
    }

    /// What rests on limits the tool does not know: per rule set, the cases and the changes whose
    /// answer differs under the other reading, and the shares under it.
    func unknownLimitsSection(header: [String]) -> Section {
        let other = say(" — andre lesning", " — other reading")
        var rows: [[String]] = [
            [say("saker som hviler på en ukjent grense", "cases that rest on an unknown limit")]
                + summaries.map { countAndShare($0.restingOnUnknown, of: comparison.validCases) },
            [say("endringer som hviler på en ukjent grense", "changes that rest on an unknown limit")]
                + summaries.map { summary in
                    guard let changes = summary.changesRestingOnUnknown, let changed = summary.changedFromBaseline else { return "—" }
                    return say("\(count(changes)) av \(count(changed))", "\(count(changes)) of \(count(changed))")
                },
        ]
        // Each share the other reading moves, beside the report's own.
        func pair(_ label: String, _ count: (Tally) -> Int) {
            guard summaries.contains(where: { count($0.otherReading) != count($0.overall) }) else { return }
            rows.append([label] + summaries.map { countAndShare(count($0.overall), of: $0.overall.total) })
            rows.append([label + other] + summaries.map { countAndShare(count($0.otherReading), of: $0.otherReading.total) })
        }
        for key in Liability.allCases { pair(liabilityName(key)) { $0.liability[key] ?? 0 } }
        for key in Tally.recommendedKeys { pair(say("anbefalt: ", "recommended: ") + recommendedName(key)) { $0.recommended[key] ?? 0 } }
        return Section(
            title: say("Hva som hviler på ukjente grenser", "What rests on unknown limits"), header: header, rows: rows,
            anchor: "unknown-limits", note: unknownLimitsDefinition)
    }

    /// Which figures read unknown limits how, in one sentence for every format: the report's
    /// reading, the other one, and how both differ from a sampling interval.
    var unknownLimitsDefinition: String {
        say(
            "Alle andre tall i rapporten regner grenser som verktøyet ikke kjenner, som overholdt, slik reglene gjør (en ukjent verdi skal aldri gi et strengere svar); «andre lesning» setter hver ukjent grense under mengdene i sakene, som om den var overskredet. En sak hviler på en ukjent grense når de to lesningene gir ulikt straffansvar eller ulik anbefalt reaksjon etter regelsettet, en endring når de gjør det etter regelsettet eller grunnlaget. Forskjellen mellom lesningene er usikkerhet om rettskildene; intervallene fra --seeds måler bare tilfeldig variasjon mellom syntetiske trekk.",
            "Every other figure in the report treats a limit the tool does not know as kept, as the rules do (an unknown value must never give a harsher answer); «other reading» puts every unknown limit below the amounts in the cases, as though it were exceeded. A case rests on an unknown limit where the two readings give a different liability or recommended reaction under the rule set; a change, where they do so under the rule set or the baseline. The gap between the readings is uncertainty about the legal sources; the intervals from --seeds measure only chance variation between synthetic draws."
        )
    }

    /// The in-force date stated for a compared statute.
    func inForceDate(_ id: String) -> LegalDate? {
        comparison.ruleSetIDs.firstIndex(of: id).flatMap { comparison.inForceDates[$0] }
    }

    /// Under a statute with a stated in-force date, which law decided how many cases.
    func inForceSection(ruleSet: String, date: LegalDate, counts: [Int]) -> Section {
        let day = date.written(language)
        let labels = [
            say("avgjort før \(day): \(nameInSentence(comparison.baseline)) avgjør", "decided before \(day): \(nameInSentence(comparison.baseline)) decides"),
            say("handling på eller etter \(day): loven avgjør", "act on or after \(day): the statute decides"),
            say(
                "handling før, avgjort på eller etter \(day): straffeloven § 3, \(nameInSentence(comparison.baseline)) avgjør (loven er ikke mildere)",
                "act before, decided on or after \(day): straffeloven § 3, \(nameInSentence(comparison.baseline)) decides (the statute is not milder)"),
            say(
                "handling før, avgjort på eller etter \(day): straffeloven § 3, loven avgjør (mildere)",
                "act before, decided on or after \(day): straffeloven § 3, the statute decides (milder)"),
        ]
        let never = counts[InForcePeriod.decidedBefore.rawValue] == counts.reduce(0, +) && comparison.validCases > 0
        return Section(
            title: say(
                "Ikrafttredelse \(day) for \(nameInSentence(ruleSet)): hvilken lov som avgjorde",
                "In force on \(day) for \(nameInSentence(ruleSet)): which law decided"),
            header: ["", say("saker", "cases")],
            rows: zip(labels, counts).map { [$0, countAndShare($1, of: comparison.validCases)] },
            note: never
                ? say(
                    "ADVARSEL: ingen sak er avgjort på eller etter \(day); kolonnen for \(nameInSentence(ruleSet)) er derfor lik grunnlaget.",
                    "WARNING: no case is decided on or after \(day); the column for \(nameInSentence(ruleSet)) is therefore the baseline's.") : nil)
    }

    /// What «changed» means, in one sentence every report carries.
    var changedDefinition: String {
        say(
            "«Endret» betyr at straffansvaret, den anbefalte reaksjonen eller vilkårene for den (påtaleunnlatelse uten vilkår eller med prøvetid, ruskontrakt, oppmøte for rådgivende enhet) avviker fra grunnlaget.",
            "«Changed» means that the liability, the recommended reaction or its conditions (a waiver without conditions or with a probation period, a drug-testing contract, attendance at the advisory unit) differ from the baseline's."
        )
    }

    /// "uten vilkår", "prøvetid, ruskontrakt og oppmøte for rådgivende enhet".
    func conditionsName(_ set: ConditionSet) -> String {
        set.conditions.isEmpty
            ? say("uten vilkår", "without conditions")
            : say("med ", "with ") + Wording.conditions(set.conditions, book.vocabulary, language)
    }

    func sections() -> [Section] {
        let header = [""] + summaries.map { name($0.id) }
        var result: [Section] = []
        result.append(
            Section(
                title: say("Straffansvar", "Liability"), header: header,
                rows: distributionRows(
                    Liability.allCases.map(\.rawValue), label: { liabilityName(Liability(rawValue: $0)!) },
                    { $0.overall.liability[Liability(rawValue: $1)!] ?? 0 }, { $0.overall.total })))
        result.append(
            Section(
                title: say("Anbefalt reaksjon", "Recommended reaction"), header: header,
                rows: distributionRows(
                    Tally.recommendedKeys, label: recommendedName, { $0.overall.recommended[$1] ?? 0 }, { $0.overall.total })))
        let sameReaction = comparison.conditionChanges.map { $0.values.reduce(0, +) }
        result.append(
            Section(
                title: say("Endret fra grunnlaget", "Changed from the baseline"), header: header,
                rows: [
                    [say("endret", "changed")]
                        + summaries.map { summary in
                            summary.changedFromBaseline.map { countAndShare($0, of: comparison.validCases) } ?? "—"
                        },
                    [say("av dem: samme reaksjon, andre vilkår", "of which: the same reaction, other conditions")]
                        + sameReaction.enumerated().map { $0.offset == 0 ? "—" : countAndShare($0.element, of: comparison.validCases) },
                ], note: changedDefinition))
        result.append(unknownLimitsSection(header: header))
        for (position, counts) in comparison.inForcePeriods.enumerated() {
            guard let counts, let date = comparison.inForceDates[position] else { continue }
            result.append(inForceSection(ruleSet: comparison.ruleSetIDs[position], date: date, counts: counts))
        }
        // Where only the conditions of the waiver change, the transitions above cannot show it.
        let conditionRows = comparison.conditionChanges.enumerated().dropFirst().flatMap { position, changes in
            changes.sorted { ($0.value, $1.key.from.rawValue, $1.key.to.rawValue) > ($1.value, $0.key.from.rawValue, $0.key.to.rawValue) }
                .map {
                    [
                        name(comparison.ruleSetIDs[position]), say("påtaleunnlatelse ", "påtaleunnlatelse ") + conditionsName($0.key.from),
                        say("påtaleunnlatelse ", "påtaleunnlatelse ") + conditionsName($0.key.to), count($0.value),
                    ]
                }
        }
        if !conditionRows.isEmpty {
            result.append(
                Section(
                    title: say("Samme reaksjon, andre vilkår", "The same reaction, other conditions"),
                    header: [
                        say("regelsett", "rule set"), say("etter grunnlaget", "under the baseline"), say("etter regelsettet", "under the rule set"),
                        say("saker", "cases"),
                    ],
                    rows: conditionRows))
        }
        if let study {
            result.append(variationSection(study))
        }
        // The groups the question names — age group, substance, dependency — for liability and
        // for the recommended reaction.
        let groupings: [(nb: String, en: String, groups: [(String, String)], tally: (RuleSetSummary, String) -> Tally)] = [
            (
                "aldersgruppe (andel av gruppen)", "age track (share of the group)", ageTracks.map { ($0.rawValue, trackName($0)) },
                { summary, group in summary.byAgeTrack[AgeTrack(rawValue: group)!] ?? Tally() }
            ),
            (
                "stoff (andel av saker med stoffet)", "substance (share of the cases with it)", substances.map { ($0, substanceName($0)) },
                { summary, group in summary.bySubstance[group] ?? Tally() }
            ),
            (
                "rusavhengighet (andel av gruppen)", "dependency (share of the group)", dependencies.map { ($0.rawValue, dependencyName($0)) },
                { summary, group in summary.byDependency[Dependency(rawValue: group)!] ?? Tally() }
            ),
        ]
        for measure in ["liability", "recommended"] {
            for grouping in groupings {
                var rows: [[String]] = []
                for (group, label) in grouping.groups {
                    let keys = measure == "liability" ? Liability.allCases.map(\.rawValue) : Tally.recommendedKeys
                    for key in keys {
                        let count = { (summary: RuleSetSummary) in
                            measure == "liability"
                                ? grouping.tally(summary, group).liability[Liability(rawValue: key)!] ?? 0
                                : grouping.tally(summary, group).recommended[key] ?? 0
                        }
                        let counts = summaries.map(count)
                        guard counts.contains(where: { $0 > 0 }) else { continue }
                        let keyName = measure == "liability" ? liabilityName(Liability(rawValue: key)!) : recommendedName(key)
                        rows.append(
                            ["\(label): \(keyName)"]
                                + zip(summaries, counts).map { summary, value in
                                    countAndShare(value, of: grouping.tally(summary, group).total)
                                })
                    }
                }
                let title =
                    measure == "liability"
                    ? say("Straffansvar etter " + grouping.nb, "Liability by " + grouping.en)
                    : say("Anbefalt reaksjon etter " + grouping.nb, "Recommended reaction by " + grouping.en)
                result.append(Section(title: title, header: header, rows: rows))
            }
        }
        for summary in summaries.dropFirst() {
            let rows = comparison.transitions.filter { $0.ruleSet == summary.id && $0.from != $0.to }.map {
                [outcomeName($0.from), outcomeName($0.to), count($0.count)]
            }
            result.append(
                Section(
                    title: say(
                        "Overganger \(nameInSentence(comparison.baseline)) → \(nameInSentence(summary.id)) (\(count(summary.changedFromBaseline ?? 0)) endret)",
                        "Transitions \(nameInSentence(comparison.baseline)) → \(nameInSentence(summary.id)) (\(count(summary.changedFromBaseline ?? 0)) changed)"
                    ),
                    header: [
                        say("fra", "from") + " (\(nameInSentence(comparison.baseline)))", say("til", "to") + " (\(nameInSentence(summary.id)))",
                        say("saker", "cases"),
                    ],
                    rows: rows))
        }
        if showChanged {
            let groups = causes()
            result.append(
                Section(
                    title: say("Endringer etter årsak", "Changes by cause"),
                    header: [
                        say("regelsett", "rule set"),
                        say("årsak: grunnlaget → regelsettet; avgjørende sammenligning", "cause: baseline → rule set; deciding comparison"),
                        say("saker", "cases"),
                    ],
                    rows: groups.map { [name($0.ruleSet), $0.cause, count($0.count)] }, anchor: "causes"))
            // The rows are written between the parts of ``parts(_:)``, as the cases are found.
            result.append(
                Section(
                    title: say("Endrede saker", "Changed cases"), header: changedHeader, rows: [], anchor: "changed",
                    streamedRows: changes?.count ?? 0))
        }
        if !comparison.invalid.isEmpty {
            result.append(
                Section(
                    title: say("Ugyldige saker (ikke talt med ovenfor)", "Invalid cases (not counted above)"),
                    header: [say("sak", "case"), say("feil", "errors")],
                    rows: comparison.invalid.map { invalid in
                        [
                            "#\(invalid.index)" + (invalid.errors.id.map { " \($0)" } ?? ""),
                            invalid.errors.errors.map { "\($0.code) " + say("ved", "at") + " \($0.pointer.description.isEmpty ? "/" : $0.pointer.description)" }
                                .joined(separator: "; "),
                        ]
                    }))
        }
        return result
    }

    /// Each share's mean and interval over the draws, one column per distribution variant.
    func variationSection(_ study: SamplingStudy) -> Section {
        var rows: [[String]] = []
        for (position, id) in study.ruleSetIDs.enumerated() {
            for measure in study.measures {
                let spreads = study.variants.indices.map { study.spread(measure, ruleSet: position, variant: $0) }
                // Beside it, the same share where every unknown limit is below the amounts.
                let others = study.variants.indices.map { study.otherReadingSpread(measure, ruleSet: position, variant: $0) }
                // A share that is nil in every draw of every variant, under either reading, says nothing.
                guard (spreads + others).contains(where: { ($0?.high ?? 0) > 0 }) else { continue }
                let cell = { (spread: SamplingStudy.Spread?) in
                    spread.map { "\(self.percent($0.mean)) (\(self.percent($0.low))–\(self.percent($0.high)))" } ?? "—"
                }
                rows.append([name(id) + ": " + measureName(measure)] + spreads.map(cell))
                if others.contains(where: { $0 != nil }) && others != spreads {
                    rows.append([name(id) + ": " + measureName(measure) + say(" — andre lesning", " — other reading")] + others.map(cell))
                }
            }
        }
        let draws = study.seeds.count
        return Section(
            title: say(
                "Usikkerhet: gjennomsnitt og 95 %-intervall over \(draws) syntetiske trekk à \(count(study.casesPerDraw)) saker",
                "Uncertainty: mean and 95% interval over \(draws) synthetic draws of \(count(study.casesPerDraw)) cases"),
            header: [""] + study.variants.map(\.label), rows: rows, anchor: "variation")
    }

    /// What the interval means and what it does not, for every format that shows it.
    func variationNote(_ study: SamplingStudy) -> String {
        let first = study.seeds.first.map(String.init) ?? "—"
        let few = study.seeds.count < Self.reliableDraws
        return say(
            "Intervallet spenner fra 2,5- til 97,5-persentilen av andelene i \(study.seeds.count) uavhengige trekk (--seed \(ReportProvenance.seedList(study.seeds))). Det måler bare tilfeldig variasjon mellom trekk fra én antatt fordeling, ikke usikkerheten i antakelsene selv; kolonnene for andre parameterverdier (--vary) viser hvor mye de betyr. Bare denne tabellen viser intervaller; alle andre tall i rapporten (fordelinger, overganger, endrede saker) er fra det første trekket (--seed \(first)). Radene merket «andre lesning» viser den samme andelen med hver ukjent grense satt under mengdene i sakene: avstanden til raden over er usikkerhet om rettskildene, ikke om utvalget."
                + (few
                    ? " ADVARSEL: med færre enn \(Self.reliableDraws) trekk er intervallet ikke pålitelig; bruk --seeds \(Self.reliableDraws) eller flere."
                    : ""),
            "The interval runs from the 2.5th to the 97.5th percentile of the shares in \(study.seeds.count) independent draws (--seed \(ReportProvenance.seedList(study.seeds))). It measures only the chance variation between draws from one assumed distribution, not the uncertainty of the assumptions themselves; the columns for other parameter values (--vary) show how much those matter. Only this table shows intervals; every other figure in the report (breakdowns, transitions, changed cases) is the first draw's (--seed \(first)). The rows marked «other reading» give the same share with every unknown limit below the amounts in the cases: their distance from the row above is uncertainty about the legal sources, not about the sample."
                + (few ? " WARNING: with fewer than \(Self.reliableDraws) draws the interval is not reliable; use --seeds \(Self.reliableDraws) or more." : ""))
    }

    /// Below this many draws a percentile interval says little.
    package static let reliableDraws = 10

    var headline: String {
        say(
            "Sammenlignet \(count(comparison.cases)) \(comparison.cases == 1 ? "sak" : "saker") (\(count(comparison.validCases)) gyldige, \(count(comparison.invalid.count)) ugyldige) etter \(summaries.count) regelsett; grunnlag \(nameInSentence(comparison.baseline))",
            "Compared \(count(comparison.cases)) case\(comparison.cases == 1 ? "" : "s") (\(count(comparison.validCases)) valid, \(count(comparison.invalid.count)) invalid) under \(summaries.count) rule sets; baseline \(nameInSentence(comparison.baseline))"
        )
    }

    var reportTitle: String { say("Sammenligning av regelsett", "Comparison of rule sets") }

    /// The rule sets compared: name, title, standing, what each changes, and its limits.
    func ruleBlocks() -> [(title: String, sentences: [String], table: (header: [String], rows: [[String]]))] {
        let rules = ComparedRules(book: book, language: language)
        guard let baseline = book.ruleSet(comparison.baseline) else { return [] }
        return comparison.ruleSetIDs.compactMap(book.ruleSet).map { ruleSet in
            let standing = provenance?.standing(ruleSet, language) ?? ruleSet.status.text(language)
            return (
                "\(ruleSet.name(language, capitalized: true)) — \(ruleSet.title.text(language))",
                [say("Status: ", "Standing: ") + standing + "; " + say("versjon ", "version ") + ruleSet.version + "."]
                    + rules.changes(ruleSet, from: baseline, inForce: inForceDate(ruleSet.id)),
                rules.thresholdTable(ruleSet, on: baseline)
            )
        }
    }

    /// Each row as a block (``rowBlock(_:_:)``); a causes row (rule set, cause, count) reads
    /// "count  rule set: cause", the counts right-aligned and the cause's further lines under its
    /// first word, whatever the count's width.
    static func blocks(_ section: Section) -> [String] {
        if section.anchor == "causes" {
            let width = section.rows.map { $0[2].count }.max() ?? 0
            let indent = 2 + width + 2
            return section.rows.flatMap { row in
                TextWrap.lines(row[0] + ": " + row[1], width: textWidth - indent).enumerated().map { index, line in
                    (index == 0 ? "  " + String(repeating: " ", count: width - row[2].count) + row[2] + "  " : String(repeating: " ", count: indent))
                        + line
                }
            }
        }
        return section.rows.flatMap { rowBlock(section.header, $0) }
    }

    /// A row as a block: its first three cells on a line, then "header: cell" for each other cell.
    static func rowBlock(_ header: [String], _ row: [String]) -> [String] {
        ["  " + row.prefix(3).filter { !$0.isEmpty }.joined(separator: " — ")] + zip(header, row).dropFirst(3).map { "     \($0): \($1)" }
    }

    /// The rows in columns, each as wide as its widest cell; a column of figures
    /// (`rightAligned`) flush right, words flush left.
    static func padded(_ table: [[String]], rightAligned: [Bool], separator: String = "   ") -> [String] {
        guard let first = table.first else { return [] }
        let widths = (0..<first.count).map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            var line =
                "  "
                + row.enumerated().map { column, cell in
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    return rightAligned[column] ? pad + cell : cell + pad
                }.joined(separator: separator)
            // No spaces at the end of a line (the last cell may be empty).
            while line.utf8.last == UInt8(ascii: " ") { line.removeLast() }
            return line
        }
    }

    /// The width a text report keeps to: a memo's page, or a terminal of 100 columns.
    package static let textWidth = 100

    /// A table aligned in columns where it fits ``textWidth`` — its headings over several lines
    /// if that makes it fit; otherwise each row as a block, its first cell and then a line per
    /// other cell ("header: cell").
    static func fitted(_ header: [String], _ rows: [[String]]) -> [String] {
        let rightAligned = header.indices.map { isNumeric($0, of: rows) }
        let aligned = padded([header] + rows, rightAligned: rightAligned)
        let fits = { (lines: [String]) in !lines.contains { $0.count > textWidth } }
        if fits(aligned) { return aligned }
        let cellWidths = header.indices.map { column in
            max(rows.map { $0[column].count }.max() ?? 0, header[column].split(separator: " ").map(\.count).max() ?? 0)
        }
        let headings = header.enumerated().map { TextWrap.lines($1, width: cellWidths[$0]) }
        let height = headings.map(\.count).max() ?? 1
        // Each heading's lines at the bottom of the heading rows, so that they sit on their column.
        let headingRows = (0..<height).map { line in
            headings.map { lines in line - (height - lines.count) >= 0 ? lines[line - (height - lines.count)] : "" }
        }
        for separator in ["   ", "  "] {
            let stacked = padded(headingRows + rows, rightAligned: rightAligned, separator: separator)
            if fits(stacked) { return stacked }
        }
        return rows.flatMap { row in ["  " + row[0]] + zip(header, row).dropFirst().map { "     \($0): \($1)" } }
    }

    /// The text report's lines before wrapping, ``changedMark`` where the changed cases go.
    func textLines() -> [String] {
        var lines = [reportTitle.uppercased(), headline]
        if let notice = provenance?.syntheticNotice(language, intervals: study != nil) { lines += ["", "! " + notice] }
        if let provenance {
            lines += ["", say("GRUNNLAG FOR TALLENE", "PROVENANCE")] + provenance.entries(language).map { "  \($0.label): \($0.value)" }
        }
        for block in ruleBlocks() {
            lines += ["", block.title.uppercased()] + block.sentences.map { "  • " + $0 }
            lines += Self.fitted(block.table.header, block.table.rows)
        }
        for section in sections() {
            lines += ["", section.title.uppercased()]
            if section.isEmpty {
                lines.append(say("  (ingen)", "  (none)"))
                continue
            }
            switch section.anchor {
            case "changed":
                // One block per case, written where this mark stands as the cases are found.
                lines.append(Self.changedMark)
            case "causes":
                // Too wide for a terminal as a table: one block per row, a line per cell.
                lines += Self.blocks(section)
            default:
                lines += Self.fitted(section.header, section.rows)
            }
            if section.anchor == "variation", let study { lines.append("  " + variationNote(study)) }
            if let note = section.note { lines.append("  " + note) }
        }
        return lines
    }

    /// Whether a column (after the first) holds figures, to be right-aligned: every cell starts
    /// with a digit or a dash («66 (3,3 %)», «5 g (veiledende)», «– (≤ 5 g, ukjent)», «—»). A
    /// column of words (a cause, a changed case's outcome and ground) reads from the left, as do
    /// the streamed changed cases' columns, whose rows are not known when the header is written.
    static func isNumeric(_ column: Int, of rows: [[String]]) -> Bool {
        column > 0 && !rows.isEmpty
            && rows.allSatisfy { row in
                column < row.count && row[column].first.map { $0.isNumber || $0 == "–" || $0 == "—" || $0 == "-" } ?? true
            }
    }

    /// A Markdown table row, `|` in a cell escaped.
    static func markdownRow(_ cells: [String]) -> String {
        "| "
            + cells.map { $0.utf8.contains(UInt8(ascii: "|")) ? $0.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") : $0 }
            .joined(separator: " | ") + " |"
    }

    /// The Markdown report's lines, ``changedMark`` where the changed cases' rows go.
    func markdownLines() -> [String] {
        var lines = ["# \(reportTitle)", "", headline + "."]
        func table(_ header: [String], _ rows: [[String]]) {
            lines.append(Self.markdownRow(header))
            lines.append("|" + header.indices.map { Self.isNumeric($0, of: rows) ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for row in rows { lines.append(Self.markdownRow(row)) }
        }
        if let notice = provenance?.syntheticNotice(language, intervals: study != nil) { lines += ["", "> **\(say("Merk", "Note")):** " + notice] }
        if let provenance {
            lines += ["", "## " + say("Grunnlag for tallene", "Provenance"), ""] + provenance.entries(language).map { "- **\($0.label):** \($0.value)" }
        }
        lines += ["", "## " + say("Regelsettene", "The rule sets")]
        for block in ruleBlocks() {
            lines += ["", "### " + block.title, ""] + block.sentences.map { "- " + $0 } + [""]
            table(block.table.header, block.table.rows)
        }
        for section in sections() {
            lines += ["", "## \(section.title)", ""]
            if section.isEmpty {
                lines.append(say("Ingen.", "None."))
                continue
            }
            table(section.header, section.rows)
            // The changed cases' rows are written where this mark stands as they are found.
            if section.streamedRows > 0 { lines.append(Self.changedMark) }
            if section.anchor == "variation", let study { lines += ["", variationNote(study)] }
            if let note = section.note { lines += ["", note] }
        }
        return lines
    }
}
