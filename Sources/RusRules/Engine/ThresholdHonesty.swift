/// rules.md §6 — A value marked guideline or interpretation produces a warning saying so; an
/// unknown value is never replaced by a guess and produces `threshold-unknown`.
enum ThresholdHonesty {
    static func flag(_ assessment: QuantityAssessment, _ draft: inout DecisionDraft, unknownMeans: LocalizedText) {
        let vocabulary = draft.context.vocabulary
        for item in assessment.items {
            guard let threshold = item.threshold else { continue }
            // Rendered only when a warning is shown (most limits are verified: no warning).
            let substance = item.substance
            let name = Wording.both { Wording.substance(substance, vocabulary, $0) }
            switch threshold.provenance {
            case .verified:
                break
            case .guideline:
                let limit = threshold.limit.map { limit in Wording.both { Wording.amount(limit, threshold.unit, $0) } }
                draft.warn("guideline-value", RuleMessage(citations: threshold.citations) { language in
                    language == .nb
                        ? "Grensen for \(name.nb) (\(limit?.nb ?? "")) i tabellen «\(assessment.table.name)» er en retningslinjeverdi: HR-2022-731-A kaller verdiene i Prop. 92 L «et naturlig utgangspunkt». Dette er en tolkning, ikke avklart rett."
                        : "The limit for \(name.en) (\(limit?.en ?? "")) in table \"\(assessment.table.name)\" is a guideline value: HR-2022-731-A calls the Prop. 92 L values «et naturlig utgangspunkt» (a natural starting point). This is an interpretation, not settled law."
                })
            case .interpretation:
                draft.warn("interpretation", RuleMessage(citations: threshold.citations) { language in
                    language == .nb
                        ? "Grensen for \(name.nb) i tabellen «\(assessment.table.name)» er prosjektets tolkning av kildene."
                        : "The limit for \(name.en) in table \"\(assessment.table.name)\" is this project's reading of the sources."
                })
            case .unknown:
                draft.warn("threshold-unknown", RuleMessage(citations: threshold.citations) { language in
                    language == .nb
                        ? "Ingen kjent grense for \(name.nb) i tabellen «\(assessment.table.name)» (\(assessment.table.definedBy)): \(unknownMeans.nb)"
                        : "No known limit for \(name.en) in table \"\(assessment.table.name)\" (\(assessment.table.definedBy)): \(unknownMeans.en)"
                })
            }
        }
    }
}
