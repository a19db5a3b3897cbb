import Foundation

/// Draws synthetic cases (contract format) from a distribution; the same seed gives the same cases.
package struct CaseSampler {
    private var random: SplitMix64
    private let distribution: SampleDistribution
    private let seed: UInt64
    private let ownDistribution: Bool
    private var drawn = 0

    /// `ownDistribution` marks the cases' ids as drawn from a distribution other than the
    /// standard one (``ReportProvenance/syntheticMark(_:)``).
    package init(distribution: SampleDistribution = .standard, seed: UInt64, ownDistribution: Bool = false) {
        self.distribution = distribution
        self.random = SplitMix64(seed: seed)
        self.seed = seed
        self.ownDistribution = ownDistribution
    }

    private mutating func pick<Value>(_ options: [SampleDistribution.Weighted<Value>]) -> Value {
        options[random.pick(options.map(\.weight))].value
    }

    /// The first age that is not a minor's (the guardian's consent is drawn below it): where the
    /// young-adult track begins in the vocabulary.
    private static let minorsUntil = RuleBook.builtIn.vocabulary.definition(of: .ungVoksen).fromAge

    /// The next case, as the JSON a user would write, its keys from the case declaration.
    package mutating func next() -> JSONValue {
        drawn += 1
        let d = distribution
        let decisionDay = random.integer(d.decisionFrom.daysSinceEpoch...d.decisionTo.daysSinceEpoch)
        let offence = LegalDate(daysSinceEpoch: decisionDay - random.integer(d.daysToDecision))!
        let age = random.integer(pick(d.ages))
        var person = JSONObject()
        if random.unit() < d.birthDateShare {
            // A birth date that gives exactly `age` on the offence date: after the same day
            // age + 1 years earlier, and no later than the same day age years earlier.
            func yearsBefore(_ years: Int) -> Int {
                let year = offence.year - years
                return LegalDate(
                    year: year, month: offence.month,
                    day: min(offence.day, LegalDate.daysIn(month: offence.month, year: year)))!.daysSinceEpoch
            }
            var birth = LegalDate(daysSinceEpoch: random.integer(yearsBefore(age + 1) + 1...yearsBefore(age)))!
            while offence.completedYears(since: birth) > age { birth = LegalDate(daysSinceEpoch: birth.daysSinceEpoch + 1)! }
            while offence.completedYears(since: birth) < age { birth = LegalDate(daysSinceEpoch: birth.daysSinceEpoch - 1)! }
            person.set(CaseField.birthDate.key, .string(birth.description))
        } else {
            person.set(CaseField.ageAtOffence.key, .number(JSONNumber(age)))
        }
        switch pick(d.dependent) {
        case "true": person.set(CaseField.dependent.key, .bool(true))
        case "doubtful": person.set(CaseField.dependent.key, .string("doubtful"))
        default: person.set(CaseField.dependent.key, .bool(false))
        }
        person.set(CaseField.priorDrugReactions.key, .number(JSONNumber(pick(d.priorReactions))))
        for key in [CaseField.consent.key] + (age < Self.minorsUntil ? [CaseField.guardianConsent.key] : []) {
            switch pick(d.consent) {
            case "true": person.set(key, .bool(true))
            case "false": person.set(key, .bool(false))
            default: break
            }
        }
        let acts = pick(d.acts)
        let withoutAmount = acts == ["use"] && random.unit() < d.useOnlyWithoutAmountShare
        var substances: [JSONValue] = []
        var used = Set<String>()
        for _ in 0..<pick(d.substanceCount) {
            let model = d.substances[random.pick(d.substances.map(\.weight))]
            guard used.insert(model.substance).inserted else { continue }
            var entry = JSONObject()
            entry.set(CaseField.substance.key, .string(model.substance))
            if !withoutAmount {
                let raw = model.median * exp(model.spread * random.normal())
                let scale = pow(10, Double(model.decimals))
                let amount = max((raw * scale).rounded() / scale, 1 / scale)
                entry.set(CaseField.amount.key, .number(JSONNumber(text: Self.format(amount, decimals: model.decimals))))
                entry.set(CaseField.unit.key, .string(model.unit))
            }
            substances.append(.object(entry))
        }
        var object = JSONObject()
        object.set(CaseField.id.key, .string(ReportProvenance.syntheticID(seed: seed, number: drawn, ownDistribution: ownDistribution)))
        object.set(CaseField.offenceDate.key, .string(offence.description))
        object.set(CaseField.decisionDate.key, .string(LegalDate(daysSinceEpoch: decisionDay)!.description))
        object.set(CaseField.person.key, .object(person))
        object.set(CaseField.acts.key, .array(acts.map { .string($0) }))
        object.set(CaseField.ownUse.key, .bool(random.unit() < d.ownUseShare))
        object.set(CaseField.substances.key, .array(substances))
        object.set(CaseField.otherOffences.key, .bool(random.unit() < d.otherOffencesShare))
        return .object(object)
    }

    /// The shortest decimal text for an amount rounded to `decimals` places.
    static func format(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
