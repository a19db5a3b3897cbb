import Foundation
import Testing
@testable import RusRules

/// Law spec §6 as properties over many generated cases, under every rule set, chosen and by date
/// (with and without a stated in-force date of the 2025 statute): doubt never hurts the suspect,
/// every citation is public, caveats come first. Cases are drawn around every limit and ceiling
/// of the rule data, so the properties are tested where the rules turn.
@Suite struct LawPropertyTests {
    static let book = RuleBook.builtIn

    /// Every (engine, explicit rule set) a case is decided under: each rule set, by date without
    /// an in-force date, and by date with lov-2025 in force from 2026-07-01.
    static let selections: [(engine: Engine, ruleSet: String?)] = {
        var stated = InForceDates()
        _ = stated.add("lov-2025=2026-07-01", book: book)
        let plain = Engine(book: book, detail: .answer)
        return book.ruleSets.map { (plain, $0.id) } + [(plain, nil), (Engine(book: book, detail: .answer, inForce: stated), nil)]
    }()

    /// Amounts where the rules turn: each known limit and ceiling, just above, half and double.
    static let amounts: [(substance: String, unit: String, amount: ExactDecimal)] = {
        var seen = Set<String>()
        var result: [(String, String, ExactDecimal)] = []
        for ruleSet in book.ruleSets {
            for table in ruleSet.thresholds.values {
                for row in table.limits {
                    let value = row.limit ?? row.ceiling ?? 2
                    let step: ExactDecimal = row.unit == "blotters" || row.unit == "doses" ? 1 : value.shifted(by: -3)
                    for amount in [value, value + step, value * ExactDecimal("0.5")!, value * 2]
                    where seen.insert("\(row.substance)|\(row.unit)|\(amount)").inserted {
                        result.append((row.substance, row.unit, amount))
                    }
                }
            }
        }
        return result
    }()

    /// A reproducible case: age around every track boundary, any acts, one to three substances
    /// (without amounts when the only act is use, half the time), dates from 2014 to 2030.
    static func generate(_ random: inout SplitMix64, dependent: Dependency) -> Case {
        func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
        let acts: [Act] = pick([[.use], [.use], [.possession], [.use, .possession], [.acquisition], [.storage, .acquisition]])
        let useOnly = acts == [.use]
        let withoutAmounts = useOnly && random.next() % 2 == 0
        var substances: [SubstanceAmount] = []
        for _ in 0..<(1 + Int(random.next() % 3)) {
            let (substance, unit, amount) = pick(amounts)
            substances.append(
                SubstanceAmount(
                    substance: substance, amount: withoutAmounts ? nil : amount,
                    unit: withoutAmounts ? nil : unit))
        }
        let offence = LegalDate(daysSinceEpoch: LegalDate("2014-07-01")!.daysSinceEpoch + Int(random.next() % 5800))!
        let decision = LegalDate(daysSinceEpoch: offence.daysSinceEpoch + Int(random.next() % 200))!
        let person = Person(
            birthDate: nil, ageAtOffence: pick([13, 14, 15, 16, 17, 18, 19, 24, 25, 40]), dependent: dependent,
            priorDrugReactions: pick([0, 0, 1, 3]), consent: pick([nil, true, false]), guardianConsent: pick([nil, true, false]))
        return Case(
            unchecked: nil, offenceDate: offence, decisionDate: decision, person: person, acts: acts,
            ownUse: random.next() % 10 != 0, substances: substances, otherOffences: random.next() % 7 == 0)
    }

    static func with(_ theCase: Case, dependent: Dependency) -> Case {
        let person = theCase.person
        return Case(
            unchecked: theCase.id, offenceDate: theCase.offenceDate, decisionDate: theCase.decisionDate,
            person: Person(
                birthDate: person.birthDate, ageAtOffence: person.ageAtOffence, dependent: dependent,
                priorDrugReactions: person.priorDrugReactions, consent: person.consent,
                guardianConsent: person.guardianConsent),
            acts: theCase.acts, ownUse: theCase.ownUse, substances: theCase.substances, otherOffences: theCase.otherOffences)
    }

    /// The other reading of unknown limits (every one below the amounts, what `compare` counts
    /// beside its figures) is the reading the rules reject as harsher: it never gives a milder
    /// liability than the rules' own, and where no limit is unknown it answers alike.
    @Test func theOtherReadingOfUnknownLimitsIsNeverMilder() throws {
        var stated = InForceDates()
        _ = stated.add("lov-2025=2026-07-01", book: Self.book)
        let other = Self.book.readingUnknownLimitsAsExceeded()
        let selections: [(rules: Engine, other: Engine, ruleSet: String?)] =
            Self.book.ruleSets.map { (Engine(book: Self.book, detail: .outcome), Engine(book: other, detail: .outcome), $0.id) } + [
                (Engine(book: Self.book, detail: .outcome, inForce: stated), Engine(book: other, detail: .outcome, inForce: stated), nil)
            ]
        var random = SplitMix64(seed: 31)
        var harsher = 0
        var checked = 0
        for _ in 0..<300 {
            let theCase = Self.generate(&random, dependent: [.no, .yes, .doubtful][checked % 3])
            for selection in selections {
                guard case .success(let decision) = selection.rules.evaluate(theCase, ruleSet: selection.ruleSet, today: theCase.decisionDate!),
                    case .success(let otherDecision) = selection.other.evaluate(theCase, ruleSet: selection.ruleSet, today: theCase.decisionDate!)
                else { continue }
                #expect(otherDecision.liability.ordinal >= decision.liability.ordinal, "\(selection.ruleSet ?? "by date"): \(theCase)")
                if otherDecision.liability != decision.liability { harsher += 1 }
                checked += 1
            }
        }
        #expect(checked > 1500 && harsher > 0)
    }

    /// «Doubt never hurts the suspect»: `dependent` doubtful or true never gives a harsher
    /// liability than the same case not dependent.
    @Test func doubtNeverHurtsTheSuspect() throws {
        var random = SplitMix64(seed: 2026)
        var compared = 0
        for _ in 0..<1500 {
            let notDependent = Self.generate(&random, dependent: .no)
            for (engine, ruleSet) in Self.selections {
                let today = notDependent.decisionDate!
                guard case .success(let base) = engine.evaluate(notDependent, ruleSet: ruleSet, today: today) else { continue }
                for dependency in [Dependency.doubtful, .yes] {
                    let other = try engine.evaluate(Self.with(notDependent, dependent: dependency), ruleSet: ruleSet, today: today).get()
                    #expect(
                        other.liability.ordinal <= base.liability.ordinal,
                        "\(ruleSet ?? "by date"): dependent \(dependency.rawValue) gives \(other.liability.rawValue), not dependent \(base.liability.rawValue), for \(notDependent.substances)"
                    )
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
    }

    /// The fast path (`compare`, `sweep`) decides the generated cases as the engine does, under
    /// every rule set: ceilings, use alone at any quantity, the held-substance cap.
    @Test func theFastPathAgreesAroundEveryLimitAndCeiling() throws {
        let compiled = try #require(CompiledRuleBook(book: Self.book))
        let engine = Engine(book: Self.book, detail: .outcome)
        var random = SplitMix64(seed: 99)
        var compared = 0
        for _ in 0..<2000 {
            let theCase = Self.generate(&random, dependent: [.no, .yes, .doubtful][compared % 3])
            let today = theCase.decisionDate!
            guard let compact = CompactCase(theCase, compiled: compiled, today: today) else { continue }
            for ruleSet in Self.book.ruleSets {
                let decision = try engine.evaluate(theCase, ruleSet: ruleSet.id, today: today).get()
                #expect(compiled.outcome(compact, ruleSet: ruleSet.id) == Outcome(decision), "\(ruleSet.id): \(theCase.substances)")
                compared += 1
            }
        }
        #expect(compared > 10_000)
    }

    /// Words no answer may contain: a file or path of this project, a seed document, a spec
    /// section ("§5.4" — legal sections are written "§ 5", and Lovdata's addresses ".../§5").
    static let forbidden = ["seed", "shared/", "rules.md", "contract.md", ".txt", "docs/"]

    static func namesProjectInternals(_ output: String) -> String? {
        let lowered = output.lowercased()
        if let word = forbidden.first(where: { lowered.contains($0) }) { return word }
        return output.range(of: #"(?<!/)§\d"#, options: .regularExpression).map { String(output[$0]) }
    }

    /// For each language, what the decision's text (with its explanation) or JSON names of the
    /// project's internals, if anything.
    static func projectInternals(in decision: Decision) -> [(Language, String?)] {
        Language.allCases.map { language in
            let text = DecisionText(book: book, language: language).render(decision, explain: true)
            let json = JSONWriter.compact(decision.json(language: language, includeTrace: true))
            return (language, namesProjectInternals(text) ?? namesProjectInternals(json))
        }
    }

    /// «Every citation is public», over generated cases, in text (with the explanation) and JSON,
    /// in both languages.
    @Test func everyAnswerCitesOnlyPublicSources() throws {
        var random = SplitMix64(seed: 11)
        let full = Self.selections.map { (Engine(book: Self.book, detail: .full, inForce: $0.engine.inForce), $0.ruleSet) }
        var answers = 0
        for _ in 0..<150 {
            let theCase = Self.generate(&random, dependent: [.no, .yes, .doubtful][answers % 3])
            for (engine, ruleSet) in full {
                guard case .success(let decision) = engine.evaluate(theCase, ruleSet: ruleSet, today: theCase.decisionDate!) else { continue }
                for (language, found) in Self.projectInternals(in: decision) {
                    #expect(found == nil, "\(ruleSet ?? "by date") (\(language)): \"\(found ?? "")\"")
                    answers += 1
                }
            }
        }
        #expect(answers > 1500)
    }

    /// Every answer to `count` reproducible cases (dependency in turn no, yes, doubtful) under
    /// every selection, in each language: `body` is given the decision, the rule set asked for
    /// and the language; the number of answers given is returned.
    @discardableResult
    static func eachAnswer(seed: UInt64, cases count: Int, _ body: (Decision, String?, Language) throws -> Void) rethrows -> Int {
        var random = SplitMix64(seed: seed)
        var answers = 0
        for index in 0..<count {
            let theCase = generate(&random, dependent: [.no, .yes, .doubtful][index % 3])
            for (engine, ruleSet) in selections {
                guard case .success(let decision) = engine.evaluate(theCase, ruleSet: ruleSet, today: theCase.decisionDate!) else { continue }
                for language in Language.allCases {
                    try body(decision, ruleSet, language)
                    answers += 1
                }
            }
        }
        return answers
    }

    /// The «begrunnelse» is pasted into a decision, and the text answer is filed: a rule set is
    /// named there as a lawyer names it («lovendringen 2025 (LOV-2025-06-20-83)»), never by the
    /// tool's id («lov-2025») — but for the citation ids in brackets and an option to type.
    @Test func theAnswerNeverNamesARuleSetByItsID() throws {
        let ids = Self.book.ruleSets.map(\.id)
        let checked = Self.eachAnswer(seed: 23, cases: 150) { decision, ruleSet, language in
            // The text answer's bracketed citation ids, and the option it tells a user to type, aside.
            let answer = DecisionText(book: Self.book, language: language).render(decision, explain: false)
                .replacing(/\[[^\]]*\]/, with: "").replacing(/--in-force [a-z0-9-]+=/, with: "")
            let text = Begrunnelse.text(decision, book: Self.book, language: language) + "\n" + answer
            let named = ids.first { id in
                text.ranges(of: id).contains { range in
                    // A whole word, not part of a citation such as «HR-2022-731-A».
                    let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
                    let after = range.upperBound == text.endIndex ? " " : text[range.upperBound]
                    return !(before.isLetter || before.isNumber || before == "-") && !(after.isLetter || after.isNumber || after == "-")
                }
            }
            #expect(named == nil, "\(ruleSet ?? "by date") (\(language)): «\(named ?? "")» in \(text)")
        }
        #expect(checked > 1500)
    }

    /// «Caveats come first»: every warning and every caveat note (straffeloven § 3, a statute
    /// adopted but not in force) is stated before the detailed options, and a recommendation
    /// that rests on an unknown limit says so in the summary.
    @Test func caveatsComeBeforeTheOptions() throws {
        let checked = try Self.eachAnswer(seed: 7, cases: 400) { decision, _, language in
            let text = DecisionText(book: Self.book, language: language).render(decision, explain: false)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // The summary ends where the options begin (or the notes, or the sources).
            let options = try #require(
                lines.firstIndex { line in
                    ["MULIGE", "UTELUKKET", "MERKNADER", "KILDER", "AVAILABLE", "EXCLUDED", "NOTES", "SOURCES"].contains { line.hasPrefix($0) }
                })
            let summary = lines[..<options].joined(separator: "\n")
            let caveats = decision.caveats
            for caveat in caveats {
                // In brief: without the reasoning behind it, which --alle-kilder shows.
                #expect(summary.contains(caveat.text.brief(language)), "\(caveat.code) is not in the summary")
            }
            if decision.options.contains(where: { $0.status == .recommended && $0.requires.contains(.limitCheck) }) {
                // Said once: by the caveat on the unknown limit, or else by the summary's own line.
                let checks = language == .nb ? ["kontroller grensen", "kontroller mengden"] : ["check the limit", "assess the amount"]
                #expect(checks.contains { summary.contains($0) })
            }
            if let other = decision.otherLaw {
                // By the name a prosecutor writes, never the id.
                #expect(summary.contains(try #require(Self.book.ruleSet(other.ruleSet)).name(language, capitalized: true)))
            }
        }
        #expect(checked > 3000)
    }
}

/// `compare` and `sweep` with a stated in-force date count, in the statute's column, what would
/// apply given that date (rules.md §3), exactly as `evaluate` decides each case by date.
@Suite struct InForceComparisonTests {
    @Test func theStatuteColumnCountsWhatWouldApply() throws {
        let book = RuleBook.builtIn
        var stated = InForceDates()
        #expect(stated.add("lov-2025=2026-07-01", book: book) == nil)
        let engine = Engine(book: book, inForce: stated)
        var random = SplitMix64(seed: 31)
        var lines: [String] = []
        var cases: [Case] = []
        for _ in 0..<600 {
            var theCase = LawPropertyTests.generate(&random, dependent: [.no, .yes, .doubtful][cases.count % 3])
            // Dates around the stated in-force date: before it, across it, after it.
            let shift = LegalDate("2026-04-01")!.daysSinceEpoch - theCase.offenceDate.daysSinceEpoch + Int(random.next() % 200)
            theCase = Case(
                unchecked: "c\(cases.count)", offenceDate: LegalDate(daysSinceEpoch: theCase.offenceDate.daysSinceEpoch + shift)!,
                decisionDate: LegalDate(daysSinceEpoch: theCase.decisionDate!.daysSinceEpoch + shift)!,
                person: theCase.person, acts: theCase.acts, ownUse: theCase.ownUse, substances: theCase.substances,
                otherOffences: theCase.otherOffences)
            cases.append(theCase)
            lines.append(Self.json(theCase))
        }
        var comparison = Comparison(
            engine: engine, baseline: "hr-2022", ruleSets: ["lov-2025"], today: LegalDate("2027-01-01")!,
            keepChanged: true)
        var stream = CaseStream(bytes: Array(lines.joined(separator: "\n").utf8))
        comparison.consume(&stream, batchSize: 64, jobs: 1) { _ in }
        #expect(comparison.validCases == cases.count)
        var expected = Tally()
        for theCase in cases {
            expected.add(Outcome(try engine.evaluate(theCase, today: LegalDate("2027-01-01")!).get()))
        }
        let column = try #require(comparison.summaries.last)
        #expect(column.overall == expected)
        #expect(comparison.changed.count > 0)
    }

    /// The case as the contract's JSON, on one line.
    static func json(_ theCase: Case) -> String {
        let person = theCase.person
        var fields = [
            "\"ageAtOffence\":\(person.ageAtOffence)", "\"dependent\":" + (person.dependent == .doubtful ? "\"doubtful\"" : "\(person.dependent == .yes)"),
            "\"priorDrugReactions\":\(person.priorDrugReactions)",
        ]
        if let consent = person.consent { fields.append("\"consent\":\(consent)") }
        if let guardian = person.guardianConsent { fields.append("\"guardianConsent\":\(guardian)") }
        let substances = theCase.substances.map { entry in
            "{\"substance\":\"\(entry.substance)\"" + (entry.amount.map { ",\"amount\":\($0),\"unit\":\"\(entry.unit!)\"" } ?? "") + "}"
        }
        return "{\"id\":\"\(theCase.id ?? "")\",\"offenceDate\":\"\(theCase.offenceDate)\",\"decisionDate\":\"\(theCase.decisionDate!)\","
            + "\"person\":{\(fields.joined(separator: ","))},\"acts\":[\(theCase.acts.map { "\"\($0.rawValue)\"" }.joined(separator: ","))],"
            + "\"ownUse\":\(theCase.ownUse),\"otherOffences\":\(theCase.otherOffences),\"substances\":[\(substances.joined(separator: ","))]}"
    }
}

/// `compare --changed` explains a changed case of a shape already explained from that shape's
/// grounds (``ExplanationMemo``); what it says must be what the engine says of the case itself.
@Suite struct ExplanationMemoTests {
    @Test func aCaseExplainedByItsShapeIsExplainedAsTheEngineExplainsIt() throws {
        let book = RuleBook.builtIn
        var stated = InForceDates()
        #expect(stated.add("lov-2025=2026-07-01", book: book) == nil)
        var random = SplitMix64(seed: 4711)
        var lines: [String] = []
        for index in 0..<1000 {
            var theCase = LawPropertyTests.generate(&random, dependent: [.no, .yes, .doubtful][index % 3])
            // Dates around the stated in-force date half the time, so that straffeloven § 3 decides some.
            if index % 2 == 0 {
                let shift = LegalDate("2026-04-01")!.daysSinceEpoch - theCase.offenceDate.daysSinceEpoch + Int(random.next() % 200)
                theCase = Case(
                    unchecked: nil, offenceDate: LegalDate(daysSinceEpoch: theCase.offenceDate.daysSinceEpoch + shift)!,
                    decisionDate: LegalDate(daysSinceEpoch: theCase.decisionDate!.daysSinceEpoch + shift)!,
                    person: theCase.person, acts: theCase.acts, ownUse: theCase.ownUse, substances: theCase.substances,
                    otherOffences: theCase.otherOffences)
            }
            lines.append(InForceComparisonTests.json(theCase))
            // The same case with other amounts on the same side of every limit: a case of the
            // same shape, explained from the first one's grounds.
            let tiny = ExactDecimal("0.0000001")!
            let other = theCase.substances.map { entry in
                SubstanceAmount(
                    substance: entry.substance, amount: entry.unit == "blotters" || entry.unit == "doses" ? entry.amount : entry.amount.map { $0 - tiny },
                    unit: entry.unit)
            }
            lines.append(
                InForceComparisonTests.json(
                    Case(
                        unchecked: nil, offenceDate: theCase.offenceDate, decisionDate: theCase.decisionDate, person: theCase.person,
                        acts: theCase.acts, ownUse: theCase.ownUse, substances: other, otherOffences: theCase.otherOffences)))
            // The same case told otherwise only where the rules read no more than the law does
            // (doubt about dependency counts as dependency, earlier reactions as some or none, a
            // consent as refused or not): a case of the same shape too.
            // The same case with its substances named in the other order: where every amount
            // stays on the same side of its limits, a case of the same path whose deciding
            // comparison may be another substance's (the last named, where none is above).
            lines.append(
                InForceComparisonTests.json(
                    Case(
                        unchecked: nil, offenceDate: theCase.offenceDate, decisionDate: theCase.decisionDate, person: theCase.person,
                        acts: theCase.acts, ownUse: theCase.ownUse, substances: theCase.substances.reversed(),
                        otherOffences: theCase.otherOffences)))
            let person = theCase.person
            let retold = Person(
                birthDate: person.birthDate, ageAtOffence: person.ageAtOffence,
                dependent: person.dependent == .no ? .no : person.dependent == .yes ? .doubtful : .yes,
                priorDrugReactions: person.priorDrugReactions == 0 ? 0 : person.priorDrugReactions + 2,
                consent: person.consent == false ? false : person.consent == nil ? true : nil,
                guardianConsent: person.guardianConsent == false ? false : person.guardianConsent == nil ? true : nil)
            lines.append(
                InForceComparisonTests.json(
                    Case(
                        unchecked: nil, offenceDate: theCase.offenceDate, decisionDate: theCase.decisionDate, person: retold,
                        acts: theCase.acts, ownUse: theCase.ownUse, substances: theCase.substances, otherOffences: theCase.otherOffences)))
        }
        let ids = book.ruleSets.map(\.id).filter { $0 != "hr-2022" }
        for engine in [Engine(book: book), Engine(book: book, inForce: stated)] {
            let evaluation = ComparisonEvaluation(
                engine: engine, baseline: "hr-2022", ruleSetIDs: ["hr-2022"] + ids, today: LegalDate("2027-01-01")!, keepChanged: true,
                inForceDates: (["hr-2022"] + ids).map { engine.inForce[$0] })
            let words = Language.allCases.map { language in
                ComparisonOutput(
                    comparison: Comparison(engine: engine, baseline: "hr-2022", ruleSets: ids, today: LegalDate("2027-01-01")!, keepChanged: true),
                    book: book, changes: nil, language: language)
            }
            var stream = CaseStream(bytes: Array(lines.joined(separator: "\n").utf8))
            var explained = 0
            for raw in stream.nextRaw(lines.count) {
                guard case .packed(_, let fromShape, _) = evaluation.evaluate(raw) else { continue }
                guard case .outcomes(_, _, _, _, _, _, _, _, let fromEngine) = evaluation.evaluate(raw.entry) else {
                    Issue.record("the engine could not decide \(raw.entry)")
                    continue
                }
                #expect(fromShape?.grounds == fromEngine?.grounds, "\(raw.entry)")
                #expect(fromShape?.amounts == fromEngine?.amounts)
                guard let fromShape, let fromEngine else { continue }
                explained += 1
                // The words its shape shares, written once, are this case's own.
                for output in words {
                    for position in fromEngine.grounds.indices {
                        if position > 0 { #expect(output.cause(fromShape, position: position) == output.cause(fromEngine, position: position)) }
                        let outcome = fromEngine.grounds[position].outcome
                        #expect(
                            output.outcomeAndGround(outcome, fromShape, position: position)
                                == output.outcomeAndGround(outcome, fromEngine, position: position))
                        #expect(output.decider(fromShape, position: position) == output.decider(fromEngine, position: position))
                        #expect(
                            output.comparisonText(fromShape, position: position) == output.comparisonText(fromEngine, position: position))
                    }
                }
            }
            #expect(explained > 1600)
            // Most changed cases take a path taken by a case before them: the memo was used.
            #expect(evaluation.pathsExplained < explained / 2)
        }
    }

    /// Cases alike in every fact and outcome, where a different substance is above Prop. 92 L's
    /// lower limit, or where every amount is within and the last named decides: each names its
    /// own substance, as the engine does, not that of the first case that took its path.
    @Test func theLimitThatDecidedIsEachCasesOwn() throws {
        let engine = Engine(book: .builtIn)
        let evaluation = ComparisonEvaluation(
            engine: engine, baseline: "hr-2022", ruleSetIDs: ["hr-2022", "prop-92-l-2021"], today: LegalDate("2024-01-01")!,
            keepChanged: true, inForceDates: [nil, nil])
        let person = #""person":{"ageAtOffence":30,"dependent":false,"priorDrugReactions":0}"#
        let cases = [
            [("cannabis", "12"), ("mdma", "0.3")], [("cannabis", "5"), ("mdma", "0.8")], [("cannabis", "11"), ("mdma", "0.2")],
            [("cannabis", "4"), ("mdma", "0.1")], [("mdma", "0.2"), ("cannabis", "3")],
        ]
        let lines = cases.map { substances in
            #"{"offenceDate":"2023-06-01","decisionDate":"2023-09-01",\#(person),"acts":["possession"],"ownUse":true,"substances":["#
                + substances.map { #"{"substance":"\#($0)","amount":\#($1),"unit":"g"}"# }.joined(separator: ",") + "]}"
        }
        var stream = CaseStream(bytes: Array(lines.joined(separator: "\n").utf8))
        var deciding: [String] = []
        for raw in stream.nextRaw(lines.count) {
            guard case .packed(_, let fromShape, _) = evaluation.evaluate(raw),
                case .outcomes(_, _, _, _, _, _, _, _, let fromEngine) = evaluation.evaluate(raw.entry)
            else {
                Issue.record("not decided on both paths: \(raw.entry)")
                continue
            }
            #expect(fromShape?.grounds == fromEngine?.grounds)
            deciding.append(fromShape?.grounds.last?.decidingCheck.map { "\($0.substance) \($0.amount!)" } ?? "none")
        }
        #expect(deciding == ["cannabis 12", "mdma 0.8", "cannabis 11", "mdma 0.1", "cannabis 3"])
        // Two paths, each explained by the engine once: above the lower limit, and within it.
        #expect(evaluation.pathsExplained == 2)
    }
}
