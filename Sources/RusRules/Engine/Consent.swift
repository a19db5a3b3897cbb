/// docs/law.md §5.2.2 and §5.2.5 — Reactions and conditions that need consent (listed in the
/// vocabulary data: ungdomsoppfølging and ruskontrakt need the youth's and the guardian's,
/// ruskontroll and oppfølging i konfliktråd the person's). A refusal (`false`) by any party
/// excludes them; consent not given in the input leaves them available, marked as requiring it.
enum Consent {
    static let id = "consent"

    enum State: Equatable {
        case given
        case pending([ConsentParty])
        case refused([ConsentParty])
    }

    static func state(of parties: [ConsentParty], for person: Person) -> State {
        let refused = parties.filter { person.consent(of: $0) == false }
        if !refused.isEmpty { return .refused(refused) }
        let pending = parties.filter { person.consent(of: $0) == nil }
        return pending.isEmpty ? .given : .pending(pending)
    }

    static func isRefused(_ parties: [ConsentParty], for person: Person) -> Bool {
        if case .refused = state(of: parties, for: person) { return true }
        return false
    }

    /// Whether `reason` is the one ``reason(_:for:)`` gives: what an option's consent stands at.
    /// A refusal is matched whole, so that a reason that only quotes one («Vilkår om ruskontroll
    /// foreslås ikke: Den siktede har nektet samtykke.») stays a reason of its own.
    static func isConsentReason(_ reason: LocalizedText) -> Bool {
        reason.nb.hasPrefix("Krever samtykke fra ") || refusals.contains(reason.nb)
    }

    /// Every refusal ``refusal(_:)`` can write, in Norwegian: by the suspect, the guardian, or both.
    private static let refusals = Set([[ConsentParty.consent], [.guardianConsent], ConsentParty.allCases].map { refusal($0).nb })

    /// «Den siktede har nektet samtykke.»: who refused.
    private static func refusal(_ refusing: [ConsentParty]) -> LocalizedText {
        Wording.both { language in
            let parties = Wording.capitalized(Wording.consentParties(refusing, language))
            return language == .nb
                ? "\(parties) har nektet samtykke."
                : "\(parties) \(refusing.count == 1 ? "has" : "have") refused consent."
        }
    }

    /// Why an option that needs consent stands as it does.
    static func reason(_ parties: [ConsentParty], for person: Person) -> LocalizedText {
        switch state(of: parties, for: person) {
        case .given:
            // In brief beside an available option (the summary states whose consent in full).
            Wording.both { language in
                language == .nb
                    ? "Krever samtykke fra \(Wording.consentParties(parties, language)); samtykke er gitt."
                    : "Requires the consent of \(Wording.consentParties(parties, language)); consent is given."
            }.withBrief(LocalizedText(nb: "Samtykke er gitt.", en: "Consent is given."))
        case .pending(let missing) where missing == parties:
            Wording.both { language in
                language == .nb
                    ? "Krever samtykke fra \(Wording.consentParties(parties, language)); samtykket er ikke avklart."
                    : "Requires the consent of \(Wording.consentParties(parties, language)); it is not yet known."
            }.withBrief(LocalizedText(nb: "Samtykket er ikke avklart.", en: "Whether consent is given is not yet known."))
        case .pending(let missing):
            Wording.both { language in
                language == .nb
                    ? "Krever samtykke fra \(Wording.consentParties(parties, language)); ikke avklart for \(Wording.consentParties(missing, language))."
                    : "Requires the consent of \(Wording.consentParties(parties, language)); not yet known for \(Wording.consentParties(missing, language))."
            }.withBrief(
                Wording.both { language in
                    language == .nb
                        ? "Samtykket er ikke avklart for \(Wording.consentParties(missing, language))."
                        : "Whether \(Wording.consentParties(missing, language)) consents is not yet known."
                })
        case .refused(let refusing): refusal(refusing)
        }
    }

    /// Offers `reaction`, which needs consent: excluded for the refusal when a party whose consent
    /// it needs refuses; otherwise available, for `reason` when given, with what its consent
    /// stands at (citing `citations` beside the reaction's own).
    static func offer(
        _ reaction: Reaction, by rule: String, because reason: RuleMessage? = nil, citing citations: [String] = [],
        _ draft: inout DecisionDraft
    ) {
        let person = draft.context.person
        let parties = draft.context.vocabulary.reaction(reaction).requires
        let consent = Consent.reason(parties, for: person)
        if isRefused(parties, for: person) {
            draft.set(reaction, .excluded, by: rule, RuleMessage(consent, citations: []))
        } else if let reason {
            draft.set(reaction, .available, by: rule, reason)
            draft.addReason(consent, to: reaction)
        } else {
            draft.set(reaction, .available, by: rule, RuleMessage(consent, citations: citations))
        }
    }
}
