import Foundation
import Testing
@testable import RusRules

/// rusctl check, legal coverage, the generated catalogue and JUnit output.
@Suite struct GovernanceTests {
    static let export = RuleBook.builtInSource(of: "prop-92-l-2021")!

    /// The exported bill as a mutable JSON object, given a new id.
    static func proposal(_ id: String, _ change: (inout [String: Any]) -> Void) throws -> [UInt8] {
        var object = try JSONSerialization.jsonObject(with: Data(export.utf8)) as! [String: Any]
        object["id"] = id
        change(&object)
        return Array(try JSONSerialization.data(withJSONObject: object))
    }

    /// The exported bill with the cannabis row (index 8) of «nedre» changed by `edit`.
    static func editingLowerCannabis(_ id: String, _ edit: @escaping (inout [String: Any]) -> Void) throws -> [UInt8] {
        try proposal(id) { object in
            var thresholds = object["thresholds"] as! [String: Any]
            var lower = thresholds["nedre"] as! [String: Any]
            var limits = lower["limits"] as! [[String: Any]]
            edit(&limits[8])
            lower["limits"] = limits
            thresholds["nedre"] = lower
            object["thresholds"] = thresholds
        }
    }

    static func findings(_ bytes: [UInt8]) throws -> [Finding] {
        RuleCheck.run(book: try RuleBook.builtIn.addingRulesFile(json: bytes, source: "test").0)
    }

    @Test func theBuiltInRulesHaveNoFindings() {
        #expect(RuleCheck.run(book: .builtIn) == [])
    }

    @Test func aLowerThresholdAboveTheUpperIsOutOfOrder() throws {
        let bytes = try Self.editingLowerCannabis("order") { row in
            row["limit"] = 20  // cannabis: nedre 20 g > øvre 15 g
            row["provenance"] = "interpretation"  // an own value, not the bill's
        }
        let findings = try Self.findings(bytes)
        #expect(findings.map(\.code) == ["limits-out-of-order"])
        #expect(findings.first?.path == "/thresholds/ovre/limits/8/limit")
        #expect(findings.first?.ruleSet == "order")
    }

    /// An exported copy is titled as one, and a limit edited in it that still claims to be
    /// verified against the bill is flagged with the bill's own reading.
    @Test func anEditedCopyStillClaimingTheSourceIsFlagged() throws {
        let copy = try #require(RuleBook.builtInCopy(of: "prop-92-l-2021"))
        #expect(copy.json.contains(#""title": {"nb": "Basert på Prop. 92 L"#) && copy.json.contains(#""en": "Based on Prop. 92 L"#))
        let book = try RuleBook.builtIn.addingRulesFile(json: Array(copy.json.utf8), source: "copy").0
        #expect(RuleCheck.run(book: book) == [], "an unedited copy agrees with its source")
        let edited = try Self.editingLowerCannabis("edited") { row in row["limit"] = 12 }  // the bill says 10 g
        let findings = try Self.findings(edited)
        #expect(findings.map(\.code) == ["limit-differs-from-source"])
        #expect(findings.first?.path == "/thresholds/nedre/limits/8/limit")
        #expect(findings.first?.message.contains("but prop-92-l-2021 reads 10 g from that source") == true)
    }

    @Test func aTierNoCaseCanReachIsReported() throws {
        let bytes = try Self.proposal("shadowed") { object in
            var thresholds = object["thresholds"] as! [String: Any]
            thresholds["ovre"] = thresholds["nedre"]
            object["thresholds"] = thresholds
            var tiers = object["tiers"] as! [[String: Any]]
            tiers[0].removeValue(forKey: "maxSubstances")
            object["tiers"] = tiers
        }
        // The copied «ovre» rows also claim the bill's «ovre» values as verified: flagged too.
        let findings = try Self.findings(bytes)
        #expect(findings.map(\.code).filter { $0 != "limit-differs-from-source" } == ["unreachable-tier"])
        #expect(findings.first?.path == "/tiers/1")
        #expect(findings.contains { $0.code == "limit-differs-from-source" && $0.path.hasPrefix("/thresholds/ovre/") })
    }

    @Test func anOwnSourceNothingCitesIsUnused() throws {
        let bytes = try Self.proposal("unused") { object in
            object["sources"] = [["id": "my-note", "title": "My note", "section": "-", "date": "2026"]]
        }
        #expect(try Self.findings(bytes).map(\.code) == ["unused-citation"])
    }

    @Test func practicesWithAGapOrOverlapAreReported() throws {
        let book = RuleBook.builtIn
        let hr = book.ruleSet("hr-2022")!
        func moved(to from: String) -> RuleBook {
            book.replacing(
                RuleSet(
                    id: hr.id, kind: hr.kind, title: hr.title, version: hr.version, status: hr.status,
                    validity: Validity(from: LegalDate(from)!, to: nil), citations: hr.citations, rules: hr.rules,
                    thresholds: hr.thresholds, inheritsThresholdsFrom: hr.inheritsThresholdsFrom,
                    baseline: hr.baseline, tiers: hr.tiers))
        }
        #expect(RuleCheck.validityFindings(moved(to: "2022-04-10")).map(\.code) == ["validity-gap"])
        #expect(RuleCheck.validityFindings(moved(to: "2022-04-01")).map(\.code) == ["validity-overlap"])
        #expect(RuleCheck.validityFindings(book).isEmpty)
    }

    @Test func theFixturesCoverEveryRuleAndLimit() throws {
        var coverage = LegalCoverage(book: .builtIn)
        for name in Repository.fixtureFiles {
            try Repository.fixture(name).run(with: Engine()).decisions.forEach { coverage.add($0) }
        }
        #expect(coverage.rules.filter { !$0.covered }.map { "\($0.ruleSet)/\($0.rule)" } == [])
        #expect(coverage.thresholds.filter { !$0.atLimit || !$0.justAbove }.map { "\($0.definedBy)/\($0.table)/\($0.substance)" } == [])
        #expect(coverage.percent == 100)
    }

    @Test func coverageNamesWhatOneFixtureLeavesOut() throws {
        var coverage = LegalCoverage(book: .builtIn)
        try Repository.fixture("thresholds/mdma-g-at-0_5.json").run(with: Engine()).decisions.forEach { coverage.add($0) }
        let lower = coverage.thresholds.first { $0.definedBy == "prop-92-l-2021" && $0.table == "nedre" && $0.substance == "mdma" }
        #expect(lower?.atLimit == true)
        #expect(lower?.justAbove == false)
        #expect(coverage.percent < 50)
        #expect(coverage.report().contains("limit prop-92-l-2021 «nedre» mdma 0.5 g: no fixture just above the limit"))
    }

    /// The JSON Schemas an editor and CI check cases and decisions with are generated from the
    /// rule data; the committed copies must be current.
    @Test func theSchemasAreCurrent() throws {
        let book = RuleBook.builtIn
        for (name, schema) in [
            ("case", JSONSchemas.caseSchema(vocabulary: book.vocabulary)),
            ("decision", JSONSchemas.decisionSchema(vocabulary: book.vocabulary, ruleSets: book.ruleSets.map(\.id))),
        ] {
            let committed = try String(contentsOf: Repository.root.appendingPathComponent("docs/schema/\(name).schema.json"), encoding: .utf8)
            #expect(
                committed == JSONWriter.pretty(schema) + "\n",
                "docs/schema/\(name).schema.json is stale: run `swift run rusctl rules schema \(name) > docs/schema/\(name).schema.json`")
        }
    }

    @Test func theRuleCatalogueIsCurrent() throws {
        let committed = try String(contentsOf: Repository.root.appendingPathComponent("docs/RULES.md"), encoding: .utf8)
        #expect(
            committed == RuleCatalog.markdown(book: .builtIn),
            "docs/RULES.md is stale: run `swift run rusctl rules catalog > docs/RULES.md`")
        #expect(committed.hasPrefix(RuleCatalog.header))
    }

    @Test func junitCountsFailuresAndEscapes() {
        let xml = JUnitReport.render(
            suite: "s",
            results: [
                .init(name: "a/one.json", note: "n", failures: []),
                .init(name: "b/two.json", note: "x < y", failures: ["[hr-2022] /liability: expected \"a\" & more"]),
            ])
        #expect(xml.contains(#"<testsuite name="s" tests="2" failures="1" errors="0" skipped="0">"#))
        #expect(xml.contains(#"<testcase classname="a" name="a/one.json"/>"#))
        #expect(xml.contains(#"<failure message="[hr-2022] /liability: expected &quot;a&quot; &amp; more">x &lt; y"#))
    }

    /// A rule's declared sources (shown by check and the catalogue) must include every source it cites.
    @Test func rulesCiteOnlyTheirDeclaredSources() {
        // Rules that read a table cite its rows; these cite other data (rule sets, tracks, tiers).
        let dataDriven = Set(["select-rule-set", "age", "proposal-tier", "baseline"] + RuleRegistry.all.filter { $0.reads != nil }.map(\.id))
        for (name, decision) in DecisionInvariantTests.decisions {
            for rule in decision.rulesApplied {
                #expect(RuleRegistry.rule(rule) != nil, "\(name): unregistered rule \(rule)")
            }
            for line in decision.trace where !dataDriven.contains(line.code) {
                let declared = Set(RuleRegistry.rule(line.code)?.citations ?? [])
                #expect(Set(line.citations).isSubset(of: declared), "\(name): \(line.code) cites \(line.citations)")
            }
        }
    }
}
