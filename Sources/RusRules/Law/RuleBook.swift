import Foundation

/// The embedded rule data: JSON texts compiled into the binary so `rusctl` keeps working when
/// copied elsewhere. Each file in `BuiltIn/` adds one text; `RuleBook.builtIn` loads them.
enum BuiltInData {
    /// The built-in rule sets in load order: a rule set may inherit from or build on earlier ones.
    static let ruleSets: [(id: String, json: String)] = [
        ("ra-2014", ra2014),
        ("hr-2022", hr2022),
        ("nou-2019-26-flertall", nou2019Flertall),
        ("nou-2019-26-mindretall", nou2019Mindretall),
        ("prop-92-l-2021", prop92L2021),
        ("lov-2025", lov2025),
    ]
}

/// Rule data that failed to load: every problem, each with its pointer into the data.
public struct RuleDataError: Error, Sendable, CustomStringConvertible {
    /// What was being loaded: "citations", "vocabulary", a rule set id or a file name.
    public let source: String
    /// Every problem found in the rule data.
    public let errors: [InputError]

    /// Every problem, one per line.
    public var description: String {
        "invalid rule data in \(source):\n" + errors.map { "  \($0)" }.joined(separator: "\n")
    }
}

extension RuleDataError {
    /// The same problems, each about a value given the line and column where that value stands in
    /// `text`, the rule data as read: a file edited by hand is long, and a pointer alone does not
    /// find the place. The message then starts with them, as a syntax error's does.
    package func placed(in text: [UInt8]) -> RuleDataError {
        RuleDataError(
            source: source,
            errors: errors.map { error in
                guard error.line == nil, let (line, column) = JSONLocator.position(of: error.pointer, in: text[...]) else { return error }
                return error.at(line: line, column: column, inMessage: true)
            })
    }
}

/// All the law the engine knows: the citations registry, the vocabulary and the rule sets.
public struct RuleBook: Sendable {
    /// The public sources, by id.
    public let citations: [Citation]
    /// The words for acts, substances, units, reactions and age tracks.
    public let vocabulary: Vocabulary
    /// The rule sets, by id.
    public let ruleSets: [RuleSet]
    /// Per substance and unit: the amount, in that unit, above which an amount is implausible
    /// for own use — ``Vocabulary/plausibleAmountFactor`` times the largest limit or ceiling any
    /// rule set gives in the unit's dimension (``Plausibility``).
    let implausibleAbove: [String: [String: ExactDecimal]]
    /// The statutes whose in-force date a user may state (docs/law.md §3).
    public let statutes: [RuleSet]

    /// Rule data of these parts (the built-in one is ``RuleBook/builtIn``).
    public init(citations: [Citation], vocabulary: Vocabulary, ruleSets: [RuleSet]) {
        self.citations = citations
        self.vocabulary = vocabulary
        self.ruleSets = ruleSets
        statutes = ruleSets.filter { $0.kind == .statute }
        var largest: [String: ExactDecimal] = [:]
        for table in ruleSets.flatMap({ $0.thresholds.values }) {
            for row in table.limits {
                guard let bound = row.limit ?? row.ceiling, let unit = vocabulary.unit(row.unit) else { continue }
                let key = row.substance + "/" + unit.dimension
                largest[key] = max(largest[key] ?? .zero, bound * unit.perBaseUnit)
            }
        }
        var bounds: [String: [String: ExactDecimal]] = [:]
        for substance in vocabulary.substances {
            for unitID in substance.units {
                guard let unit = vocabulary.unit(unitID), let base = largest[substance.id + "/" + unit.dimension] else { continue }
                bounds[substance.id, default: [:]][unitID] = (base * vocabulary.plausibleAmountFactor).divided(by: unit.perBaseUnit)
            }
        }
        implausibleAbove = bounds
    }

    /// The rule data built into the binary. Its validity is asserted by the test suite, so a
    /// failure here is a programming error in the data, not a user error.
    public static let builtIn: RuleBook = {
        switch loadedBuiltIn {
        case .success(let book): return book
        case .failure(let error): fatalError("built-in rule data is invalid: \(error)")
        }
    }()

    /// The built-in data as loaded once for the process, or its first problem: a program that
    /// reports a broken build instead of stopping reads this, and shares the load with
    /// ``builtIn`` (reading the data twice cost a sixth of a cold start).
    public static let loadedBuiltIn = Result { () throws(RuleDataError) in try loadBuiltIn() }

    /// The practice a comparison measures against by default: the most recent built-in one (a
    /// practice of the user's is a baseline only when named).
    public var defaultBaseline: RuleSet? {
        ruleSets.last { $0.kind == .practice && isBuiltIn($0.id) }
    }

    /// Whether `id` names a rule set of the built-in data, not one from a rules file.
    public func isBuiltIn(_ id: String) -> Bool {
        BuiltInData.ruleSets.contains { $0.id == id }
    }

    /// Loads the built-in data, reporting every problem (used by tests and `rusctl check`).
    public static func loadBuiltIn() throws(RuleDataError) -> RuleBook {
        let loaded = load(citations: BuiltInData.citations, vocabulary: BuiltInData.vocabulary, ruleSets: BuiltInData.ruleSets)
        if let first = loaded.problems.first { throw first }
        return loaded.book!
    }

    /// Every problem of the built-in data at once — each broken rule set, not only the first —
    /// for `rusctl check`, which reports them as findings.
    public static func builtInProblems() -> [RuleDataError] {
        load(citations: BuiltInData.citations, vocabulary: BuiltInData.vocabulary, ruleSets: BuiltInData.ruleSets).problems
    }

    /// Loads rule data, going on past a broken rule set so that every one is reported; the book
    /// only when there is no problem.
    static func load(citations citationJSON: String, vocabulary vocabularyJSON: String, ruleSets: [(id: String, json: String)])
        -> (book: RuleBook?, problems: [RuleDataError])
    {
        let citations: [Citation]
        let vocabulary: Vocabulary
        do {
            citations = try RuleDataLoader.loadCitations(json: citationJSON)
            vocabulary = try RuleDataLoader.loadVocabulary(json: vocabularyJSON, citationIDs: Set(citations.map(\.id)))
        } catch {
            return (nil, [error])
        }
        var book = RuleBook(citations: citations, vocabulary: vocabulary, ruleSets: [])
        var problems: [RuleDataError] = []
        for (id, json) in ruleSets {
            do {
                book = try book.adding(ruleSetJSON: Array(json.utf8), source: id)
            } catch {
                problems.append(error)
            }
        }
        if problems.isEmpty {
            do { try book.requireCeilingsResolved(source: "rule sets") } catch { problems.append(error) }
        }
        return (problems.isEmpty ? book : nil, problems)
    }

    /// A copy with one more rule set, loaded as strictly as the built-in ones. The rule set may
    /// bring its own `sources` (citations such as "own proposal"), added to the registry.
    public func adding(ruleSetJSON bytes: [UInt8], source: String) throws(RuleDataError) -> RuleBook {
        let (ruleSet, ownSources) = try RuleDataLoader.loadRuleSet(bytes: bytes, source: source, into: self)
        return RuleBook(citations: citations + ownSources, vocabulary: vocabulary, ruleSets: ruleSets + [ruleSet])
            .resolvingCeilings()
    }

    /// A copy in which every unknown limit of a table with a ``CeilingSource`` has its ceiling:
    /// the known limit of the same substance and dimension in the source table, in the row's
    /// unit. A source not loaded yet is left for a later call (built-in data names rule sets in
    /// either order); ``requireCeilingsResolved(source:)`` reports any left at the end.
    func resolvingCeilings() -> RuleBook {
        RuleBook(
            citations: citations, vocabulary: vocabulary,
            ruleSets: ruleSets.map { ruleSet in
                var resolved = ruleSet
                for (name, table) in ruleSet.thresholds {
                    guard let source = table.ceilings, let bound = self.ruleSet(source.ruleSet)?.thresholds[source.table] else { continue }
                    resolved.thresholds[name] = table.bounded(by: bound, vocabulary: vocabulary)
                }
                return resolved
            })
    }

    /// Fails when a table names a ceiling source that is not loaded.
    func requireCeilingsResolved(source: String) throws(RuleDataError) {
        var errors: [InputError] = []
        for ruleSet in ruleSets {
            for (name, table) in ruleSet.thresholds.sorted(by: { $0.key < $1.key })
            where table.definedBy == ruleSet.id && table.ceilings.map({ self.ruleSet($0.ruleSet) == nil }) == true {
                errors.append(
                    InputError(
                        code: .unknownID, pointer: JSONPointer.root.appending("thresholds").appending(name).appending("ceilings"),
                        message: "\(ruleSet.id): the ceilings of \"\(name)\" come from \"\(table.ceilings!.ruleSet)\", which is not loaded"))
            }
        }
        if !errors.isEmpty { throw RuleDataError(source: source, errors: errors) }
    }

    /// A user's rules file: like `adding(ruleSetJSON:source:)`, but it must define a proposal or a
    /// practice of the user's own (for example today's guideline with another value), never a
    /// statute. A practice from a file is used only where it is named (`--rules`, `--baseline`):
    /// a decision date still chooses among the built-in practices.
    public func addingRulesFile(json bytes: [UInt8], source: String) throws(RuleDataError) -> (RuleBook, RuleSet) {
        guard bytes.count <= Self.maximumRuleFileBytes else {
            throw RuleDataError(
                source: source,
                errors: [
                    InputError(
                        code: .tooLarge, pointer: .root,
                        message: "the rules file is \(bytes.count / 1024) KiB; the limit is \(Self.maximumRuleFileBytes / 1024) KiB")
                ])
        }
        let book = try adding(ruleSetJSON: bytes, source: source)
        try book.requireCeilingsResolved(source: source)
        let added = book.ruleSets.last!
        guard added.kind != .statute else {
            throw RuleDataError(
                source: source,
                errors: [
                    InputError(
                        code: .invalidValue, pointer: JSONPointer.root.appending("kind"),
                        message: "a rules file defines a proposal or a practice of your own; statutes are built in")
                ])
        }
        return (book, added)
    }

    /// The largest rules file (`--rules-file`) or distribution file read.
    public static let maximumRuleFileBytes = 1 << 20

    /// A copy in which `ruleSet` replaces the rule set with the same id (for threshold sweeps).
    public func replacing(_ ruleSet: RuleSet) -> RuleBook {
        RuleBook(
            citations: citations, vocabulary: vocabulary,
            ruleSets: ruleSets.map { $0.id == ruleSet.id ? ruleSet : $0 })
    }

    /// A fingerprint of the built-in rule data (citations, vocabulary and every rule set's text):
    /// 16 hex digits of FNV-1a, so that an answer can be traced to the exact data it came from
    /// (`rusctl --version`). Any edit to the data changes it.
    public static let builtInDataFingerprint: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in [BuiltInData.citations, BuiltInData.vocabulary] + BuiltInData.ruleSets.map(\.json) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }()

    /// The rule-data JSON of a built-in rule set, in the format `--rules-file` reads.
    public static func builtInSource(of id: String) -> String? {
        BuiltInData.ruleSets.first { $0.id == id }?.json
    }

    /// A built-in rule set's data as the starting point of a user's own: the same text under the
    /// id `<id>-copy`, so that it loads beside the original (`--rules-file`), named and titled as
    /// a copy («egen versjon av …», «Basert på …»), its status and version the user's («eget forslag basert
    /// på …», «egen praksis basert på …» for a practice; the original's status and version named
    /// as the original's), so that no report shows
    /// an edited copy under the original's name or standing. `rusctl check` flags a limit edited
    /// in it that still claims to be verified, and the reports call it the user's own value.
    public static func builtInCopy(of id: String) -> (id: String, json: String)? {
        guard var source = builtInSource(of: id), let original = builtIn.ruleSet(id) else { return nil }
        let copy = id + "-copy"
        guard let range = source.range(of: "\"id\": \"\(id)\"") else { return nil }
        source.replaceSubrange(range, with: "\"id\": \"\(copy)\"")
        // A label is written as it stands within a sentence («grensen i egen versjon av praksis
        // fra 2022 (HR-2022)»), a title as a heading. Within a Norwegian title only the first word has a capital, so the
        // original's first word loses it after «Basert på» («Basert på praksis etter Høyesteretts
        // dommer …») unless it is a name or an abbreviation («Basert på NOU 2019:26 …», «Prop. 92 L»).
        for (field, nb, en) in [("label", "egen versjon av ", "your version of "), ("title", "Basert på ", "Based on ")] {
            for (language, prefix) in [(Language.nb, nb), (Language.en, en)] {
                guard let opening = source.range(of: "\"\(field)\": {") else { continue }
                guard let at = source.range(of: "\"\(language.rawValue)\": \"", range: opening.upperBound..<source.endIndex) else { return nil }
                let word = source[at.upperBound...].prefix { $0 != " " && $0 != "\"" }
                if field == "title", language == .nb, word.count > 1, word.allSatisfy(\.isLetter), word.first!.isUppercase,
                    word.dropFirst().allSatisfy(\.isLowercase)
                {
                    source.replaceSubrange(at.upperBound..<word.endIndex, with: word.lowercased())
                }
                source.insert(contentsOf: prefix, at: at.upperBound)
            }
        }
        let own =
            original.kind == .practice
            ? (nb: "egen praksis", en: "a practice of your own") : (nb: "eget forslag", en: "a proposal of your own")
        for (language, prefix) in [
            (Language.nb, "\(own.nb) basert på \(original.name(.nb)); originalens status: "),
            (Language.en, "\(own.en) based on \(original.name(.en)); the original's status: "),
        ] {
            guard let opening = source.range(of: "\"status\": {"),
                let at = source.range(of: "\"\(language.rawValue)\": \"", range: opening.upperBound..<source.endIndex)
            else { return nil }
            source.insert(contentsOf: prefix, at: at.upperBound)
        }
        let version = "\"version\": \"\(original.version)\""
        guard let versionRange = source.range(of: version) else { return nil }
        source.replaceSubrange(versionRange, with: "\"version\": \"eget-1 (fra \(original.version))\"")
        return (copy, source)
    }

    /// The rule set of `id`, if there is one.
    public func ruleSet(_ id: String) -> RuleSet? {
        ruleSets.first { $0.id == id }
    }

    /// The name of the rule set `id` in `language` (``RuleSet/name(_:capitalized:)``), if there
    /// is one; found in place, where ``ruleSet(_:)`` copies the whole rule set to name it.
    func ruleSetName(_ id: String, _ language: Language) -> String? {
        ruleSets.firstIndex { $0.id == id }.map { ruleSets[$0].name(language) }
    }

    /// The public source of `id`, if there is one.
    public func citation(_ id: String) -> Citation? {
        citations.first { $0.id == id }
    }

    /// What the provision `id` provides, as its citation data words it (its section where the
    /// data gives no terms): the penalty frame or limit a message quotes.
    package func terms(of id: String) -> LocalizedText {
        guard let citation = citation(id) else { return LocalizedText(nb: id, en: id) }
        return citation.terms ?? LocalizedText(nb: citation.section, en: citation.section)
    }

    /// How a limit is known, as a reader says it ("veiledende"); a limit of a user's rule set
    /// that claims to be verified against a source from which the built-in data reads another
    /// value is the user's own: «eget tall; kilden gir 2 g».
    package func provenanceText(_ threshold: Threshold, in table: ThresholdTable, _ language: Language) -> String {
        let builtInIDs = Set(BuiltInData.ruleSets.map(\.id))
        if !builtInIDs.contains(table.definedBy),
            let reading = RuleCheck.sourceReading(of: threshold, table: table.name, builtIn: ruleSets.filter { builtInIDs.contains($0.id) })
        {
            let value = Wording.amount(reading.value, threshold.unit, language)
            return language == .nb ? "eget tall; kilden gir \(value)" : "your own value; the source gives \(value)"
        }
        return Wording.provenance(threshold.provenance, language)
    }

    /// The practice rule set in force on a decision date (docs/law.md §3), if any.
    public func practice(on date: LegalDate) -> RuleSet? {
        ruleSets.first { $0.kind == .practice && isBuiltIn($0.id) && ($0.validity?.contains(date) ?? false) }
    }

    /// The earliest decision date any practice rule set covers.
    public var earliestModelledDate: LegalDate? {
        ruleSets.compactMap { $0.validity?.from }.min()
    }

    /// Every (substance, dimension) a threshold table must give a row for.
    public var measures: [(substance: String, dimension: String)] {
        vocabulary.substances.flatMap { substance in
            var dimensions: [String] = []
            for unit in substance.units {
                if let dimension = vocabulary.unit(unit)?.dimension, !dimensions.contains(dimension) {
                    dimensions.append(dimension)
                }
            }
            return dimensions.map { (substance.id, $0) }
        }
    }
}
