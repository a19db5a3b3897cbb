import Testing
@testable import RusRules

/// contract.md "Batch": one object, an array or NDJSON; every case once, in order.
@Suite struct CaseInputTests {
    static let valid =
        #"{"id":"ID","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"cannabis"}]}"#

    func ids(_ input: CaseInput) -> [String] { idsOf(input.entries) }

    func idsOf(_ entries: [CaseInput.Entry]) -> [String] {
        entries.map { entry in
            switch Engine().evaluate(entry, today: LegalDate("2024-01-01")!) {
            case .success(let decision): "ok:" + (decision.id ?? "-")
            case .failure(let errors): "error:" + (errors.errors.first?.code ?? "?")
            }
        }
    }

    @Test func oneObjectIsASingleCase() {
        let input = CaseInput(bytes: Array(Self.valid.utf8))
        #expect(input.shape == .single)
        #expect(ids(input) == ["ok:ID"])
    }

    @Test func ndjsonKeepsOrderAndPutsBrokenLinesInPlace() {
        let lines = [
            Self.valid.replacingOccurrences(of: "\"ID\"", with: "\"a\""),
            #"{"id": "b", "offenceDate": "#,
            "",
            Self.valid.replacingOccurrences(of: "\"ID\"", with: "\"c\"").replacingOccurrences(of: "cannabis", with: "tea"),
            Self.valid.replacingOccurrences(of: "\"ID\"", with: "\"d\""),
        ]
        let input = CaseInput(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(input.shape == .batch)
        #expect(ids(input) == ["ok:a", "error:invalid-json", "error:unknown-substance", "ok:d"])
        if case .invalid(let errors) = input.entries[1] {
            #expect(errors.errors.first?.message.hasPrefix("line 2,") == true)
        }
    }

    @Test func anArrayIsABatchAndParserProblemsAreReRootedAtTheirCase() {
        let duplicate = Self.valid.replacingOccurrences(of: #""acts":["use"]"#, with: #""acts":["use"],"acts":["use"]"#)
        let input = CaseInput(bytes: Array("[\(Self.valid),\(duplicate)]".utf8))
        #expect(input.shape == .batch)
        #expect(ids(input) == ["ok:ID", "error:duplicate-key"])
        if case .value(_, let issues) = input.entries[1] {
            #expect(issues.map(\.pointer.description) == ["/acts"])
        }
    }

    @Test func duplicateKeysAreReportedTogetherWithDecoderErrors() {
        let text = #"{"offenceDate":"2023-03-14","offenceDate":"2023-03-15","person":{},"acts":["use"],"substances":[{"substance":"cannabis"}]}"#
        guard case .failure(let errors) = decide(text) else { Issue.record("expected errors"); return }
        #expect(errors.errors.map(\.code) == ["duplicate-key", "missing-field"])
    }

    /// An empty input, or blanks alone, is no case, as `[]` is: nothing to decide, nothing lost.
    @Test func emptyInputIsNoCase() {
        #expect(ids(CaseInput(bytes: [])).isEmpty)
        #expect(ids(CaseInput(bytes: Array("  \n\t \n".utf8))).isEmpty)
    }
}

/// The streaming reader must give exactly what reading the whole input gives, in order, whatever
/// the chunk size.
@Suite struct CaseStreamTests {
    static let valid = CaseInputTests.valid

    func drain(_ text: String, chunk: Int) -> (shape: CaseInput.Shape, results: [String]) {
        let bytes = Array(text.utf8)
        var offset = 0
        var stream = CaseStream(read: {
            guard offset < bytes.count else { return nil }
            defer { offset += chunk }
            return Array(bytes[offset..<min(offset + chunk, bytes.count)])
        })
        var results: [String] = []
        while true {
            let batch = stream.next(3)
            if batch.isEmpty { break }
            for entry in batch {
                switch entry {
                case .value(let value, let issues): results.append((value["id"]?.stringValue ?? "?") + (issues.isEmpty ? "" : "!"))
                case .invalid(let errors): results.append("error:" + (errors.errors.first?.message ?? ""))
                }
            }
        }
        return (stream.shape, results)
    }

    func withID(_ id: String) -> String { Self.valid.replacingOccurrences(of: "\"ID\"", with: "\"\(id)\"") }

    @Test(arguments: [1, 7, 64, 100_000])
    func ndjsonInOrderWithBrokenLinesInPlace(chunk: Int) {
        let text = [withID("a"), "", "{broken", withID("c"), withID("d")].joined(separator: "\n") + "\n"
        let (shape, results) = drain(text, chunk: chunk)
        #expect(shape == .batch)
        #expect(results.count == 4)
        #expect(results[0] == "a" && results[2] == "c" && results[3] == "d")
        #expect(results[1].hasPrefix("error:line 3,"))
    }

    @Test(arguments: [1, 5, 100_000])
    func arraysElementByElement(chunk: Int) {
        let text = "[\n" + [withID("a"), withID("b,]\\\"x"), #"{"id": "c", "nested": [1, {"x": "]"}]}"#].joined(separator: ",\n") + "\n]"
        let (shape, results) = drain(text, chunk: chunk)
        #expect(shape == .batch)
        #expect(results == ["a", "b,]\"x", "c"])
    }

    /// A pipe hands out a few kilobytes a read. The lines of a batch must still share a few
    /// full 1 MB buffers: one buffer per small read kept hundreds alive (100 MB peak from a pipe).
    @Test func smallReadsStillFillEachBuffer() {
        let line = withID("x")
        let bytes = Array(Array(repeating: line, count: 8_000).joined(separator: "\n").utf8)
        var offset = 0
        var stream = CaseStream(read: {
            guard offset < bytes.count else { return nil }
            defer { offset += 4096 }
            return Array(bytes[offset..<min(offset + 4096, bytes.count)])
        })
        var lines = 0
        var buffers = Set<UInt>()
        while true {
            let batch = stream.nextRaw(4096)
            if batch.isEmpty { break }
            for slice in batch.compactMap(\.lineBytes) {
                lines += 1
                // The address of element 0 of the array the line is a slice of: its buffer.
                buffers.insert(slice.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress! - slice.startIndex) })
            }
        }
        #expect(lines == 8_000)
        #expect(buffers.count <= bytes.count / CaseStream.chunkSize + 2, "\(buffers.count) buffers for \(bytes.count) bytes")
    }

    @Test func contentAfterAnArrayIsAnErrorNotIgnored() {
        #expect(drain("[] x", chunk: 2).results.count == 1)
        let (_, results) = drain("[" + withID("a") + ",\n" + withID("b") + "] x", chunk: 3)
        #expect(results.count == 3)
        #expect(results[0] == "a" && results[1] == "b")
        #expect(results[2].hasPrefix("error:line 2, column \(withID("b").count + 3): unexpected content after the array"))
        #expect(drain("[" + withID("a") + "]  \n", chunk: 3).results == ["a"])
    }

    /// An array on one line followed by more lines is NDJSON whose first line is not a case:
    /// the lines after it are read as cases, never as "content after the array".
    @Test func aOneLineArrayFollowedByLinesIsNDJSON() {
        let (shape, results) = drain("[" + withID("a") + "]\n" + withID("b"), chunk: 3)
        #expect(shape == .batch)
        #expect(results == ["?", "b"])
    }

    /// Every fixture's input, read a few bytes at a time, gives exactly what reading it at once
    /// gives: the shape does not depend on how the bytes arrive (a pipe, a file).
    @Test(arguments: [1, 3, 64])
    func everyFixtureReadsTheSameInAnyChunks(chunk: Int) throws {
        func render(_ entries: [CaseInput.Entry]) -> [String] {
            entries.map { entry in
                switch entry {
                case .value(let value, let issues): JSONWriter.compact(value) + issues.map(\.description).joined()
                case .invalid(let errors): JSONWriter.compact(errors.json())
                }
            }
        }
        for name in Repository.fixtureFiles {
            let bytes = try Repository.fixture(name).input
            var whole = CaseStream(bytes: bytes)
            var offset = 0
            var chunked = CaseStream(read: {
                guard offset < bytes.count else { return nil }
                defer { offset += chunk }
                return Array(bytes[offset..<min(offset + chunk, bytes.count)])
            })
            #expect(render(chunked.nextAll()) == render(whole.nextAll()), "\(name)")
            #expect(chunked.shape == whole.shape, "\(name)")
        }
    }

    /// A first line longer than any case costs only itself, whatever follows.
    @Test func aHugeFirstLineCostsOnlyItself() {
        let huge = #"{"id":""# + String(repeating: "x", count: 3 << 20) + #"""#  // not even closed
        let (shape, results) = drain([huge, withID("a"), withID("b")].joined(separator: "\n"), chunk: 100_000)
        #expect(shape == .batch)
        #expect(results.count == 3 && results[0].hasPrefix("error:line 1 is larger than") && results[1...] == ["a", "b"])
    }

    @Test func aPrettyPrintedObjectIsOneCase() {
        let pretty = JSONWriter.pretty(JSONParser.parse(Self.valid).value!)
        let (shape, results) = drain(pretty, chunk: 10)
        #expect(shape == .single)
        #expect(results == ["ID"])
    }

    @Test func oneLineIsASingleCaseAndEmptyInputIsNoCase() {
        #expect(drain(Self.valid + "\n\n", chunk: 4).shape == .single)
        #expect(drain("", chunk: 4).results.isEmpty)
        #expect(drain("[\n" + withID("a"), chunk: 4).results.last?.hasPrefix("error:") == true)
    }
}

/// The stated limits (README "Limits"), enforced with clear errors.
@Suite struct LimitTests {
    static let valid = CaseInputTests.valid

    func codes(_ text: [UInt8]) -> [String] {
        var stream = CaseStream(bytes: text)
        return stream.nextAll().map { entry in
            switch Engine().evaluate(entry, today: LegalDate("2024-01-01")!) {
            case .success: "ok"
            case .failure(let errors): errors.errors.first?.code ?? "?"
            }
        }
    }

    @Test func aTenMegabyteLineIsTooLargeInItsPlace() {
        let huge = #"{"id":""# + String(repeating: "x", count: 10 << 20) + #""}"#
        let text = [Self.valid, huge, Self.valid].joined(separator: "\n")
        #expect(codes(Array(text.utf8)) == ["ok", "too-large", "ok"])
    }

    @Test func aHugeArrayElementIsTooLargeAndTheRestIsRead() {
        let huge = #"{"id":""# + String(repeating: "[", count: 1) + String(repeating: "y", count: 3 << 20) + #""}"#
        let text = "[" + [Self.valid, huge, Self.valid].joined(separator: ",") + "]"
        #expect(codes(Array(text.utf8)) == ["ok", "too-large", "ok"])
    }

    @Test func aMultiLineDocumentOverTheLimitIsOneError() {
        let text = "{\n\"id\": \"" + String(repeating: "z", count: 2 << 20) + "\"\n}"
        #expect(codes(Array(text.utf8)) == ["too-large"])
    }

    /// A valid case padded (in its id) to exactly `bytes` bytes.
    func padded(to bytes: Int) -> String {
        let base = Self.valid.replacingOccurrences(of: #""id":"ID""#, with: #""id":"""#)
        return base.replacingOccurrences(of: #""id":"""#, with: #""id":""# + String(repeating: "x", count: bytes - base.utf8.count) + "\"")
    }

    /// Each stated limit, just under and just over (README "Limits").
    @Test func aLineOrElementOfExactlyTheLimitIsReadAndOneMoreByteIsNot() {
        let limit = CaseStream.maximumCaseBytes
        let (atLimit, over) = (padded(to: limit), padded(to: limit + 1))
        #expect(atLimit.utf8.count == limit && over.utf8.count == limit + 1)
        #expect(codes(Array([Self.valid, atLimit, over, Self.valid].joined(separator: "\n").utf8)) == ["ok", "ok", "too-large", "ok"])
        #expect(
            codes(Array(("[" + [Self.valid, atLimit, over, Self.valid].joined(separator: ",") + "]").utf8))
                == ["ok", "ok", "too-large", "ok"])
    }

    @Test func aDocumentOfExactlyTheLimitIsReadAndOneMoreByteIsNot() {
        let limit = CaseStream.maximumCaseBytes
        let pretty = "{\n" + String(padded(to: limit - 1).dropFirst())
        #expect(pretty.utf8.count == limit)
        #expect(codes(Array(pretty.utf8)) == ["ok"])
        #expect(codes(Array((pretty + " ").utf8)) == ["too-large"])
    }

    @Test func anObjectOfExactlyTheKeyLimitIsReadAndOneMoreKeyIsNot() {
        func object(keys: Int) -> JSONParser.Result {
            JSONParser.parse("{" + (0..<keys).map { "\"k\($0)\":1" }.joined(separator: ",") + "}")
        }
        #expect(object(keys: JSONParser.maximumKeys).value?.objectValue?.members.count == JSONParser.maximumKeys)
        let over = object(keys: JSONParser.maximumKeys + 1)
        #expect(over.value == nil)
        #expect(over.issues.map(\.code) == [.tooMany])
    }

    @Test func aCaseListsAtMostTheErrorLimitThenHowManyMore() {
        func errors(unknownKeys count: Int) -> [InputError] {
            let keys = (0..<count).map { ",\"x\($0)\":1" }.joined()
            let text = Self.valid.dropLast() + keys + "}"
            guard case .failure(let errors) = Engine().evaluate(CaseInput(bytes: Array(text.utf8)).entries[0], today: LegalDate("2024-01-01")!)
            else { return [] }
            return errors.errors
        }
        let atLimit = errors(unknownKeys: CaseErrors.maximumErrors)
        #expect(atLimit.count == CaseErrors.maximumErrors && atLimit.allSatisfy { $0.code == "unknown-key" })
        let over = errors(unknownKeys: CaseErrors.maximumErrors + 1)
        #expect(over.count == CaseErrors.maximumErrors)
        #expect(over.last?.code == "more-errors")
        #expect(over.last?.message == "and 2 more errors in this case, not listed; correct these first")
    }

    @Test func aRulesFileOverTheLimitIsRejected() {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: RuleBook.maximumRuleFileBytes + 1)
        #expect(throws: RuleDataError.self) { try RuleBook.builtIn.addingRulesFile(json: bytes, source: "big") }
    }
}

/// contract.md "Batch", as properties over generated files mixing valid, invalid and blank lines.
@Suite struct BatchPropertyTests {
    @Test(arguments: [11, 12, 13])
    func everyCaseOnceInOrderDecidedAsAlone(seed: UInt64) throws {
        var sampler = CaseSampler(seed: seed)
        var random = SplitMix64(seed: seed)
        var lines: [String] = []
        for _ in 0..<400 {
            var line = JSONWriter.compact(sampler.next())
            switch random.integer(0...9) {
            case 0: line = String(line.dropLast(random.integer(1...30)))  // truncated
            case 1: line = line.replacingOccurrences(of: "\"g\"", with: "\"gramm\"")  // unknown unit
            case 2: lines.append("   ")  // a blank line: not a case
            default: break
            }
            lines.append(line)
        }
        let text = lines.joined(separator: "\n")
        let engine = Engine()
        let today = LegalDate("2024-01-01")!
        func run() -> [String] {
            var stream = CaseStream(bytes: Array(text.utf8))
            var raws: [CaseStream.Raw] = []
            while case let batch = stream.nextRaw(64), !batch.isEmpty { raws += batch }
            return raws.map { raw in
                switch engine.evaluate(raw, reader: nil, today: today) {
                case .success(let decision): JSONWriter.compact(decision.json(language: .en))
                case .failure(let errors): JSONWriter.compact(errors.json())
                }
            }
        }
        let results = run()
        let cases = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(results.count == cases.count)
        #expect(results == run(), "the output must be the same on every run")
        let lineNumbers = lines.indices.filter { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }.map { $0 + 1 }
        for (index, (line, result)) in zip(cases, results).enumerated() {
            let alone = engine.evaluate(CaseInput(bytes: Array(line.utf8)).entries[0], today: today)
            let expected =
                switch alone {
                case .success(let decision): JSONWriter.compact(decision.json(language: .en))
                // In the batch the error carries the case's place: its index and line (blank lines not counted as cases).
                case .failure(let errors): JSONWriter.compact(errors.located(CaseLocation(index: index, line: lineNumbers[index])).json())
                }
            if case .failure = alone {
                let parsed = try #require(JSONParser.parse(result).value)
                #expect(parsed["index"] == .number(JSONNumber(index)) && parsed["line"] == .number(JSONNumber(lineNumbers[index])))
            }
            // Errors about a line of a batch name its line number, and errors about a value its
            // column (JSONLocatorTests holds those); compare without them.
            let strip = { (text: String) in
                text.replacingOccurrences(of: #"line \d+, |"line":\d+|,"column":\d+"#, with: "", options: .regularExpression)
            }
            #expect(strip(result) == strip(expected))
        }
        #expect(results.contains { $0.contains(#""error":"#) } && results.contains { !$0.contains(#""error":"#) })
    }
}
