import Foundation

/// Loads rule data strictly: unknown keys, missing fields, unknown ids and missing citations
/// are errors with pointers, never defaults.
enum RuleDataLoader {
    static func parse(_ bytes: [UInt8], source: String) throws(RuleDataError) -> JSONValue {
        let result = JSONParser.parse(bytes)
        guard let value = result.value, result.issues.isEmpty else {
            throw RuleDataError(source: source, errors: result.issues.map(InputError.init))
        }
        return value
    }

    static func loadCitations(json: String) throws(RuleDataError) -> [Citation] {
        let value = try parse(Array(json.utf8), source: "citations")
        var reader = StrictReader()
        guard case .array(let entries) = value else {
            throw RuleDataError(
                source: "citations",
                errors: [
                    InputError(code: .wrongType, pointer: .root, message: "expected an array of citations")
                ])
        }
        let citations = readCitations(entries, at: .root, known: [], requireLocation: true, reader: &reader)
        guard reader.errors.isEmpty else { throw RuleDataError(source: "citations", errors: reader.errors) }
        return citations
    }

    /// Citation entries; built-in ones must say where to read them (url or seed), a user's own
    /// ("own proposal") may not have such a place.
    static func readCitations(
        _ entries: [JSONValue], at list: JSONPointer, known: Set<String>, requireLocation: Bool, reader: inout StrictReader
    ) -> [Citation] {
        var citations: [Citation] = []
        for (index, entry) in entries.enumerated() {
            let at = list.appending(index)
            guard
                let object = reader.object(
                    entry, at: at, required: ["id", "title", "section", "date"], optional: ["short", "secondary", "url", "seed", "quote", "terms"]),
                let id = reader.string(object, "id", at: at),
                let title = reader.string(object, "title", at: at),
                let section = reader.string(object, "section", at: at),
                let date = reader.string(object, "date", at: at)
            else { continue }
            if citations.contains(where: { $0.id == id }) || known.contains(id) {
                reader.fail(.duplicateID, at.appending("id"), "citation id \"\(id)\" is already defined")
            }
            if !isPartialDate(date) {
                reader.fail(.invalidDate, at.appending("date"), "\"\(date)\" is not written YYYY, YYYY-MM or YYYY-MM-DD")
            }
            let url = reader.string(object, "url", at: at)
            let seed = reader.string(object, "seed", at: at)
            if requireLocation && url == nil && seed == nil {
                reader.fail(.missingField, at.appending("url"), "a citation needs a url or a seed file to read it in")
            }
            citations.append(
                Citation(
                    id: id, title: title, short: reader.string(object, "short", at: at),
                    secondary: reader.bool(object, "secondary", at: at) ?? false, section: section, date: date, url: url, seed: seed,
                    quote: reader.string(object, "quote", at: at),
                    terms: object["terms"] == nil ? nil : localized(object, "terms", at: at, reader: &reader)))
        }
        return citations
    }

    private static func isPartialDate(_ text: String) -> Bool {
        switch text.count {
        case 4: return Int(text) != nil
        case 7: return LegalDate(text + "-01") != nil
        default: return LegalDate(text) != nil
        }
    }

    static func loadVocabulary(json: String, citationIDs: Set<String>) throws(RuleDataError) -> Vocabulary {
        let value = try parse(Array(json.utf8), source: "vocabulary")
        var reader = StrictReader()
        var citing = CitationChecker(known: citationIDs)
        let root = JSONPointer.root
        guard
            let object = reader.object(
                value, at: root,
                required: ["ageTracks", "units", "acts", "substances", "reactions", "conditions", "plausibility"])
        else { throw RuleDataError(source: "vocabulary", errors: reader.errors) }

        var ageTracks: [AgeTrackDefinition] = []
        for (index, entry) in (reader.array(object, "ageTracks", at: root, nonEmpty: true) ?? []).enumerated() {
            let at = root.appending("ageTracks").appending(index)
            guard let track = reader.object(entry, at: at, required: ["id", "fromAge", "name", "citations"]),
                let id = reader.string(track, "id", at: at),
                let fromAge = reader.integer(track, "fromAge", at: at, in: 0...130),
                let name = localized(track, "name", at: at, reader: &reader),
                let citations = citing.citations(track, at: at, reader: &reader)
            else { continue }
            guard let ageTrack = AgeTrack(rawValue: id) else {
                reader.fail(.unknownID, at.appending("id"), "unknown age track \"\(id)\"")
                continue
            }
            if let last = ageTracks.last, last.fromAge >= fromAge {
                reader.fail(.outOfOrder, at.appending("fromAge"), "age tracks must start at increasing ages")
            }
            ageTracks.append(AgeTrackDefinition(track: ageTrack, fromAge: fromAge, name: name, citations: citations))
        }
        if ageTracks.map(\.track) != AgeTrack.allCases || ageTracks.first?.fromAge != 0 {
            reader.fail(
                .incomplete, root.appending("ageTracks"),
                "expected the tracks barn, ungdom, ung-voksen, voksen in order, the first from age 0")
        }

        var units: [UnitDefinition] = []
        for (index, entry) in (reader.array(object, "units", at: root, nonEmpty: true) ?? []).enumerated() {
            let at = root.appending("units").appending(index)
            guard let unit = reader.object(entry, at: at, required: ["id", "dimension", "perBaseUnit", "aliases"], optional: ["names"]),
                let id = reader.string(unit, "id", at: at),
                let dimension = reader.string(unit, "dimension", at: at),
                let factorText = reader.string(unit, "perBaseUnit", at: at),
                let aliases = reader.strings(unit, "aliases", at: at)
            else { continue }
            guard let factor = ExactDecimal(factorText), factor > .zero, let magnitude = factor.magnitude,
                StrictReader.readableMagnitudes.contains(magnitude)
            else {
                reader.fail(.outOfRange, at.appending("perBaseUnit"), "expected a positive decimal number as text")
                continue
            }
            var definition = UnitDefinition(id: id, dimension: dimension, perBaseUnit: factor, aliases: aliases)
            // A counted unit's names as a reader writes them, one and more: "1 lapp", "2 lapper".
            if unit["names"] != nil, let names = reader.object(unit["names"], at: at.appending("names"), required: ["nb", "en"]) {
                var forms: [Language: (one: String, other: String)] = [:]
                for language in Language.allCases {
                    let formsAt = at.appending("names").appending(language.rawValue)
                    if let pair = reader.object(names[language.rawValue], at: formsAt, required: ["one", "other"]),
                        let one = reader.string(pair, "one", at: formsAt), let other = reader.string(pair, "other", at: formsAt)
                    {
                        forms[language] = (one, other)
                    }
                }
                if forms.count == Language.allCases.count { definition.names = forms.mapValues { UnitDefinition.Forms(one: $0.one, other: $0.other) } }
            }
            units.append(definition)
        }

        var acts: [ActDefinition] = []
        for (index, entry) in (reader.array(object, "acts", at: root, nonEmpty: true) ?? []).enumerated() {
            let at = root.appending("acts").appending(index)
            guard let definition = reader.object(entry, at: at, required: ["id", "name", "aliases"]),
                let idText = reader.string(definition, "id", at: at),
                let name = localized(definition, "name", at: at, reader: &reader),
                let aliases = reader.strings(definition, "aliases", at: at)
            else { continue }
            guard let act = Act(rawValue: idText) else {
                reader.fail(.unknownID, at.appending("id"), "unknown act \"\(idText)\"")
                continue
            }
            acts.append(ActDefinition(act: act, name: name, aliases: aliases))
        }
        if acts.map(\.act) != Act.allCases {
            reader.fail(.incomplete, root.appending("acts"), "expected the acts \(Act.allCases.map(\.rawValue).joined(separator: ", ")) in order")
        }
        var amountFactor = ExactDecimal(10)
        if let plausibility = reader.object(
            object["plausibility"], at: root.appending("plausibility"),
            required: ["amountFactor", "comment"])
        {
            _ = reader.string(plausibility, "comment", at: root.appending("plausibility"))
            amountFactor = reader.positiveDecimal(plausibility, "amountFactor", at: root.appending("plausibility")) ?? amountFactor
        }

        var substances: [SubstanceDefinition] = []
        for (index, entry) in (reader.array(object, "substances", at: root, nonEmpty: true) ?? []).enumerated() {
            let at = root.appending("substances").appending(index)
            guard let substance = reader.object(entry, at: at, required: ["id", "name", "aliases", "units"], optional: ["notUnits"]),
                let id = reader.string(substance, "id", at: at),
                let name = localized(substance, "name", at: at, reader: &reader),
                let aliases = reader.strings(substance, "aliases", at: at),
                let substanceUnits = reader.strings(substance, "units", at: at, nonEmpty: true)
            else { continue }
            for (unitIndex, unit) in substanceUnits.enumerated() where !units.contains(where: { $0.id == unit }) {
                reader.fail(.unknownID, at.appending("units").appending(unitIndex), "unknown unit \"\(unit)\"")
            }
            var definition = SubstanceDefinition(id: id, name: name, aliases: aliases, units: substanceUnits)
            // Words people use for it that are not its unit ("tabletter" for medicines), and what to
            // count instead.
            if substance["notUnits"] != nil,
                let notUnits = reader.object(
                    substance["notUnits"], at: at.appending("notUnits"),
                    required: ["words", "hint"]),
                let words = reader.strings(notUnits, "words", at: at.appending("notUnits"), nonEmpty: true),
                let hint = localized(notUnits, "hint", at: at.appending("notUnits"), reader: &reader)
            {
                definition.notUnits = (words.map { $0.lowercased() }, hint)
            }
            substances.append(definition)
        }

        let reactions: [MeasureDefinition<Reaction>] = measures(object, "reactions", reader: &reader, citing: &citing)
        let conditions: [MeasureDefinition<Condition>] = measures(object, "conditions", reader: &reader, citing: &citing)

        let errors = reader.errors + citing.errors
        guard errors.isEmpty else { throw RuleDataError(source: "vocabulary", errors: errors) }
        return Vocabulary(
            ageTracks: ageTracks, units: units, acts: acts, substances: substances, reactions: reactions, conditions: conditions,
            plausibleAmountFactor: amountFactor)
    }

    /// Reads the reaction or condition definitions, which must name each id of `ID` exactly once.
    private static func measures<ID: RawRepresentable & CaseIterable & Sendable & Equatable>(
        _ object: JSONObject, _ key: String, reader: inout StrictReader, citing: inout CitationChecker
    ) -> [MeasureDefinition<ID>] where ID.RawValue == String {
        var definitions: [MeasureDefinition<ID>] = []
        let listAt = JSONPointer.root.appending(key)
        for (index, entry) in (reader.array(object, key, at: .root, nonEmpty: true) ?? []).enumerated() {
            let at = listAt.appending(index)
            guard
                let measure = reader.object(
                    entry, at: at, required: ["id", "name", "requires", "citations"],
                    optional: ["validFrom"]),
                let idText = reader.string(measure, "id", at: at),
                let name = localized(measure, "name", at: at, reader: &reader),
                let requires = reader.strings(measure, "requires", at: at),
                let citations = citing.citations(measure, at: at, reader: &reader)
            else { continue }
            guard let id = ID(rawValue: idText) else {
                reader.fail(.unknownID, at.appending("id"), "unknown id \"\(idText)\" in \(key)")
                continue
            }
            let parties = requires.compactMap(ConsentParty.init(rawValue:))
            if parties.count != requires.count {
                reader.fail(.unknownID, at.appending("requires"), "expected consent and/or guardianConsent")
            }
            definitions.append(
                MeasureDefinition(
                    id: id, name: name, requires: parties,
                    validFrom: reader.date(measure, "validFrom", at: at), citations: citations))
        }
        let missing = ID.allCases.filter { id in !definitions.contains { $0.id == id } }
        if !missing.isEmpty {
            reader.fail(.incomplete, listAt, "missing definitions for: \(missing.map(\.rawValue).joined(separator: ", "))")
            return definitions
        }
        // Stored in the enum's order, so that a lookup is an index (Vocabulary.reaction(_:)).
        return ID.allCases.compactMap { id in definitions.first { $0.id == id } }
    }

    static func localized(_ object: JSONObject, _ key: String, at pointer: JSONPointer, reader: inout StrictReader)
        -> LocalizedText?
    {
        let at = pointer.appending(key)
        guard let text = reader.object(object[key], at: at, required: ["nb", "en"]),
            let nb = reader.string(text, "nb", at: at), let en = reader.string(text, "en", at: at)
        else { return nil }
        return LocalizedText(nb: nb, en: en)
    }

    /// Text in both languages, or one string for both (a comment written in one language in a
    /// proposal of one's own).
    static func localizedOrPlain(_ object: JSONObject, _ key: String, at pointer: JSONPointer, reader: inout StrictReader)
        -> LocalizedText?
    {
        if case .string(let text) = object[key] { return LocalizedText(nb: text, en: text) }
        return localized(object, key, at: pointer, reader: &reader)
    }

    // MARK: - Rule sets

    static func loadRuleSet(bytes: [UInt8], source: String, into book: RuleBook) throws(RuleDataError)
        -> (RuleSet, [Citation])
    {
        let value = try parse(bytes, source: source)
        var reader = StrictReader()
        let root = JSONPointer.root
        let known = Set(book.citations.map(\.id))
        var ownSources: [Citation] = []
        if let entries = value.objectValue.flatMap({ reader.array($0, "sources", at: root, nonEmpty: true) }) {
            ownSources = readCitations(
                entries, at: root.appending("sources"), known: known, requireLocation: false,
                reader: &reader)
        }
        var citing = CitationChecker(known: known.union(ownSources.map(\.id)))
        let common = ["id", "kind", "title", "version", "status", "citations", "rules", "thresholds", "sources"]
        guard let kindObject = value.objectValue, let kindText = kindObject["kind"]?.stringValue,
            let kind = RuleSetKind(rawValue: kindText)
        else {
            _ = reader.object(
                value, at: root, required: common.filter { $0 != "sources" },
                optional: [
                    "sources", "label", "reactionNames", "validity", "adopted", "useCoversAnyQuantity",
                    "inheritsThresholdsFrom",
                    "baseline", "tiers",
                ])
            if value.objectValue?["kind"] != nil {
                reader.fail(
                    .invalidValue, root.appending("kind"),
                    "expected one of: \(RuleSetKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
            }
            throw RuleDataError(source: source, errors: reader.errors)
        }
        let ownKeys: (required: [String], optional: [String]) =
            switch kind {
            case .practice: (["validity"], ["inheritsThresholdsFrom"])
            case .proposal: (["baseline", "tiers"], [])
            case .statute: (["adopted"], ["inheritsThresholdsFrom", "useCoversAnyQuantity"])
            }
        let object = reader.object(
            value, at: root, required: common.filter { $0 != "sources" } + ownKeys.required,
            optional: ["sources", "label", "reactionNames"] + ownKeys.optional)!

        let id = reader.string(object, "id", at: root) ?? source
        if object["id"] != nil, let problem = Self.idProblem(id) {
            reader.fail(.invalidID, root.appending("id"), "rule set id \"\(JSONParser.shortened(id))\" \(problem)")
        } else if book.ruleSet(id) != nil {
            reader.fail(.duplicateID, root.appending("id"), "a rule set \"\(id)\" is already loaded")
        }
        let title = localized(object, "title", at: root, reader: &reader)
        let label = object["label"] == nil ? nil : localized(object, "label", at: root, reader: &reader)
        let version = reader.string(object, "version", at: root)
        let status = localized(object, "status", at: root, reader: &reader)
        let citations = citing.citations(object, at: root, reader: &reader)

        var validity: Validity?
        if kind == .practice,
            let validityObject = reader.object(
                object["validity"], at: root.appending("validity"), required: ["from"], optional: ["to"])
        {
            let at = root.appending("validity")
            if let from = reader.date(validityObject, "from", at: at) {
                let to = reader.date(validityObject, "to", at: at)
                if let to, to < from {
                    reader.fail(.dateOrder, at.appending("to"), "validity ends before it starts")
                }
                validity = Validity(from: from, to: to)
            }
        }

        let adopted = kind == .statute ? reader.date(object, "adopted", at: root) : nil
        var useCoversAnyQuantity = false
        if object["useCoversAnyQuantity"] != nil {
            useCoversAnyQuantity = reader.bool(object, "useCoversAnyQuantity", at: root) ?? false
        }

        var tables: [String: ThresholdTable] = [:]
        var inherited: String?
        if let parentID = reader.string(object, "inheritsThresholdsFrom", at: root) {
            if let parent = book.ruleSet(parentID), parent.kind == .practice {
                inherited = parentID
                tables = parent.thresholds
            } else {
                reader.fail(
                    .unknownID, root.appending("inheritsThresholdsFrom"),
                    "\"\(parentID)\" is not a practice rule set loaded before this one")
            }
        }
        let tablesAt = root.appending("thresholds")
        if let tableObjects = reader.map(object["thresholds"], at: tablesAt) {
            for member in tableObjects.members {
                if kind != .proposal && !RuleSet.practiceTables.contains(member.key) {
                    reader.fail(
                        .unknownKey, tablesAt.appending(member.key),
                        "a \(kind.rawValue) rule set defines the tables \(RuleSet.practiceTables.joined(separator: " and "))")
                    continue
                }
                if let table = loadTable(
                    member.value, name: member.key, definedBy: id, at: tablesAt.appending(member.key),
                    book: book, reader: &reader, citing: &citing)
                {
                    tables[member.key] = table
                }
            }
        }
        if kind != .proposal && tables[RuleSet.prosecutionTable] == nil {
            reader.fail(
                .missingField, tablesAt.appending(RuleSet.prosecutionTable),
                "a \(kind.rawValue) rule set needs a \"\(RuleSet.prosecutionTable)\" table, its own or inherited")
        }

        var baseline: String?
        var tiers: [ProposalTier] = []
        if kind == .proposal {
            if let baselineID = reader.string(object, "baseline", at: root) {
                if book.ruleSet(baselineID)?.kind == .practice {
                    baseline = baselineID
                } else {
                    reader.fail(.unknownID, root.appending("baseline"), "\"\(baselineID)\" is not a practice rule set")
                }
            }
            for (index, entry) in (reader.array(object, "tiers", at: root, nonEmpty: true) ?? []).enumerated() {
                let at = root.appending("tiers").appending(index)
                if let tier = loadTier(entry, at: at, tables: tables, reader: &reader, citing: &citing) {
                    if let problem = Self.idProblem(tier.id) {
                        reader.fail(.invalidID, at.appending("id"), "tier id \"\(JSONParser.shortened(tier.id))\" \(problem)")
                    } else if tiers.contains(where: { $0.id == tier.id }) {
                        reader.fail(.duplicateID, at.appending("id"), "tier id \"\(tier.id)\" is used by an earlier tier; give each tier its own id")
                    }
                    tiers.append(tier)
                }
            }
        }

        let rules = loadRules(object, kind: kind, tables: tables, at: root, reader: &reader)
        var reactionNames: [Reaction: LocalizedText] = [:]
        let namesAt = root.appending("reactionNames")
        if object["reactionNames"] != nil, let names = reader.map(object["reactionNames"], at: namesAt) {
            for member in names.members {
                guard let reaction = Reaction(rawValue: member.key) else {
                    reader.fail(
                        .unknownID, namesAt.appending(member.key),
                        "no reaction \"\(JSONParser.shortened(member.key))\"; known: \(Reaction.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                let at = namesAt.appending(member.key)
                if let text = reader.object(member.value, at: at, required: ["nb", "en"]),
                    let nb = reader.string(text, "nb", at: at), let en = reader.string(text, "en", at: at)
                {
                    reactionNames[reaction] = LocalizedText(nb: nb, en: en)
                }
            }
        }

        let errors = reader.errors + citing.errors
        guard errors.isEmpty, let title, let version, let status, let citations else {
            throw RuleDataError(source: source, errors: errors)
        }
        var ruleSet = RuleSet(
            id: id, kind: kind, title: title, version: version, status: status, validity: validity,
            citations: citations, rules: rules, thresholds: tables, inheritsThresholdsFrom: inherited, baseline: baseline, tiers: tiers)
        ruleSet.adopted = adopted
        ruleSet.label = label
        ruleSet.useCoversAnyQuantity = useCoversAnyQuantity
        ruleSet.reactionNames = reactionNames
        return (ruleSet, ownSources)
    }

    /// The deciding rules a rule set lists, in order (docs/law.md §5; see `Sequencer`): known
    /// ids, each once, scope rules first, rules of the rule set's kind, the tables they read
    /// present, and — for a practice — every age track decided by some rule.
    private static func loadRules(
        _ object: JSONObject, kind: RuleSetKind, tables: [String: ThresholdTable], at root: JSONPointer,
        reader: inout StrictReader
    ) -> [RuleID] {
        let at = root.appending("rules")
        var rules: [RuleID] = []
        for (index, id) in (reader.strings(object, "rules", at: root, nonEmpty: true) ?? []).enumerated() {
            let entry = at.appending(index)
            guard let rule = RuleID(rawValue: id) else {
                reader.fail(
                    .unknownID, entry,
                    "unknown rule \"\(id)\"; known: \(RuleID.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            let role = rule.info.role
            if rules.contains(rule) {
                reader.fail(.duplicateID, entry, "rule \"\(id)\" is listed twice")
            } else if role == .scope, let last = rules.last, last.info.role != .scope {
                reader.fail(.outOfOrder, entry, "scope rule \"\(id)\" must come before \"\(last.rawValue)\": scope rules come first")
            } else if (role == .overlay) != (kind == .proposal) && role != .scope {
                reader.fail(
                    .invalidValue, entry,
                    kind == .proposal
                        ? "a proposal lists scope rules and overlay rules (proposal-tier); \"\(id)\" is its baseline's"
                        : "\"\(id)\" is a proposal's rule; a \(kind.rawValue) lists scope and reaction rules")
            } else if let table = rule.info.reads, tables[table] == nil {
                reader.fail(.missingField, entry, "rule \"\(id)\" reads the table \"\(table)\", which this rule set does not have")
            }
            rules.append(rule)
        }
        if kind != .proposal {
            let decided = Set(rules.flatMap(\.info.decidesEvery))
            let missing = AgeTrack.allCases.filter { !decided.contains($0) }
            if !missing.isEmpty && !rules.isEmpty {
                reader.fail(
                    .incomplete, at,
                    "no rule decides every case of the age tracks \(missing.map(\.rawValue).joined(separator: ", ")); list under-15, ungdom and adult (or rules that decide those tracks)"
                )
            }
        }
        return rules
    }

    private static func loadTable(
        _ value: JSONValue, name: String, definedBy: String, at pointer: JSONPointer, book: RuleBook,
        reader: inout StrictReader, citing: inout CitationChecker
    ) -> ThresholdTable? {
        guard let object = reader.object(value, at: pointer, required: ["description", "limits"], optional: ["label", "ceilings"]),
            let description = localized(object, "description", at: pointer, reader: &reader),
            let rows = reader.array(object, "limits", at: pointer, nonEmpty: true)
        else { return nil }
        var limits: [Threshold] = []
        var covered: [String: JSONPointer] = [:]
        for (index, row) in rows.enumerated() {
            let at = pointer.appending("limits").appending(index)
            guard
                let entry = reader.object(
                    row, at: at, required: ["substance", "unit", "provenance", "citations"],
                    optional: ["limit", "comment"]),
                let substanceID = reader.string(entry, "substance", at: at),
                let unitID = reader.string(entry, "unit", at: at),
                let provenanceText = reader.string(entry, "provenance", at: at),
                let citations = citing.citations(entry, at: at, reader: &reader)
            else { continue }
            guard let substance = book.vocabulary.substances.first(where: { $0.id == substanceID }) else {
                reader.fail(.unknownSubstance, at.appending("substance"), "unknown substance \"\(substanceID)\"")
                continue
            }
            guard substance.units.contains(unitID), let unit = book.vocabulary.unit(unitID) else {
                reader.fail(
                    .unitMismatch, at.appending("unit"),
                    "unit \"\(unitID)\" does not fit \(substanceID); use \(substance.units.joined(separator: ", "))")
                continue
            }
            guard let provenance = Provenance(rawValue: provenanceText) else {
                reader.fail(
                    .invalidValue, at.appending("provenance"),
                    "expected one of: \(Provenance.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            let limit = reader.positiveDecimal(entry, "limit", at: at)
            if provenance == .unknown && entry["limit"] != nil {
                reader.fail(.invalidValue, at.appending("limit"), "an unknown value has no limit; remove it or set the provenance")
            }
            if provenance != .unknown && entry["limit"] == nil {
                reader.fail(.missingField, at.appending("limit"), "a \(provenance.rawValue) value needs a limit")
            }
            let key = substanceID + "/" + unit.dimension
            if let first = covered[key] {
                reader.fail(.duplicateID, at, "\(substanceID) (\(unit.dimension)) already has a limit at \(first)")
            }
            covered[key] = at
            limits.append(
                Threshold(
                    substance: substanceID, unit: unitID, limit: limit, provenance: provenance,
                    citations: citations, comment: entry["comment"] == nil ? nil : localizedOrPlain(entry, "comment", at: at, reader: &reader)))
        }
        for measure in book.measures where covered[measure.substance + "/" + measure.dimension] == nil {
            reader.fail(
                .incomplete, pointer.appending("limits"),
                "no row for \(measure.substance) (\(measure.dimension)); write it with provenance \"unknown\" if no value is known")
        }
        var table = ThresholdTable(name: name, definedBy: definedBy, description: description, limits: limits)
        if object["label"] != nil { table.label = localized(object, "label", at: pointer, reader: &reader) }
        if object["ceilings"] != nil {
            table.ceilings = loadCeilingSource(
                object["ceilings"], at: pointer.appending("ceilings"), book: book,
                reader: &reader, citing: &citing)
        }
        return table
    }

    /// A table's `ceilings`: which rule set's table bounds its unknown limits, and how sure that is.
    /// The rule set named may be loaded later (ra-2014's ceilings are hr-2022's values); the book
    /// resolves the reference once it is there (``RuleBook/resolvingCeilings()``).
    private static func loadCeilingSource(
        _ value: JSONValue?, at pointer: JSONPointer, book: RuleBook, reader: inout StrictReader,
        citing: inout CitationChecker
    ) -> CeilingSource? {
        guard let object = reader.object(value, at: pointer, required: ["from", "table", "provenance", "citations", "comment"]),
            let ruleSet = reader.string(object, "from", at: pointer),
            let table = reader.string(object, "table", at: pointer),
            let provenanceText = reader.string(object, "provenance", at: pointer),
            let comment = localized(object, "comment", at: pointer, reader: &reader),
            let citations = citing.citations(object, at: pointer, reader: &reader)
        else { return nil }
        guard let provenance = Provenance(rawValue: provenanceText), provenance != .unknown else {
            reader.fail(.invalidValue, pointer.appending("provenance"), "expected verified, guideline or interpretation")
            return nil
        }
        if let source = book.ruleSet(ruleSet), source.thresholds[table] == nil {
            reader.fail(.unknownID, pointer.appending("table"), "\(ruleSet) has no table \"\(table)\"")
        }
        return CeilingSource(ruleSet: ruleSet, table: table, provenance: provenance, citations: citations, comment: comment)
    }

    private static func loadTier(
        _ value: JSONValue, at pointer: JSONPointer, tables: [String: ThresholdTable],
        reader: inout StrictReader, citing: inout CitationChecker
    ) -> ProposalTier? {
        guard
            let object = reader.object(
                value, at: pointer,
                required: [
                    "id", "thresholds", "liability", "recommended", "conditions", "alsoAvailable",
                    "description", "citations", "notes",
                ],
                optional: ["label", "maxSubstances"]),
            let id = reader.string(object, "id", at: pointer),
            let table = reader.string(object, "thresholds", at: pointer),
            let liabilityText = reader.string(object, "liability", at: pointer),
            let recommendedText = reader.string(object, "recommended", at: pointer),
            let conditionTexts = reader.strings(object, "conditions", at: pointer),
            let alsoTexts = reader.strings(object, "alsoAvailable", at: pointer),
            let description = localized(object, "description", at: pointer, reader: &reader),
            let citations = citing.citations(object, at: pointer, reader: &reader),
            let noteValues = reader.array(object, "notes", at: pointer, nonEmpty: false)
        else { return nil }
        if tables[table] == nil {
            reader.fail(.unknownID, pointer.appending("thresholds"), "no threshold table \"\(table)\" in this rule set")
        }
        let liability = Liability(rawValue: liabilityText)
        if liability == nil || liability == .notCriminallyLiable || liability == .ordinaryProsecution {
            reader.fail(.invalidValue, pointer.appending("liability"), "a tier decides \"not-punishable\" or \"punishable\"")
        }
        let recommended = Reaction(rawValue: recommendedText)
        if recommended == nil {
            reader.fail(.unknownID, pointer.appending("recommended"), "unknown reaction \"\(recommendedText)\"")
        }
        var conditions: [Condition] = []
        for (index, text) in conditionTexts.enumerated() {
            if let condition = Condition(rawValue: text) {
                conditions.append(condition)
            } else {
                reader.fail(.unknownID, pointer.appending("conditions").appending(index), "unknown condition \"\(text)\"")
            }
        }
        var also: [Reaction] = []
        for (index, text) in alsoTexts.enumerated() {
            if let reaction = Reaction(rawValue: text) {
                also.append(reaction)
            } else {
                reader.fail(.unknownID, pointer.appending("alsoAvailable").appending(index), "unknown reaction \"\(text)\"")
            }
        }
        var notes: [TierNote] = []
        for (index, noteValue) in noteValues.enumerated() {
            let at = pointer.appending("notes").appending(index)
            guard let note = reader.object(noteValue, at: at, required: ["code", "text", "citations"], optional: ["ageTracks"]),
                let code = reader.string(note, "code", at: at),
                let text = localized(note, "text", at: at, reader: &reader),
                let noteCitations = citing.citations(note, at: at, reader: &reader)
            else { continue }
            var tracks: [AgeTrack]?
            if let trackTexts = reader.strings(note, "ageTracks", at: at, nonEmpty: true) {
                tracks = trackTexts.compactMap(AgeTrack.init(rawValue:))
                if tracks?.count != trackTexts.count {
                    reader.fail(.unknownID, at.appending("ageTracks"), "expected age tracks: barn, ungdom, ung-voksen, voksen")
                }
            }
            notes.append(TierNote(code: code, ageTracks: tracks, text: text, citations: noteCitations))
        }
        let maxSubstances = reader.integer(object, "maxSubstances", at: pointer, in: 1...100)
        let label = object["label"] == nil ? nil : localized(object, "label", at: pointer, reader: &reader)
        guard let liability, let recommended else { return nil }
        var tier = ProposalTier(
            id: id, thresholds: table, maxSubstances: maxSubstances, liability: liability, recommended: recommended,
            conditions: conditions, alsoAvailable: also, description: description, citations: citations, notes: notes)
        tier.label = label
        return tier
    }
}

/// Reads a `citations` array and checks that it is non-empty and names registered citations.
struct CitationChecker {
    let known: Set<String>
    private(set) var errors: [InputError] = []

    init(known: Set<String>) { self.known = known }

    mutating func citations(_ object: JSONObject, at pointer: JSONPointer, reader: inout StrictReader) -> [String]? {
        // A missing key is reported by `StrictReader.object(_:at:required:)`.
        guard let ids = reader.strings(object, "citations", at: pointer, nonEmpty: true) else { return nil }
        for (index, id) in ids.enumerated() where !known.contains(id) {
            errors.append(
                InputError(
                    code: .unknownCitation, pointer: pointer.appending("citations").appending(index),
                    message: "no citation \"\(id)\" in the registry"))
        }
        return ids
    }
}

extension RuleDataLoader {
    /// Why `id` cannot name a rule set or a tier, or nil when it can: one lowercase word of
    /// letters, digits and '-', as `--rules a,b` and the reports can name it.
    static func idProblem(_ id: String) -> String? {
        guard !id.isEmpty else { return "is empty; give an id such as \"my-proposal-2026\"" }
        let allowed = id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
        guard allowed, id.first != "-", id.last != "-" else {
            return "is not one lowercase word: use only a–z, 0–9 and '-' (not first or last), e.g. \"my-proposal-2026\""
        }
        return nil
    }
}
