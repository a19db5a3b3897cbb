import Testing
@testable import RusRules

/// contract.md "Batch": one object, an array or NDJSON; every case once, in order.
@Suite struct CaseInputTests {
    static let valid = #"{"id":"ID","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["use"],"substances":[{"substance":"cannabis"}]}"#

    func ids(_ input: CaseInput) -> [String] {
        input.entries.map { entry in
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

    @Test func emptyInputIsOneInvalidCase() {
        #expect(ids(CaseInput(bytes: [])) == ["error:invalid-json"])
        #expect(ids(CaseInput(bytes: Array("  \n ".utf8))) == ["error:invalid-json"])
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

    @Test func aPrettyPrintedObjectIsOneCase() {
        let pretty = JSONWriter.pretty(JSONParser.parse(Self.valid).value!)
        let (shape, results) = drain(pretty, chunk: 10)
        #expect(shape == .single)
        #expect(results == ["ID"])
    }

    @Test func oneLineIsASingleCaseAndEmptyInputIsAnError() {
        #expect(drain(Self.valid + "\n\n", chunk: 4).shape == .single)
        #expect(drain("", chunk: 4).results.count == 1)
        #expect(drain("[\n" + withID("a"), chunk: 4).results.last?.hasPrefix("error:") == true)
    }
}
