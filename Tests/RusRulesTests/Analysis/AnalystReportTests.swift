import Foundation
import Testing
@testable import RusRules

/// What an analyst puts in a memo: provenance, the rules compared, why each case changed,
/// intervals over synthetic draws, and Norwegian text.
@Suite struct AnalystReportTests {
    /// Where Prop. 92 L's cap of three different substances decides, the cap is the deciding
    /// comparison («4 ulike stoffer > 3»), not a limit the case kept (issue 23, point 9).
    @Test func theSubstanceCapIsNamedWhereItDecides() throws {
        let four =
            #"{"id":"four","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":1,"unit":"g"},{"substance":"cocaine","amount":0.5,"unit":"g"},{"substance":"mdma","amount":0.2,"unit":"g"},{"substance":"amphetamine","amount":0.5,"unit":"g"}]}"#
        let cli = CLITests()
        let text = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "--changed", "-"], stdin: four + "\n")
        #expect(
            text.stdout.unwrapped.contains(
                "trinnet mellom nedre og øvre terskelverdi («under-ovre»); 4 ulike stoffer > 3 (trinnet innenfor nedre terskelverdi)"))
        let json = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "--changed", "-", "--format", "json"], stdin: four + "\n")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let grounds = try #require(((report["changed"] as? [[String: Any]])?.first?["grounds"]) as? [String: [String: Any]])
        let deciding = try #require(grounds["prop-92-l-2021"]?["deciding"] as? [String: Any])
        #expect(deciding["substances"] as? Int == 4 && deciding["maxSubstances"] as? Int == 3)
    }

    /// In the text report the causes' counts stand right-aligned, and each cause's further lines
    /// start under its first word, whatever its count's width.
    @Test func theCausesLinesStandUnderTheirFirstWord() throws {
        let cli = CLITests()
        let cases = try cli.rusctl(["sample", "--count", "400", "--seed", "3"]).stdout
        let text = try cli.rusctl(["compare", "--rules", "lov-2025", "--changed", "-", "--today", "2024-01-01"], stdin: cases).stdout
        let section = try #require(text.components(separatedBy: "\nENDRINGER ETTER ÅRSAK\n").last?.components(separatedBy: "\n\n").first)
        let lines = section.split(separator: "\n").map(String.init)
        // A first line: the count right-aligned, two spaces, the text; a further line: spaces, the text.
        let first = /^ +([0-9][0-9\u{A0}]*)  \S/
        let counted = lines.compactMap { try? first.prefixMatch(in: $0) }
        #expect(Set(counted.map { $0.1.count }).count > 1, "the sample gives counts of more than one width")
        let columns = Set(
            lines.map { line in
                (try? first.prefixMatch(in: line)).map { line.distance(from: line.startIndex, to: $0.range.upperBound) - 1 }
                    ?? line.prefix { $0 == " " }.count
            })
        #expect(columns.count == 1, "\(section)")
    }

    /// In Markdown, words read from the left and figures stand right-aligned: the causes and the
    /// changed cases are not right-aligned as the counts are.
    @Test func markdownAlignsWordsLeftAndFiguresRight() throws {
        let cli = CLITests()
        let cases = try cli.rusctl(["sample", "--count", "200", "--seed", "3"]).stdout
        let markdown = try cli.rusctl(
            ["compare", "--rules", "prop-92-l-2021", "--changed", "-", "--format", "markdown", "--today", "2024-01-01"], stdin: cases
        ).stdout
        let alignment = { (title: String) in
            markdown.components(separatedBy: "## \(title)\n\n").last?.split(separator: "\n").dropFirst().first.map(String.init)
        }
        #expect(alignment("Endringer etter årsak") == "| --- | --- | ---: |")
        #expect(alignment("Endrede saker") == "| --- | --- | --- | --- | --- |")
        #expect(alignment("Straffansvar") == "| --- | ---: | ---: |")
    }

    /// In text as in Markdown: words flush left, figures flush right — an invalid case's errors
    /// start in one column whatever their length, and the counts end in one.
    @Test func textAlignsWordsLeftAndFiguresRight() {
        let lines = ComparisonOutput.fitted(
            ["sak", "feil", "saker"],
            [["#371 a", "invalid-date at /offenceDate", "3"], ["#2623 b", "invalid-date at /decisionDate", "12"]])
        #expect(
            lines == [
                "  sak       feil                            saker",
                "  #371 a    invalid-date at /offenceDate        3",
                "  #2623 b   invalid-date at /decisionDate      12",
            ])
    }

    /// Where a case keeps the cap, the reason counts its substances as Norwegian counts them.
    @Test func theSubstanceCountReadsAsWords() throws {
        func reason(_ substances: String, _ language: Language) throws -> String {
            let text =
                #"{"offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":["#
                + substances + "]}"
            let decision = try decide(text, ruleSet: "prop-92-l-2021").get()
            return decision.options.first { $0.status == .recommended }?.reasons.first?.text(language) ?? ""
        }
        let one = #"{"substance":"cannabis","amount":1,"unit":"g"}"#
        let two = one + #",{"substance":"mdma","amount":0.2,"unit":"g"}"#
        #expect(try reason(one, .nb).hasSuffix("(cannabis (hasj, marihuana) 1 g ≤ 10 g; 1 stoff (høyst 3 ulike))."))
        #expect(try reason(two, .nb).contains("; 2 ulike stoffer (høyst 3))."))
        #expect(try reason(one, .en).contains("; 1 substance (at most 3 different))"))
    }

    /// The changed cases as a tidy table of their own (issue 23, point 9): one header, a row per
    /// (case, rule set) for every change counted, the amount a number in the dialect's form.
    @Test func changedCasesAsATidyCSV() throws {
        let cli = CLITests()
        let cases = try cli.rusctl(["sample", "--count", "300", "--seed", "6"]).stdout
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let standard = folder.appendingPathComponent("changed.csv").path
        let json = try cli.rusctl(["compare", "--rules", "prop-92-l-2021,lov-2025", "-", "--format", "json", "--changed-csv", standard], stdin: cases)
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let changes = (report["ruleSets"] as? [[String: Any]])?.compactMap { $0["changedFromBaseline"] as? Int }.reduce(0, +)
        let lines = try String(contentsOfFile: standard, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "caseIndex,caseId,ruleSet,ageGroup,dependent,substance,amount,unit,substanceCount,baselineLiability,baselineRecommended,baselineConditions,liability,recommended,conditions,cause"
        )
        #expect(lines.count - 1 == changes)
        #expect(!lines.contains { $0.hasPrefix("#") })
        let nb = folder.appendingPathComponent("endret.csv").path
        _ = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "-", "--changed-csv", nb, "--csv-dialect", "excel-nb"], stdin: cases)
        let bytes = try #require(FileManager.default.contents(atPath: nb))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))  // the byte order mark Excel needs for æ, ø, å
        let norwegian = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(norwegian.hasPrefix("caseIndex;caseId;ruleSet;"))
        #expect(norwegian.contains(try Regex(#";[0-9]+,[0-9]+;(g|mg|ml);"#)))
    }

    /// The groups the question names (issue 23, point 2): by dependency (ja / tvil / nei) beside
    /// age group and substance, for liability and for the recommended reaction, in every format;
    /// each group's counts add up to the cases in it.
    @Test func groupsByDependencyForLiabilityAndReaction() throws {
        let cli = CLITests()
        let cases = try cli.rusctl(["sample", "--count", "400", "--seed", "8"]).stdout
        let json = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "-", "--format", "json"], stdin: cases)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let baseline = try #require((report["ruleSets"] as? [[String: Any]])?.first)
        let groups = try #require(baseline["byDependency"] as? [String: [String: Any]])
        #expect(Set(groups.keys) == ["no", "yes", "doubtful"])
        let totals = groups.values.compactMap { ($0["liability"] as? [String: Int])?.values.reduce(0, +) }
        #expect(totals.reduce(0, +) == 400)
        // Counted as evaluate decides each case.
        let dependentLines = cases.split(separator: "\n").filter { $0.contains(#""dependent":true"#) }
        let decided = try cli.rusctl(["evaluate", "-", "--format", "json", "--no-trace"], stdin: dependentLines.joined(separator: "\n") + "\n")
        let waivers = decided.stdout.split(separator: "\n").filter { $0.contains(#""recommended":"pataleunnlatelse""#) }.count
        #expect(waivers > 0)
        #expect((groups["yes"]?["recommended"] as? [String: Int])?["pataleunnlatelse"] ?? 0 == waivers)
        let text = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "-"], stdin: cases)
        for title in [
            "STRAFFANSVAR ETTER RUSAVHENGIGHET", "ANBEFALT REAKSJON ETTER ALDERSGRUPPE", "ANBEFALT REAKSJON ETTER STOFF",
            "ANBEFALT REAKSJON ETTER RUSAVHENGIGHET",
        ] {
            #expect(text.stdout.contains(title))
        }
        #expect(text.stdout.contains("rusavhengig tvil: "))
        let csv = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "-", "--format", "csv"], stdin: cases)
        #expect(csv.stdout.contains("\nrecommended,hr-2022,dependent,yes,"))
    }

    /// --in-force says what it did: how many cases the practice decided before the date, the
    /// statute after it, and straffeloven § 3 in between (which law); a warning when no case is
    /// decided on or after the date; the statute's sentence agrees with the option (issue 23, 4).
    @Test func inForceSaysWhichLawDecided() throws {
        let cli = CLITests()
        let cases = [
            #"{"id":"before","offenceDate":"2026-03-14","decisionDate":"2026-05-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}"#,
            #"{"id":"after","offenceDate":"2026-08-14","decisionDate":"2026-09-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}"#,
            #"{"id":"s3","offenceDate":"2026-06-14","decisionDate":"2026-09-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}"#,
            #"{"id":"s3-milder","offenceDate":"2026-06-14","decisionDate":"2026-09-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"heroin","amount":12,"unit":"g"}]}"#,
        ]
        for input in [cases.joined(separator: "\n") + "\n", "[" + cases.joined(separator: ",") + "]"] {
            let run = try cli.rusctl(["compare", "--rules", "lov-2025", "--in-force", "lov-2025=2026-07-01", "-", "--format", "json"], stdin: input)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let statute = try #require((report["ruleSets"] as? [[String: Any]])?.last)
            let inForce = try #require(statute["inForce"] as? [String: Any])
            #expect(inForce["decidedBefore"] as? Int == 1)
            #expect(inForce["actOnOrAfter"] as? Int == 1)
            #expect(inForce["paragraph3Practice"] as? Int == 1)
            #expect(inForce["paragraph3Statute"] as? Int == 1)
            #expect((statute["changes"] as? [String])?.contains { $0.hasPrefix("I kraft fra 01.07.2026 slik brukeren har oppgitt") } == true)
            #expect((statute["changes"] as? [String])?.contains { $0.hasPrefix("Vedtatt, men ikrafttredelsen er ukjent") } == false)
        }
        let early = try cli.rusctl(["compare", "--rules", "lov-2025", "--in-force", "lov-2025=2026-07-01", "-"], stdin: cases[0] + "\n")
        #expect(early.stdout.contains("ADVARSEL: ingen sak er avgjort på eller etter 01.07.2026"))
        #expect(early.stderr.contains("no case is decided on or after the in-force date of lov-2025"))
    }

    /// Where a stated in-force date leaves a case to the practice — decided before the date, or
    /// straffeloven § 3 keeping the law of the act's time — the statute's column is the
    /// practice's answer in full: its conditions too (a youth keeps the ruskontrakt the statute
    /// drops), and the practice's ground; only a case the statute decides changes.
    @Test func aCaseLeftToThePracticeKeepsThePracticesConditions() throws {
        let cli = CLITests()
        let youth = { (id: String, offence: String, decision: String) in
            #"{"id":"\#(id)","offenceDate":"\#(offence)","decisionDate":"\#(decision)","person":{"ageAtOffence":16},"acts":["possession"],"substances":[{"substance":"cannabis","amount":4,"unit":"g"}]}"#
        }
        let cases = [youth("before", "2026-03-14", "2026-05-02"), youth("after", "2026-08-14", "2026-09-02"), youth("s3", "2026-06-14", "2026-09-02")]
        for input in [cases.joined(separator: "\n") + "\n", "[" + cases.joined(separator: ",") + "]"] {
            let run = try cli.rusctl(
                ["compare", "--rules", "prop-92-l-2021,lov-2025", "--in-force", "lov-2025=2026-07-01", "--changed", "-", "--format", "json"], stdin: input)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let changes = try #require(report["conditionChanges"] as? [[String: Any]])
            #expect(changes.count == 1)
            #expect(changes.first?["count"] as? Int == 1)
            #expect(changes.first?["from"] as? [String] == ["provetid", "ruskontrakt", "radgivende-enhet"])
            #expect(changes.first?["to"] as? [String] == ["provetid", "radgivende-enhet"])
            let statute = try #require((report["ruleSets"] as? [[String: Any]])?.last)
            #expect(statute["changedFromBaseline"] as? Int == 1)
            // Every case changed under Prop. 92 L; the statute's column shows who decided it.
            let changed = try #require(report["changed"] as? [[String: Any]])
            let grounds = Dictionary(
                uniqueKeysWithValues: changed.compactMap { entry in
                    (entry["id"] as? String).flatMap { id in ((entry["grounds"] as? [String: Any])?["lov-2025"] as? [String: Any]).map { (id, $0) } }
                })
            #expect(grounds["before"]?["decidedBy"] as? String == "hr-2022")
            #expect(grounds["before"]?["rule"] as? String == "ungdom")
            #expect(grounds["s3"]?["decidedBy"] as? String == "hr-2022")
            #expect(grounds["s3"]?["rule"] as? String == "strl-3")
            #expect(grounds["after"]?["decidedBy"] as? String == "lov-2025")
            #expect(grounds["after"]?["rule"] as? String == "ungdom-2025")
        }
    }

    /// What rests on unknown law (issue 23, point 3): per rule set the cases and the changes
    /// whose answer differs when every unknown limit is below the amounts, and the shares under
    /// that other reading, in every format — each case worked out by hand from the rules, over
    /// the fast path and the engine alike.
    @Test func whatRestsOnUnknownLimitsIsCountedAndSaid() throws {
        let cli = CLITests()
        let adult = { (id: String, dependent: String, acts: String, substance: String) in
            #"{"id":"\#(id)","offenceDate":"2026-03-14","decisionDate":"2026-05-02","person":{"ageAtOffence":30,"dependent":\#(dependent)},"acts":[\#(acts)],"substances":[\#(substance)]}"#
        }
        let cases = [
            // hr-2022: forelegg within the rundskriv's unknown heroin limit (≤ 5 g), else prosecuted;
            // lov-2025: above its 3 g, decided as under the practice — the same.
            adult("heroin-4", "false", #""possession""#, #"{"substance":"heroin","amount":4,"unit":"g"}"#),
            // hr-2022 knows the 15 g; lov-2025's «mindre mengde» for cannabis is unknown (≤ 15 g).
            adult("cannabis-4", "false", #""possession""#, #"{"substance":"cannabis","amount":4,"unit":"g"}"#),
            // Above every ceiling: prosecuted under either reading.
            adult("heroin-6", "false", #""possession""#, #"{"substance":"heroin","amount":6,"unit":"g"}"#),
            // A dependent user, methamphetamine: no guideline value is known.
            adult("meth-dependent", "true", #""possession""#, #"{"substance":"methamphetamine","amount":1,"unit":"g"}"#),
            // Use alone without an amount: nothing to compare under either reading.
            adult("use-cocaine", "false", #""use""#, #"{"substance":"cocaine"}"#),
        ]
        for input in [cases.joined(separator: "\n") + "\n", "[" + cases.joined(separator: ",") + "]"] {
            let run = try cli.rusctl(["compare", "--rules", "lov-2025", "-", "--format", "json"], stdin: input)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let ruleSets = try #require(report["ruleSets"] as? [[String: Any]])
            let practice = try #require(ruleSets.first?["unknownLimits"] as? [String: Any])
            let statute = try #require(ruleSets.last?["unknownLimits"] as? [String: Any])
            #expect(practice["cases"] as? Int == 2)  // heroin-4, meth-dependent
            #expect(practice["changes"] is NSNull)
            #expect(statute["cases"] as? Int == 3)  // heroin-4, cannabis-4, meth-dependent
            // Changed: cannabis-4 and use-cocaine (forelegg → forenklet forelegg); only the first rests on an unknown limit.
            #expect(ruleSets.last?["changedFromBaseline"] as? Int == 2)
            #expect(statute["changes"] as? Int == 1)
            let other = try #require(statute["otherReading"] as? [String: Any])
            #expect(other["liability"] as? [String: Int] == ["not-criminally-liable": 0, "not-punishable": 0, "punishable": 2, "ordinary-prosecution": 3])
            #expect((other["recommended"] as? [String: Int])?["forelegg"] == 1)
            #expect((other["recommended"] as? [String: Int])?["forenklet-forelegg"] == 1)
            let definitions = try #require(report["definitions"] as? [String: String])
            #expect(definitions["unknownLimits"]?.contains("«andre lesning» setter hver ukjent grense under mengdene") == true)
        }
        let text = try cli.rusctl(["compare", "--rules", "lov-2025", "-"], stdin: cases.joined(separator: "\n") + "\n")
        #expect(text.stdout.contains("HVA SOM HVILER PÅ UKJENTE GRENSER"))
        #expect(text.stdout.contains(try Regex(#"endringer som hviler på en ukjent grense +— +1 av 2\n"#)))
        #expect(text.stdout.unwrapped.contains("intervallene fra --seeds måler bare tilfeldig variasjon mellom syntetiske trekk"))
        let csv = try cli.rusctl(["compare", "--rules", "lov-2025", "-", "--format", "csv"], stdin: cases.joined(separator: "\n") + "\n")
        #expect(csv.stdout.contains("\nunknown-limit,lov-2025,all,all,cases,,3,0.6000,"))
        #expect(csv.stdout.contains("\nother-reading-liability,lov-2025,all,all,ordinary-prosecution,,3,0.6000,"))
        // Beside the sampling interval, the same share under the other reading.
        let seeds = try cli.rusctl(["compare", "--rules", "lov-2025", "--seeds", "3", "--count", "200", "--format", "json"])
        let study = try #require(try JSONSerialization.jsonObject(with: Data(seeds.stdout.utf8)) as? [String: Any])
        let shares = try #require(
            (((study["variation"] as? [String: Any])?["variants"] as? [[String: Any]])?.first?["ruleSets"] as? [[String: Any]])?.last?["shares"]
                as? [[String: Any]])
        let prosecuted = try #require(shares.first { $0["key"] as? String == "ordinary-prosecution" })
        let otherMean = try #require((prosecuted["otherReading"] as? [String: Any])?["mean"] as? Double)
        #expect(otherMean > (prosecuted["mean"] as? Double ?? 1))
    }

    /// No report names a file of the project — a seed document, a path, a section of the spec —
    /// in any format of compare, sweep and sample (issue 23, point 10); a random draw is named by
    /// the option that repeats it («--seed 4»), never as a «frø» or a bare «seed».
    @Test func reportsNameNoProjectFile() throws {
        let cli = CLITests()
        let cases = try cli.rusctl(["sample", "--count", "300", "--seed", "4"]).stdout
        let internals = try Regex(#"(frø|seed)s? 0[0-9][0-9]|shared/|rules\.md|contract\.md|\.txt|docs/|[^ /]§[0-9]|^§[0-9]"#)
        // «frø» anywhere; «seed» only in the options --seed and --seeds and the JSON key that
        // gives them ("seeds").
        let seedWord = /[Ff]rø|[Ss]eed/
        var outputs = [("sample --show-distribution", try cli.rusctl(["sample", "--show-distribution"]).stdout)]
        for format in ["text", "markdown", "html", "json", "csv"] {
            for language in ["nb", "en"] {
                outputs.append(
                    (
                        "compare \(format) \(language)",
                        try cli.rusctl(
                            ["compare", "--rules", "lov-2025,prop-92-l-2021,nou-2019-26-flertall", "--changed", "-", "--format", format, "--lang", language],
                            stdin: cases
                        ).stdout
                    ))
                outputs.append(
                    (
                        "sweep \(format) \(language)",
                        try cli.rusctl(
                            [
                                "sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "5", "--to", "15", "--step", "5", "-",
                                "--format", format, "--lang", language,
                            ], stdin: cases
                        ).stdout
                    ))
            }
        }
        outputs.append(("compare --seeds", try cli.rusctl(["compare", "--rules", "lov-2025", "--seeds", "3", "--count", "100", "--format", "json"]).stdout))
        for (what, output) in outputs {
            #expect(!output.isEmpty, "\(what)")
            #expect(output.firstMatch(of: internals) == nil, "\(what): \(output.firstMatch(of: internals).map { String(output[$0.range]) } ?? "")")
            let words = output.replacingOccurrences(of: "--seed", with: "").replacingOccurrences(of: #""seeds":"#, with: "")
            #expect(words.firstMatch(of: seedWord) == nil, "\(what): \(words.firstMatch(of: seedWord).map { String(words[$0.range]) } ?? "")")
        }
    }

    /// «Changed» is what a reader thinks: the same reaction on other conditions is a change
    /// (a dependent user's påtaleunnlatelse uten vilkår → med prøvetid under Prop. 92 L), counted,
    /// listed with its conditions and defined in the report — the same by the fast path (NDJSON)
    /// and by the engine (a JSON array) (issue 23, point 1).
    @Test func otherConditionsAreAChange() throws {
        let cli = CLITests()
        let dependent =
            #"{"id":"d1","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30,"dependent":true},"acts":["possession"],"substances":[{"substance":"heroin","amount":4,"unit":"g"}]}"#
        for input in [dependent + "\n", "[" + dependent + "]"] {
            let json = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "--changed", "-", "--format", "json"], stdin: input)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let ruleSets = try #require(report["ruleSets"] as? [[String: Any]])
            #expect(ruleSets[1]["changedFromBaseline"] as? Int == 1)
            #expect(ruleSets[1]["changedConditionsOnly"] as? Int == 1)
            let change = try #require((report["conditionChanges"] as? [[String: Any]])?.first)
            #expect(change["from"] as? [String] == [])
            #expect(change["to"] as? [String] == ["provetid", "radgivende-enhet"])
            #expect(
                (report["definitions"] as? [String: String])?["changed"]?.hasPrefix(
                    "«Endret» betyr at straffansvaret, den anbefalte reaksjonen eller vilkårene") == true)
        }
        let text = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "--changed", "-"], stdin: dependent + "\n")
        #expect(text.stdout.unwrapped.contains("samme reaksjon, andre vilkår: uten vilkår → med prøvetid og oppmøte for rådgivende enhet for russaker"))
        #expect(text.stdout.contains("«Endret» betyr at"))
    }

    /// A use-only case that names an amount, under a law that covers use at any quantity: the
    /// amount is kept and said not to be compared (relation `not-compared`), never «uten mengde»;
    /// an amount above the ceiling of an unknown limit is above it.
    @Test func useAloneReadsAsNotCompared() throws {
        let cli = CLITests()
        let useOnly =
            #"{"id":"u1","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"heroin","amount":12,"unit":"g"}]}"#
        let text = try cli.rusctl(["compare", "--rules", "lov-2025", "--changed", "-"], stdin: useOnly + "\n")
        #expect(text.stdout.contains("heroin 12 g: bruk alene — mengden ikke sammenlignet"))
        #expect(text.stdout.contains("heroin 12 g > 5 g (tak for en ukjent grense)"))
        #expect(!text.stdout.contains("uten mengde"))
        let json = try cli.rusctl(["compare", "--rules", "lov-2025", "--changed", "-", "--format", "json"], stdin: useOnly + "\n")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let grounds = try #require(((report["changed"] as? [[String: Any]])?.first?["grounds"]) as? [String: [String: Any]])
        let statute = try #require(grounds["lov-2025"]?["deciding"] as? [String: Any])
        #expect(statute["relation"] as? String == "not-compared")
        #expect(statute["amount"] as? Int == 12)
        let practice = try #require(grounds["hr-2022"]?["deciding"] as? [String: Any])
        #expect(practice["relation"] as? String == "above")
    }

    /// Use alone without an amount is within every limit, known or not (docs/law.md §5.1.5):
    /// its comparison says there is nothing to compare — never «grensen ukjent (≤ 5 g)», which
    /// would make the answer look as though it rested on an unknown limit.
    @Test func useAloneWithoutAnAmountComparesNothing() throws {
        let cli = CLITests()
        let useOnly =
            #"{"id":"u2","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"cocaine"}]}"#
        let text = try cli.rusctl(["compare", "--rules", "lov-2025", "--changed", "-"], stdin: useOnly + "\n")
        #expect(text.stdout.unwrapped.contains("kokain uten mengde: bruk alene — ingenting å sammenligne (grensen for «en mindre mengde»"))
        #expect(!text.stdout.contains("grensen ukjent"))
        let json = try cli.rusctl(["compare", "--rules", "lov-2025", "--changed", "-", "--format", "json"], stdin: useOnly + "\n")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let grounds = try #require(((report["changed"] as? [[String: Any]])?.first?["grounds"]) as? [String: [String: Any]])
        for ruleSet in ["hr-2022", "lov-2025"] {
            let deciding = try #require(grounds[ruleSet]?["deciding"] as? [String: Any])
            #expect(deciding["relation"] as? String == "not-compared", "\(ruleSet)")
            #expect(deciding["amount"] is NSNull, "\(ruleSet)")
        }
    }

    static let today = LegalDate("2024-01-01")!

    static func comparison(
        _ lines: [String] = AnalysisTests.lines, ruleSets: [String] = ["nou-2019-26-flertall", "nou-2019-26-mindretall", "prop-92-l-2021"],
        engine: Engine = Engine()
    ) -> Comparison {
        var comparison = Comparison(engine: engine, baseline: "hr-2022", ruleSets: ruleSets, today: today, keepChanged: true)
        var stream = CaseStream(bytes: Array(lines.joined(separator: "\n").utf8))
        comparison.consume(&stream, batchSize: 7, jobs: 2)
        return comparison
    }

    static let provenance = ReportProvenance(
        generated: "2026-12-01T09:00:00+01:00", tool: "rusctl 9.9.9", commit: "abc123", ruleData: RuleBook.builtInDataFingerprint,
        rulesFile: nil, ruleSets: ["hr-2022", "prop-92-l-2021", "lov-2025"].compactMap(RuleBook.builtIn.ruleSet),
        inForce: [:], today: today, inputs: [.init(name: "saker.ndjson", cases: 5, sha256: String(repeating: "ab", count: 32))],
        synthetic: .init(seeds: [7], distribution: "standard", sources: SampleDistribution.standard.sources))

    // MARK: - Provenance

    @Test func everyFormatCarriesTheProvenanceAndTheSyntheticNotice() throws {
        let output = ComparisonOutput(comparison: Self.comparison(), book: .builtIn, showChanged: false, language: .nb, provenance: Self.provenance)
        let hash = String(repeating: "ab", count: 32)
        for format in [ComparisonFormat.text, .markdown, .html] {
            let report = output.render(format)
            for expected in [
                "rusctl 9.9.9, commit abc123", RuleBook.builtInDataFingerprint, "saker.ndjson: 5 saker, SHA-256 \(hash)",
                "hr-2022 versjon 2022-07-01", "prop-92-l-2021 versjon 2021", "forslag, aldri i kraft",
                "ikrafttredelse ukjent", "2026-12-01T09:00:00+01:00", "Syntetiske saker", "(--seed 7)",
                "narkotika, 2019 (tall for 2017", "--in-force",
            ] {
                #expect(report.unwrapped.contains(expected), "\(format): \(expected)")
            }
        }
        let csv = output.csv(dialect: .standard)
        #expect(csv.hasPrefix("# Laget: 2026-12-01T09:00:00+01:00\n"))
        #expect(csv.contains("\n# Syntetiske saker: "))
        let rows = csv.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.first?.hasPrefix("kind,ruleSet,") == true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.render(.json).utf8)) as? [String: Any])
        let provenance = try #require(json["provenance"] as? [String: Any])
        #expect((provenance["inputs"] as? [[String: Any]])?.first?["sha256"] as? String == hash)
        #expect((provenance["ruleSets"] as? [[String: Any]])?.last?["inForce"] as? String == "unknown")
        #expect((provenance["synthetic"] as? [String: Any])?["seeds"] as? [Int] == [7])
    }

    /// Counts in a report for reading are written as a reader writes them — «2 000» (a no-break
    /// space: never a line break inside a number), «2,000» — and stay plain digits for programs.
    @Test func countsAreWrittenAsAReaderWritesThem() throws {
        var sampler = CaseSampler(seed: 3)
        let lines = (0..<2_000).map { _ in CaseStyle.compact.write(sampler.next()) }
        let comparison = Self.comparison(lines, ruleSets: ["prop-92-l-2021"])
        let changed = try #require(comparison.summaries.last?.changedFromBaseline)
        #expect(changed >= 1_000, "enough changes to need a thousands separator")
        let norwegian = ComparisonOutput(comparison: comparison, book: .builtIn, showChanged: false, language: .nb)
        let english = ComparisonOutput(comparison: comparison, book: .builtIn, showChanged: false, language: .en)
        let grouped = { (value: Int, separator: String) in "\(value / 1_000)\(separator)" + String(format: "%03d", value % 1_000) }
        for format in [ComparisonFormat.text, .markdown, .html] {
            #expect(norwegian.render(format).contains("Sammenlignet 2\u{A0}000 saker (2\u{A0}000 gyldige, 0 ugyldige)"), "\(format)")
            #expect(norwegian.render(format).contains(grouped(changed, "\u{A0}") + " ("), "\(format)")
            #expect(english.render(format).contains("Compared 2,000 cases (2,000 valid, 0 invalid)"), "\(format)")
            #expect(english.render(format).contains(grouped(changed, ",") + " ("), "\(format)")
            // The transitions' heading too (in capitals in text).
            #expect(norwegian.render(format).lowercased().contains("(" + grouped(changed, "\u{A0}") + " endret)"), "\(format)")
            #expect(english.render(format).lowercased().contains("(" + grouped(changed, ",") + " changed)"), "\(format)")
        }
        let json = try #require(JSONParser.parse(norwegian.render(.json)).value)
        #expect(json["cases"] == .number(JSONNumber(2_000)))
        #expect(norwegian.csv(dialect: .standard).contains(",\(changed),"))
    }

    /// One draw's shares say that they come from one draw; a report over several draws points
    /// to its intervals instead.
    @Test func theSyntheticNoticeSaysWhetherIntervalsAreShown() {
        #expect(
            Self.provenance.syntheticNotice(.nb)!.hasSuffix(
                "Andelene er fra ett trekk og ville blitt noe annerledes i et annet; compare --seeds N viser intervallene."))
        #expect(Self.provenance.syntheticNotice(.en, intervals: true)!.hasSuffix("How much the shares vary between the draws is shown under «Uncertainty»."))
        let study = SamplingStudy.run(
            engine: Engine(), baseline: "hr-2022", ruleSets: ["lov-2025"], today: Self.today,
            distributions: [("standard", .standard, false)], seeds: [1, 2], count: 50, jobs: 1)
        let output = ComparisonOutput(
            comparison: Self.comparison(ruleSets: ["lov-2025"]), book: .builtIn, showChanged: false, language: .nb,
            provenance: Self.provenance, study: study)
        for format in [ComparisonFormat.text, .markdown, .html, .csv] {
            #expect(output.render(format).contains("står under «Usikkerhet»"), "\(format)")
            #expect(!output.render(format).contains("fra ett trekk"), "\(format)")
        }
    }

    @Test func aStatedInForceDateReplacesUnknown() {
        let stated = ReportProvenance(
            generated: "x", tool: "t", commit: nil, ruleData: "d", rulesFile: nil, ruleSets: [RuleBook.builtIn.ruleSet("lov-2025")!],
            inForce: ["lov-2025": LegalDate("2026-07-01")!], today: Self.today, inputs: [], synthetic: nil)
        #expect(
            stated.standing(RuleBook.builtIn.ruleSet("lov-2025")!, .nb)
                == "lov, vedtatt 2025-06-20, i kraft fra 2026-07-01 slik brukeren har oppgitt (--in-force)")
        #expect(stated.syntheticNotice(.nb) == nil)
        #expect(stated.entries(.en).contains { $0.label == "Tool" && $0.value == "t, commit not recorded (development build)" })
    }

    @Test func sampledCasesCarryTheirSeedInTheirIds() {
        var sampler = CaseSampler(seed: 42)
        guard case .object(let object) = sampler.next(), case .string(let id)? = object["id"] else {
            Issue.record("no id")
            return
        }
        #expect(id == "synthetic-s42-0000001")
        #expect(ReportProvenance.syntheticMark(id)?.seed == 42)
        #expect(ReportProvenance.syntheticMark(id)?.ownDistribution == false)
        #expect(ReportProvenance.syntheticMark(ReportProvenance.syntheticID(seed: 3, number: 12, ownDistribution: true))! == (3, true))
        #expect(ReportProvenance.syntheticMark("case-17") == nil)
        #expect(ReportProvenance.syntheticMark("synthetic-sx-1") == nil)
        #expect(ReportProvenance.syntheticMark("synthetic-s99999999999999999999-1") == nil, "a seed beyond 64 bits")
        #expect(ReportProvenance.syntheticMark("synthetic-s7-") == nil)
    }

    // MARK: - The rules compared

    @Test func theRulesComparedAreDescribedFromTheirData() {
        let rules = ComparedRules(book: .builtIn, language: .nb)
        let book = RuleBook.builtIn
        let baseline = book.ruleSet("hr-2022")!
        let prop = rules.changes(book.ruleSet("prop-92-l-2021")!, from: baseline)
        #expect(
            prop.contains {
                $0.hasPrefix("Når hvert stoff er innenfor den nedre terskelverdien i Prop. 92 L (2020–2021) (heroin 2 g")
                    && $0.contains("høyst 3 ulike stoffer")
            })
        #expect(prop.contains("Saker ingen av trinnene dekker, avgjøres som etter praksis fra 2022 (HR-2022) (sammenligningens grunnlag)."))
        // On another baseline, that baseline decides what no tier covers, as the engine decides it.
        let onRundskriv = rules.changes(book.ruleSet("prop-92-l-2021")!, from: book.ruleSet("ra-2014")!)
        #expect(onRundskriv.contains("Saker ingen av trinnene dekker, avgjøres som etter Riksadvokatens rundskriv 2/2014 (sammenligningens grunnlag)."))
        let minority = rules.changes(book.ruleSet("nou-2019-26-mindretall")!, from: baseline)
        #expect(minority.contains("Lavere enn grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: cannabis (hasj, marihuana) 5 g (mot 15 g)."))
        let statute = rules.changes(book.ruleSet("lov-2025")!, from: baseline)
        #expect(statute.contains("Bruk alene er omfattet uansett mengde; mengden sammenlignes ikke med grensene."))
        #expect(
            statute.contains {
                $0.hasPrefix(
                    "Ukjent grense der grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014 er kjent (tallene bygger på taket): cannabis (hasj, marihuana) (≤ 15 g)"
                )
            })
        #expect(
            statute.contains(
                "Reaksjonen avgjøres av regelen for mengder over «en mindre mengde» («above-mindre-mengde»), regelen for ungdom etter lovendringen 2025 («ungdom-2025») og regelen for voksne etter lovendringen 2025 («adult-2025») i stedet for regelen for mengdegrensen («quantity»), regelen for ungdom («ungdom») og regelen for voksne («adult»)."
            ))
        // The table: one row per substance, one column per table, the tier tables first.
        let table = rules.thresholdTable(book.ruleSet("prop-92-l-2021")!)
        #expect(table.header.prefix(3) == ["Stoff", "den nedre terskelverdien i Prop. 92 L (2020–2021)", "den øvre terskelverdien i Prop. 92 L (2020–2021)"])
        #expect(
            table.rows.contains([
                "cannabis (hasj, marihuana)", "10 g (kontrollert mot kilden)", "15 g (kontrollert mot kilden)",
                "15 g (kontrollert mot kilden)", "15 g (veiledende)",
            ]))
        // On the rundskriv as the comparison's baseline, its table stands beside the tiers, and
        // no longer the table for dependent users of the proposal's own baseline (HR-2022).
        let rundskrivTable = rules.thresholdTable(book.ruleSet("prop-92-l-2021")!, on: book.ruleSet("ra-2014")!)
        #expect(
            rundskrivTable.header == [
                "Stoff", "den nedre terskelverdien i Prop. 92 L (2020–2021)", "den øvre terskelverdien i Prop. 92 L (2020–2021)",
                "grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014",
            ])
        // The statute's «mindre mengde» beside the practice's limits it keeps above it.
        let statuteTable = rules.thresholdTable(book.ruleSet("lov-2025")!)
        #expect(statuteTable.header.last == "grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83)")
        #expect(statuteTable.rows.contains { $0[0] == "cannabis (hasj, marihuana)" && $0.last == "– (≤ 15 g, ukjent)" })
    }

    /// An edited limit shows in the generated description: nothing is written per proposal.
    @Test func anEditedProposalIsDescribedAsEdited() throws {
        let copy = try #require(RuleBook.builtInCopy(of: "nou-2019-26-mindretall"))
        let edited = copy.json.replacingOccurrences(
            of: #""substance": "cannabis", "unit": "g", "limit": 5,"#,
            with: #""substance": "cannabis", "unit": "g", "limit": 20,"#)
        #expect(edited != copy.json)
        let (book, proposal) = try RuleBook.builtIn.addingRulesFile(json: Array(edited.utf8), source: "own.json")
        #expect(proposal.name(.nb) == "egen versjon av NOU 2019:26 mindretallet")
        #expect(proposal.name(.nb, capitalized: true) == "Egen versjon av NOU 2019:26 mindretallet")
        // A practice's copy reads as a practice of one's own, its title as a heading within it.
        let practice = try #require(RuleBook.builtInCopy(of: "hr-2022")).json
        #expect(practice.contains(#""title": {"nb": "Basert på praksis etter Høyesteretts dommer"#))
        #expect(practice.contains(#""status": {"nb": "egen praksis basert på praksis fra 2022 (HR-2022); originalens status: "#))
        #expect(practice.contains(#""label": {"nb": "egen versjon av praksis fra 2022 (HR-2022)", "en": "your version of practice since 2022"#))
        #expect(proposal.title.text(.en).hasPrefix("Based on NOU 2019:26"))
        let sentences = ComparedRules(book: book, language: .en).changes(proposal, from: book.ruleSet("hr-2022")!)
        #expect(
            sentences.contains("Higher than the limit for minor reactions in the DPP's circular 2/2014: cannabis (hashish, marijuana) 20 g (against 15 g)."))
    }

    // MARK: - Why each case changed

    /// The ground of every changed case is what `evaluate --explain` shows for it: the same tier
    /// or rule and the same limits.
    @Test func reasonsAgreeWithTheFullDecision() throws {
        var sampler = CaseSampler(seed: 11)
        let lines = (0..<400).map { _ in JSONWriter.compact(sampler.next()) }
        let ruleSets = ["nou-2019-26-flertall", "prop-92-l-2021", "lov-2025"]
        let comparison = Self.comparison(lines, ruleSets: ruleSets)
        #expect(comparison.changed.count > 100)
        let engine = Engine()
        for changed in comparison.changed {
            let explanation = try #require(changed.explanation)
            #expect(explanation.grounds.map(\.ruleSet) == ["hr-2022"] + ruleSets)
            let theCase = try engine.decode(CaseInput(bytes: Array(lines[changed.index].utf8)).entries[0]).get()
            for ground in explanation.grounds {
                let decision = try engine.evaluate(theCase, ruleSet: ground.ruleSet, baseline: "hr-2022", today: Self.today).get()
                #expect(ground.outcome == Outcome(decision))
                #expect(ground.tier == decision.tier && ground.decidedBy == decision.decidedBy)
                #expect(ground.decidingCheck == DecidingGround.decidingCheck(among: decision.thresholdChecks))
                #expect(ground.decidingCheck.map { decision.thresholdChecks.contains($0) } ?? decision.thresholdChecks.isEmpty)
                #expect(ground.rule.map { decision.rulesApplied.contains($0) } ?? false, "\(changed.index) \(ground.ruleSet)")
            }
            #expect(Set(explanation.amounts.map(\.substance)) == Set(changed.substances))
        }
        // Every change is in exactly one cause, and the causes add up to the changes.
        let output = ComparisonOutput(comparison: comparison, book: .builtIn, showChanged: true)
        let causes = output.causes()
        for summary in comparison.summaries.dropFirst() {
            #expect(causes.filter { $0.ruleSet == summary.id }.reduce(0) { $0 + $1.cases.count } == summary.changedFromBaseline)
        }
    }

    @Test func theDecidingComparisonIsTheFirstLimitExceededElseTheLast() {
        let over = ThresholdCheck(definedBy: "p", table: "nedre", substance: "cannabis", unit: "g", limit: 10, amount: 12)
        let within = ThresholdCheck(definedBy: "p", table: "ovre", substance: "cannabis", unit: "g", limit: 15, amount: 12)
        #expect(DecidingGround.decidingCheck(among: [over, within]) == over)
        #expect(DecidingGround.decidingCheck(among: [within]) == within)
        #expect(DecidingGround.decidingCheck(among: []) == nil)
        let output = ComparisonOutput(comparison: Self.comparison(), book: .builtIn, showChanged: true, language: .nb)
        let real = ThresholdCheck(definedBy: "prop-92-l-2021", table: "nedre", substance: "cannabis", unit: "g", limit: 10, amount: 12)
        #expect(output.comparisonText(real, withAmount: true) == "cannabis (hasj, marihuana) 12 g > 10 g (den nedre terskelverdien i Prop. 92 L (2020–2021))")
        #expect(output.comparisonText(real, withAmount: false) == "cannabis (hasj, marihuana) > 10 g (den nedre terskelverdien i Prop. 92 L (2020–2021))")
        let unknown = ThresholdCheck(definedBy: "lov-2025", table: "small-quantity", substance: "cannabis", unit: "g", limit: nil, amount: 12)
        let statute = ComparisonOutput(comparison: Self.comparison(ruleSets: ["lov-2025"]), book: .builtIn, showChanged: true, language: .nb)
        #expect(
            statute.comparisonText(unknown, withAmount: true)
                == "cannabis (hasj, marihuana) 12 g, grensen ukjent (≤ 15 g) (grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83))")
    }

    @Test func changedCasesInJSONCarryAmountsGroundsAndCauses() throws {
        let output = ComparisonOutput(comparison: Self.comparison(), book: .builtIn, showChanged: true)
        // Put together from parts (the changed cases and the causes' case numbers written as
        // text), the report is laid out exactly as the pretty writer lays out its value.
        let value = try #require(JSONParser.parse(output.render(.json)).value)
        #expect(output.render(.json) == JSONWriter.pretty(value) + "\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.render(.json).utf8)) as? [String: Any])
        let changed = try #require(json["changed"] as? [[String: Any]])
        let b = try #require(changed.first { $0["id"] as? String == "b" })
        #expect((b["amounts"] as? [[String: Any]])?.first?["amount"] as? Int == 12)
        let grounds = try #require(b["grounds"] as? [String: [String: Any]])
        #expect(grounds["prop-92-l-2021"]?["tier"] as? String == "under-ovre")
        #expect((grounds["prop-92-l-2021"]?["deciding"] as? [String: Any])?["relation"] as? String == "above")
        #expect(grounds["hr-2022"]?["rule"] as? String == "adult")
        #expect(
            (b["causes"] as? [String: String])?["prop-92-l-2021"]
                == "the rule for adults («adult») → the tier between the lower and upper thresholds («under-ovre»); cannabis (hashish, marijuana) > 10 g (the lower threshold in Prop. 92 L (2020–2021))"
        )
        let causes = try #require(json["causes"] as? [[String: Any]])
        #expect(causes.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 5)
    }

    // MARK: - Uncertainty

    @Test func drawsGiveIntervalsThatHoldTheirMean() {
        let study = SamplingStudy.run(
            engine: Engine(), baseline: "hr-2022", ruleSets: ["prop-92-l-2021"], today: Self.today,
            distributions: [("standard", .standard, false)], seeds: [1, 2, 3, 4, 5], count: 300, jobs: 2)
        #expect(study.variants.count == 1 && study.variants[0].draws.count == 5)
        #expect(study.variants[0].draws.allSatisfy { $0[0].overall.total == 300 }, "synthetic cases are all valid")
        for measure in study.measures {
            guard let spread = study.spread(measure, ruleSet: 1, variant: 0) else { continue }
            #expect(spread.low <= spread.mean && spread.mean <= spread.high)
        }
        #expect(study.spread(.changed, ruleSet: 0, variant: 0) == nil)
        // Different seeds give different draws; the same seeds the same figures.
        let again = SamplingStudy.run(
            engine: Engine(), baseline: "hr-2022", ruleSets: ["prop-92-l-2021"], today: Self.today,
            distributions: [("standard", .standard, false)], seeds: [1, 2, 3, 4, 5], count: 300, jobs: 1)
        #expect(again.spread(.changed, ruleSet: 1, variant: 0) == study.spread(.changed, ruleSet: 1, variant: 0))
        let changed = study.spread(.changed, ruleSet: 1, variant: 0)!
        #expect(changed.low < changed.high)
        let known = SamplingStudy.spread([0.3, 0.1, 0.2])
        #expect(abs(known.mean - 0.2) < 1e-12 && abs(known.low - 0.105) < 1e-12 && abs(known.high - 0.295) < 1e-12)
    }

    @Test func aParameterCanBeVariedAndTheRestKeepsItsProportions() throws {
        let vocabulary = RuleBook.builtIn.vocabulary
        let more = try SampleDistribution.standard.varying("dependent.true", to: 0.5, vocabulary: vocabulary)
        let weights = Dictionary(uniqueKeysWithValues: more.dependent.map { ($0.value, $0.weight) })
        #expect(abs(weights["true"]! - 0.5) < 1e-12)
        #expect(abs(weights["false"]! / weights["doubtful"]! - 0.8 / 0.08) < 1e-9)
        #expect(abs(weights.values.reduce(0, +) - 1) < 1e-12)
        #expect(try SampleDistribution.standard.varying("ownUseShare", to: 0.5, vocabulary: vocabulary).ownUseShare == 0.5)
        #expect(
            try SampleDistribution.standard.varying("median.hasj", to: 7, vocabulary: vocabulary).substances.first { $0.substance == "cannabis" }?.median == 7)
        #expect(throws: RuleDataError.self) { try SampleDistribution.standard.varying("colour", to: 1, vocabulary: vocabulary) }
        #expect(throws: RuleDataError.self) { try SampleDistribution.standard.varying("ownUseShare", to: 2, vocabulary: vocabulary) }
        #expect(throws: RuleDataError.self) { try SampleDistribution.standard.varying("median.tea", to: 2, vocabulary: vocabulary) }
        // The age mix and the substance mix: one group's share set, the others keeping their proportions.
        let youths = try SampleDistribution.standard.varying("age.15-17", to: 0.4, vocabulary: vocabulary)
        let ages = Dictionary(uniqueKeysWithValues: youths.ages.map { ("\($0.value.lowerBound)-\($0.value.upperBound)", $0.weight) })
        #expect(abs(ages["15-17"]! / ages.values.reduce(0, +) - 0.4) < 1e-12)
        #expect(abs(ages["18-24"]! / ages["13-14"]! - 40.0 / 3) < 1e-9)
        let heroin = try SampleDistribution.standard.varying("substance.heroin", to: 0.25, vocabulary: vocabulary)
        let total = heroin.substances.reduce(0) { $0 + $1.weight }
        #expect(abs(heroin.substances.first { $0.substance == "heroin" }!.weight / total - 0.25) < 1e-12)
        #expect(throws: RuleDataError.self) { try SampleDistribution.standard.varying("age.15-18", to: 0.2, vocabulary: vocabulary) }
        #expect(throws: RuleDataError.self) { try SampleDistribution.standard.varying("substance.tea", to: 0.2, vocabulary: vocabulary) }
        // A report over a distribution of one's own names the file's digest and its key shares.
        #expect(
            heroin.keyShares(.nb, vocabulary: vocabulary).hasPrefix(
                "alder: 13–14 år 3 %, 15–17 år 17 %, 18–24 år 40 %, 25–60 år 40 %; rusavhengige 12 %, tvil 8 %; stoffer: cannabis (hasj, marihuana) "))
        let own = ReportProvenance(
            generated: "2026-12-03T12:00:00+01:00", tool: "rusctl test", commit: nil, ruleData: "x", rulesFile: nil, ruleSets: [], inForce: [:],
            today: LegalDate("2026-12-03")!, inputs: [],
            synthetic: .init(
                seeds: [1], distribution: "mine.json", sources: [], sha256: "ab12",
                keyShares: LocalizedText(nb: heroin.keyShares(.nb, vocabulary: vocabulary), en: heroin.keyShares(.en, vocabulary: vocabulary))))
        let notice = try #require(own.syntheticNotice(.en))
        #expect(notice.contains("The distribution file's SHA-256: ab12. The distribution's key shares: age: 13–14 3 %"))
        #expect(notice.contains("heroin 25 %"))
    }

    /// A report over a rules file says what `rusctl check` found in it — nothing, too: a reader
    /// of the kept report cannot tell a clean file from an unchecked one otherwise.
    @Test func theProvenanceSaysWhatCheckFoundInTheRulesFile() {
        func provenance(_ findings: [String]) -> ReportProvenance {
            ReportProvenance(
                generated: "2026-12-05T12:00:00+01:00", tool: "rusctl test", commit: nil, ruleData: "x",
                rulesFile: .init(name: "mine.json", cases: 0, sha256: "ab12"), rulesFileFindings: findings, ruleSets: [], inForce: [:],
                today: LegalDate("2026-12-05")!, inputs: [], synthetic: nil)
        }
        let clean = provenance([]).entries(.nb).first { $0.label == "Kontroll av regelfilen" }
        #expect(clean?.value == "rusctl check finner ingen problemer")
        let two = provenance(["a [x] /p: line 1, column 2: one", "b [x] /q: line 3, column 4: two"]).entries(.en)
        #expect(
            two.first { $0.label == "Rules file check" }?.value
                == "rusctl check finds 2 problems; the figures rest on the file as written: a [x] /p: line 1, column 2: one; b [x] /q: line 3, column 4: two")
        // Without a rules file there is nothing to check, and no line says so.
        #expect(!Self.provenance.entries(.nb).contains { $0.label == "Kontroll av regelfilen" })
    }

    @Test func theIntervalSectionSaysWhatItMeans() {
        let study = SamplingStudy.run(
            engine: Engine(), baseline: "hr-2022", ruleSets: ["lov-2025"], today: Self.today,
            distributions: [
                ("dependent.true=0.05", try! SampleDistribution.standard.varying("dependent.true", to: 0.05, vocabulary: RuleBook.builtIn.vocabulary), true),
                ("dependent.true=0.3", try! SampleDistribution.standard.varying("dependent.true", to: 0.3, vocabulary: RuleBook.builtIn.vocabulary), true),
            ],
            seeds: [1, 2, 3], count: 200, jobs: 2)
        let output = ComparisonOutput(comparison: Self.comparison(ruleSets: ["lov-2025"]), book: .builtIn, showChanged: false, language: .nb, study: study)
        let text = output.render(.text)
        #expect(text.contains("USIKKERHET: GJENNOMSNITT OG 95 %-INTERVALL OVER 3 SYNTETISKE TREKK À 200 SAKER"))
        #expect(text.contains("dependent.true=0.05") && text.contains("dependent.true=0.3"))
        #expect(text.unwrapped.contains("ikke usikkerheten i antakelsene selv"))
        let csv = output.render(.csv)
        #expect(csv.contains("\ninterval-changed,lov-2025,variant,dependent.true=0.3,,,,"))
    }

    // MARK: - Norwegian

    /// The Norwegian report has no English words outside names, ids and quoted source titles.
    @Test func theNorwegianReportIsNorwegian() {
        var sampler = CaseSampler(seed: 3)
        let lines = (0..<300).map { _ in JSONWriter.compact(sampler.next()) }
        let output = ComparisonOutput(
            comparison: Self.comparison(lines, ruleSets: ["nou-2019-26-mindretall", "prop-92-l-2021", "lov-2025"]),
            book: .builtIn, showChanged: true, language: .nb, provenance: Self.provenance)
        var problems = Set<String>()
        for line in output.render(.text).split(separator: "\n") {
            // Rule set titles are names; the README section title is quoted.
            let text = NorwegianTextTests.withoutNames(String(line)).lowercased()
            for word in NorwegianTextTests.englishWords where text.contains(word) { problems.insert("\(word): \(line.prefix(160))") }
        }
        #expect(problems.isEmpty, "\(problems.sorted().prefix(10))")
    }
}
