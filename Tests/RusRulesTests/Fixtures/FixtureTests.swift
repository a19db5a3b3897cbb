import Foundation
import Testing
@testable import RusRules

/// Every fixture in `Fixtures/` is decided as it expects (the same check as `rusctl test`).
@Suite struct FixtureTests {
    @Test func thereAreEnoughFixtures() {
        #expect(Repository.fixtureFiles.count >= 60)
    }

    @Test(arguments: Repository.fixtureFiles)
    func fixturePasses(_ name: String) throws {
        let fixture = try Repository.fixture(name)
        let failures = fixture.check(with: Engine())
        #expect(failures.isEmpty, "\(name): \(fixture.note)\n\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// OPA pins the message of every expected error; so do we: a changed error text is a
    /// decision a user sees, and must show up in review.
    @Test(arguments: Repository.fixtureFiles)
    func everyExpectedErrorPinsItsMessage(_ name: String) throws {
        let data = try Data(contentsOf: Repository.fixtures.appendingPathComponent(name))
        let value = try #require(JSONParser.parse(Array(data)).value)
        var expected = value["wantErrors"]?.arrayValue ?? []
        for entry in value["wantBatch"]?.arrayValue ?? [] { expected += entry["errors"]?.arrayValue ?? [] }
        for error in expected {
            #expect(error["message"]?.stringValue != nil, "\(name): \(error["code"]?.stringValue ?? "?") without its message")
        }
    }

    @Test func aWrongExpectationFailsAtItsPath() throws {
        let text = """
            { "note": "wrong on purpose", "case": { "offenceDate": "2023-03-14", "decisionDate": "2023-05-02",
              "person": { "ageAtOffence": 30 }, "acts": ["use"], "substances": [{ "substance": "cannabis", "amount": 2, "unit": "g" }] },
              "want": { "recommended": "pataleunnlatelse", "options": { "forelegg": "excluded" } } }
            """
        let failures = try Fixture(name: "wrong", bytes: Array(text.utf8)).check(with: Engine())
        #expect(failures.map(\.path) == ["/recommended", "/options/forelegg/status"])
        #expect(failures.first?.expected == "\"pataleunnlatelse\"")
        #expect(failures.first?.actual == "\"forelegg\"")
    }

    @Test func anExpectedErrorThatDoesNotComeFails() throws {
        let text = """
            { "note": "no error comes", "case": { "offenceDate": "2023-03-14", "person": { "ageAtOffence": 30 },
              "acts": ["use"], "substances": [{ "substance": "cannabis" }] },
              "wantErrors": [{ "code": "unit-mismatch", "pointer": "/substances/0/unit" }] }
            """
        let failures = try Fixture(name: "no-error", bytes: Array(text.utf8)).check(with: Engine())
        #expect(failures.count == 1)
        #expect(failures.first?.expected == "errors")
    }

    @Test func aFixtureWithATypoIsRejected() {
        let text = #"{ "note": "typo", "case": {}, "wnat": {} }"#
        #expect(throws: RuleDataError.self) { try Fixture(name: "typo", bytes: Array(text.utf8)) }
    }
}
