import Foundation

/// The distribution synthetic cases are drawn from. Written as JSON (see `defaultJSON`), so an
/// analyst can print it (`rusctl sample --show-distribution`), change it and pass it back.
package struct SampleDistribution: Sendable {
    struct Weighted<Value: Sendable>: Sendable {
        let value: Value
        let weight: Double
    }

    struct AmountModel: Sendable {
        let substance: String
        let unit: String
        let weight: Double
        let median: Double
        let spread: Double
        let decimals: Int
    }

    let decisionFrom: LegalDate
    let decisionTo: LegalDate
    let daysToDecision: ClosedRange<Int>
    let ages: [Weighted<ClosedRange<Int>>]
    let birthDateShare: Double
    let dependent: [Weighted<String>]
    let priorReactions: [Weighted<Int>]
    let consent: [Weighted<String>]
    let ownUseShare: Double
    let otherOffencesShare: Double
    let acts: [Weighted<[String]>]
    let useOnlyWithoutAmountShare: Double
    let substanceCount: [Weighted<Int>]
    let substances: [AmountModel]
    /// Where the figures come from (`"sources"`: `{"nb": …, "en": …}` each); shown in the
    /// synthetic-cases notice of every report over cases drawn from this distribution.
    package let sources: [LocalizedText]
    /// The JSON the distribution was read from (what ``varying(_:to:vocabulary:)`` edits).
    var source: JSONValue = .null

    /// The default distribution. `otherOffencesShare` follows Politidirektoratet's report of 2019 (2017: 55 % of use cases
    /// and about 42 % of possession cases were part of case complexes with other offences); the
    /// rest are stated assumptions (docs/analyst.md, "Synthetic cases").
    package static let defaultJSON = #"""
        {
          "sources": [
            { "nb": "andelen med andre lovbrudd i samme sak (50 %) bygger på Politidirektoratet: Utredningsoppdrag – politiets rolle og straffereaksjoner for bruk og besittelse av narkotika, 2019 (tall for 2017: 55 % av brukssakene og om lag 42 % av besittelsessakene inngikk i sakskomplekser med andre lovbrudd)",
              "en": "the share with other offences in the same case (50 %) rests on Politidirektoratet: Utredningsoppdrag – politiets rolle og straffereaksjoner for bruk og besittelse av narkotika, 2019 (figures for 2017: 55 % of use cases and about 42 % of possession cases were part of case complexes with other offences)" },
            { "nb": "alt annet (datoer, alder, avhengighet, tidligere reaksjoner, samtykke, handlinger, stoffer og mengder) er antakelser, se dokumentasjonen for analytikere («Synthetic cases»)",
              "en": "everything else (dates, age, dependency, earlier reactions, consent, acts, substances and amounts) is assumed, see the analysts' documentation («Synthetic cases»)" }
          ],
          "decisionDates": { "from": "2022-04-08", "to": "2024-12-31" },
          "daysFromOffenceToDecision": { "min": 14, "max": 180 },
          "ageGroups": [
            { "from": 13, "to": 14, "weight": 3 },
            { "from": 15, "to": 17, "weight": 17 },
            { "from": 18, "to": 24, "weight": 40 },
            { "from": 25, "to": 60, "weight": 40 }
          ],
          "birthDateShare": 0.8,
          "dependent": { "false": 0.8, "true": 0.12, "doubtful": 0.08 },
          "priorDrugReactions": { "0": 0.6, "1": 0.25, "2": 0.1, "3": 0.05 },
          "consent": { "true": 0.55, "false": 0.1, "unknown": 0.35 },
          "ownUseShare": 0.96,
          "otherOffencesShare": 0.5,
          "acts": [
            { "acts": ["use"], "weight": 20 },
            { "acts": ["use", "possession"], "weight": 40 },
            { "acts": ["possession"], "weight": 22 },
            { "acts": ["acquisition", "possession"], "weight": 12 },
            { "acts": ["possession", "storage"], "weight": 6 }
          ],
          "useOnlyWithoutAmountShare": 0.5,
          "substanceCount": { "1": 0.82, "2": 0.13, "3": 0.04, "4": 0.01 },
          "substances": [
            { "substance": "cannabis", "unit": "g", "weight": 55, "median": 3, "spread": 0.9, "decimals": 1 },
            { "substance": "amphetamine", "unit": "g", "weight": 12, "median": 1.5, "spread": 0.8, "decimals": 2 },
            { "substance": "cocaine", "unit": "g", "weight": 10, "median": 1, "spread": 0.8, "decimals": 2 },
            { "substance": "methamphetamine", "unit": "g", "weight": 4, "median": 1, "spread": 0.8, "decimals": 2 },
            { "substance": "heroin", "unit": "g", "weight": 4, "median": 1, "spread": 0.9, "decimals": 2 },
            { "substance": "mdma", "unit": "g", "weight": 6, "median": 0.5, "spread": 0.7, "decimals": 2 },
            { "substance": "medicines", "unit": "doses", "weight": 4, "median": 8, "spread": 0.8, "decimals": 0 },
            { "substance": "ghb", "unit": "ml", "weight": 2, "median": 40, "spread": 0.7, "decimals": 0 },
            { "substance": "lsd", "unit": "blotters", "weight": 1, "median": 1, "spread": 0.6, "decimals": 0 },
            { "substance": "psilocybin-mushrooms", "unit": "g", "weight": 1, "median": 15, "spread": 0.8, "decimals": 1 },
            { "substance": "khat", "unit": "g", "weight": 1, "median": 400, "spread": 0.7, "decimals": 0 }
          ]
        }
        """#

    package static let standard: SampleDistribution = try! load(json: Array(defaultJSON.utf8), vocabulary: RuleBook.builtIn.vocabulary)

    /// Reads a distribution strictly (unknown keys, unknown substances, units that do not fit).
    package static func load(json bytes: [UInt8], vocabulary: Vocabulary) throws(RuleDataError) -> SampleDistribution {
        guard bytes.count <= RuleBook.maximumRuleFileBytes else {
            throw RuleDataError(
                source: "distribution",
                errors: [
                    InputError(
                        code: .tooLarge, pointer: .root, message: "the distribution file is larger than \(RuleBook.maximumRuleFileBytes / 1024) KiB")
                ])
        }
        let value = try RuleDataLoader.parse(bytes, source: "distribution")
        var reader = StrictReader()
        let root = JSONPointer.root
        let keys = [
            "decisionDates", "daysFromOffenceToDecision", "ageGroups", "birthDateShare", "dependent",
            "priorDrugReactions", "consent", "ownUseShare", "otherOffencesShare", "acts",
            "useOnlyWithoutAmountShare", "substanceCount", "substances",
        ]
        guard let object = reader.object(value, at: root, required: keys, optional: ["sources"]) else {
            throw RuleDataError(source: "distribution", errors: reader.errors)
        }
        func share(_ key: String) -> Double {
            guard case .number(let number)? = object[key], (0...1).contains(number.double) else {
                reader.fail(.outOfRange, root.appending(key), "expected a share from 0 to 1")
                return 0
            }
            return number.double
        }
        /// Shares of one choice (`dependent`, `consent`, …): each from 0 to 1, summing to 1 —
        /// never rescaled behind the analyst's back.
        func weights(_ key: String, allowed: [String]?) -> [Weighted<String>] {
            guard let map = reader.map(object[key], at: root.appending(key)) else { return [] }
            let numbers = map.members.compactMap { member -> Double? in
                if case .number(let number) = member.value { return number.double }
                return nil
            }
            let sum = numbers.reduce(0, +)
            if numbers.count == map.members.count, abs(sum - 1) > 1e-6 {
                reader.fail(
                    .invalidValue, root.appending(key),
                    "the shares of \(key) sum to \(Self.written(sum)), not 1; make them add up to 1 (nothing is rescaled)")
            }
            return map.members.compactMap { member in
                if let allowed, !allowed.contains(member.key) {
                    reader.fail(.invalidValue, root.appending(key).appending(member.key), "expected one of: \(allowed.joined(separator: ", "))")
                    return nil
                }
                guard case .number(let number) = member.value, number.double >= 0 else {
                    reader.fail(.outOfRange, root.appending(key).appending(member.key), "expected a weight ≥ 0")
                    return nil
                }
                return Weighted(value: member.key, weight: number.double)
            }
        }
        func weight(_ entry: JSONObject, at pointer: JSONPointer) -> Double {
            guard case .number(let number)? = entry["weight"], number.double >= 0 else {
                reader.fail(.outOfRange, pointer.appending("weight"), "expected a weight ≥ 0")
                return 0
            }
            return number.double
        }
        var from = LegalDate(year: 2022, month: 4, day: 8)!
        var to = from
        if let dates = reader.object(object["decisionDates"], at: root.appending("decisionDates"), required: ["from", "to"]) {
            from = reader.date(dates, "from", at: root.appending("decisionDates")) ?? from
            to = reader.date(dates, "to", at: root.appending("decisionDates")) ?? to
            if to < from { reader.fail(.dateOrder, root.appending("decisionDates").appending("to"), "ends before it starts") }
        }
        var days = 0...0
        if let range = reader.object(object["daysFromOffenceToDecision"], at: root.appending("daysFromOffenceToDecision"), required: ["min", "max"]) {
            let at = root.appending("daysFromOffenceToDecision")
            let low = reader.integer(range, "min", at: at, in: 0...3650) ?? 0
            let high = reader.integer(range, "max", at: at, in: 0...3650) ?? 0
            days = low...max(low, high)
        }
        var ages: [Weighted<ClosedRange<Int>>] = []
        for (index, entry) in (reader.array(object, "ageGroups", at: root, nonEmpty: true) ?? []).enumerated() {
            let at = root.appending("ageGroups").appending(index)
            guard let group = reader.object(entry, at: at, required: ["from", "to", "weight"]),
                let low = reader.integer(group, "from", at: at, in: 0...130), let high = reader.integer(group, "to", at: at, in: 0...130)
            else { continue }
            ages.append(Weighted(value: low...max(low, high), weight: weight(group, at: at)))
        }
        var acts: [Weighted<[String]>] = []
        for (index, entry) in (reader.array(object, "acts", at: root, nonEmpty: true) ?? []).enumerated() {
            let at = root.appending("acts").appending(index)
            guard let group = reader.object(entry, at: at, required: ["acts", "weight"]),
                let list = reader.strings(group, "acts", at: at, nonEmpty: true)
            else { continue }
            if list.contains(where: { Act(rawValue: $0) == nil }) {
                reader.fail(.unknownAct, at.appending("acts"), "acts are use, possession, acquisition, storage")
            }
            acts.append(Weighted(value: list, weight: weight(group, at: at)))
        }
        var substances: [AmountModel] = []
        for (index, entry) in (reader.array(object, "substances", at: root, nonEmpty: true) ?? []).enumerated() {
            let at = root.appending("substances").appending(index)
            guard let model = reader.object(entry, at: at, required: ["substance", "unit", "weight", "median", "spread", "decimals"]),
                let substance = reader.string(model, "substance", at: at), let unit = reader.string(model, "unit", at: at),
                let decimals = reader.integer(model, "decimals", at: at, in: 0...6)
            else { continue }
            guard let definition = vocabulary.substance(named: substance), definition.units.contains(unit) else {
                reader.fail(.unitMismatch, at.appending("unit"), "\(substance) is not a substance measured in \(unit)")
                continue
            }
            guard case .number(let median)? = model["median"], median.double > 0,
                case .number(let spread)? = model["spread"], spread.double >= 0
            else {
                reader.fail(.outOfRange, at, "median must be > 0 and spread ≥ 0")
                continue
            }
            substances.append(
                AmountModel(
                    substance: definition.id, unit: unit, weight: weight(model, at: at),
                    median: median.double, spread: spread.double, decimals: decimals))
        }
        var sources: [LocalizedText] = []
        for (index, entry) in (reader.array(object, "sources", at: root, nonEmpty: false) ?? []).enumerated() {
            let at = root.appending("sources").appending(index)
            guard let source = reader.object(entry, at: at, required: ["nb", "en"]),
                let nb = reader.string(source, "nb", at: at), let en = reader.string(source, "en", at: at)
            else { continue }
            sources.append(LocalizedText(nb: nb, en: en))
        }
        let distribution = SampleDistribution(
            decisionFrom: from, decisionTo: to, daysToDecision: days, ages: ages, birthDateShare: share("birthDateShare"),
            dependent: weights("dependent", allowed: ["false", "true", "doubtful"]),
            priorReactions: weights("priorDrugReactions", allowed: nil).compactMap { entry in
                guard let count = Int(entry.value), count >= 0 else {
                    reader.fail(.invalidValue, root.appending("priorDrugReactions").appending(entry.value), "expected a whole number ≥ 0")
                    return nil
                }
                return Weighted(value: count, weight: entry.weight)
            },
            consent: weights("consent", allowed: ["true", "false", "unknown"]), ownUseShare: share("ownUseShare"),
            otherOffencesShare: share("otherOffencesShare"), acts: acts, useOnlyWithoutAmountShare: share("useOnlyWithoutAmountShare"),
            substanceCount: weights("substanceCount", allowed: nil).compactMap { entry in
                guard let count = Int(entry.value), count >= 1 else {
                    reader.fail(.invalidValue, root.appending("substanceCount").appending(entry.value), "expected a whole number ≥ 1")
                    return nil
                }
                return Weighted(value: count, weight: entry.weight)
            },
            substances: substances, sources: sources)
        guard reader.errors.isEmpty else { throw RuleDataError(source: "distribution", errors: reader.errors) }
        var loaded = distribution
        loaded.source = value
        return loaded
    }
}

extension SampleDistribution {
    /// The parameters `compare --vary` can set, as a reader names them.
    /// A sum as an analyst reads it: 0.95, not 0.9500000000000001.
    static func written(_ value: Double) -> String {
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    package static let variableParameters = [
        "birthDateShare", "ownUseShare", "otherOffencesShare", "useOnlyWithoutAmountShare",
        "dependent.true|false|doubtful", "consent.true|false|unknown", "age.<from>-<to>", "substance.<substance>",
        "median.<substance>", "spread.<substance>",
    ]

    /// The shares a reader needs to know the population by, from the data: the age mix, the
    /// dependent users and the substance mix («15–17 år 17 %, …; rusavhengige 12 %, tvil 8 %; …»).
    package func keyShares(_ language: Language, vocabulary: Vocabulary) -> String {
        let nb = language == .nb
        func percent(_ share: Double) -> String {
            let text = String(format: "%.1f", share * 100).replacingOccurrences(of: ".0", with: "")
            return (nb ? text.replacingOccurrences(of: ".", with: ",") : text) + " %"
        }
        let ageTotal = ages.reduce(0) { $0 + $1.weight }
        let age = ages.map { "\($0.value.lowerBound)–\($0.value.upperBound)\(nb ? " år" : "") \(percent($0.weight / ageTotal))" }
        let dependentTotal = dependent.reduce(0) { $0 + $1.weight }
        let answers = ["true": nb ? "rusavhengige" : "dependent", "doubtful": nb ? "tvil" : "doubtful"]
        let dependency = dependent.compactMap { entry in answers[entry.value].map { "\($0) \(percent(entry.weight / dependentTotal))" } }
        let substanceTotal = substances.reduce(0) { $0 + $1.weight }
        let mix = substances.map { "\(Wording.substance($0.substance, vocabulary, language)) \(percent($0.weight / substanceTotal))" }
        return [
            (nb ? "alder: " : "age: ") + age.joined(separator: ", "),
            dependency.joined(separator: ", "),
            (nb ? "stoffer: " : "substances: ") + mix.joined(separator: ", "),
        ].joined(separator: "; ")
    }

    /// The distribution with one parameter set to `value`: a share (`ownUseShare`, …); one
    /// answer's share of a weighted choice (`dependent.true=0.2`: the other answers share the
    /// rest in their old proportions); an age group's share of the age mix (`age.15-17=0.3`) or a
    /// substance's share of the substance mix (`substance.heroin=0.1`), the others again sharing
    /// the rest in their old proportions; or a substance's `median.cannabis` / `spread.cannabis`.
    package func varying(_ key: String, to value: Double, vocabulary: Vocabulary) throws(RuleDataError) -> SampleDistribution {
        func failure(_ message: String) -> RuleDataError {
            RuleDataError(source: "--vary", errors: [InputError(code: .invalidValue, pointer: JSONPointer.root.appending(key), message: message)])
        }
        guard case .object(var root) = source else { throw failure("the distribution has no source to vary") }
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        let number = JSONValue.number(JSONNumber(text: String(value)))
        if parts.count == 1 {
            guard key.hasSuffix("Share"), root[key] != nil else {
                throw failure("unknown parameter \"\(key)\"; expected one of: \(Self.variableParameters.joined(separator: ", "))")
            }
            root.set(key, number)
        } else if ["dependent", "consent"].contains(parts[0]) {
            guard case .object(var weights)? = root[parts[0]], weights[parts[1]] != nil else {
                throw failure("\(parts[0]) has no answer \"\(parts[1])\"")
            }
            guard (0...1).contains(value) else { throw failure("a share is from 0 to 1") }
            let others = weights.keys.filter { $0 != parts[1] }
            let rest = others.reduce(0.0) { total, name in
                if case .number(let weight)? = weights[name] { return total + weight.double }
                return total
            }
            for name in others {
                guard case .number(let weight)? = weights[name] else { continue }
                let scaled = rest == 0 ? (1 - value) / Double(others.count) : weight.double / rest * (1 - value)
                weights.set(name, .number(JSONNumber(text: String(scaled))))
            }
            weights.set(parts[1], number)
            root.set(parts[0], .object(weights))
        } else if ["age", "substance"].contains(parts[0]) {
            guard (0...1).contains(value) else { throw failure("a share is from 0 to 1") }
            let list = parts[0] == "age" ? "ageGroups" : "substances"
            guard case .array(var entries)? = root[list] else { throw failure("the distribution has no \(list)") }
            let matches = { (entry: JSONValue) -> Bool in
                guard case .object(let object) = entry else { return false }
                if parts[0] == "age" {
                    guard case .number(let from)? = object["from"], case .number(let to)? = object["to"] else { return false }
                    return "\(from.text)-\(to.text)" == parts[1]
                }
                guard case .string(let name)? = object["substance"] else { return false }
                return vocabulary.substance(named: name)?.id == vocabulary.substance(named: parts[1])?.id
            }
            guard let target = entries.firstIndex(where: matches) else {
                throw failure(
                    parts[0] == "age" ? "no age group \"\(parts[1])\" (write from-to, e.g. 15-17)" : "the distribution draws no substance \"\(parts[1])\"")
            }
            let weight = { (entry: JSONValue) -> Double in
                if case .object(let object) = entry, case .number(let weight)? = object["weight"] { return weight.double }
                return 0
            }
            let rest = entries.indices.filter { $0 != target }.reduce(0.0) { $0 + weight(entries[$1]) }
            let others = entries.count - 1
            for index in entries.indices {
                guard case .object(var object) = entries[index] else { continue }
                let share =
                    index == target ? value : rest == 0 ? (1 - value) / Double(max(others, 1)) : weight(entries[index]) / rest * (1 - value)
                object.set("weight", .number(JSONNumber(text: String(share))))
                entries[index] = .object(object)
            }
            root.set(list, .array(entries))
        } else if ["median", "spread"].contains(parts[0]) {
            guard case .array(var models)? = root["substances"],
                let index = models.firstIndex(where: { model in
                    if case .object(let object) = model, case .string(let name)? = object["substance"] {
                        return vocabulary.substance(named: name)?.id == vocabulary.substance(named: parts[1])?.id
                    }
                    return false
                }), case .object(var model) = models[index]
            else { throw failure("the distribution draws no substance \"\(parts[1])\"") }
            model.set(parts[0], number)
            models[index] = .object(model)
            root.set("substances", .array(models))
        } else {
            throw failure("unknown parameter \"\(key)\"; expected one of: \(Self.variableParameters.joined(separator: ", "))")
        }
        return try Self.load(json: Array(JSONWriter.compact(.object(root)).utf8), vocabulary: vocabulary)
    }
}
