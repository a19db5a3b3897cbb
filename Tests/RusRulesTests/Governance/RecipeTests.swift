import Foundation
import Testing
@testable import RusRules

/// The recipes of CONTRIBUTING.md, walked on copies of the rule data: every place a change must
/// reach either changes from data, or fails to compile, or fails here with a message that says
/// where.
@Suite struct RecipeTests {
    static let vocabulary = BuiltInData.vocabulary
    static var citationIDs: Set<String> { Set(RuleBook.builtIn.citations.map(\.id)) }

    /// Loads the vocabulary and the built-in rule sets after `edit` changed their JSON texts.
    static func load(vocabulary: String, edit: (String, String) -> String = { $1 }) throws(RuleDataError) -> RuleBook {
        let vocabulary = try RuleDataLoader.loadVocabulary(json: vocabulary, citationIDs: citationIDs)
        var book = RuleBook(citations: RuleBook.builtIn.citations, vocabulary: vocabulary, ruleSets: [])
        for (id, json) in BuiltInData.ruleSets {
            book = try book.adding(ruleSetJSON: Array(edit(id, json).utf8), source: id)
        }
        return book
    }

    @Test func everyRuleFileIsARegisteredRule() throws {
        let folder = Repository.root.appendingPathComponent("Sources/RusRules/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(
            Set(files.map { String($0.dropLast(6)) }) == Set(RuleRegistry.all.map(\.id)),
            "one file per rule, named after its id, and every rule in RuleRegistry.all")
        for rule in RuleID.allCases {
            #expect(RuleRegistry.rule(rule.rawValue) == rule.info, "\(rule.rawValue) is registered")
        }
    }

    @Test func aNewSubstanceNeedsARowInEveryTable() throws {
        let ketamine = #"{ "id": "ketamine", "name": { "nb": "ketamin", "en": "ketamine" }, "aliases": ["ketamin"], "units": ["g", "mg"] },"#
        let vocabulary = Self.vocabulary.replacingOccurrences(of: #"{ "id": "khat","#, with: ketamine + "\n" + #"{ "id": "khat","#)
        do {
            _ = try Self.load(vocabulary: vocabulary)
            Issue.record("a substance without rows loaded")
        } catch {
            #expect(error.errors.first?.code == "incomplete")
            #expect(error.errors.first?.message.contains("ketamine") == true)
        }
        // With a row in every table (unknown here), the substance is decided as any other, and
        // the fast path reads it from the data too.
        let row = #"{"substance": "ketamine", "unit": "g", "provenance": "unknown", "citations": ["prop-92-l-2021"]},"#
        let book = try Self.load(vocabulary: vocabulary) { _, json in
            json.replacingOccurrences(of: #"{"substance": "khat""#, with: row + #" {"substance": "khat""#)
        }
        let theCase = try #require(
            try? CaseDecoder(vocabulary: book.vocabulary).decode(
                JSONParser.parse(
                    Array(
                        #"{"offenceDate":"2023-03-01","decisionDate":"2023-04-01","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"ketamin","amount":1,"unit":"g"}]}"#
                            .utf8)
                ).value!
            ).get())
        let decision = try Engine(book: book).evaluate(theCase, ruleSet: "hr-2022", today: LegalDate("2024-01-01")!).get()
        #expect(decision.recommended == .forelegg)
        #expect(decision.warnings.contains { $0.code == "threshold-unknown" })
        let compiled = try #require(CompiledRuleBook(book: book))
        #expect(
            compiled.outcome(try #require(CompactCase(theCase, compiled: compiled, today: LegalDate("2024-01-01")!)), ruleSet: "hr-2022") == Outcome(decision))
    }

    @Test func aReactionMissingFromTheVocabularyIsAnError() {
        let line = #"{ "id": "forelegg", "name": { "nb": "forelegg", "en": "fine notice (forelegg)" }, "requires": [], "citations": ["strpl-255"] },"#
        #expect(Self.vocabulary.contains(line))
        do {
            _ = try Self.load(vocabulary: Self.vocabulary.replacingOccurrences(of: line, with: ""))
            Issue.record("a vocabulary without forelegg loaded")
        } catch {
            #expect(error.errors.map(\.code) == ["incomplete"])
            #expect(error.errors.first?.message.contains("forelegg") == true)
        }
    }

    @Test func everyReactionHasAColourAndAnOutcomeCode() {
        let colours = Reaction.allCases.map { HTMLReport.colour(of: $0) } + [HTMLReport.colour(of: nil)]
        #expect(Set(colours).count == colours.count, "each reaction, and none, has its own chart colour")
        for liability in Liability.allCases {
            for reaction in Reaction.allCases.map(Optional.some) + [nil] {
                let outcome = Outcome(liability: liability, recommended: reaction)
                #expect(Outcome(code: outcome.code) == outcome)
            }
        }
    }

    @Test func aRuleSetThatReusesTheRulesIsData() throws {
        // hr-2022 without the dependent-user rule: a dependent user is decided as anyone else.
        let book = try Self.load(vocabulary: Self.vocabulary) { id, json in
            guard id == "hr-2022" else { return json }
            return json.replacingOccurrences(of: #""not-own-use", "dependent-user", "quantity""#, with: #""not-own-use", "quantity""#)
        }
        #expect(book.ruleSet("hr-2022")?.rules.map(\.rawValue) == ["under-15", "not-own-use", "quantity", "ungdom", "adult"])
        let json =
            #"{"offenceDate":"2023-03-01","decisionDate":"2023-04-01","person":{"ageAtOffence":30,"dependent":true},"acts":["possession"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}"#
        let theCase = try CaseDecoder(vocabulary: book.vocabulary).decode(JSONParser.parse(Array(json.utf8)).value!).get()
        let without = try Engine(book: book).evaluate(theCase, today: LegalDate("2024-01-01")!).get()
        let with = try Engine().evaluate(theCase, today: LegalDate("2024-01-01")!).get()
        #expect(with.recommended == .pataleunnlatelse)
        #expect(without.recommended == .forelegg)
        #expect(!without.rulesApplied.contains("dependent-user"))
    }
}

/// The repository carries its own copy of the law spec and the contract (docs/); where the
/// project's shared specification is beside the repository, the copies must match it.
@Suite struct SpecCopyTests {
    @Test(arguments: [("docs/law.md", "rules.md"), ("docs/contract.md", "contract.md")])
    func theCopyIsCurrent(_ copy: String, _ original: String) throws {
        let shared = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/spec/\(original)")
        let ours = try String(contentsOf: Repository.root.appendingPathComponent(copy), encoding: .utf8)
        #expect(ours.contains("lov-2025") && ours.contains("## "), "\(copy) is the spec")
        guard let theirs = try? String(contentsOf: shared, encoding: .utf8) else { return }
        #expect(ours == theirs, "\(copy) differs from the shared specification: copy it and update the rules")
    }
}

/// `rusctl test --scaffold ID` (issue 24, point 5): the coverage fixtures of a rule set are
/// generated, not written by hand — every one passes as generated, and together they test every
/// limit and ceiling of the rule set's own tables at and just above it.
@Suite struct ScaffoldTests {
    @Test(arguments: RuleBook.builtIn.ruleSets.map(\.id))
    func theScaffoldCoversEveryOwnLimit(_ id: String) throws {
        let engine = Engine()
        let files = FixtureScaffold(engine: engine, today: Fixture.defaultToday).files(for: RuleBook.builtIn.ruleSet(id)!)
        var coverage = LegalCoverage(book: .builtIn)
        for file in files {
            let fixture = try Fixture(name: file.name, bytes: Array(JSONWriter.pretty(file.json).utf8))
            let run = fixture.run(with: engine)
            #expect(run.failures.isEmpty, "\(file.name)")
            run.decisions.forEach { coverage.add($0) }
        }
        let own = coverage.thresholds.filter { $0.definedBy == id }
        #expect(own.allSatisfy { $0.atLimit && $0.justAbove }, "\(own.filter { !($0.atLimit && $0.justAbove) }.map(\.substance))")
        #expect(files.count == 2 * own.count)
    }
}
