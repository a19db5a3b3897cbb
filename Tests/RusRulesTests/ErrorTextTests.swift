import Foundation
import Testing
@testable import RusRules

/// Errors in plain words (`ErrorText`): every code a case can get has a text in both languages,
/// and the Norwegian texts are Norwegian.
@Suite struct ErrorTextTests {
    /// Codes only rule data (`--rules-file`, `rusctl check`) can get: they are for the people who
    /// edit rule data and stay in the technical English of `rusctl check`.
    static let ruleDataCodes: Set<String> = [
        "duplicate-id", "exclusive-rules-fired", "incomplete", "invalid-id", "limit-differs-from-source", "limits-out-of-order", "out-of-order",
        "rule-conflict", "unknown-citation", "unknown-id", "unreachable-rule", "unreachable-tier", "unused-citation",
        "validity-gap", "validity-overlap",
    ]

    /// Every error code written in the library's sources.
    static let codesInSources: Set<String> = {
        let sources = Repository.root.appendingPathComponent("Sources/RusRules")
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        var codes = Set<String>()
        // However the call is laid out: `fail(` and its code may stand on different lines.
        let pattern = /(?:fail|record|failure)\(\s*"([a-z0-9-]+)"|code:\s*"([a-z0-9-]+)"/
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift"), let text = try? String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            else { continue }
            for match in text.matches(of: pattern) { codes.insert(String(match.1 ?? match.2 ?? "")) }
        }
        return codes
    }()

    @Test func everyCaseErrorCodeHasATextInBothLanguages() {
        let caseCodes = Self.codesInSources.subtracting(Self.ruleDataCodes).union(["invalid-utf8"])
        #expect(caseCodes.count > 20)
        for code in caseCodes.sorted() {
            guard let text = ErrorText.texts[code] else {
                Issue.record("error code \(code) has no plain text (ErrorText.texts)")
                continue
            }
            let error = InputError(code: code, pointer: .root, message: "")
            #expect(!text.nb(error).isEmpty && !text.en(error).isEmpty, "\(code)")
        }
    }

    /// English words that must not appear in a Norwegian error text, and the other way round.
    static let englishWords = [
        "expected", "found", "the ", " is ", " not ", "must", "required", "unknown", "missing",
        "line ", "column", "write", "number", "invalid", "field", " or ", "unexpected", "key",
    ]
    static let norwegianWords = ["ikke", "skriv", " må ", "feltet", "linje", "kolonne", "eller", "stoff ", "mengde", "fant"]

    /// Every error the fixtures expect, rendered in both languages from what the engine gives.
    @Test func everyFixtureErrorReadsInTheLanguageAsked() throws {
        var rendered = 0
        for name in Repository.fixtureFiles {
            let fixture = try Repository.fixture(name)
            var stream = CaseStream(bytes: fixture.input)
            for entry in stream.nextAll() {
                guard case .failure(let errors) = Engine().evaluate(entry, ruleSet: fixture.rules, today: fixture.today) else { continue }
                for error in errors.errors {
                    let norwegian = ErrorText.plain(error, .nb).lowercased()
                    let english = ErrorText.plain(error, .en).lowercased()
                    // Words quoted from the input («…», "…") are the user's own.
                    let ownWords = /«[^»]*»|"[^"]*"|'[^']*'/
                    let plainNorwegian = norwegian.replacing(ownWords, with: "")
                    let plainEnglish = english.replacing(ownWords, with: "")
                    for word in Self.englishWords where plainNorwegian.contains(word) {
                        Issue.record("\(name): English «\(word)» in «\(norwegian)»")
                    }
                    for word in Self.norwegianWords where plainEnglish.contains(word) {
                        Issue.record("\(name): Norwegian «\(word)» in «\(english)»")
                    }
                    rendered += 1
                }
            }
        }
        #expect(rendered > 100)
    }

    @Test func aFieldIsNamedAsAPersonWouldCountingFromOne() {
        let error = InputError(
            code: "wrong-type", pointer: JSONPointer("/substances/0/amount")!, message: "",
            details: ["expected": "number", "found": "string"])
        #expect(ErrorText.plain(error, .nb) == "Stoff nr. 1, mengde: skriv et tall uten anførselstegn, for eksempel 4.5 (fant tekst i anførselstegn).")
        #expect(ErrorText.plain(error, .en) == "Substance no. 1, amount: write a number without quotes, for example 4.5 (found text in quotes).")
    }
}
