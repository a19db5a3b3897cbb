import Foundation

/// What the person did (contract `acts`): bruk, besittelse, erverv, oppbevaring.
public enum Act: String, Sendable, CaseIterable {
    /// Bruk: using the substance.
    case use
    /// Besittelse: possessing it.
    case possession
    /// Erverv: acquiring it.
    case acquisition
    /// Oppbevaring: storing it.
    case storage
}

/// Drug dependency as a legal notion; doubt counts in the suspect's favour (RA 13.05.2022).
public enum Dependency: String, Sendable, CaseIterable {
    /// Not a dependent user.
    case no
    /// A dependent user.
    case yes
    /// Doubt whether the person is dependent; counts as dependent (docs/law.md §5.3).
    case doubtful

    /// Whether the dependent-user rule may apply (docs/law.md §5.3: `true` or `"doubtful"`).
    public var countsAsDependent: Bool { self != .no }
}

/// One substance in a case. `amount` and `unit` are absent only in a use-only case.
public struct SubstanceAmount: Sendable, Equatable {
    /// The canonical substance id (an alias in the input is resolved to it).
    public let substance: String
    /// The amount as written, exactly; nil only in a use-only case.
    public let amount: ExactDecimal?
    /// The canonical unit id (`g`, `ml`, a counted unit); nil with no amount.
    public let unit: String?

    /// A substance entry as the decoder makes it; build a checked ``Case`` to have it checked.
    public init(substance: String, amount: ExactDecimal?, unit: String?) {
        self.substance = substance
        self.amount = amount
        self.unit = unit
    }
}

/// The person the case is about, as of the offence date.
public struct Person: Sendable, Equatable {
    /// The birth date, where the input gives it.
    public let birthDate: LegalDate?
    /// Completed years on the offence date, given or computed from `birthDate`.
    public let ageAtOffence: Int
    /// Whether the person is a dependent user (a legal notion; doubt counts as dependent).
    public let dependent: Dependency
    /// How many earlier reactions for drug offences the person has had.
    public let priorDrugReactions: Int
    /// Nil means not yet known.
    public let consent: Bool?
    /// The guardian's consent (under 18): true, false, or nil when not yet known.
    public let guardianConsent: Bool?

    /// A person as given; the checked ``Case`` initialiser checks the age against the birth date.
    public init(
        birthDate: LegalDate?, ageAtOffence: Int, dependent: Dependency, priorDrugReactions: Int, consent: Bool?,
        guardianConsent: Bool?
    ) {
        self.birthDate = birthDate
        self.ageAtOffence = ageAtOffence
        self.dependent = dependent
        self.priorDrugReactions = priorDrugReactions
        self.consent = consent
        self.guardianConsent = guardianConsent
    }

    /// The answer of one party: true, false, or nil when not yet known.
    public func consent(of party: ConsentParty) -> Bool? {
        party == .consent ? consent : guardianConsent
    }
}

/// A validated case (contract.md "Case (input)").
public struct Case: Sendable, Equatable {
    /// The case's own number or name, if it has one (printed as «Sak …»).
    public let id: String?
    /// The date of the act (gjerningstidspunktet).
    public let offenceDate: LegalDate
    /// Nil when the input leaves it out; the engine then assumes today's date and says so.
    public let decisionDate: LegalDate?
    /// The person, as of the offence date.
    public let person: Person
    /// What the person did, each act once.
    public let acts: [Act]
    /// Whether the befatning was for own use; without it the case is ordinary prosecution.
    public let ownUse: Bool
    /// The substances, each with its amount and unit (none in a use-only case).
    public let substances: [SubstanceAmount]
    /// Whether the case also concerns other offences (the answer then covers the drug offence only).
    public let otherOffences: Bool
    /// The values of fields added to the case declaration that the engine has no property of
    /// its own for (``CaseDeclaration/additionalFields``), by key, as read.
    public internal(set) var declaredFacts: [String: JSONValue] = [:]

    /// A case as the decoder builds it, its values already checked: for this package's readers.
    /// Code outside it makes a case with the checking initialiser.
    package init(
        unchecked id: String?, offenceDate: LegalDate, decisionDate: LegalDate?, person: Person, acts: [Act],
        ownUse: Bool, substances: [SubstanceAmount], otherOffences: Bool
    ) {
        self.id = id
        self.offenceDate = offenceDate
        self.decisionDate = decisionDate
        self.person = person
        self.acts = acts
        self.ownUse = ownUse
        self.substances = substances
        self.otherOffences = otherOffences
    }

    /// A use-only case names substances without amounts (docs/law.md §5.1.5).
    public var isUseOnly: Bool { acts == [.use] }
}
