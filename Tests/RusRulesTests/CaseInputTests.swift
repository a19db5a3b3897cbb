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
