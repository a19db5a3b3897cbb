import Foundation
import Testing
@testable import RusRules

/// The case declared once (``CaseDeclaration``): a field added in one place is found by every
/// reader of a case — the decoder, the schema, the template, the interview, the error texts —
/// and the fast reader gives a case with it to the decoder. This is also the recipe «Add a case
/// field» in docs/CONTRIBUTING.md, walked.
@Suite struct CaseDeclarationTests {
    /// A fact the coming law might bring: where the police met the person.
    static let municipality = CaseField(
        key: "municipality", place: .case, kind: .text, name: LocalizedText(nb: "kommune", en: "municipality"),
        help: LocalizedText(nb: "Kommunen der forholdet ble avdekket", en: "The municipality where the act was found"),
        question: LocalizedText(nb: "Kommune", en: "Municipality"), example: #""Bodø""#)
    /// And a number on the person.
    static let earlierWarnings = CaseField(
        key: "earlierWarnings", place: .person, kind: .wholeNumber(0...20), name: LocalizedText(nb: "tidligere advarsler", en: "earlier warnings"),
        help: LocalizedText(nb: "Tidligere advarsler, 0 til 20", en: "Earlier warnings, 0 to 20"),
        question: LocalizedText(nb: "Tidligere advarsler", en: "Earlier warnings"), example: "1")
    static let declaration = CaseDeclaration(fields: CaseDeclaration.standard.fields + [municipality, earlierWarnings])
    static let book = RuleBook.builtIn

    static let withFields = """
        {"offenceDate":"2024-03-01","decisionDate":"2024-05-01","municipality":"Bodø",
         "person":{"ageAtOffence":30,"earlierWarnings":2},"acts":["use"],
         "substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}
        """

    @Test func theDecoderAcceptsChecksAndKeepsAnAddedField() throws {
        let decoder = CaseDecoder(vocabulary: Self.book.vocabulary, declaration: Self.declaration)
        let theCase = try decoder.decode(JSONParser.parse(Array(Self.withFields.utf8)).value!).get()
        #expect(theCase.declaredFacts["municipality"] == .string("Bodø"))
        #expect(theCase.declaredFacts["earlierWarnings"] == .number(JSONNumber(2)))
        // Out of its declared range: an error at its pointer.
        let tooMany = Self.withFields.replacingOccurrences(of: #""earlierWarnings":2"#, with: #""earlierWarnings":21"#)
        let errors = try #require(decoder.decode(JSONParser.parse(Array(tooMany.utf8)).value!).failure)
        #expect(errors.errors.map(\.code) == ["out-of-range"])
        #expect(errors.errors[0].pointer.description == "/person/earlierWarnings")
        // Unknown to the standard declaration: still a typo, never silently ignored.
        let standard = CaseDecoder(vocabulary: Self.book.vocabulary).decode(JSONParser.parse(Array(Self.withFields.utf8)).value!)
        #expect(standard.failure?.errors.map(\.code) == ["unknown-key", "unknown-key"])
    }

    @Test func theSchemaTheTemplateAndTheErrorTextsNameIt() throws {
        let schema = JSONSchemas.caseSchema(vocabulary: Self.book.vocabulary, declaration: Self.declaration)
        #expect(schema["properties"]?["municipality"]?["type"]?.stringValue == "string")
        #expect(schema["properties"]?["person"]?["properties"]?["earlierWarnings"]?["maximum"] == .number(JSONNumber(20)))
        for language in Language.allCases {
            let template = CaseTemplate.text(
                vocabulary: Self.book.vocabulary, language: language, today: LegalDate("2026-11-30")!,
                declaration: Self.declaration)
            #expect(template.contains(#""municipality": "Bodø""#))
            #expect(template.contains(Self.municipality.help.text(language)))
            #expect(template.contains(#""earlierWarnings": 1"#))
        }
        let error = InputError(
            code: .outOfRange, pointer: JSONPointer("/person/earlierWarnings")!, message: "",
            details: ["value": "21", "min": "0", "max": "20"])
        #expect(ErrorText.plain(error, .nb, declaration: Self.declaration).hasPrefix("Tidligere advarsler: "))
        #expect(ErrorText.plain(error, .en, declaration: Self.declaration).hasPrefix("Earlier warnings: "))
    }

    @Test func theInterviewAsksForItAndSavesIt() throws {
        var interview = CaseInterview(
            vocabulary: Self.book.vocabulary, language: .nb, today: LegalDate("2024-05-01")!,
            declaration: Self.declaration)
        for answer in ["", "01.03.2024", "", "30", "nei", "0", "", "bruk", "ja", "hasj", "2 g", "nei", "nei"] {
            #expect(interview.answer(answer) == .accepted, "\(answer)")
        }
        #expect(interview.question?.text == "Kommune")
        #expect(interview.answer("Bodø") == .accepted)
        #expect(interview.question?.text == "Tidligere advarsler")
        guard case .rejected = interview.answer("21") else { Issue.record("21 is out of range"); return }
        #expect(interview.answer("2") == .accepted)
        let saved = try #require(interview.caseJSON)
        #expect(saved["municipality"]?.stringValue == "Bodø")
        #expect(saved["person"]?["earlierWarnings"] == .number(JSONNumber(2)))
    }

    /// The fast reader reads the fields it knows and gives any other to the decoder: the case is
    /// decided either way, the same as without the added field.
    @Test func theFastReaderGivesTheCaseToTheDecoder() throws {
        let compiled = try #require(CompiledRuleBook(book: Self.book))
        let reader = FastCaseReader(compiled: compiled, today: LegalDate("2024-05-01")!)
        #expect(reader.fullCase(Array(Self.withFields.utf8)[...]) == nil)
        let without = """
            {"offenceDate":"2024-03-01","decisionDate":"2024-05-01","person":{"ageAtOffence":30},"acts":["use"],
             "substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}
            """
        #expect(reader.fullCase(Array(without.utf8)[...]) != nil)
        // Every standard field is read by the fast reader itself.
        let every = """
            {"id":"a","offenceDate":"2024-03-01","decisionDate":"2024-05-01","person":{"birthDate":"1990-01-01","ageAtOffence":34,
             "dependent":false,"priorDrugReactions":0,"consent":true,"guardianConsent":true},"acts":["use"],"ownUse":true,
             "substances":[{"substance":"cannabis","amount":2,"unit":"g"}],"otherOffences":false}
            """
        #expect(reader.fullCase(Array(every.utf8)[...]) != nil)
        let keys = Set(CaseDeclaration.standard.fields.map(\.key))
        for key in keys { #expect(every.contains("\"\(key)\""), "\(key) is declared but not in the fast reader's test case") }
    }

    /// Consent questions follow the declaration's «when asked»: none for a child under 15, the
    /// guardian's only for a minor.
    @Test(arguments: [(14, false, false), (16, true, true), (30, true, false)])
    func consentIsAskedOnlyWhereItCounts(age: Int, consent: Bool, guardian: Bool) {
        var interview = CaseInterview(vocabulary: Self.book.vocabulary, language: .nb, today: LegalDate("2024-05-01")!)
        var asked: [String] = []
        for answer in ["", "01.03.2024", "", "\(age)", "nei", "0", "", "", "bruk"] {
            asked.append(interview.question?.text ?? "")
            _ = interview.answer(answer)
        }
        #expect(asked.contains("Samtykker personen til reaksjonen?") == consent)
        #expect(asked.contains("Samtykker vergen?") == guardian)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
