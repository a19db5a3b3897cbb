import Foundation
import Testing
@testable import RusRules

/// End to end: the `rusctl` binary as a user and a script see it — output, errors, exit codes.
@Suite struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let binary = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rusctl")
        .path

    static func binaryPath() -> String {
        let beside = Bundle.main.bundleURL.appendingPathComponent("rusctl").path
        return FileManager.default.fileExists(atPath: beside) ? beside : binary
    }

    func rusctl(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binaryPath())
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        // Reports state when they were made: a fixed time makes two runs comparable. The tool's own
        // messages follow the locale: a neutral one, unless a test sets its own.
        let fixed = ["SOURCE_DATE_EPOCH": "1764547200", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        process.environment = ProcessInfo.processInfo.environment.merging(fixed.merging(extra) { $1 }) { _, fixed in fixed }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        // Input is written, and standard error read, beside reading standard output: rusctl
        // writes as it reads, and would block on a full pipe while the test still writes.
        let writer = Thread {
            if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorCollector(error.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Reads a pipe to its end on its own thread.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    static let youthCase = "Fixtures/practice/ungdom-first-consent-given.json"

    @Test func evaluatesAFixtureAsTextInNorwegianByDefault() throws {
        let run = try rusctl(["evaluate", Self.youthCase])
        #expect(run.status == 0)
        #expect(
            run.stdout.contains("Anbefalt: påtaleunnlatelse med vilkår om prøvetid, ruskontrakt og oppmøte for\n    rådgivende enhet for russaker (straffbart)")
        )
        #expect(run.stdout.contains("  Begrunnelse: For ungdom mellom 15 og 18 år bør påtaleunnlatelse med prøvetid"))
        #expect(run.stdout.contains("UTELUKKET\n  – forenklet forelegg: Innføres først ved lovendringen 2025.\n"))
        #expect(run.stdout.unwrapped.contains("[ra-2014-2] Riksadvokatens rundskriv 2/2014"))
    }

    @Test func explainsInEnglish() throws {
        let run = try rusctl(["evaluate", Self.youthCase, "--lang", "en", "--explain"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  Recommended: waiver of prosecution"))
        // Wrapped at 80 columns: the trace line read as one.
        let joined = run.stdout.replacingOccurrences(of: "\n +", with: " ", options: .regularExpression)
        #expect(joined.contains("quantity: within the limit for minor reactions in the DPP's circular 2/2014: cannabis (hashish, marijuana) 4.5 g ≤ 15 g"))
    }

    @Test func printsTheContractDecisionAsJSON() throws {
        let run = try rusctl(["evaluate", Self.youthCase, "--format", "json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["ruleSet"] as? String == "hr-2022")
        #expect(object?["recommended"] as? String == "pataleunnlatelse")
        #expect((object?["trace"] as? [String])?.isEmpty == false)
    }

    /// `rusctl ny` through a pipe: the answers on standard input, each echoed after its question,
    /// the decision, and the case saved as the contract's JSON.
    @Test func aCaseEnteredThroughAPipeIsDecidedAndSaved() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ny-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let answers = ["sak-1", "14.03.2023", "", "30", "", "", "", "bruk, besittelse", "", "hasj", "4,5 g", "", ""]
        let run = try rusctl(["ny", "--today", "2026-11-30", "--lagre", file.path], stdin: answers.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("11. Mengde hasj (tall og enhet, for eksempel 4,5 g; enheter: g, mg, kg)\n> 4,5 g\n"))
        #expect(run.stdout.contains("Anbefalt: forelegg"))
        #expect(!run.stdout.contains("\u{1B}"), "no terminal control codes")
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(
            JSONWriter.compact(JSONParser.parse(saved).value!)
                == #"{"id":"sak-1","offenceDate":"2023-03-14","decisionDate":"2026-11-30","person":{"ageAtOffence":30,"dependent":false,"priorDrugReactions":0},"acts":["use","possession"],"ownUse":true,"substances":[{"substance":"cannabis","amount":4.5,"unit":"g"}],"otherOffences":false}"#
        )
        // Saved with --output too, as every other command that writes a file names it.
        let other = file.deletingPathExtension().appendingPathExtension("output.json")
        defer { try? FileManager.default.removeItem(at: other) }
        #expect(try rusctl(["ny", "--today", "2026-11-30", "--output", other.path], stdin: answers.joined(separator: "\n") + "\n").status == 0)
        #expect(try String(contentsOf: other, encoding: .utf8) == saved)
        // Input that ends before the case is complete: nothing is decided, exit 65.
        let short = try rusctl(["new", "--lang", "en", "--today", "2026-11-30"], stdin: "sak-1\n2023-03-14\n")
        #expect(short.status == 65)
        #expect(short.stderr == "rusctl: the input ended before the case was complete; no case was assessed\n")
    }

    /// Several files and a directory: every case once, in order, each naming its file; a file
    /// that cannot be read does not stop the others (exit 66).
    @Test func severalFilesAndADirectoryEachCaseWithItsFile() throws {
        let run = try rusctl(["evaluate", "Fixtures/practice/voksen-first-time.json", "Fixtures/words", "--format", "json", "--no-trace"])
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let words = try FileManager.default.contentsOfDirectory(atPath: Repository.fixtures.appendingPathComponent("words").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(lines.count == 1 + words.count)
        #expect(lines.first?.hasPrefix(#"{"file":"Fixtures/practice/voksen-first-time.json","ruleSet":"#) == true)
        #expect(zip(lines.dropFirst(), words).allSatisfy { $0.hasPrefix(#"{"file":"Fixtures/words/\#($1)","#) })
        #expect(run.status == 65, "the words fixtures include typos")
        let missing = try rusctl(["evaluate", "no-such.json", "Fixtures/practice/voksen-first-time.json", "--format", "json"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "rusctl: cannot read 'no-such.json': no such file\n")
        #expect(missing.stdout.split(separator: "\n").count == 1)
    }

    @Test func aBatchIsNDJSONInOrderWithErrorsInPlaceAndExit65() throws {
        let good =
            #"{"id":"%@","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"cannabis"}]}"#
        let lines = [good.replacingOccurrences(of: "%@", with: "a"), "{not json", good.replacingOccurrences(of: "%@", with: "c")]
        let run = try rusctl(["evaluate", "-", "--format", "json"], stdin: lines.joined(separator: "\n"))
        #expect(run.status == 65)
        let output = run.stdout.split(separator: "\n").map(String.init)
        #expect(output.count == 3)
        #expect(output[0].hasPrefix(#"{"id":"a","ruleSet":"hr-2022""#))
        // The error says which case it is: index 1, on line 2.
        #expect(output[1].hasPrefix(#"{"index":1,"line":2,"error":{"code":"invalid-json","pointer":"","message":"line 2,"#))
        #expect(output[2].hasPrefix(#"{"id":"c","#))
        #expect(run.stderr == "rusctl: 1 av 3 saker er ugyldige\n")
    }

    /// `--no-trace` writes the same decisions without their trace, in order, errors in place.
    @Test func noTraceLeavesOutOnlyTheTrace() throws {
        let cases = try rusctl(["sample", "--count", "40", "--seed", "3"]).stdout + "{not json\n" + #"{"offenceDate":"2023-02-30"}"#
        let traced = try rusctl(["evaluate", "-", "--format", "json", "--today", "2024-01-01"], stdin: cases)
        let plain = try rusctl(["evaluate", "-", "--format", "json", "--no-trace", "--today", "2024-01-01"], stdin: cases)
        #expect(plain.status == traced.status)
        let tracedLines = traced.stdout.split(separator: "\n").map { JSONParser.parse(String($0)).value }
        let plainLines = plain.stdout.split(separator: "\n").map { JSONParser.parse(String($0)).value }
        #expect(plain.status == 65)
        #expect(plainLines.count == tracedLines.count && tracedLines.count == 42)
        for (withTrace, without) in zip(tracedLines, plainLines) {
            guard case .object(let object)? = withTrace else {
                Issue.record("not an object")
                continue
            }
            #expect(without == .object(JSONObject(object.members.filter { $0.key != "trace" })))
            #expect(without?["trace"] == nil)
        }
        let text = try rusctl(["evaluate", Self.youthCase, "--no-trace"])
        #expect(text.status == 64)
        #expect(text.stderr.hasPrefix("Error: --no-trace applies to --format json, without --explain."))
        let explained = try rusctl(["evaluate", Self.youthCase, "--format", "json", "--no-trace", "--explain"])
        #expect(explained.status == 64)
    }

    /// A fixture file is a fixture however it is laid out: on one line too (read as NDJSON).
    @Test func aFixtureOnOneLineIsStillAFixture() throws {
        let pretty = try rusctl(["evaluate", Self.youthCase, "--lang", "en"])
        let fixture = try #require(JSONParser.parse(String(contentsOfFile: Repository.root.appendingPathComponent(Self.youthCase).path, encoding: .utf8)).value)
        let oneLine = try rusctl(["evaluate", "-", "--lang", "en"], stdin: JSONWriter.compact(fixture) + "\n")
        #expect(pretty.status == 0 && oneLine.status == 0)
        #expect(oneLine.stdout == pretty.stdout)
    }

    @Test func anInvalidCaseExits65WithItsPointer() throws {
        let run = try rusctl(["evaluate", "Fixtures/errors/unit-mismatch.json", "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stdout.contains(#""pointer": "/substances/0/unit""#))
    }

    @Test func aMissingFileExits66() throws {
        let run = try rusctl(["evaluate", "no/such/case.json"])
        #expect(run.status == 66)
        #expect(run.stderr == "rusctl: cannot read 'no/such/case.json': no such file\n")
    }

    @Test func usageErrorsExit64WithHelp() throws {
        let typo = try rusctl(["evaluate", Self.youthCase, "--formt", "json"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "Error: unknown option '--formt'. Did you mean '--format'?\nHelp:  rusctl evaluate --help\n")
        let value = try rusctl(["evaluate", Self.youthCase, "--format", "xml"])
        #expect(value.status == 64)
        let ruleSet = try rusctl(["evaluate", Self.youthCase, "--rules", "prop-92"])
        #expect(ruleSet.status == 64)
        #expect(ruleSet.stderr.contains("unknown rule set 'prop-92'"))
        let command = try rusctl(["evalute"])
        #expect(command.status == 64)
        #expect(command.stderr.contains("Did you mean 'evaluate'?"))
    }

    /// The overview says «--lang nb»; put before the command, it is the command's.
    @Test func aLanguageBeforeTheCommandIsTheCommands() throws {
        let norwegian = try rusctl(["--lang", "nb", "evaluate", Self.youthCase, "--kort"])
        #expect(norwegian.status == 0 && norwegian.stdout.contains("KORT SVAR"))
        let english = try rusctl(["--lang=en", "evaluate", Self.youthCase, "--kort"])
        #expect(english.status == 0 && english.stdout.contains("IN SHORT"))
        let help = try rusctl(["--lang", "nb", "--help"])
        #expect(help.status == 0 && help.stdout.hasPrefix("OVERSIKT:"))
    }

    /// A misspelt statute in --in-force is named.
    @Test func aMisspeltStatuteIsNamed() throws {
        let run = try rusctl(["evaluate", Self.youthCase, "--in-force", "lov2025=2026-07-01"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(#"Error: --in-force: "lov2025" is not a statute whose in-force date can be stated (did you mean "lov-2025"?)."#))
    }

    /// --today written as a person writes a date is answered with the form asked for.
    @Test func todayIsAskedForInItsOwnForm() throws {
        let typed = try rusctl(["evaluate", Self.youthCase, "--today", "31.12.2026"])
        #expect(typed.status == 64 && typed.stderr.hasPrefix("Error: --today: write the date YYYY-MM-DD: --today 2026-12-31.\n"))
        let none = try rusctl(["evaluate", Self.youthCase, "--today", "2026-02-30"])
        #expect(none.status == 64 && none.stderr.contains("'2026-02-30' is not a date that exists"))
    }

    @Test func helpHasUsageOptionsAndExamples() throws {
        let run = try rusctl(["evaluate", "--help"])
        #expect(run.status == 0)
        for heading in ["OVERVIEW:", "USAGE: rusctl evaluate", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:"] {
            #expect(run.stdout.contains(heading))
        }
    }

    @Test func listsAndShowsRuleSets() throws {
        let list = try rusctl(["rules", "--lang", "en"])
        #expect(list.status == 0)
        let ra = list.stdout.split(separator: "\n").first { $0.hasPrefix("ra-2014 ") }
        #expect(
            ra?.split(separator: " ", omittingEmptySubsequences: true).prefix(9)
                == ["ra-2014", "practice", "1", "July", "2014", "–", "7", "April", "2022"])
        let show = try rusctl(["rules", "show", "prop-92-l-2021", "--lang", "en"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Threshold table «nedre»"))
        #expect(show.stdout.contains("MDMA"))
        let hr = try rusctl(["rules", "show", "hr-2022"])
        #expect(hr.stdout.contains("«prosecution» (fra Riksadvokatens rundskriv 2/2014)"))
        // Norwegian throughout: provenance, dates and notes in the reader's words, never the data's ids.
        for english in ["verified", "unknown", "guideline", "not available", "2014-07-01", "liability"] {
            #expect(!hr.stdout.contains(english), "\(english)")
        }
        #expect(hr.stdout.contains("kontrollert mot kilden"))
        #expect(hr.stdout.contains("rundskrivets egen tabell har ikke vært tilgjengelig"))
    }

    /// The documentation shows what `rusctl check` says today (its counts come from the data).
    @Test func theDocumentedCheckOutputIsCurrent() throws {
        let run = try rusctl(["check"])
        let line = try #require(run.stdout.split(separator: "\n").last.map(String.init))
        let contributor = try String(contentsOf: Repository.root.appendingPathComponent("docs/contributor.md"), encoding: .utf8)
        #expect(contributor.contains(line + "\n"), "docs/contributor.md should show: \(line)")
    }

    /// --seeds says which parts show the first draw and which the intervals, and warns below
    /// ten draws (issue 23, point 7).
    @Test func seedsSayWhatTheyShowAndWarnWhenTooFew() throws {
        let few = try rusctl(["compare", "--rules", "prop-92-l-2021", "--seeds", "3", "--count", "100"])
        #expect(few.status == 0)
        #expect(few.stdout.unwrapped.contains("alle andre tall i rapporten (fordelinger, overganger, endrede saker) er fra det første trekket (--seed 1)"))
        #expect(few.stdout.unwrapped.contains("ADVARSEL: med færre enn 10 trekk er intervallet ikke pålitelig"))
        #expect(few.stderr.contains("with 3 draws the interval is not reliable"))
        let enough = try rusctl(["compare", "--rules", "prop-92-l-2021", "--seeds", "10", "--count", "50", "--lang", "en"])
        #expect(enough.stdout.unwrapped.contains("every other figure in the report (breakdowns, transitions, changed cases) is the first draw's (--seed 1)"))
        #expect(!enough.stdout.contains("WARNING: with fewer than"))
        #expect(!enough.stderr.contains("not reliable"))
    }

    /// One screen: the answer wraps at 80 columns when not on a terminal, words and legal
    /// references («§ 31 a») whole; a source's address alone may be longer.
    @Test func theAnswerWrapsAtEightyColumnsWithWordsWhole() throws {
        for file in ["Fixtures/practice/voksen-first-time.json", "Fixtures/practice/ungdom-first-consent-given.json"] {
            for options in [[], ["--explain"], ["--lang", "en", "--alle-kilder"]] {
                let run = try rusctl(["evaluate", file] + options)
                #expect(run.status == 0)
                let long = run.stdout.split(separator: "\n").filter { $0.count > 80 && $0.trimmingCharacters(in: .whitespaces).contains(" ") }
                #expect(long.isEmpty, "\(long)")
                #expect(!run.stdout.contains("§\n"))
            }
        }
        #expect(TextWrap.lines("legemiddelloven § 31 a gjelder", width: 18) == ["legemiddelloven", "§ 31 a gjelder"])
        // An English date keeps its day and month together, as an amount keeps its unit.
        #expect(TextWrap.lines("in force on 2 May 2023, 4.5 g", width: 13) == ["in force on", "2 May 2023,", "4.5 g"])
        #expect(
            TextWrap.block("  – ungdomsstraff: for de mest alvorlige lovbruddene", width: 30)
                == "  – ungdomsstraff: for de mest\n    alvorlige lovbruddene")
    }

    /// The integrator's page shows the text answer as the tool prints it (the stamp's rule-data
    /// fingerprint aside, which changes with the data): a change to the answer's layout updates
    /// the page.
    @Test func theDocumentedTextAnswerIsWhatTheToolPrints() throws {
        let page = try String(contentsOf: Repository.root.appendingPathComponent("docs/integrator.md"), encoding: .utf8)
        let command = "$ rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json --lang en\n"
        let start = try #require(page.range(of: command)).upperBound
        let end = try #require(page[start...].range(of: "```")).lowerBound
        let documented = page[start..<end].split(separator: "\n").dropLast()
        let printed = try rusctl(["evaluate", "Fixtures/practice/ungdom-first-consent-given.json", "--lang", "en"]).stdout
            .split(separator: "\n").dropLast()
        #expect(Array(documented) == Array(printed))
        #expect(page.count < 100_000, "the page is a page")
    }

    /// No English and no ISO dates in a Norwegian answer, the --explain trace included (the rule
    /// sets' versions and the sources' addresses aside).
    @Test func theNorwegianTraceIsNorwegian() throws {
        let run = try rusctl([
            "evaluate", "Fixtures/practice", "Fixtures/lov-2025", "Fixtures/proposals", "Fixtures/dependent",
            "Fixtures/age", "Fixtures/selection", "--explain", "--alle-kilder",
        ])
        let english = [
            "consent=", "(yes)", "(doubtful)", "otherOffences", "ownUse", "not-punishable", "ordinary-prosecution",
            "guardianConsent", "punishable", " none", "not part of",
        ]
        for word in english { #expect(!run.stdout.contains(word), "\(word)") }
        let isoDate = try Regex(#"[^-0-9A-Za-z/=][0-9]{4}-[0-9]{2}-[0-9]{2}([^-0-9]|$)"#)
        let joined = run.stdout.replacingOccurrences(of: "\n +", with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"versjon [0-9-]+"#, with: "", options: .regularExpression)
        let lines = joined.split(separator: "\n").filter { $0.contains(isoDate) && !$0.contains("https://") }
        #expect(lines.isEmpty, "\(lines.prefix(3))")
    }

    /// Help and usage errors follow --lang, else a Norwegian LANG; English otherwise.
    @Test func helpAndUsageErrorsFollowTheLanguage() throws {
        let norwegian = try rusctl(["evaluate", "--help"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(norwegian.stdout.hasPrefix("OVERSIKT: Avgjør hvilke reaksjoner"))
        for heading in ["BRUK:  rusctl evaluate", "ARGUMENTER:", "VALG:", "EKSEMPLER:"] {
            #expect(norwegian.stdout.contains(heading))
        }
        let english = try rusctl(["evaluate", "--help", "--lang", "en"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(english.stdout.hasPrefix("OVERVIEW: Decide which reactions apply"))
        let mistake = try rusctl(["evaluate", "--explian", "--lang", "nb"])
        #expect(mistake.status == 64)
        #expect(mistake.stderr == "Feil: ukjent valg '--explian'. Mente du '--explain'?\nHjelp: rusctl evaluate --help\n")
        let unknown = try rusctl(["evaluat"], environment: ["LC_ALL": "no_NO.UTF-8"])
        #expect(unknown.stderr.hasPrefix("Feil: ukjent kommando 'evaluat'. Mente du 'evaluate'?"))
        // Wrapped at 80 columns when not a terminal, words whole.
        #expect(norwegian.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("  rusctl") || $0.hasPrefix("  printf") })
    }

    @Test func testRunsTheFixturesAndFailsOnAWrongOne() throws {
        let passing = try rusctl(["test"])
        #expect(passing.status == 0)
        #expect(passing.stdout.hasSuffix(" passed, 0 failed\n"))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-fixtures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let wrong =
            #"{"note":"wrong","case":{"offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"cannabis"}]},"want":{"liability":"not-punishable"}}"#
        try Data(wrong.utf8).write(to: directory.appendingPathComponent("wrong.json"))
        let failing = try rusctl(["test", directory.path])
        #expect(failing.status == 1)
        #expect(failing.stdout == "FAIL wrong.json — wrong\n  [by date] /liability: expected \"not-punishable\", got \"punishable\"\n0 passed, 1 failed\n")
    }

    @Test func sampleIsDeterministicAndComparesEndToEnd() throws {
        let first = try rusctl(["sample", "--count", "50", "--seed", "9"])
        let second = try rusctl(["sample", "--count", "50", "--seed", "9"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.split(separator: "\n").count == 50)

        let compare = try rusctl(["compare", "--rules", "nou-2019-26-flertall,prop-92-l-2021", "--format", "json", "-"], stdin: first.stdout)
        #expect(compare.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any]
        #expect(object?["cases"] as? Int == 50)
        #expect((object?["ruleSets"] as? [[String: Any]])?.count == 3)

        let sweep = try rusctl(
            [
                "sweep", "--rules", "prop-92-l-2021", "--substance", "hasj", "--from", "5", "--to", "15", "--step", "5",
                "--format", "csv", "-",
            ], stdin: first.stdout)
        #expect(sweep.status == 0)
        let rows = sweep.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["limit", "5", "10", "15"])
        #expect(rows[2].hasPrefix("10,g,1,"), "the rule set's own value is marked")
        #expect(sweep.stdout.contains("# Syntetiske saker: trukket av rusctl sample fra standardfordelingen (--seed 9)"))
    }

    @Test func compareListsInvalidCasesAndNeedsRuleSets() throws {
        let lines =
            #"{"offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"cannabis"}]}"#
            + "\n{broken\n"
        // The report is written, and the exit status says a case was left out (65) …
        let run = try rusctl(["compare", "--rules", "prop-92-l-2021", "-"], stdin: lines)
        #expect(run.status == 65)
        #expect(run.stdout.contains("UGYLDIGE SAKER (IKKE TALT MED OVENFOR)"))
        #expect(run.stdout.contains("#1"))
        #expect(run.stderr == "rusctl: 1 of 2 cases invalid (listed in the report, not counted)\n")
        let norwegian = try rusctl(["compare", "--rules", "prop-92-l-2021", "--lang", "nb", "-"], stdin: lines)
        #expect(norwegian.stderr == "rusctl: 1 av 2 saker er ugyldige (står i rapporten, ikke talt med)\n")
        let alone = try rusctl(["compare", "--rules", "prop-92-l-2021", "--lang", "nb", "-"], stdin: "{broken\n")
        #expect(alone.stderr == "rusctl: 1 av 1 sak er ugyldig (står i rapporten, ikke talt med)\n")
        let swept = try rusctl(["sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "1", "--to", "2", "--step", "1", "-"], stdin: lines)
        #expect(swept.stderr.hasSuffix("rusctl: 1 of 2 cases invalid (not counted)\n"))
        // … unless the analyst allows it.
        #expect(try rusctl(["compare", "--rules", "prop-92-l-2021", "--allow-invalid", "-"], stdin: lines).status == 0)
        let sweep = try rusctl(
            [
                "sweep", "--rules", "prop-92-l-2021", "--table", "nedre", "--substance", "cannabis", "--from", "5", "--to", "10",
                "--step", "5", "-",
            ], stdin: lines)
        #expect(sweep.status == 65)
        #expect(sweep.stdout.contains("grense") && sweep.stdout.contains("(g)"))
        let missing = try rusctl(["compare", "-"], stdin: lines)
        #expect(missing.status == 64)
    }

    /// compare draws its own synthetic populations with --seeds, varies the distribution with
    /// --vary, and says so in the provenance; the options that belong to --seeds need it.
    @Test func compareDrawsSyntheticPopulationsWithIntervals() throws {
        let run = try rusctl([
            "compare", "--rules", "prop-92-l-2021", "--seeds", "3", "--count", "200", "--seed", "5",
            "--vary", "ownUseShare=0.5,0.96", "--format", "json", "--today", "2024-01-01",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["cases"] as? Int == 200)
        let variation = try #require(object["variation"] as? [String: Any])
        #expect(variation["seeds"] as? [Int] == [5, 6, 7])
        let variants = try #require(variation["variants"] as? [[String: Any]])
        #expect(variants.map { $0["label"] as? String } == ["ownUseShare=0.5", "ownUseShare=0.96"])
        let synthetic = (object["provenance"] as? [String: Any])?["synthetic"] as? [String: Any]
        #expect(synthetic?["seeds"] as? [Int] == [5, 6, 7])
        #expect(synthetic?["distribution"] as? String == "standard")

        let file = try rusctl(["compare", "--rules", "prop-92-l-2021", "--seeds", "3", "Fixtures/practice/voksen-first-time.json"])
        #expect(file.status == 64)
        #expect(file.stderr.contains("--seeds draws its own cases; give no file"))
        let lone = try rusctl(["compare", "--rules", "prop-92-l-2021", "--vary", "ownUseShare=0.5", "Fixtures/practice/voksen-first-time.json"])
        #expect(lone.status == 64)
        #expect(lone.stderr.contains("--vary goes with --seeds"))
        let unknown = try rusctl(["compare", "--rules", "prop-92-l-2021", "--seeds", "2", "--vary", "colour=1"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown parameter \"colour\"; expected one of: birthDateShare"))
        let missing = try rusctl(["compare", "--rules", "prop-92-l-2021", "--seeds", "2", "--distribution", "no-such-file.json"])
        #expect(missing.status == 66)
        let invalid = try rusctl(["compare", "--rules", "prop-92-l-2021", "--seeds", "2", "--distribution", "Tests/golden/cases/memo.ndjson"])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.hasPrefix("rusctl: invalid distribution 'Tests/golden/cases/memo.ndjson' ("))
        // A value out of range is named with its line and column, in the language asked for.
        let distribution = try rusctl(["sample", "--show-distribution"]).stdout
        let wrong = distribution.replacingOccurrences(of: #""ownUseShare": 0.96"#, with: #""ownUseShare": 1.7"#)
        #expect(wrong != distribution)
        let shareLine = try #require(wrong.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("1.7") }) + 1
        let drawn = try rusctl(["sample", "--count", "2", "--distribution", "/dev/stdin", "--lang", "nb"], stdin: wrong)
        #expect(drawn.status == 65)
        #expect(drawn.stderr.hasPrefix("rusctl: ugyldig fordeling '/dev/stdin' (ett problem):\n"))
        #expect(drawn.stderr.contains("out-of-range at /ownUseShare: line \(shareLine), column 3: expected a share from 0 to 1"))
    }

    /// A distribution or rules file may come through a pipe (`--distribution <(…)`, /dev/stdin).
    @Test func aFileOptionReadsFromAPipe() throws {
        let distribution = try rusctl(["sample", "--show-distribution"]).stdout
        let run = try rusctl(["sample", "--count", "2", "--seed", "3", "--distribution", "/dev/stdin"], stdin: distribution)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix(#"{"id":"synthetic-s3-own-0000001""#))
    }

    /// The report's SHA-256 is the input's as given, over several read chunks and with lone CRs
    /// for line ends (which the stream translates after the digest has seen them), from a file
    /// and from a pipe alike.
    @Test func theReportsDigestIsTheInputsAsGiven() throws {
        var sampler = CaseSampler(seed: 4)
        let text = (0..<8000).map { _ in JSONWriter.compact(sampler.next()) }.joined(separator: "\r") + "\r"
        #expect(text.utf8.count > 2 * CaseStream.chunkSize)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-digest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cases.ndjson")
        try Data(text.utf8).write(to: file)
        let expected = SHA256.hex(Array(text.utf8))
        for (path, stdin) in [(file.path, nil), ("-", text)] {
            let run = try rusctl(["compare", "--rules", "lov-2025", "--format", "json", "--today", "2024-01-01", path], stdin: stdin)
            #expect(run.status == 0, "\(run.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let provenance = try #require(report["provenance"] as? [String: Any])
            let inputs = try #require(provenance["inputs"] as? [[String: Any]])
            #expect(inputs.first?["sha256"] as? String == expected, "\(path)")
            #expect(inputs.first?["cases"] as? Int == 8000, "\(path)")
        }
    }

    /// A file of real-looking cases gets no synthetic notice unless the user says so.
    @Test func theSyntheticNoticeFollowsTheMarksOrTheUser() throws {
        let plain = try rusctl(["compare", "--rules", "prop-92-l-2021", "--today", "2024-01-01", "Tests/golden/cases/memo.ndjson"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("Syntetiske saker"))
        #expect(plain.stdout.unwrapped.contains("Inndata: Tests/golden/cases/memo.ndjson: 8 saker, SHA-256 "))
        let declared = try rusctl([
            "compare", "--rules", "prop-92-l-2021", "--synthetic", "--lang", "en", "--today", "2024-01-01",
            "Tests/golden/cases/memo.ndjson",
        ])
        #expect(declared.stdout.contains("! Synthetic cases: drawn by rusctl sample from a distribution not stated (--seed not known)"))
        let sampled = try rusctl(["sample", "--count", "30", "--seed", "12"]).stdout
        let marked = try rusctl(["compare", "--rules", "prop-92-l-2021", "--format", "markdown", "-"], stdin: sampled)
        #expect(marked.stdout.contains("> **Merk:** Syntetiske saker: trukket av rusctl sample fra standardfordelingen (--seed 12)"))
        let csv = try rusctl(
            [
                "sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "5", "--to", "10", "--step", "2.5",
                "--format", "csv", "--csv-dialect", "excel-nb", "-",
            ], stdin: sampled)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("\u{FEFF}# Laget: "))
        #expect(csv.stdout.contains("\r\nlimit;unit;own;not-criminally-liable;not-punishable;punishable;ordinary-prosecution;changed\r\n5;g;0;"))
        #expect(csv.stdout.contains("\r\n7,5;g;0;") && csv.stdout.contains("\r\n10;g;1;"), "decimal commas; the own value marked")
    }

    /// A sweep says when its steps miss --to, and when the swept limit passes another table's.
    @Test func aSweepWarnsOfMissedEndsAndCrossedTiers() throws {
        let cases = try rusctl(["sample", "--count", "50", "--seed", "4"]).stdout
        let run = try rusctl(
            [
                "sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "5", "--to", "26", "--step", "5",
                "--today", "2024-01-01", "-",
            ], stdin: cases)
        #expect(run.status == 0)
        #expect(run.stderr.contains("rusctl: warning: the steps end at 25, not at --to 26; give a step that divides the range to reach it\n"))
        #expect(
            run.stderr.contains(
                "rusctl: warning: the swept limit passes the upper threshold in Prop. 92 L (2020–2021), 15 g; beyond it the two tiers' order is reversed\n")
        )
        // In the report itself too (issue 23, point 9), in the report's language.
        #expect(
            run.stdout.unwrapped.contains(
                "ADVARSEL: den varierte grensen passerer den øvre terskelverdien i Prop. 92 L (2020–2021), 15 g; etter den er trinnenes rekkefølge snudd"))
        let json = try rusctl(
            [
                "sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "5", "--to", "26", "--step", "5", "-", "--format", "json",
                "--lang", "en",
            ], stdin: cases)
        #expect(json.stdout.contains("\"warnings\""))
        #expect(json.stdout.contains("the steps end at 25, not at --to 26"))
        // A table that is no tier has no order to reverse: no such warning.
        let practice = try rusctl(
            ["sweep", "--rules", "hr-2022", "--table", "dependent-user", "--substance", "heroin", "--from", "1", "--to", "20", "--step", "1", "-"],
            stdin: cases)
        #expect(!practice.stderr.contains("passes"))
        let quiet = try rusctl(
            [
                "sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "5", "--to", "10", "--step", "2,5",
                "--today", "2024-01-01", "-",
            ], stdin: cases)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }

    @Test func aRulesFileIsCheckedAndUsed() throws {
        let exported = try rusctl(["rules", "export", "prop-92-l-2021"])
        #expect(exported.status == 0)
        #expect(exported.stdout.contains(#""id": "prop-92-l-2021-copy""#), "an export is a copy under its own id")
        let own = exported.stdout.replacingOccurrences(of: #""id": "prop-92-l-2021-copy""#, with: #""id": "eget-forslag""#)
            .replacingOccurrences(of: #"{"substance": "cannabis", "unit": "g", "limit": 10,"#, with: #"{"substance": "cannabis", "unit": "g", "limit": 3,"#)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("own.json")
        try Data(own.utf8).write(to: file)
        let run = try rusctl(["evaluate", "Fixtures/proposals/prop-92-cannabis-at-lower.json", "--rules-file", file.path, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""ruleSet": "eget-forslag""#))
        #expect(run.stdout.contains(#""liability": "punishable""#))
        // The copy is the user's: its status and version, and the edited limit, which still says
        // "verified": check's finding is said where the file is used, and the value is the user's own.
        #expect(exported.stdout.contains(#""version": "eget-1 (fra 2021)""#))
        #expect(exported.stdout.contains(#""status": {"nb": "eget forslag basert på Prop. 92 L (2020–2021); originalens status: lovforslag"#))
        #expect(run.stderr.contains("rusctl check finds a problem in eget-forslag"))
        // Where it stands in the file, as an editor counts lines and columns.
        let limitLine = try #require(own.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#""limit": 3,"#) }) + 1
        #expect(run.stderr.contains("limit-differs-from-source [eget-forslag] /thresholds/nedre/limits/8/limit: line \(limitLine), column "))
        let shown = try rusctl(["rules", "show", "eget-forslag", "--rules-file", file.path, "--lang", "nb"])
        #expect(shown.stdout.contains("3 g          eget tall; kilden gir 10 g"))
        #expect(!shown.stdout.contains("3 g          kontrollert mot kilden"))
        let compared = try rusctl(
            ["compare", "--rules", "eget-forslag", "--rules-file", file.path, "--lang", "nb", "--today", "2024-01-01", "-"],
            stdin: try rusctl(["sample", "--count", "50", "--seed", "2"]).stdout)
        #expect(compared.status == 0)
        #expect(compared.stdout.unwrapped.contains("3 g (eget tall; kilden gir 10 g)"))
        #expect(compared.stderr.contains("rusctl check finner ett problem i eget-forslag; svaret bygger på regelfilen slik den står"))
        // The report says it too, where it is kept: in its provenance, and in JSON.
        #expect(
            compared.stdout.unwrapped.contains(
                "Kontroll av regelfilen: rusctl check finner ett problem; tallene bygger på regelfilen slik den står: limit-differs-from-source [eget-forslag]")
        )
        let json = try rusctl(
            ["compare", "--rules", "eget-forslag", "--rules-file", file.path, "--format", "json", "--today", "2024-01-01", "-"],
            stdin: try rusctl(["sample", "--count", "20", "--seed", "2"]).stdout)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rulesFile = try #require((report["provenance"] as? [String: Any])?["rulesFile"] as? [String: Any])
        #expect((rulesFile["checkFindings"] as? [String])?.map { $0.prefix(41) } == ["limit-differs-from-source [eget-forslag] "])
        let swept = try rusctl(
            [
                "sweep", "--rules", "eget-forslag", "--rules-file", file.path, "--substance", "cannabis", "--from", "2", "--to", "4", "--step", "1", "--lang",
                "en", "-",
            ],
            stdin: try rusctl(["sample", "--count", "20", "--seed", "2"]).stdout)
        #expect(
            swept.stdout.unwrapped.contains(
                "Rules file check: rusctl check finds a problem; the figures rest on the file as written: limit-differs-from-source"))

        try Data(own.replacingOccurrences(of: #""tiers""#, with: #""tier""#).utf8).write(to: file)
        let bad = try rusctl(["evaluate", "Fixtures/proposals/prop-92-cannabis-at-lower.json", "--rules-file", file.path])
        #expect(bad.status == 65)
        let tierLine = try #require(own.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#""tiers""#) }) + 1
        #expect(bad.stderr.hasPrefix("rusctl: invalid rules file '\(file.path)' (2 problems):\n"))
        #expect(bad.stderr.contains("unknown-key at /tier: line \(tierLine), column 3: unknown key \"tier\" (did you mean \"tiers\"?)"))
        let norwegian = try rusctl(["evaluate", "Fixtures/proposals/prop-92-cannabis-at-lower.json", "--rules-file", file.path, "--lang", "nb"])
        #expect(norwegian.stderr.hasPrefix("rusctl: ugyldig regelfil '\(file.path)' (2 problemer):\n"))
        let checked = try rusctl(["check", "--rules-file", file.path])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("/tier: line \(tierLine), column 3: unknown key"))
    }

    /// A practice of one's own — today's guideline for dependent users with heroin at 2 g — is
    /// the baseline of compare where named, and never chosen by a decision date.
    @Test func aPracticeOfOnesOwnIsABaselineWhereNamed() throws {
        let exported = try rusctl(["rules", "export", "hr-2022"]).stdout
        let heroin = #"{"substance": "heroin", "unit": "g", "limit": 5, "provenance": "verified""#
        let table = try #require(exported.range(of: #""dependent-user""#))
        let row = try #require(exported.range(of: heroin, range: table.upperBound..<exported.endIndex))
        let own = exported.replacingCharacters(in: row, with: #"{"substance": "heroin", "unit": "g", "limit": 2, "provenance": "interpretation""#)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-practice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("practice.json")
        try Data(own.utf8).write(to: file)
        let check = try rusctl(["check", "--rules-file", file.path])
        #expect(check.status == 0, "a practice of one's own overlaps no built-in practice: \(check.stdout)")
        let dependent3g =
            #"{"offenceDate":"2024-03-01","decisionDate":"2024-05-02","person":{"ageAtOffence":40,"dependent":true},"acts":["possession"],"substances":[{"substance":"heroin","amount":3,"unit":"g"}]}"#
        let compared = try rusctl(
            ["compare", "--rules", "hr-2022", "--baseline", "hr-2022-copy", "--rules-file", file.path, "--format", "json", "--today", "2024-06-01", "-"],
            stdin: dependent3g)
        #expect(compared.status == 0, "\(compared.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [String: Any])
        #expect(report["baseline"] as? String == "hr-2022-copy")
        #expect(compared.stdout.contains(#""changedFromBaseline": 1"#))
        // Not named as the baseline, it is compared with the built-in practice, the default.
        let unnamed = try rusctl(
            ["compare", "--rules", "hr-2022-copy", "--rules-file", file.path, "--format", "json", "--today", "2024-06-01", "-"],
            stdin: dependent3g)
        #expect(unnamed.stdout.contains(#""baseline": "hr-2022""#))
        // Evaluated with the file, the case is decided by it; without, by the built-in practice.
        let own3g = try rusctl(["evaluate", "--rules-file", file.path, "--format", "json", "-"], stdin: dependent3g)
        #expect(own3g.stdout.contains(#""ruleSet": "hr-2022-copy""#) && own3g.stdout.contains(#""liability": "ordinary-prosecution""#))
        let builtIn3g = try rusctl(["evaluate", "--format", "json", "-"], stdin: dependent3g)
        #expect(builtIn3g.stdout.contains(#""ruleSet": "hr-2022""#) && builtIn3g.stdout.contains(#""recommended": "pataleunnlatelse""#))
    }

    /// A proposal on a practice of one's own as its baseline is decided, where no tier covers the
    /// case, by that practice's rules, not by those of the proposal's own baseline: here a copy
    /// of hr-2022 without the rule for dependent users (methamphetamine has no Prop. 92 L limit,
    /// so no tier covers it).
    @Test func aProposalOnAPracticeOfOnesOwnRunsThatPracticesRules() throws {
        let exported = try rusctl(["rules", "export", "hr-2022"]).stdout
        let rules = #""rules": ["under-15", "not-own-use", "dependent-user", "quantity", "ungdom", "adult"]"#
        #expect(exported.contains(rules))
        let own = exported.replacingOccurrences(of: rules, with: #""rules": ["under-15", "not-own-use", "quantity", "ungdom", "adult"]"#)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("practice.json")
        try Data(own.utf8).write(to: file)
        let dependent =
            #"{"offenceDate":"2024-03-01","decisionDate":"2024-05-02","person":{"ageAtOffence":40,"dependent":true},"acts":["possession"],"substances":[{"substance":"methamphetamine","amount":1,"unit":"g"}]}"#
        func recommended(on baseline: String) throws -> String? {
            let run = try rusctl(
                ["evaluate", "--rules", "prop-92-l-2021", "--baseline", baseline, "--rules-file", file.path, "--format", "json", "-"],
                stdin: dependent)
            let decision = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            return decision?["recommended"] as? String
        }
        #expect(try recommended(on: "hr-2022") == "pataleunnlatelse")
        #expect(try recommended(on: "hr-2022-copy") == "forelegg")
    }

    /// Compared on the rundskriv, a proposal is described as the engine runs it: what no tier
    /// covers is decided by the rundskriv, and its limits stand beside the tiers — not the
    /// proposal's own baseline (HR-2022) and its limits for dependent users, which decide nothing
    /// here. A dependent user with methamphetamine (no NOU limit) gets the rundskriv's forelegg.
    @Test func aProposalComparedOnTheRundskrivIsDescribedOnIt() throws {
        let dependent =
            #"{"offenceDate":"2021-03-01","decisionDate":"2021-03-01","person":{"ageAtOffence":30,"dependent":true},"acts":["possession"],"substances":[{"substance":"methamphetamine","amount":1,"unit":"g"}]}"#
        let run = try rusctl(["compare", "--rules", "nou-2019-26-flertall", "--baseline", "ra-2014", "--format", "json", "-"], stdin: dependent)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ruleSets = try #require(report["ruleSets"] as? [[String: Any]])
        let proposal = try #require(ruleSets.first { $0["id"] as? String == "nou-2019-26-flertall" })
        #expect(proposal["changedFromBaseline"] as? Int == 0)
        let changes = try #require(proposal["changes"] as? [String])
        #expect(changes.contains("Saker ingen av trinnene dekker, avgjøres som etter Riksadvokatens rundskriv 2/2014 (sammenligningens grunnlag)."))
        let tables = Set(try #require(proposal["thresholds"] as? [[String: Any]]).compactMap { $0["definedBy"] as? String })
        #expect(tables == ["nou-2019-26-flertall", "ra-2014"])
    }

    /// A text report is a memo's width: no line over 100 characters, no amount torn from its unit.
    @Test func textReportsKeepTo100Columns() throws {
        let cases = try rusctl(["sample", "--count", "400", "--seed", "8"]).stdout
        for language in ["nb", "en"] {
            for command in [
                ["compare", "--rules", "prop-92-l-2021,nou-2019-26-mindretall,lov-2025", "--changed", "--seeds", "3", "--count", "300"],
                ["compare", "--rules", "prop-92-l-2021,nou-2019-26-flertall", "--changed", "-"],
                ["sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "5", "--to", "15", "--step", "2.5", "-"],
            ] {
                // Cases on standard input only where the command reads them (--seeds draws its own).
                let run = try rusctl(command + ["--lang", language, "--today", "2024-01-01"], stdin: command.contains("-") ? cases : "")
                #expect(run.status == 0, "\(command): \(run.stderr)")
                let lines = run.stdout.split(separator: "\n")
                #expect(lines.count > 10)
                for line in lines {
                    #expect(line.count <= 100, "\(command.prefix(2)) in \(language): \(line)")
                }
                let torn = try Regex(#"\d\n +(g|mg|ml|%)[ ,.)]"#)
                #expect(run.stdout.firstMatch(of: torn) == nil, "\(command.prefix(2)) in \(language): an amount torn from its unit")
            }
        }
    }

    /// `rules list` is `rusctl rules` under the name its overview gives it.
    @Test func rulesListListsTheRuleSets() throws {
        let listed = try rusctl(["rules", "list", "--lang", "en"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("lov-2025                statute"))
        #expect(listed.stdout == (try rusctl(["rules", "--lang", "en"])).stdout)
    }

    /// A report never overwrites what it reads — the cases, a rules file — nor two outputs one
    /// another: each is a usage error before anything is read or written, however the path is
    /// spelt (another spelling, a symbolic link).
    @Test func aReportNeverOverwritesItsInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-clobber-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases = directory.appendingPathComponent("cases.ndjson")
        let text = try rusctl(["sample", "--count", "20", "--seed", "3"]).stdout
        try Data(text.utf8).write(to: cases)
        let link = directory.appendingPathComponent("link.ndjson")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: cases)
        let rules = directory.appendingPathComponent("own.json")
        try Data(try rusctl(["rules", "export", "prop-92-l-2021"]).stdout.utf8).write(to: rules)
        let spelt = directory.path + "/./cases.ndjson"
        for (arguments, message) in [
            (["compare", "--rules", "lov-2025", "--output", cases.path, cases.path], "--output would overwrite '\(cases.path)', the file of cases"),
            (["compare", "--rules", "lov-2025", "--output", spelt, cases.path], "--output would overwrite '\(cases.path)', the file of cases"),
            (["compare", "--rules", "lov-2025", "--output", link.path, cases.path], "the file of cases"),
            (
                ["compare", "--rules", "prop-92-l-2021-copy", "--rules-file", rules.path, "--output", rules.path, cases.path],
                "the file given with --rules-file"
            ),
            (
                [
                    "compare", "--rules", "lov-2025", "--format", "csv", "--output", directory.path + "/r.csv", "--changed-csv", directory.path + "/r.csv",
                    cases.path,
                ],
                "--output and --changed-csv both write to"
            ),
            (
                [
                    "sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "1", "--to", "3", "--step", "1", "--output", cases.path,
                    cases.path,
                ],
                "--output would overwrite"
            ),
        ] {
            let run = try rusctl(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        // Nor does rusctl test's JUnit report overwrite a fixture it runs.
        let fixtures = directory.appendingPathComponent("fixtures")
        try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
        let fixture = fixtures.appendingPathComponent("one.json")
        let fixtureText = try String(contentsOf: Repository.root.appendingPathComponent("Fixtures/age/15-on-15th-birthday.json"), encoding: .utf8)
        try Data(fixtureText.utf8).write(to: fixture)
        let junit = try rusctl(["test", fixtures.path, "--junit", fixture.path])
        #expect(junit.status == 64 && junit.stderr.contains("--junit would overwrite '\(fixture.path)', a fixture"), "\(junit.stderr)")
        #expect(try String(contentsOf: fixture, encoding: .utf8) == fixtureText)
        #expect(try String(contentsOf: cases, encoding: .utf8) == text)
        #expect(try String(contentsOf: rules, encoding: .utf8).contains(#""id": "prop-92-l-2021-copy""#))
    }

    @Test func outputIsIdenticalAcrossJobs() throws {
        let sample = try rusctl(["sample", "--count", "3000", "--seed", "5"]).stdout
        var lines = sample.split(separator: "\n").map(String.init)
        lines.insert("{not json", at: 1234)
        lines.insert(#"{"offenceDate":"2023-02-30"}"#, at: 2500)
        let input = lines.joined(separator: "\n")
        for command in [
            ["evaluate", "--format", "json", "--today", "2024-01-01"],
            ["compare", "--rules", "prop-92-l-2021,nou-2019-26-mindretall", "--changed", "--format", "json", "--today", "2024-01-01"],
        ] {
            let one = try rusctl(command + ["--jobs", "1", "-"], stdin: input)
            let four = try rusctl(command + ["--jobs", "4", "-"], stdin: input)
            #expect(one.stdout == four.stdout, "\(command[0])")
            #expect(!one.stdout.isEmpty)
            if command[0] == "evaluate" {
                #expect(one.status == 65)
                #expect(one.stdout.split(separator: "\n").count == 3002)
            }
        }
    }

    @Test func aTenMegabyteLineKeepsMemoryBounded() throws {
        let valid = CaseInputTests.valid
        let huge = #"{"id":""# + String(repeating: "x", count: 10 << 20) + #""}"#
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cases.ndjson")
        try Data(([valid, huge, valid].joined(separator: "\n")).utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binaryPath())
        process.arguments = ["evaluate", "--format", "json", "--today", "2024-01-01", file.path]
        process.environment = ["RUSCTL_REPORT_PEAK_MEMORY": "1"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains(#""code":"too-large""#))
        let peak =
            err.split(separator: "\n").first { $0.hasPrefix("rusctl: peak memory ") }
            .flatMap { Int($0.dropFirst("rusctl: peak memory ".count).split(separator: " ")[0]) } ?? Int.max
        #expect(peak < 60_000, "peak memory \(peak) kB for a 10 MB line")
    }
}

/// A co-process (issue 24, point 3): a program keeps `rusctl evaluate -` open, writes a case,
/// and reads its answer before it writes the next; an empty input is no case, not an error.
@Suite struct CoProcessTests {
    static let adult =
        #"{"offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}"#

    @Test func eachLineIsAnsweredWhileTheInputIsStillOpen() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binaryPath())
        process.arguments = ["evaluate", "-", "--format", "json", "--no-trace"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        for id in ["a", "b"] {
            let line = Self.adult.replacingOccurrences(of: "{\"offenceDate\"", with: "{\"id\":\"\(id)\",\"offenceDate\"") + "\n"
            input.fileHandleForWriting.write(Data(line.utf8))
            // The answer must come while the input is open; wait at most 20 s for it.
            let answered = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var received = Data()
            DispatchQueue.global().async {
                while !received.contains(UInt8(ascii: "\n")) {
                    let chunk = output.fileHandleForReading.availableData
                    if chunk.isEmpty { break }
                    received.append(chunk)
                }
                answered.signal()
            }
            #expect(answered.wait(timeout: .now() + 20) == .success, "no answer to case \(id) while the input was open")
            let answer = String(decoding: received, as: UTF8.self)
            #expect(answer.hasPrefix("{\"id\":\"\(id)\",\"ruleSet\":\"hr-2022\""))
        }
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func anEmptyInputIsNoCase() throws {
        let cli = CLITests()
        for empty in ["", "\n  \n"] {
            let run = try cli.rusctl(["evaluate", "-", "--format", "json"], stdin: empty)
            #expect(run.status == 0)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "rusctl: inndataene inneholder ingen saker\n")
        }
        // A single case piped and closed stays a single case (pretty JSON, no index).
        let single = try cli.rusctl(["evaluate", "-", "--format", "json"], stdin: Self.adult + "\n")
        #expect(single.stdout.hasPrefix("{\n  \"ruleSet\": \"hr-2022\""))
    }
}
