import Foundation

/// What the person did (contract `acts`): bruk, besittelse, erverv, oppbevaring.
public enum Act: String, Sendable, CaseIterable {
    case use, possession, acquisition, storage
}

/// Drug dependency as a legal notion; doubt counts in the suspect's favour (RA 13.05.2022).
public enum Dependency: String, Sendable, CaseIterable {
    case no, yes, doubtful

    /// Whether the dependent-user rule may apply (docs/law.md §5.3: `true` or `"doubtful"`).
    public var countsAsDependent: Bool { self != .no }
}

/// One substance in a case. `amount` and `unit` are absent only in a use-only case.
public struct SubstanceAmount: Sendable, Equatable {
    /// The canonical substance id (an alias in the input is resolved to it).
    public let substance: String
    public let amount: ExactDecimal?
    public let unit: String?

    public init(substance: String, amount: ExactDecimal?, unit: String?) {
        self.substance = substance
        self.amount = amount
        self.unit = unit
    }
}

public struct Person: Sendable, Equatable {
    public let birthDate: LegalDate?
    /// Completed years on the offence date, given or computed from `birthDate`.
    public let ageAtOffence: Int
    public let dependent: Dependency
    public let priorDrugReactions: Int
    /// Nil means not yet known.
    public let consent: Bool?
    public let guardianConsent: Bool?

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
    public let id: String?
    public let offenceDate: LegalDate
    /// Nil when the input leaves it out; the engine then assumes today's date and says so.
    public let decisionDate: LegalDate?
    public let person: Person
    public let acts: [Act]
    public let ownUse: Bool
    public let substances: [SubstanceAmount]
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
