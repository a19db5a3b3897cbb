import Foundation
import Testing
@testable import RusRules

/// The compiled outcome programs and the fast case parser must agree with the engine exactly.
@Suite struct FastPathTests {
    static let today = LegalDate("2024-06-01")!

    /// Every fixture case plus generated ones, decoded by the engine.
    static let cases: [Case] = {
        let engine = Engine()
        var all: [Case] = []
        for name in Repository.fixtureFiles {
            guard let fixture = try? Repository.fixture(name), let entry = CaseInput(bytes: fixture.input).entries.first,
                case .success(let theCase) = engine.decode(entry)
            else { continue }
            all.append(theCase)
        }
        var sampler = CaseSampler(seed: 77)
        for _ in 0..<8_000 {
            if case .success(let theCase) = engine.decode(CaseInput(bytes: Array(JSONWriter.compact(sampler.next()).utf8)).entries[0]) {
                all.append(theCase)
            }
        }
        return all
    }()

    @Test(arguments: [nil, "ra-2014", "hr-2022"])
    func compiledProgramsAgreeWithTheEngine(baseline: String?) throws {
        let book = RuleBook.builtIn
        let compiled = try #require(CompiledRuleBook(book: book, baseline: baseline))
        let engine = Engine(detail: .outcome)
        var compared = 0
        for theCase in Self.cases {
            let compact = try #require(CompactCase(theCase, compiled: compiled, today: Self.today))
            for ruleSet in book.ruleSets.map(\.id) {
                guard case .success(let decision) = engine.evaluate(theCase, ruleSet: ruleSet, baseline: baseline, today: Self.today)
                else { continue }
                let fast = compiled.outcomeWithConditions(compact, ruleSet: ruleSet)
                #expect(fast?.outcome == Outcome(decision), "\(theCase.id ?? "?") under \(ruleSet) (baseline \(baseline ?? "own"))")
                // The conditions `compare` counts are the ones the answer proposes.
                let proposed = decision.recommended.flatMap { decision.option($0)?.conditions } ?? []
                #expect(fast?.conditions == proposed, "conditions of \(theCase.id ?? "?") under \(ruleSet)")
                compared += 1
            }
        }
        #expect(compared > 40_000)
    }

    @Test func amountsAreExactFixedPoint() {
        func units(_ text: String, scale: Int = 0) -> FixedAmount { FixedPoint.amount(ExactDecimal(text)!, scale: scale) }
        let gram = Int128(1_000_000_000_000) * 1_000_000_000_000  // 10^24 units
        #expect(units("4.5") == FixedAmount(units: gram * 45 / 10, inexact: false))
        #expect(units("15000", scale: -3) == FixedAmount(units: gram * 15, inexact: false))  // 15000 mg = 15 g
        #expect(units("0.0151", scale: 3) == FixedAmount(units: gram * 151 / 10, inexact: false))  // 0.0151 kg
        #expect(units("1.3333333333333333") == FixedAmount(units: gram / 10_000_000_000_000_000 * 13_333_333_333_333_333, inexact: false))
        // Finer than the resolution: the dropped digits make it a little more, never equal.
        #expect(units("5.0000000000000000000000000000000000001") == FixedAmount(units: gram * 5, inexact: true))
        #expect(units("5.0000000000000000000000000000000000001").exceeds(gram * 5))
        #expect(!units("5.000000000000000000000000000000000000").exceeds(gram * 5))
        #expect(units("1e30") == FixedAmount(units: FixedPoint.huge, inexact: true))
        #expect(FixedPoint.powerOfTen(ExactDecimal("0.001")!) == -3)
        #expect(FixedPoint.powerOfTen(ExactDecimal("3")!) == nil)
        // Limits are held exactly or not at all (the engine then does the work).
        #expect(FixedPoint.limit(ExactDecimal("15")!, scale: 0) == gram * 15)
        #expect(FixedPoint.limit(ExactDecimal("1e-30")!, scale: 0) == nil)
        #expect(FixedPoint.limit(ExactDecimal("1e308")!, scale: 0) == FixedPoint.unbounded)
    }

    /// The same cases written as other programs write them — spaces after `:` and `,`, amounts
    /// in exponent notation or with floating-point noise in the 17th digit — all take the fast
    /// path (no form is slow for being written differently) and are decided as the engine
    /// decides them.
    @Test(arguments: CaseStyle.allCases)
    func everyWrittenFormTakesTheFastPath(style: CaseStyle) throws {
        let compiled = try #require(CompiledRuleBook(book: .builtIn))
        let reader = FastCaseReader(compiled: compiled, today: Self.today)
        let engine = Engine(detail: .outcome)
        var sampler = CaseSampler(seed: 31)
        for _ in 0..<1500 {
            let line = style.write(sampler.next())
            let compact = try #require(reader.compactCase(Array(line.utf8)[...]), "the fast path declined \(line)")
            let theCase = try engine.decode(CaseInput(bytes: Array(line.utf8)).entries[0]).get()
            #expect(CompactCase(theCase, compiled: compiled, today: Self.today) == compact, "\(line)")
            for ruleSet in ["hr-2022", "nou-2019-26-mindretall", "lov-2025"] {
                let decision = try engine.evaluate(theCase, ruleSet: ruleSet, today: Self.today).get()
                #expect(compiled.outcome(compact, ruleSet: ruleSet) == Outcome(decision), "\(line) under \(ruleSet)")
            }
        }
    }

    /// Fixture cases on one line, generated lines, and generated lines broken in small ways
    /// (a byte lost or changed, a key repeated, a value swapped for a wrong one).
    static let probeLines: (all: [String], sampled: [String]) = {
        var lines = Repository.fixtureFiles.compactMap { try? Repository.fixture($0) }.map { String(decoding: $0.input, as: UTF8.self) }
            .map { $0.replacingOccurrences(of: "\n", with: " ") }
        var sampler = CaseSampler(seed: 99)
        let sampled = (0..<3000).map { _ in JSONWriter.compact(sampler.next()) }
        lines += sampled
        var random = SplitMix64(seed: 5)
        let alphabet = Array(#"{}[]:,"0123456789.-e eu\"#.utf8) + Array("ageAtOffence dependent amount unit g mg doubtful true".utf8)
        for line in sampled.prefix(1500) {
            for _ in 0..<4 {
                var bytes = Array(line.utf8)
                switch random.integer(0...3) {
                case 0: bytes.remove(at: random.integer(0...(bytes.count - 1)))
                case 1: bytes[random.integer(0...(bytes.count - 1))] = alphabet[random.integer(0...(alphabet.count - 1))]
                case 2:
                    let position = random.integer(1...(bytes.count - 1))
                    bytes.insert(contentsOf: Array(#""ownUse":true,"#.utf8), at: position)
                default:
                    let text = String(decoding: bytes, as: UTF8.self)
                    bytes = Array(
                        text.replacingOccurrences(
                            of: ["\"g\"", "\"mg\"", "false", "0", "\"use\""][random.integer(0...4)],
                            with: ["\"ml\"", "\"kg\"", "null", "-1", "\"use\",\"use\""][random.integer(0...4)]
                        ).utf8)
                }
                lines.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        return (lines, sampled)
    }()

    /// Runs `check` on every probe line a fast reader accepts (`read` gives what it built) with
    /// the line as the stream hands it out; the reader must take the well-formed generated
    /// lines, and some of the broken ones that are still valid.
    func forEachAcceptedLine<Built>(_ read: (ArraySlice<UInt8>) -> Built?, _ check: (Built, String, CaseStream.Raw) -> Void) {
        let (lines, sampled) = Self.probeLines
        var accepted = 0
        var acceptedSampled = 0
        for line in lines {
            let bytes = Array(line.utf8)
            guard let built = read(bytes[...]) else { continue }
            accepted += 1
            if sampled.contains(line) { acceptedSampled += 1 }
            var stream = CaseStream(bytes: bytes)
            let raws = stream.nextRaw(2)
            guard raws.count == 1 else {
                Issue.record("the fast reader accepted a line that is not one case: \(line)")
                continue
            }
            check(built, line, raws[0])
        }
        #expect(acceptedSampled >= 2970, "the fast path must take well-formed generated lines")
        #expect(accepted > acceptedSampled)
    }

    /// Whenever the fast parser accepts a line, the full decoder accepts it too (and the engine
    /// decides it under an explicitly chosen rule set, as compare and sweep do) and yields the
    /// same compact case.
    @Test func theFastParserNeverAcceptsWhatTheDecoderRejects() throws {
        let compiled = try #require(CompiledRuleBook(book: .builtIn))
        let reader = FastCaseReader(compiled: compiled, today: Self.today)
        let engine = Engine()
        forEachAcceptedLine(reader.compactCase) { fast, line, raw in
            guard case .success(let theCase) = engine.decode(raw.entry),
                case .success = engine.evaluate(theCase, ruleSet: "hr-2022", today: Self.today)
            else {
                Issue.record("fast path accepted a line the engine rejects: \(line)")
                return
            }
            #expect(CompactCase(theCase, compiled: compiled, today: Self.today) == fast, "\(line)")
        }
    }

    /// `evaluate`'s fast path: whenever the reader builds a case from a line, the decoder builds
    /// the same case from it, and the decision written is byte for byte the one the parser,
    /// decoder and engine write (errors included, for a date the selection rejects).
    @Test func theFastCaseReaderBuildsTheDecodersCase() throws {
        let compiled = try #require(CompiledRuleBook(book: .builtIn))
        let reader = FastCaseReader(compiled: compiled, today: Self.today)
        let engine = Engine()
        func written(_ result: Result<Decision, CaseErrors>) -> [UInt8] {
            switch result {
            case .success(let decision):
                var output = JSONOutput()
                decision.write(to: &output, language: .nb)
                return output.bytes
            case .failure(let errors): return JSONWriter.compactBytes(errors.json())
            }
        }
        forEachAcceptedLine(reader.fullCase) { fast, line, raw in
            guard case .success(let decoded) = engine.decode(raw.entry) else {
                Issue.record("the fast reader accepted a line the decoder rejects: \(line)")
                return
            }
            #expect(fast == decoded, "\(line)")
            #expect(
                written(engine.evaluate(raw, reader: reader, today: Self.today))
                    == written(engine.evaluate(raw.entry, today: Self.today).mapError { raw.located($0) }), "\(line)")
        }
    }

    /// Keys are matched where they stand and strings scanned eight bytes at a time: a key
    /// written with an escape, a key that only begins like a known one, and a character that
    /// needs a closer look beyond the first eight bytes of a string all leave the line to the
    /// decoder; spaces around the colon and long plain strings do not. A whole number in any
    /// form JSON allows is read; one out of range or not whole leaves the line to the decoder.
    @Test(arguments: [
        (#"{"id":"x","#, #"{"id" : "x","#, true),
        (#"{"id":"x","#, #"{"id":"a-long-plain-identifier-of-forty-bytes-0","#, true),
        (#"{"id":"x","#, #"{"\u0069d":"x","#, false),
        (#"{"id":"x","#, #"{"ids":"x","#, false),
        (#"{"id":"x","#, #"{"i":"x","#, false),
        (#"{"id":"x","#, #"{"id":"a-long-identifier-with-\"-after-16","#, false),
        (#"{"id":"x","#, #"{"id":"a-long-identifier-with-ø-after-16","#, false),
        (#"{"id":"x","#, "{\"id\":\"a-long-identifier-with-\u{7F}-after-16\",", false),
        // Where the string ends or a byte needs a closer look inside the first eight bytes, or
        // just at the edge of a word.
        (#"{"id":"x","#, #"{"id":"abcdefg","#, true),
        (#"{"id":"x","#, #"{"id":"abcdefgh","#, true),
        (#"{"id":"x","#, #"{"id":"abcdefghi","#, true),
        (#"{"id":"x","#, #"{"id":"","#, true),
        (#"{"id":"x","#, #"{"id":"ab"cd","#, false),
        (#"{"id":"x","#, "{\"id\":\"abc\tdefgh\",", false),
        (#"{"id":"x","#, #"{"id":"abcdefgø","#, false),
        (#""birthDate":"2001-02-03""#, #""birthDate":"2001-02-03x""#, false),
        (#""birthDate":"2001-02-03""#, #""birthDate":"2001-02-0""#, false),
        // Whole numbers: plain digits are read where they stand, every other form as a number.
        (#""birthDate":"2001-02-03""#, #""ageAtOffence":22"#, true),
        (#""birthDate":"2001-02-03""#, #""ageAtOffence": 22 "#, true),
        (#""birthDate":"2001-02-03""#, #""ageAtOffence":22.0"#, true),
        (#""birthDate":"2001-02-03""#, #""ageAtOffence":2.2e1"#, true),
        (#""birthDate":"2001-02-03""#, #""ageAtOffence":022"#, false),
        (#""birthDate":"2001-02-03""#, #""ageAtOffence":-22"#, false),
        (#""birthDate":"2001-02-03""#, #""ageAtOffence":1234567890"#, false),
        (#""birthDate":"2001-02-03""#, #""ageAtOffence":22.5"#, false),
        // Keys longer than eight bytes are compared eight bytes at a time, then byte by byte.
        (#""birthDate":"2001-02-03""#, #""birthDate":"2001-02-03","priorDrugReactions":0"#, true),
        (#""birthDate":"2001-02-03""#, #""birthDate":"2001-02-03","priorDrugReactionz":0"#, false),
        (#""birthDate":"2001-02-03""#, #""birthDate":"2001-02-03","priorDrogReactions":0"#, false),
        (#""birthDate":"2001-02-03""#, #""birthDate":"2001-02-03","priorDrugReaction":0"#, false),
    ])
    func knownKeysAndPlainStringsAreReadInPlace(original: String, replacement: String, accepted: Bool) throws {
        let compiled = try #require(CompiledRuleBook(book: .builtIn))
        let reader = FastCaseReader(compiled: compiled, today: Self.today)
        let template =
            #"{"id":"x","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"birthDate":"2001-02-03"},"#
            + #""acts":["possession"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}"#
        let line = template.replacingOccurrences(of: original, with: replacement)
        #expect(line != template || original == replacement)
        let fast = reader.compactCase(Array(line.utf8)[...])
        #expect((fast != nil) == accepted, "\(line)")
        if let fast {
            let theCase = try Engine().decode(CaseInput(bytes: Array(line.utf8)).entries[0]).get()
            #expect(CompactCase(theCase, compiled: compiled, today: Self.today) == fast)
        }
    }

    @Test func outcomeCodesMatchTheEnums() {
        #expect(Outcome.reactionSlots == Reaction.allCases.count + 1)
        #expect(Outcome.codes == Liability.allCases.count * Outcome.reactionSlots)
        #expect(Liability.allCases.map(\.ordinal) == Array(Liability.allCases.indices))
        #expect(Reaction.allCases.map(\.ordinal) == Array(Reaction.allCases.indices))
        #expect(Dependency.allCases.map(\.ordinal) == Array(Dependency.allCases.indices))
        for code in 0..<Outcome.codes { #expect(Outcome(code: code).code == code) }
    }

    /// Found by fuzzing rules files: a limit too large for fixed point was treated as unknown.
    @Test func aHugeLimitInARulesFileAgreesWithTheEngine() throws {
        let source = RuleBook.builtInSource(of: "nou-2019-26-mindretall")!
            .replacingOccurrences(of: #""id": "nou-2019-26-mindretall""#, with: #""id": "huge""#)
            .replacingOccurrences(
                of: #"{"substance": "cocaine", "unit": "g", "limit": 1,"#,
                with: #"{"substance": "cocaine", "unit": "g", "limit": 5e115,"#)
        let (book, _) = try RuleBook.builtIn.addingRulesFile(json: Array(source.utf8), source: "huge")
        let compiled = try #require(CompiledRuleBook(book: book))
        let theCase = try Engine(book: book).decode(
            CaseInput(
                bytes: Array(
                    #"{"offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cocaine","amount":20,"unit":"g"}]}"#
                        .utf8)
            ).entries[0]
        ).get()
        let decision = try Engine(book: book).evaluate(theCase, ruleSet: "huge", today: Self.today).get()
        #expect(decision.liability == .notPunishable)
        #expect(compiled.outcome(try #require(CompactCase(theCase, compiled: compiled, today: Self.today)), ruleSet: "huge") == Outcome(decision))
    }
}
