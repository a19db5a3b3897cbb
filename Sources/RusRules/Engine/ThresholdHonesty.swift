/// docs/law.md §4 and §6 — A value marked guideline or interpretation produces a warning saying so;
/// an unknown value is never replaced by a guess: where the outcome rests on it, the warning
/// `threshold-unknown` names the substance, the amount and the ceiling (if any), and an amount
/// above a ceiling is said to be decided by a bound that is itself an interpretation.
enum ThresholdHonesty {
    /// Flags the limits of `items` (all of the assessment's when nil). `unknownMeans` says what
    /// the rule does with an unknown limit (needed only where items can be unknown).
    static func flag(
        _ assessment: QuantityAssessment, only items: [QuantityAssessment.Item]? = nil, _ draft: inout DecisionDraft,
        unknownMeans: LocalizedText = LocalizedText(nb: "", en: "")
    ) {
        let vocabulary = draft.context.vocabulary
        let table = assessment.table
        // Several unknown limits in one table are one caveat listing the substances.
        var unknown: [(name: LocalizedText, amount: LocalizedText, ceiling: LocalizedText?, citations: [String])] = []
        for item in items ?? assessment.items {
            // A substance named without an amount was not compared with the limit.
            guard let threshold = item.threshold, let amount = item.amount else { continue }
            // Rendered only when a warning is shown (most limits are verified: no warning).
            let substance = item.substance
            let name = Wording.both { Wording.substance(substance, vocabulary, $0) }
            switch threshold.provenance {
            case .verified:
                break
            case .guideline:
                let limit = threshold.limit.map { limit in Wording.both { Wording.amount(limit, threshold.unit, $0) } }
                draft.warn("guideline-value", Message.guideline(name, limit, table, citations: threshold.citations))
            case .interpretation:
                draft.warn("interpretation", Message.interpretation(name, table, citations: threshold.citations))
            case .unknown:
                let found = Wording.both { Wording.amount(amount, threshold.unit, $0) }
                let ceiling = threshold.ceiling.map { ceiling in Wording.both { Wording.amount(ceiling, threshold.unit, $0) } }
                let source = table.ceilings
                if item.verdict == .above, let ceiling, let source {
                    draft.warn(
                        "interpretation",
                        Message.aboveCeiling(
                            name, found, ceiling, table, source,
                            citations: threshold.citations + source.citations))
                } else if item.verdict == .unknown {
                    unknown.append((name, found, ceiling, threshold.citations + (ceiling == nil ? [] : source?.citations ?? [])))
                }
            }
        }
        if unknown.count == 1, let only = unknown.first {
            draft.warn(
                "threshold-unknown",
                Message.unknown(
                    only.name, only.amount, only.ceiling, table.ceilings, table, unknownMeans,
                    citations: only.citations))
        } else if unknown.count > 1 {
            let listed = unknown.map { (name: $0.name, amount: $0.amount, ceiling: $0.ceiling) }
            draft.warn(
                "threshold-unknown",
                Message.unknownSeveral(
                    listed, table.ceilings, table, unknownMeans,
                    citations: DecisionDraft.unique(unknown.flatMap(\.citations))))
        }
    }
}

// MARK: - Messages

extension ThresholdHonesty {
    enum Message {
        static func guideline(_ name: LocalizedText, _ limit: LocalizedText?, _ table: ThresholdTable, citations: [String])
            -> RuleMessage
        {
            RuleMessage(citations: citations) { language in
                language == .nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) for \(name.nb) (\(limit?.nb ?? "")) er en retningslinjeverdi, ikke avklart rett."
                    : "\(Wording.limit(of: table, .en, capitalized: true)) for \(name.en) (\(limit?.en ?? "")) is a guideline value, not settled law."
            }
        }

        static func interpretation(_ name: LocalizedText, _ table: ThresholdTable, citations: [String]) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                language == .nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) for \(name.nb) er prosjektets tolkning av kildene."
                    : "\(Wording.limit(of: table, .en, capitalized: true)) for \(name.en) is this project's reading of the sources."
            }
        }

        static func aboveCeiling(
            _ name: LocalizedText, _ amount: LocalizedText, _ ceiling: LocalizedText, _ table: ThresholdTable,
            _ source: CeilingSource, citations: [String]
        ) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                language == .nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) for \(name.nb) er ukjent, men kan ikke være høyere enn \(ceiling.nb); mengden, \(amount.nb), er over dette taket. Taket er en tolkning: \(source.comment.nb)"
                    : "\(Wording.limit(of: table, .en, capitalized: true)) for \(name.en) is unknown but cannot exceed \(ceiling.en); the amount, \(amount.en), is above that ceiling. The ceiling is an interpretation: \(source.comment.en)"
            }.briefly { language in
                language == .nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) for \(name.nb) er ukjent, men kan ikke være høyere enn \(ceiling.nb); mengden, \(amount.nb), er over dette taket. Taket er en tolkning."
                    : "\(Wording.limit(of: table, .en, capitalized: true)) for \(name.en) is unknown but cannot exceed \(ceiling.en); the amount, \(amount.en), is above that ceiling. The ceiling is an interpretation."
            }
        }

        /// Several substances whose limits in one table are unknown, in one caveat.
        static func unknownSeveral(
            _ items: [(name: LocalizedText, amount: LocalizedText, ceiling: LocalizedText?)], _ source: CeilingSource?,
            _ table: ThresholdTable, _ means: LocalizedText, citations: [String]
        ) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                let nb = language == .nb
                let each = items.map { item in
                    let bound =
                        item.ceiling.map { (nb ? "grensen er høyst " : "the limit is at most ") + $0.text(language) }
                        ?? (nb ? "ingen kjent øvre grense" : "no known ceiling")
                    return "\(item.name.text(language)) \(item.amount.text(language)) (\(bound))"
                }
                let why =
                    items.contains { $0.ceiling != nil } && source != nil
                    ? (nb ? " Takene bygger på at \(source!.comment.nb)." : " The ceilings rest on this: \(source!.comment.en).") : ""
                return nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) er ukjent for \(Wording.list(each, .nb)); ingen av mengdene er over taket for sin grense.\(why) Saken er \(means.nb)"
                    : "\(Wording.limit(of: table, .en, capitalized: true)) is unknown for \(Wording.list(each, .en)); no amount is above the ceiling of its limit.\(why) The case is \(means.en)"
            }.briefly { language in
                // Without what the ceilings rest on (shown in full with --alle-kilder).
                let nb = language == .nb
                let each = items.map { item in
                    let bound =
                        item.ceiling.map { (nb ? "høyst " : "at most ") + $0.text(language) } ?? (nb ? "uten kjent tak" : "no known ceiling")
                    return "\(item.name.text(language)) \(item.amount.text(language)) (\(bound))"
                }
                return nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) er ukjent for \(Wording.list(each, .nb)). Saken er \(means.nb)"
                    : "\(Wording.limit(of: table, .en, capitalized: true)) is unknown for \(Wording.list(each, .en)). The case is \(means.en)"
            }
        }

        static func unknown(
            _ name: LocalizedText, _ amount: LocalizedText, _ ceiling: LocalizedText?, _ source: CeilingSource?,
            _ table: ThresholdTable, _ means: LocalizedText, citations: [String]
        ) -> RuleMessage {
            RuleMessage(citations: citations) { language in
                let bound: String =
                    switch (language, ceiling) {
                    // What the ceiling rests on after a colon, not in brackets: it has brackets of its own.
                    case (.nb, let ceiling?):
                        "Grensen kan ikke være høyere enn \(ceiling.nb)\(source.map { ": " + $0.comment.nb } ?? ""). Mengden er ikke over dette taket."
                    case (.en, let ceiling?):
                        "The limit cannot exceed \(ceiling.en)\(source.map { ": " + $0.comment.en } ?? ""). The amount is not above that ceiling."
                    case (.nb, nil): "Ingen kilde gir et tak for grensen."
                    case (.en, nil): "No source gives a ceiling for the limit."
                    }
                return language == .nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) for \(name.nb) er ukjent; mengden er \(amount.nb). \(bound) Saken er \(means.nb)"
                    : "\(Wording.limit(of: table, .en, capitalized: true)) for \(name.en) is unknown; the amount is \(amount.en). \(bound) The case is \(means.en)"
            }.briefly { language in
                // The ceiling without what it rests on (shown in full with --alle-kilder).
                let bound: String =
                    switch (language, ceiling) {
                    case (.nb, let ceiling?): ", men ikke høyere enn \(ceiling.nb)"
                    case (.en, let ceiling?): " but not above \(ceiling.en)"
                    case (.nb, nil): ", og ingen kilde gir et tak"
                    case (.en, nil): ", and no source gives a ceiling"
                    }
                return language == .nb
                    ? "\(Wording.limit(of: table, .nb, capitalized: true)) for \(name.nb) er ukjent\(bound); mengden er \(amount.nb). Saken er \(means.nb)"
                    : "\(Wording.limit(of: table, .en, capitalized: true)) for \(name.en) is unknown\(bound); the amount is \(amount.en). The case is \(means.en)"
            }
        }
    }
}
