import Foundation
import Testing
@testable import RusRules

/// Errors in plain words (`ErrorText`): every code a case can get has a text in both languages,
/// and the Norwegian texts are Norwegian.
@Suite struct ErrorTextTests {
    /// Every code a case can get has its text in both languages — the compiler asks for it (an
    /// exhaustive switch over ``ErrorCode``); this checks that none is empty. Rule-data codes
    /// stay in the technical English of `rusctl check`.
    @Test func everyCaseErrorCodeHasATextInBothLanguages() {
        let caseCodes = ErrorCode.allCases.filter(\.isCaseError)
        #expect(caseCodes.count > 20)
        for code in caseCodes {
            guard let text = ErrorText.template(code) else {
                Issue.record("error code \(code.rawValue) has no plain text (ErrorText.template)")
                continue
            }
            let error = InputError(code: code, pointer: .root, message: "")
            #expect(!text.nb(error).isEmpty && !text.en(error).isEmpty, "\(code.rawValue)")
        }
        #expect(ErrorCode.allCases.filter { !$0.isCaseError }.allSatisfy { ErrorText.template($0) == nil })
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

    /// A date in an error text is written as the reader writes dates, not as JSON does.
    @Test func aDateInAnErrorReadsAsAReaderWritesIt() throws {
        let text =
            #"{"offenceDate":"2013-03-01","decisionDate":"2014-06-30","person":{"ageAtOffence":20},"acts":["use"],"substances":[{"substance":"cannabis"}]}"#
        var stream = CaseStream(bytes: Array(text.utf8))
        let entry = try #require(stream.nextAll().first)
        guard case .failure(let errors) = Engine().evaluate(entry, today: LegalDate(year: 2024, month: 1, day: 1)!) else {
            Issue.record("a decision date before the first practice must be an error")
            return
        }
        let error = try #require(errors.errors.first)
        #expect(error.code == ErrorCode.noRuleSet.rawValue)
        #expect(ErrorText.plain(error, .nb).hasSuffix("(fra 01.07.2014)."))
        #expect(ErrorText.plain(error, .en).hasSuffix("(from 1 July 2014)."))
    }

    /// A date written YYYY-MM-DD that the calendar does not have is called just that, with what
    /// is wrong with it; a date in another form is shown the form.
    @Test func aDateThatDoesNotExistIsCalledThat() throws {
        let text =
            #"{"offenceDate":"2024-02-30","decisionDate":"14.03.2024","person":{"ageAtOffence":20},"acts":["use"],"substances":[{"substance":"cannabis"}]}"#
        var stream = CaseStream(bytes: Array(text.utf8))
        let entry = try #require(stream.nextAll().first)
        guard case .failure(let errors) = Engine().evaluate(entry, today: LegalDate(year: 2024, month: 5, day: 1)!) else {
            Issue.record("30 February must be an error")
            return
        }
        let texts = errors.errors.map { ($0.pointer, ErrorText.plain($0, .nb), ErrorText.plain($0, .en)) }
        #expect(texts.count == 2)
        #expect(texts.first?.0 == JSONPointer("/offenceDate"))
        #expect(texts.first?.1 == "Gjerningsdato: «2024-02-30» er ikke en dato som finnes: februar 2024 har 29 dager.")
        #expect(texts.first?.2 == "Offence date: \"2024-02-30\" is not a date that exists: February 2024 has 29 days.")
        #expect(texts.last?.1 == "Avgjørelsesdato: «14.03.2024» er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv «2024-03-14».")
    }

    @Test func aFieldIsNamedAsAPersonWouldCountingFromOne() {
        let error = InputError(
            code: .wrongType, pointer: JSONPointer("/substances/0/amount")!, message: "",
            details: ["expected": "number", "found": "string"])
        #expect(ErrorText.plain(error, .nb) == "Stoff nr. 1, mengde: skriv et tall uten anførselstegn, for eksempel 4.5 (fant tekst i anførselstegn).")
        #expect(ErrorText.plain(error, .en) == "Substance no. 1, amount: write a number without quotes, for example 4.5 (found text in quotes).")
        // A whole number's example is the field's own: no one has 17 earlier drug reactions.
        let prior = InputError(
            code: .wrongType, pointer: JSONPointer("/person/priorDrugReactions")!, message: "",
            details: ["expected": "whole-number", "found": "1.5"])
        #expect(ErrorText.plain(prior, .nb) == "Tidligere narkotikareaksjoner: skriv et helt tall uten anførselstegn, for eksempel 0 (fant «1.5»).")
    }

    /// A key written as a person would name the field, or cut short, is answered with the key
    /// it means; a key that means nothing is answered with the keys that may stand there.
    @Test(arguments: [
        (#""person":{"age":30}"#, "/person/age", "ageAtOffence"),
        (#""person":{"alder":30}"#, "/person/alder", "ageAtOffence"),
        (#""person":{"Fødselsdato":"1990-01-01"}"#, "/person/Fødselsdato", "birthDate"),
        (#""person":{"date of birth":"1990-01-01"}"#, "/person/date of birth", "birthDate"),
        (#""person":{"birth_date":"1990-01-01"}"#, "/person/birth_date", "birthDate"),
        (#""person":{"ageAtOffence":30,"samtykke":true}"#, "/person/samtykke", "consent"),
        (#""person":{"ageAtOffence":30},"gjerningsdato":"2026-03-01""#, "/gjerningsdato", "offenceDate"),
        (#""person":{"ageAtOffence":30},"stoffer":[]"#, "/stoffer", "substances"),
    ])
    func aKeyNamedAsAPersonWouldIsAnsweredWithItsKey(member: String, pointer: String, meant: String) throws {
        let json = #"{"offenceDate":"2026-03-01","acts":["use"],"substances":[{"substance":"heroin"}],"# + member + "}"
        let errors = try Self.errors(json)
        let error = try #require(errors.first { $0.pointer.description == pointer })
        #expect(error.errorCode == .unknownKey)
        #expect(ErrorText.plain(error, .nb).hasSuffix("Mente du «\(meant)»?"))
        #expect(ErrorText.plain(error, .en).hasSuffix("Did you mean \"\(meant)\"?"))
    }

    /// A substance the tool does not know is answered with the one meant, where a slip or a
    /// beginning shows it, and otherwise with the substances one may write.
    @Test(arguments: [
        ("meth", " Mente du «metamfetamin»?"), ("kokian", " Mente du «kokain»?"), ("amfetam", " Mente du «amfetamin»?"),
        ("xyz", " Skriv ett av disse: heroin, kokain, amfetamin, metamfetamin, ghb, lsd, mdma, hasj, sopp, khat eller legemidler."),
        ("met", " Skriv ett av disse: heroin, kokain, amfetamin, metamfetamin, ghb, lsd, mdma, hasj, sopp, khat eller legemidler."),
    ])
    func anUnknownSubstanceIsAnsweredWithTheOneMeantOrTheChoices(written: String, hint: String) throws {
        let json = #"{"offenceDate":"2026-03-01","acts":["use"],"person":{"ageAtOffence":30},"substances":[{"substance":""# + written + #""}]}"#
        let error = try #require(try Self.errors(json).first { $0.errorCode == .unknownSubstance })
        #expect(ErrorText.plain(error, .nb) == "Stoff nr. 1: «\(written)» er ikke et stoff dette verktøyet kjenner." + hint)
        #expect(ErrorText.plain(error, .en).contains(hint.hasPrefix(" Mente") ? "Did you mean" : "Write one of these: heroin, cocaine,"))
    }

    /// A key written at the wrong level — a flat case, as a spreadsheet row reads — is answered
    /// with where it belongs and how to write it there, its own value written again.
    @Test(arguments: [
        (
            #""ageAtOffence":30"#, "/ageAtOffence",
            #"Feltet «ageAtOffence» finnes ikke i en sak. Det hører hjemme under «person»: skriv "person": {"ageAtOffence": 30}."#,
            #"There is no field "ageAtOffence" in a case. It belongs under "person": write "person": {"ageAtOffence": 30}."#
        ),
        (
            #""fodselsdato":"1990-01-01""#, "/fodselsdato",
            #"Feltet «fodselsdato» finnes ikke i en sak. Mente du «birthDate»? Det hører hjemme under «person»: skriv "person": {"birthDate": "1990-01-01"}."#,
            #"There is no field "fodselsdato" in a case. Did you mean "birthDate"? It belongs under "person": write "person": {"birthDate": "1990-01-01"}."#
        ),
        (
            #""amount":4.5"#, "/amount",
            #"Feltet «amount» finnes ikke i en sak. Det hører hjemme i hvert stoff under «substances»: skriv "substances": [{…, "amount": 4.5}]."#,
            #"There is no field "amount" in a case. It belongs in each entry of "substances": write "substances": [{…, "amount": 4.5}]."#
        ),
        (
            // Exactly a key of each entry of substances: misplaced, not «substances» misspelt.
            #""substance":"heroin""#, "/substance",
            #"Feltet «substance» finnes ikke i en sak. Det hører hjemme i hvert stoff under «substances»: skriv "substances": [{…, "substance": "heroin"}]."#,
            #"There is no field "substance" in a case. It belongs in each entry of "substances": write "substances": [{…, "substance": "heroin"}]."#
        ),
        (
            #""person":{"ageAtOffence":30,"ownUse":true}"#, "/person/ownUse",
            #"Personen: feltet «ownUse» finnes ikke her. Det hører hjemme i selve saken, utenfor «person»: skriv "ownUse": true."#,
            #"The person: there is no field "ownUse" here. It belongs in the case itself, outside "person": write "ownUse": true."#
        ),
    ])
    func aKeyAtTheWrongLevelIsAnsweredWithWhereItBelongs(member: String, pointer: String, nb: String, en: String) throws {
        let json = #"{"offenceDate":"2026-03-01","acts":["use"],"substances":[{"substance":"heroin"}],"person":{"ageAtOffence":30},"#
        let text =
            member.hasPrefix(#""person""#) ? json.replacingOccurrences(of: #","person":{"ageAtOffence":30},"#, with: ",") + member + "}" : json + member + "}"
        let error = try #require(try Self.errors(text).first { $0.pointer.description == pointer })
        #expect(error.errorCode == .unknownKey)
        #expect(ErrorText.plain(error, .nb) == nb)
        #expect(ErrorText.plain(error, .en) == en)
        // The machine message says the same in short.
        #expect(error.message.contains(nb.contains("Mente du") ? "did you mean \"birthDate\" in \"person\"?" : "it belongs in "))
    }

    @Test func aKeyThatMeansNothingIsAnsweredWithTheKeysAllowedThere() throws {
        let json = #"{"offenceDate":"2026-03-01","acts":["use"],"substances":[{"substance":"heroin","xyz":1}],"person":{"ageAtOffence":30}}"#
        let error = try #require(try Self.errors(json).first { $0.errorCode == .unknownKey })
        #expect(error.pointer.description == "/substances/0/xyz")
        #expect(ErrorText.plain(error, .nb) == "Stoff nr. 1: feltet «xyz» finnes ikke her. Feltene som kan stå her, er: substance, amount, unit.")
        #expect(ErrorText.plain(error, .en) == "Substance no. 1: there is no field \"xyz\" here. The fields allowed here are: substance, amount, unit.")
    }

    /// A value of the wrong kind whose meaning is plain is answered with the value rewritten: a
    /// prosecutor who writes «"4,5 g"» is shown `"amount": 4.5, "unit": "g"`, not an example.
    @Test(arguments: [
        (#""acts":["use"],"person":{"ageAtOffence":"30 år"}"#, "/person/ageAtOffence", #"skriv tallet uten anførselstegn: "ageAtOffence": 30"#),
        (
            #""acts":["use"],"person":{"ageAtOffence":30,"consent":"Ja"}"#, "/person/consent",
            #"skriv true (ja) eller false (nei) uten anførselstegn: "consent": true"#
        ),
        (
            #""acts":["use"],"person":{"ageAtOffence":30,"dependent":"tvil"}"#, "/person/dependent",
            #"skriv true (ja), false (nei) eller "doubtful" (tvil): "dependent": "doubtful"."#
        ),
        (#""acts":"besittelse","person":{"ageAtOffence":30}"#, "/acts", #"skriv en liste i hakeparenteser: "acts": ["besittelse"]"#),
    ])
    func aValueOfTheWrongKindIsShownRewritten(members: String, pointer: String, text: String) throws {
        let json = #"{"offenceDate":"2026-03-01","substances":[{"substance":"heroin"}],"# + members + "}"
        let error = try #require(try Self.errors(json).first { $0.pointer.description == pointer })
        #expect(ErrorText.plain(error, .nb).contains(text), "\(ErrorText.plain(error, .nb))")
    }

    @Test func anAmountWrittenWithItsUnitIsShownAsAmountAndUnit() throws {
        let json =
            #"{"offenceDate":"2026-03-01","acts":["possession"],"person":{"ageAtOffence":30},"substances":[{"substance":"heroin","amount":"4,5 g"},{"substance":"hasj","amount":"3g"},{"substance":"heroin","amount":"-4","unit":"g"}]}"#
        let errors = try Self.errors(json).filter { $0.pointer.tokens.last == "amount" }
        #expect(
            errors.map { ErrorText.plain($0, .nb) } == [
                #"Stoff nr. 1, mengde: skriv tallet uten anførselstegn og enheten i et eget felt: "amount": 4.5, "unit": "g" (fant tekst i anførselstegn)."#,
                #"Stoff nr. 2, mengde: skriv tallet uten anførselstegn og enheten i et eget felt: "amount": 3, "unit": "g" (fant tekst i anførselstegn)."#,
                "Stoff nr. 3, mengde: skriv et tall uten anførselstegn, for eksempel 4.5 (fant tekst i anførselstegn).",
            ])
        #expect(
            ErrorText.plain(errors[0], .en)
                == #"Substance no. 1, amount: write the number without quotes and the unit in a field of its own: "amount": 4.5, "unit": "g" (found text in quotes)."#
        )
    }

    /// The errors the decoder gives for one case.
    static func errors(_ json: String) throws -> [InputError] {
        var stream = CaseStream(bytes: Array(json.utf8))
        let entry = try #require(stream.nextAll().first)
        guard case .failure(let errors) = Engine().evaluate(entry, today: LegalDate("2026-12-04")!) else { return [] }
        return errors.errors
    }
}
