import Testing
@testable import RusRules

/// A case made in code goes through the checks a case read from JSON goes through (issue 24,
/// point 1): never decided silently with a misspelt substance, a wrong unit or a negative value.
@Suite struct CheckedCaseTests {
    static let offence = LegalDate("2026-03-14")!
    static let adult = Person(
        birthDate: nil, ageAtOffence: 30, dependent: .no, priorDrugReactions: 0, consent: nil,
        guardianConsent: nil)

    func make(_ substances: [SubstanceAmount], person: Person = adult) throws(CaseErrors) -> Case {
        try Case(
            offenceDate: Self.offence, decisionDate: LegalDate("2026-05-02"), person: person, acts: [.possession],
            substances: substances)
    }

    /// The error codes a case made in code gets, as a case file with the same values would.
    func codes(_ substances: [SubstanceAmount], person: Person = adult) -> [String] {
        do {
            _ = try make(substances, person: person)
            return []
        } catch {
            return error.errors.map(\.code)
        }
    }

    @Test func aValidCaseIsNormalisedAsTheReaderDoes() throws {
        let theCase = try make([SubstanceAmount(substance: "hasj", amount: ExactDecimal("4.5"), unit: "g")])
        #expect(theCase.substances == [SubstanceAmount(substance: "cannabis", amount: ExactDecimal("4.5"), unit: "g")])
        let decision = try Engine().evaluate(theCase, today: Self.offence).get()
        #expect(decision.recommended == .forelegg)
    }

    @Test func misspeltNamesAndUnitsAreRefused() {
        #expect(codes([SubstanceAmount(substance: "heroine", amount: 1000, unit: "g")]) == ["unknown-substance"])
        #expect(codes([SubstanceAmount(substance: "unobtainium", amount: 1, unit: "g")]) == ["unknown-substance"])
        #expect(codes([SubstanceAmount(substance: "heroin", amount: 1, unit: "gramm")]) == ["unknown-unit"])
        // A unit name the reader accepts is resolved to its id, as in a case file.
        #expect((try? make([SubstanceAmount(substance: "heroin", amount: 1, unit: "gram")]))?.substances.first?.unit == "g")
        // So is an abbreviation written with its period, as Norwegians write «gr.»; a period alone is no unit.
        #expect((try? make([SubstanceAmount(substance: "heroin", amount: 1, unit: "gr.")]))?.substances.first?.unit == "g")
        #expect((try? make([SubstanceAmount(substance: "ghb", amount: 1, unit: "dl.")]))?.substances.first?.unit == "dl")
        #expect(codes([SubstanceAmount(substance: "heroin", amount: 1, unit: ".")]) == ["unknown-unit"])
        #expect(codes([SubstanceAmount(substance: "heroin", amount: 1, unit: "ml")]) == ["unit-mismatch"])
    }

    @Test func valuesOutOfRangeAreRefused() {
        #expect(codes([SubstanceAmount(substance: "heroin", amount: ExactDecimal("-1"), unit: "g")]) == ["out-of-range"])
        #expect(codes([]) == ["empty-array"])
        let negative = Person(
            birthDate: nil, ageAtOffence: -1, dependent: .no, priorDrugReactions: 0, consent: nil,
            guardianConsent: nil)
        #expect(codes([SubstanceAmount(substance: "heroin", amount: 1, unit: "g")], person: negative) == ["out-of-range"])
        // Cross-field: the age must agree with the birth date.
        let mismatch = Person(
            birthDate: LegalDate("2000-01-01"), ageAtOffence: 40, dependent: .no, priorDrugReactions: 0,
            consent: nil, guardianConsent: nil)
        #expect(codes([SubstanceAmount(substance: "heroin", amount: 1, unit: "g")], person: mismatch) == ["age-mismatch"])
    }

    /// Whatever a case file with the same values gets, a case made in code gets: the same codes
    /// and pointers.
    @Test func theErrorsAreThoseOfTheSameCaseAsJSON() throws {
        do {
            _ = try make([SubstanceAmount(substance: "Heroine", amount: 2, unit: "G")])
            Issue.record("expected errors")
        } catch {
            let json =
                #"{"offenceDate":"2026-03-14","decisionDate":"2026-05-02","person":{"ageAtOffence":30,"dependent":false,"priorDrugReactions":0},"acts":["possession"],"ownUse":true,"substances":[{"substance":"Heroine","amount":2,"unit":"G"}],"otherOffences":false}"#
            guard case .failure(let fromFile) = Engine().decode(json: JSONParser.parse(Array(json.utf8)).value!) else {
                Issue.record("the file should be invalid too")
                return
            }
            #expect(error.errors.map(\.code) == fromFile.errors.map(\.code))
            #expect(error.errors.map(\.pointer.description) == fromFile.errors.map(\.pointer.description))
            #expect(!error.errors.isEmpty)
        }
    }
}
