extension Case {
    /// A case made in code, checked exactly as one read from JSON (contract.md "Case (input)"):
    /// the case declaration's kinds and ranges, substance and unit names (Norwegian names and
    /// aliases resolved to their ids, misspellings refused with the closest name), and the
    /// cross-field rules — age against birth date, date order, unit against substance.
    ///
    /// ```swift
    /// let theCase = try Case(
    ///     offenceDate: LegalDate("2026-03-14")!, decisionDate: LegalDate("2026-05-02")!,
    ///     person: Person(birthDate: nil, ageAtOffence: 23, dependent: .no, priorDrugReactions: 0,
    ///                    consent: nil, guardianConsent: nil),
    ///     acts: [.possession], substances: [SubstanceAmount(substance: "hasj", amount: 4, unit: "g")])
    /// ```
    ///
    /// - Throws: ``CaseErrors`` with every error found, each with the contract's code and the
    ///   JSON Pointer the field would have in a case file.
    public init(
        id: String? = nil, offenceDate: LegalDate, decisionDate: LegalDate? = nil, person: Person, acts: [Act],
        ownUse: Bool = true, substances: [SubstanceAmount], otherOffences: Bool = false,
        vocabulary: Vocabulary = RuleBook.builtIn.vocabulary
    ) throws(CaseErrors) {
        var object = JSONObject()
        if let id { object.append("id", .string(id)) }
        object.append("offenceDate", .string(offenceDate.description))
        if let decisionDate { object.append("decisionDate", .string(decisionDate.description)) }
        var facts = JSONObject()
        if let birthDate = person.birthDate { facts.append("birthDate", .string(birthDate.description)) }
        facts.append("ageAtOffence", .number(JSONNumber(person.ageAtOffence)))
        facts.append("dependent", person.dependent.json)
        facts.append("priorDrugReactions", .number(JSONNumber(person.priorDrugReactions)))
        if let consent = person.consent { facts.append("consent", .bool(consent)) }
        if let guardian = person.guardianConsent { facts.append("guardianConsent", .bool(guardian)) }
        object.append("person", .object(facts))
        object.append("acts", .array(acts.map { .string($0.rawValue) }))
        object.append("ownUse", .bool(ownUse))
        object.append(
            "substances",
            .array(
                substances.map(\.json)))
        object.append("otherOffences", .bool(otherOffences))
        switch CaseDecoder(vocabulary: vocabulary).decode(.object(object)) {
        case .success(let checked): self = checked
        case .failure(let errors): throw errors
        }
    }
}

extension Dependency {
    /// As a case file writes it: `false`, `true` or `"doubtful"` (contract.md).
    var json: JSONValue { self == .doubtful ? .string(rawValue) : .bool(self == .yes) }
}

extension SubstanceAmount {
    /// As a case file writes it: the substance, and the amount and unit where there are ones.
    var json: JSONValue {
        var item = JSONObject()
        item.append("substance", .string(substance))
        if let amount { item.append("amount", .number(JSONNumber(amount))) }
        if let unit { item.append("unit", .string(unit)) }
        return .object(item)
    }
}
