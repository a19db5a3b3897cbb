import Testing
@testable import RusRules

/// The rule data loads, and the loader refuses bad data with a pointer to the offending value.
@Suite struct RuleDataTests {
    @Test func builtInDataLoads() throws {
        let book = try RuleBook.loadBuiltIn()
        // Every rule set the data holds, in the data's order (a new one is a data change only).
        #expect(book.ruleSets.map(\.id) == BuiltInData.ruleSets.map(\.0))
        #expect(Set(book.ruleSets.map(\.kind)) == [.practice, .proposal, .statute])
    }

    @Test func practicesCoverEveryDecisionDateFrom2014WithoutOverlap() {
        let book = RuleBook.builtIn
        #expect(book.practice(on: LegalDate("2014-06-30")!) == nil)
        #expect(book.practice(on: LegalDate("2014-07-01")!)?.id == "ra-2014")
        #expect(book.practice(on: LegalDate("2022-04-07")!)?.id == "ra-2014")
        #expect(book.practice(on: LegalDate("2022-04-08")!)?.id == "hr-2022")
    }

    @Test func limitsMatchTheSpecTable() {
        let book = RuleBook.builtIn
        func limit(_ ruleSet: String, _ table: String, _ substance: String, _ unit: String) -> String? {
            book.ruleSet(ruleSet)?.thresholds[table]?.limits.first { $0.substance == substance && $0.unit == unit }?.limit?.description
        }
        #expect(limit("hr-2022", "dependent-user", "heroin", "g") == "5")
        #expect(limit("hr-2022", "prosecution", "cannabis", "g") == "15")  // inherited from ra-2014
        #expect(limit("nou-2019-26-mindretall", "terskel", "khat", "g") == "500")
        #expect(limit("prop-92-l-2021", "nedre", "mdma", "g") == "0.5")
        #expect(limit("prop-92-l-2021", "ovre", "lsd", "mg") == "2")
        #expect(limit("nou-2019-26-flertall", "terskel", "lsd", "mg") == nil)
    }

    static let minimalProposal = """
        { "id": "own", "kind": "proposal", "title": {"nb": "Eget", "en": "Own"}, "version": "1",
          "status": {"nb": "forslag", "en": "proposal"}, "citations": ["nou-2019-26"], "baseline": "hr-2022",
          "rules": ["under-15", "not-own-use", "proposal-tier"],
          "thresholds": { "t": { "description": {"nb": "t", "en": "t"}, "limits": LIMITS } },
          "tiers": [ { "id": "x", "thresholds": "t", "liability": "not-punishable", "recommended": "radgivende-enhet",
                       "conditions": [], "alsoAvailable": [], "description": {"nb": "x", "en": "x"},
                       "citations": ["nou-2019-26"], "notes": [] } ] }
        """

    static func limits(_ override: (String, String)? = nil) -> String {
        let rows = RuleBook.builtIn.measures.map { measure -> String in
            let vocabulary = RuleBook.builtIn.vocabulary
            let unit = vocabulary.substance(named: measure.substance)!.units.first { vocabulary.unit($0)?.dimension == measure.dimension }!
            let row = #"{"substance": "\#(measure.substance)", "unit": "\#(unit)", "limit": 1, "provenance": "verified", "citations": ["nou-2019-26"]}"#
            if let override, measure.substance == override.0 { return override.1 }
            return row
        }
        return "[" + rows.joined(separator: ",") + "]"
    }

    func load(_ json: String) -> RuleDataError? {
        do {
            _ = try RuleBook.builtIn.adding(ruleSetJSON: Array(json.utf8), source: "test")
            return nil
        } catch {
            return error
        }
    }

    @Test func aWellFormedProposalLoads() {
        #expect(load(Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits())) == nil)
    }

    @Test func anUnknownKeyIsAnErrorWithItsPointer() {
        let json = Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits())
            .replacingOccurrences(of: #""baseline""#, with: #""baseLine": "x", "baseline""#)
        let error = load(json)
        #expect(error?.errors.map(\.code) == ["unknown-key"])
        #expect(error?.errors.first?.pointer.description == "/baseLine")
    }

    /// A table or tier is named in sentences by its label where it has one, else by its key or id.
    @Test func tablesAndTiersAreNamedByTheirLabelsElseByTheirKeys() throws {
        let json = Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits())
        let plain = try RuleBook.builtIn.adding(ruleSetJSON: Array(json.utf8), source: "test")
        #expect(Wording.limit(of: plain.ruleSet("own")!.thresholds["t"]!, .nb) == "terskelverdien «t» i own")
        let labelled = try RuleBook.builtIn.adding(
            ruleSetJSON: Array(
                json.replacingOccurrences(of: #""t": { "description""#, with: #""t": { "label": {"nb": "min grense", "en": "my limit"}, "description""#)
                    .utf8), source: "test")
        #expect(Wording.limit(of: labelled.ruleSet("own")!.thresholds["t"]!, .en) == "my limit in own")
        #expect(Wording.limit(of: RuleBook.builtIn.ruleSet("prop-92-l-2021")!.thresholds["ovre"]!, .nb).hasPrefix("den øvre terskelverdien i "))
        let error = load(json.replacingOccurrences(of: #""t": { "description""#, with: #""t": { "label": "min grense", "description""#))
        #expect(error?.errors.first?.pointer.description == "/thresholds/t/label")
        // A tier the same way, after «trinnet».
        #expect(Wording.tier("x", of: plain.ruleSet("own"), .nb) == "trinnet «x»")
        let tierLabelled = try RuleBook.builtIn.adding(
            ruleSetJSON: Array(json.replacingOccurrences(of: #""id": "x","#, with: #""id": "x", "label": {"nb": "mitt trinn", "en": "my tier"},"#).utf8),
            source: "test")
        #expect(Wording.tier("x", of: tierLabelled.ruleSet("own"), .en) == "the tier my tier («x»)")
        #expect(Wording.tier("x", of: tierLabelled.ruleSet("own"), .nb, withID: false) == "trinnet mitt trinn")
    }

    @Test func anUnregisteredCitationIsAnError() {
        let json = Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits())
            .replacingOccurrences(of: #""citations": ["nou-2019-26"], "baseline""#, with: #""citations": ["my-guess"], "baseline""#)
        #expect(load(json)?.errors.map(\.code) == ["unknown-citation"])
        #expect(load(json)?.errors.first?.pointer.description == "/citations/0")
    }

    @Test func aMissingRowIsAnErrorNotAGap() {
        let rows = Self.limits().replacingOccurrences(
            of: #"{"substance": "khat", "unit": "g", "limit": 1, "provenance": "verified", "citations": ["nou-2019-26"]},"#, with: "")
        let error = load(Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: rows))
        #expect(error?.errors.first?.code == "incomplete")
        #expect(error?.errors.first?.message.contains("khat") == true)
    }

    @Test func anUnknownValueMustNotCarryALimit() {
        let row = #"{"substance": "khat", "unit": "g", "limit": 3, "provenance": "unknown", "citations": ["nou-2019-26"]}"#
        let error = load(Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits(("khat", row))))
        #expect(error?.errors.map(\.code) == ["invalid-value"])
    }

    @Test func aUnitThatDoesNotFitTheSubstanceIsAnError() {
        let row = #"{"substance": "khat", "unit": "ml", "limit": 3, "provenance": "verified", "citations": ["nou-2019-26"]}"#
        let error = load(Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits(("khat", row))))
        #expect(error?.errors.contains { $0.code == "unit-mismatch" && $0.pointer.description.hasSuffix("/unit") } == true)
    }

    @Test func aCustomProposalIsEvaluatedAsData() throws {
        let json = Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits())
        let book = try RuleBook.builtIn.adding(ruleSetJSON: Array(json.utf8), source: "test")
        let input = CaseInput(
            bytes: Array(
                #"{"offenceDate":"2023-01-01","decisionDate":"2023-02-01","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"khat","amount":1,"unit":"g"}]}"#
                    .utf8))
        let within = try Engine(book: book).evaluate(input.entries[0], ruleSet: "own", today: LegalDate("2024-01-01")!).get()
        #expect(within.liability == .notPunishable)
        #expect(within.decidedBy == "own")
    }

    /// The rule list is data, loaded as strictly as the rest: every mistake has its pointer.
    @Test(arguments: [
        (#"["under-15", "not-own-use", "proposal-tier", "quantity"]"#, "invalid-value", "/rules/3"),
        (#"["under-15", "proposal-tier", "not-own-use"]"#, "out-of-order", "/rules/2"),
        (#"["under-15", "not-own-use", "proposal-tier", "proposal-tier"]"#, "duplicate-id", "/rules/3"),
        (#"["under-15", "not-own-use", "proposal-tire"]"#, "unknown-id", "/rules/2"),
        (#"[]"#, "empty-array", "/rules"),
    ])
    func aBadRuleListIsAnErrorWithItsPointer(rules: String, code: String, pointer: String) {
        let json = Self.minimalProposal.replacingOccurrences(of: "LIMITS", with: Self.limits())
            .replacingOccurrences(of: #""rules": ["under-15", "not-own-use", "proposal-tier"]"#, with: "\"rules\": \(rules)")
        let error = load(json)
        #expect(error?.errors.map(\.code) == [code], "\(rules)")
        #expect(error?.errors.first?.pointer.description == pointer)
    }

    /// Ids that `--rules` could never select, or that collide, are errors with their pointers.
    @Test(
        arguments: [
            (#""id": "a,b""#, nil, "invalid-id", "/id"),
            (#""id": "my proposal""#, nil, "invalid-id", "/id"),
            (#""id": """#, nil, "invalid-id", "/id"),
            (#""id": "Mine""#, nil, "invalid-id", "/id"),
            (#""id": "mine-2026""#, #""id": """#, "invalid-id", "/tiers/0/id"),
            (#""id": "mine-2026""#, #""id": "innenfor terskel""#, "invalid-id", "/tiers/0/id"),
        ] as [(String, String?, String, String)])
    func aRuleSetOrTierIDThatCannotBeNamedIsAnError(id: String, tierID: String?, code: String, pointer: String) throws {
        var json = try #require(RuleBook.builtInSource(of: "nou-2019-26-mindretall"))
            .replacingOccurrences(of: #""id": "nou-2019-26-mindretall""#, with: id)
        if let tierID { json = json.replacingOccurrences(of: #""id": "innenfor-terskel""#, with: tierID) }
        let error = load(json)
        #expect(error?.errors.map(\.code) == [code], "\(id) \(tierID ?? "")")
        #expect(error?.errors.first?.pointer.description == pointer)
    }

    @Test func twoTiersWithOneIDAreAnError() throws {
        let source = try #require(RuleBook.builtInSource(of: "prop-92-l-2021"))
        let json = source.replacingOccurrences(of: #""id": "prop-92-l-2021""#, with: #""id": "mine-2026""#)
        let tierIDs = json.matches(of: /"id": "([a-z-]+)",\s*(?:"label": \{[^}]*\},\s*)?"thresholds"/).map { String($0.1) }
        try #require(tierIDs.count >= 2)
        let error = load(json.replacingOccurrences(of: #""id": "\#(tierIDs[1])""#, with: #""id": "\#(tierIDs[0])""#))
        #expect(error?.errors.map(\.code) == ["duplicate-id"])
        #expect(error?.errors.first?.pointer.description == "/tiers/1/id")
    }

    @Test func aPracticeThatLeavesAnAgeTrackUndecidedIsRejected() throws {
        let source = try #require(RuleBook.builtInSource(of: "ra-2014"))
        let json = source.replacingOccurrences(of: #""id": "ra-2014""#, with: #""id": "ra-copy""#)
            .replacingOccurrences(of: #", "ungdom", "adult"]"#, with: #", "adult"]"#)
        let book = RuleBook(citations: RuleBook.builtIn.citations, vocabulary: RuleBook.builtIn.vocabulary, ruleSets: [])
        #expect(throws: RuleDataError.self) { try book.adding(ruleSetJSON: Array(json.utf8), source: "copy") }
        do {
            _ = try book.adding(ruleSetJSON: Array(json.utf8), source: "copy")
        } catch {
            #expect(error.errors.map(\.code) == ["incomplete"])
            #expect(error.errors.first?.message.contains("ungdom") == true)
        }
    }

    @Test func aRuleThatReadsAMissingTableIsRejected() throws {
        let source = try #require(RuleBook.builtInSource(of: "ra-2014"))
        let json = source.replacingOccurrences(of: #""id": "ra-2014""#, with: #""id": "ra-copy""#)
            .replacingOccurrences(of: #""not-own-use", "quantity""#, with: #""not-own-use", "dependent-user", "quantity""#)
        let book = RuleBook(citations: RuleBook.builtIn.citations, vocabulary: RuleBook.builtIn.vocabulary, ruleSets: [])
        do {
            _ = try book.adding(ruleSetJSON: Array(json.utf8), source: "copy")
            Issue.record("a dependent-user rule without its table loaded")
        } catch {
            #expect(error.errors.map(\.code) == ["missing-field"])
            #expect(error.errors.first?.pointer.description == "/rules/2")
        }
    }
}

/// `rusctl check` on broken built-in data: every broken rule set reported at once, as findings
/// (issue 24, point 5), not the first as an internal error.
@Suite struct BrokenDataTests {
    @Test func everyBrokenRuleSetIsReported() {
        var ruleSets = BuiltInData.ruleSets
        for index in [2, 4] {  // two proposals no other rule set builds on
            ruleSets[index].json = ruleSets[index].json.replacingOccurrences(of: "\"version\"", with: "\"versjon\"")
        }
        let loaded = RuleBook.load(citations: BuiltInData.citations, vocabulary: BuiltInData.vocabulary, ruleSets: ruleSets)
        #expect(loaded.book == nil)
        #expect(loaded.problems.map(\.source) == [ruleSets[2].id, ruleSets[4].id])
        let findings = loaded.problems.flatMap(RuleCheck.findings)
        #expect(findings.count >= 2)
        #expect(Set(findings.compactMap(\.ruleSet)) == [ruleSets[2].id, ruleSets[4].id])
        #expect(RuleBook.builtInProblems().isEmpty)
    }
}

/// The law's threshold table (docs/law.md §4) and the rule data say the same, cell by cell: a
/// value changed in one place only fails here (issue 24, point 5).
@Suite struct LawTableTests {
    @Test func everyCellOfTheLawsTableIsTheDatas() throws {
        let law = try String(contentsOf: Repository.root.appendingPathComponent("docs/law.md"), encoding: .utf8)
        let lines = law.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("| substance | unit | `ra-2014`") })
        let columns = [
            ("ra-2014", "prosecution"), ("hr-2022", "dependent-user"), ("nou-2019-26-flertall", "terskel"),
            ("nou-2019-26-mindretall", "terskel"), ("prop-92-l-2021", "nedre"), ("prop-92-l-2021", "ovre"),
            ("lov-2025", "small-quantity"),
        ]
        let book = RuleBook.builtIn
        var cells = 0
        for line in lines[(start + 2)...].prefix(while: { $0.hasPrefix("|") }) {
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let substanceWord = String(fields[0].split(whereSeparator: { $0 == " " || $0 == "," }).first ?? "")
            let substance = try #require(
                book.vocabulary.substance(named: substanceWord)?.id
                    ?? book.vocabulary.substances.first { $0.id.hasPrefix(substanceWord) }?.id, "\(substanceWord)")
            let unit = String(fields[1].split(separator: " ").first ?? "")
            for ((ruleSet, table), cell) in zip(columns, fields.dropFirst(2)) {
                let row = book.ruleSet(ruleSet)?.thresholds[table]?.limits.first { $0.substance == substance && $0.unit == unit }
                // "5 (HR)", "3 (guideline)": the value; "– (≤ 5)": unknown, at most 5; "–": none known.
                let number = cell.split(separator: " ").first.map(String.init)
                if cell.hasPrefix("– (≤ ") {
                    let ceiling = cell.dropFirst("– (≤ ".count).dropLast()
                    #expect(row?.limit == nil && row?.ceiling == ExactDecimal(String(ceiling)), "\(substance) \(unit) \(ruleSet)/\(table): \(cell)")
                } else if cell == "–" {
                    #expect(row?.limit == nil && row?.ceiling == nil, "\(substance) \(unit) \(ruleSet)/\(table): \(cell)")
                } else {
                    #expect(row?.limit == number.flatMap(ExactDecimal.init), "\(substance) \(unit) \(ruleSet)/\(table): \(cell)")
                }
                cells += 1
            }
        }
        #expect(cells == 7 * book.measures.count)
    }
}
