import Foundation
import Testing
@testable import RusRules

/// compare, sweep and sample, against counts worked out by hand from rules.md.
@Suite struct AnalysisTests {
    static func adult(_ id: String, _ substance: String, _ amount: String, age: Int = 30) -> String {
        #"{"id":"\#(id)","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":\#(age)},"acts":["possession"],"substances":[{"substance":"\#(substance)","amount":\#(amount),"unit":"g"}]}"#
    }

    /// a: 3 g cannabis — hr-2022 forelegg; every proposal not punishable.
    /// b: 12 g — majority not punishable; minority defers (forelegg); Prop. 92 L upper tier.
    /// c: 14 years old — not criminally liable everywhere.
    /// d: invalid (unknown substance). e: 20 g — ordinary prosecution everywhere.
    static let lines = [
        adult("a", "cannabis", "3"), adult("b", "cannabis", "12"), adult("c", "cannabis", "1", age: 14),
        adult("d", "tea", "1"), adult("e", "cannabis", "20"),
    ]

    func compare(keepChanged: Bool = true) -> Comparison {
        var comparison = Comparison(
            engine: Engine(), baseline: "hr-2022",
            ruleSets: ["nou-2019-26-flertall", "nou-2019-26-mindretall", "prop-92-l-2021"],
            today: LegalDate("2024-01-01")!, keepChanged: keepChanged)
        for entry in CaseInput(bytes: Array(Self.lines.joined(separator: "\n").utf8)).entries { comparison.add(entry) }
        return comparison
    }

    @Test func countsOutcomesPerRuleSet() {
        let comparison = compare()
        #expect(comparison.cases == 5)
        #expect(comparison.invalid.map(\.index) == [3])
        let byID = Dictionary(uniqueKeysWithValues: comparison.summaries.map { ($0.id, $0) })
        #expect(byID["hr-2022"]?.overall.recommended == ["forelegg": 2, "bekymringssamtale": 1, "none": 1])
        #expect(byID["nou-2019-26-flertall"]?.overall.liability == [.notPunishable: 2, .notCriminallyLiable: 1, .ordinaryProsecution: 1])
        #expect(byID["nou-2019-26-mindretall"]?.overall.recommended == ["radgivende-enhet": 1, "forelegg": 1, "bekymringssamtale": 1, "none": 1])
        #expect(byID["prop-92-l-2021"]?.overall.recommended == ["radgivende-enhet": 1, "pataleunnlatelse": 1, "bekymringssamtale": 1, "none": 1])
        #expect(byID["hr-2022"]?.changedFromBaseline == nil)
        #expect(byID["nou-2019-26-flertall"]?.changedFromBaseline == 2)
        #expect(byID["nou-2019-26-mindretall"]?.changedFromBaseline == 1)
        #expect(byID["prop-92-l-2021"]?.changedFromBaseline == 2)
        #expect(byID["prop-92-l-2021"]?.byAgeTrack[.voksen]?.total == 3)
        #expect(byID["prop-92-l-2021"]?.bySubstance["cannabis"]?.total == 4)
    }

    @Test func countsTransitionsFromTheBaseline() {
        let forelegg = Outcome(liability: .punishable, recommended: .forelegg)
        let transitions = compare().transitions.filter { $0.ruleSet == "prop-92-l-2021" }
        let moves = Dictionary(uniqueKeysWithValues: transitions.map { ("\($0.from) → \($0.to)", $0.count) })
        #expect(
            moves == [
                "\(forelegg) → not-punishable / radgivende-enhet": 1,
                "\(forelegg) → punishable / pataleunnlatelse": 1,
                "not-criminally-liable / bekymringssamtale → not-criminally-liable / bekymringssamtale": 1,
                "ordinary-prosecution / none → ordinary-prosecution / none": 1,
            ])
    }

    @Test func listsChangedCasesSideBySide() {
        let changed = compare().changed
        #expect(changed.map(\.id) == ["a", "b"])
        #expect(changed[1].outcomes.map(\.outcome.recommendedKey) == ["radgivende-enhet", "forelegg", "pataleunnlatelse"])
        #expect(compare(keepChanged: false).changed.isEmpty)
    }

    @Test func jsonHasTheFieldsScriptsRelyOn() throws {
        let output = ComparisonOutput(comparison: compare(), book: .builtIn, showChanged: true)
        let text = output.render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["cases"] as? Int == 5)
        #expect(object["baseline"] as? String == "hr-2022")
        let ruleSets = try #require(object["ruleSets"] as? [[String: Any]])
        #expect(ruleSets.map { $0["id"] as? String } == ["hr-2022", "nou-2019-26-flertall", "nou-2019-26-mindretall", "prop-92-l-2021"])
        #expect((ruleSets[1]["liability"] as? [String: Int])?["not-punishable"] == 2)
        #expect((ruleSets[3]["recommended"] as? [String: Int])?["none"] == 1)
        #expect(ruleSets[2]["changedFromBaseline"] as? Int == 1)
        let transitions = try #require(object["transitions"] as? [[String: Any]])
        #expect(transitions.allSatisfy { $0["ruleSet"] != nil && $0["from"] != nil && $0["to"] != nil && $0["count"] != nil })
        #expect((object["invalid"] as? [[String: Any]])?.first?["index"] as? Int == 3)
        #expect((object["changed"] as? [[String: Any]])?.count == 2)
    }

    @Test func csvAndMarkdownCarryTheSameNumbers() {
        let output = ComparisonOutput(comparison: compare(), book: .builtIn, showChanged: false)
        let rendered = output.render(.csv)
        // Comment lines first: what «changed» means, then the table.
        #expect(rendered.hasPrefix("# Definition: «Changed» means that the liability, the recommended reaction or its conditions"))
        let csv = rendered.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") }.joined(separator: "\n")
        let empty = String(repeating: ",", count: 14)
        #expect(
            csv.hasPrefix(
                "kind,ruleSet,breakdown,group,key,to,count,share,low,high,caseIndex,caseId,amounts,baselineLiability,baselineRecommended,baselineDecidedBy,baselineComparison,liability,recommended,decidedBy,comparison,cause\n"
            ))
        #expect(csv.contains("\nliability,nou-2019-26-flertall,all,all,not-punishable,,2,0.5000\(empty)\n"))
        #expect(csv.contains("\nchanged,prop-92-l-2021,all,all,,,2,0.5000\(empty)\n"))
        #expect(csv.contains("\ncases,,all,all,invalid,,1,0.2000\(empty)\n"))
        let markdown = output.render(.markdown)
        #expect(markdown.contains("| not punishable | 0 (0.0%) | 2 (50.0%) | 1 (25.0%) | 1 (25.0%) |"))
        let norwegian = ComparisonOutput(comparison: compare(), book: .builtIn, showChanged: false, language: .nb).render(.markdown)
        #expect(norwegian.contains("| ikke straffbart | 0 (0,0 %) | 2 (50,0 %) | 1 (25,0 %) | 1 (25,0 %) |"))
        #expect(norwegian.contains("|  | Praksis fra 2022 (HR-2022) | NOU 2019:26 flertallet | NOU 2019:26 mindretallet | Prop. 92 L (2020–2021) |"))
    }

    /// RFC 4180 fields of one record (quotes, doubled quotes, separators inside quotes).
    static func fields(_ line: String, separator: Character = ",") -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == separator {
                fields.append(field); field = ""
            } else {
                field.append(character)
            }
        }
        return fields + [field]
    }

    /// Changed cases carry their index, id and amounts, and under the baseline and the rule set
    /// the outcome, what decided and the deciding comparison, each in a column of its own;
    /// excel-nb is what a Norwegian spreadsheet opens as it is.
    @Test func changedCasesInCSVHaveOneColumnPerFieldAndANorwegianDialect() throws {
        let output = ComparisonOutput(comparison: compare(), book: .builtIn, showChanged: true)
        let lines = output.render(.csv).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        let header = Self.fields(lines[0])
        let changed = lines.filter { $0.hasPrefix("changed-case,") }.map { Self.fields($0) }
        #expect(changed.count == 5)  // a under three proposals, b under two
        for fields in changed {
            #expect(fields.count == header.count)
            let row = Dictionary(uniqueKeysWithValues: zip(header, fields))
            #expect(Int(row["caseIndex"]!) != nil)
            #expect(Liability(rawValue: row["baselineLiability"]!) != nil && Liability(rawValue: row["liability"]!) != nil)
            #expect(!fields.contains { $0.contains(" / ") }, "no packed outcomes")
        }
        let b = try #require(
            changed.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }.first { $0["caseId"] == "b" && $0["ruleSet"] == "prop-92-l-2021" })
        #expect(b["amounts"] == "cannabis (hashish, marijuana) 12 g")
        #expect(b["baselineDecidedBy"] == "the rule for adults («adult»)")
        #expect(b["baselineComparison"] == "cannabis (hashish, marijuana) 12 g ≤ 15 g (the limit for minor reactions in the DPP's circular 2/2014)")
        #expect(b["decidedBy"] == "the tier between the lower and upper thresholds («under-ovre»)")
        #expect(b["comparison"] == "cannabis (hashish, marijuana) 12 g > 10 g (the lower threshold in Prop. 92 L (2020–2021))")
        let norwegian = output.csv(dialect: .excelNB)
        #expect(norwegian.hasPrefix("\u{FEFF}# Definition: «Changed» means"))
        #expect(norwegian.contains("\r\nkind;ruleSet;breakdown;group;key;to;count;share;low;high;caseIndex;"))
        #expect(norwegian.contains("\r\nliability;nou-2019-26-flertall;all;all;not-punishable;;2;0,5000\(String(repeating: ";", count: 14))\r\n"))
    }

    @Test func htmlIsSelfContained() throws {
        let output = ComparisonOutput(comparison: compare(), book: .builtIn, showChanged: true)
        let html = output.render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // Two bar charts, one small chart per substance (cannabis only), three flow charts.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
        for forbidden in ["<script", "http://", "https://", "<link", "@import"] where forbidden != "http://" {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(html.contains("@page { size: A4"))
        // A heading stands as its column: «Stoff» over the substances on the left, a count's
        // heading over the counts on the right.
        #expect(html.contains("<thead><tr><th class=\"text\">Substance</th><th>"))
        // Every cause links to its section, which lists its first cases (never all of a large
        // cause: the rest are in the CSV and the JSON, which the page names).
        let causes = output.causes()
        #expect(!causes.isEmpty)
        #expect(html.contains("--changed-csv"))
        for (index, cause) in causes.enumerated() {
            #expect(html.contains("href=\"#cause-\(index)\"") && html.contains("id=\"cause-\(index)\""))
            let section = try #require(html.components(separatedBy: "id=\"cause-\(index)\"").dropFirst().first?.components(separatedBy: "</section>").first)
            #expect(cause.examples.map(\.index) == Array(cause.cases.prefix(ChangeListing.examplesPerCause)))
            for listed in cause.cases.prefix(ChangeListing.examplesPerCause) { #expect(section.contains(">#\(listed)")) }
            for unlisted in cause.cases.dropFirst(ChangeListing.examplesPerCause) { #expect(!section.contains(">#\(unlisted)<")) }
        }
    }

    /// A cause's case numbers, kept as gaps of a byte or more, read back as they were added.
    @Test func caseNumbersReadBackAsAdded() {
        var numbers = ChangeListing.CaseNumbers()
        let added = [0, 1, 127, 128, 255, 16_383, 16_384, 1_000_000, 2_000_000_000, 2_000_000_001, 9_000_000_000_000]
        for number in added { numbers.append(number) }
        #expect(Array(numbers) == added)
        #expect(numbers.count == added.count)
    }

    @Test func sweepAtTheBuiltInLimitAgreesWithCompare() {
        let entries = CaseInput(bytes: Array(Self.lines.joined(separator: "\n").utf8)).entries
        let book = RuleBook.builtIn
        var sweep = Sweep(
            book: book, ruleSet: book.ruleSet("prop-92-l-2021")!, table: "nedre", substance: "cannabis", unit: "mg",
            values: [2000, 10000, 13000], baseline: "hr-2022", today: LegalDate("2024-01-01")!)
        for entry in entries { sweep.record(sweep.evaluate(entry)) }
        #expect(sweep.invalid.count == 1)
        #expect(sweep.points.map { $0.tally.liability[.notPunishable] ?? 0 } == [0, 1, 2])
        #expect(sweep.points[1].changedFromBaseline == 2)  // at 10 g: as compare
    }

    @Test func sweepRejectsAnEmptyOrHugeRange() {
        #expect(Sweep.values(from: 1, to: 3, step: 1) == [1, 2, 3])
        let (half, quarter, threeQuarters) = (ExactDecimal("0.5")!, ExactDecimal("0.25")!, ExactDecimal("0.75")!)
        #expect(Sweep.values(from: half, to: 1, step: quarter) == [half, threeQuarters, 1])
        #expect(Sweep.values(from: 3, to: 1, step: 1) == nil)
        #expect(Sweep.values(from: 1, to: 3, step: 0) == nil)
        #expect(Sweep.values(from: ExactDecimal("0.001")!, to: 10, step: ExactDecimal("0.001")!) == nil)
    }

    @Test func samplesAreDeterministicAndValid() {
        var first = CaseSampler(seed: 42)
        var second = CaseSampler(seed: 42)
        var other = CaseSampler(seed: 43)
        let a = (0..<300).map { _ in JSONWriter.compact(first.next()) }
        let b = (0..<300).map { _ in JSONWriter.compact(second.next()) }
        let c = (0..<300).map { _ in JSONWriter.compact(other.next()) }
        #expect(a == b)
        #expect(a != c)
        let engine = Engine()
        for line in a {
            let entry = CaseInput(bytes: Array(line.utf8)).entries[0]
            guard case .success = engine.decode(entry) else {
                Issue.record("sampled case is invalid: \(line)")
                return
            }
        }
    }

    @Test func aDistributionIsLoadedStrictly() {
        let typo = SampleDistribution.defaultJSON.replacingOccurrences(of: "\"ownUseShare\"", with: "\"ownUseShar\"")
        #expect(throws: RuleDataError.self) {
            try SampleDistribution.load(json: Array(typo.utf8), vocabulary: RuleBook.builtIn.vocabulary)
        }
    }

    /// Shares that do not sum to 1 are an error naming the group and the sum, never rescaled.
    @Test func sharesMustSumToOne() {
        for (group, from, to, sum) in [
            ("dependent", "\"true\": 0.12", "\"true\": 0.15", "1.03"),
            ("consent", "\"unknown\": 0.35", "\"unknown\": 0.3", "0.95"),
        ] {
            let wrong = SampleDistribution.defaultJSON.replacingOccurrences(of: from, with: to)
            do {
                _ = try SampleDistribution.load(json: Array(wrong.utf8), vocabulary: RuleBook.builtIn.vocabulary)
                Issue.record("\(group): expected an error")
            } catch {
                #expect(error.errors.map(\.message) == ["the shares of \(group) sum to \(sum), not 1; make them add up to 1 (nothing is rescaled)"])
                #expect(error.errors.first?.pointer.description == "/\(group)")
            }
        }
    }

    @Test func daysSinceEpochRoundTrips() {
        for days in stride(from: -719_000, through: 2_800_000, by: 997) {  // years 1 to 9635
            let date = LegalDate(daysSinceEpoch: days)
            #expect(date?.daysSinceEpoch == days)
        }
        #expect(LegalDate("1970-01-01")!.daysSinceEpoch == 0)
        #expect(LegalDate("2024-02-29")!.daysSinceEpoch == 19_782)
        #expect(LegalDate(daysSinceEpoch: -719_163) == nil)  // 31 December of year 0
    }

    /// The outcome-only mode used for counting runs the same rules: it must agree with full decisions.
    @Test func outcomeModeAgreesWithFullDecisions() throws {
        var sampler = CaseSampler(seed: 2024)
        let full = Engine()
        let fast = Engine(detail: .outcome)
        let today = LegalDate("2024-06-01")!
        for _ in 0..<3000 {
            let entry = CaseInput(bytes: Array(JSONWriter.compact(sampler.next()).utf8)).entries[0]
            guard case .success(let theCase) = full.decode(entry) else { continue }
            for ruleSet in full.book.ruleSets.map(\.id) {
                let expected = full.evaluate(theCase, ruleSet: ruleSet, today: today).map(Outcome.init)
                let actual = fast.evaluate(theCase, ruleSet: ruleSet, today: today).map(Outcome.init)
                #expect(try expected.get() == actual.get(), "\(theCase.id ?? "") under \(ruleSet)")
            }
        }
    }
}
