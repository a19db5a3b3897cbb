import Testing
@testable import RusRules

/// `rusctl ny`: answers as a person writes them, checked at once, with a way back.
@Suite struct CaseInterviewTests {
    static let today = LegalDate("2026-11-30")!

    func interview(_ language: Language = .nb) -> CaseInterview {
        CaseInterview(vocabulary: RuleBook.builtIn.vocabulary, language: language, today: Self.today)
    }

    /// Answers every question in turn; the responses that were not `.accepted`.
    func answer(_ interview: inout CaseInterview, _ answers: [String]) -> [CaseInterview.Response] {
        answers.compactMap { answer in
            let response = interview.answer(answer)
            return response == .accepted ? nil : response
        }
    }

    @Test func aYouthsCaseInNorwegianWordsBecomesTheContractsCase() throws {
        var entry = interview()
        let problems = answer(
            &entry,
            [
                "sak-7", "14.03.2023", "02.05.2023", "02.05.2007", "nei", "0", "ja", "ja",
                "Bruk og besittelse", "", "Hasj", "4,5 gram", "nei", "nei",
            ])
        #expect(problems.isEmpty)
        #expect(entry.step == nil)
        let json = try #require(entry.caseJSON)
        #expect(
            JSONWriter.compact(json)
                == #"{"id":"sak-7","offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"birthDate":"2007-05-02","dependent":false,"priorDrugReactions":0,"consent":true,"guardianConsent":true},"acts":["use","possession"],"ownUse":true,"substances":[{"substance":"cannabis","amount":4.5,"unit":"g"}],"otherOffences":false}"#
        )
        let decision = try Engine().evaluate(json: json, today: Self.today).get()
        #expect(decision.recommended == .pataleunnlatelse)
    }

    /// «heroin 4,5 g» in one answer, as one writes it: the amount question is skipped, and
    /// «tilbake» goes back to the substance. An amount first, or a unit that does not fit, is
    /// answered with what to write.
    @Test func aSubstanceMayBeGivenWithItsAmount() throws {
        var entry = interview()
        #expect(answer(&entry, ["sak-8", "14.03.2026", "", "30", "nei", "0", "", "besittelse", ""]).isEmpty)
        #expect(entry.answer("4,5 g heroin") == .rejected("Skriv stoffet først og mengden etter, for eksempel «heroin 4,5 g»."))
        #expect(entry.answer("heroin 4,5 tabletter") == .rejected("«tabletter» passer ikke for heroin; bruk g, mg, kg."))
        #expect(entry.answer("Heroin 4,5 g") == .accepted)
        #expect(entry.step == .moreSubstances)
        #expect(entry.answer("tilbake") == .back)
        #expect(entry.step == .substance)
        #expect(answer(&entry, ["heroin 4,5 g", "ja", "hasj", "3 g", "nei", "nei"]).isEmpty)
        let json = try #require(entry.caseJSON)
        #expect(
            JSONWriter.compact(json).contains(
                #""substances":[{"substance":"heroin","amount":4.5,"unit":"g"},{"substance":"cannabis","amount":3,"unit":"g"}]"#))
    }

    /// «Flere stoffer?» may be answered with the next substance, with or without its amount.
    @Test func theNextSubstanceAnswersMoreSubstances() throws {
        var entry = interview()
        #expect(answer(&entry, ["sak-9", "14.03.2026", "", "30", "nei", "0", "", "besittelse", "", "kokain 2,5 g"]).isEmpty)
        #expect(entry.step == .moreSubstances)
        #expect(entry.answer("kanskje") == .rejected("Svar ja eller nei, eller skriv neste stoff, for eksempel «hasj 8 g»."))
        #expect(entry.answer("hasj 8 g") == .accepted)
        #expect(entry.step == .moreSubstances)
        #expect(entry.answer("sopp") == .accepted)
        #expect(entry.step == .amount)
        #expect(answer(&entry, ["20 g", "nei", "nei"]).isEmpty)
        let json = try #require(entry.caseJSON)
        #expect(
            JSONWriter.compact(json).contains(
                #""substances":[{"substance":"cocaine","amount":2.5,"unit":"g"},{"substance":"cannabis","amount":8,"unit":"g"},{"substance":"psilocybin-mushrooms","amount":20,"unit":"g"}]"#
            ))
    }

    @Test func eachAnswerIsCheckedAtOnceAndTheQuestionAskedAgain() {
        var entry = interview()
        _ = answer(&entry, ["", "14.03.2023"])
        #expect(entry.answer("01.03.2023") == .rejected("Avgjørelsesdatoen kan ikke være før gjerningsdatoen 14.03.2023."))
        #expect(entry.step == .decisionDate)
        // A date in the right form that does not exist is called that; other text is not a date.
        #expect(entry.answer("30.02.2023") == .rejected("«30.02.2023» er ikke en dato som finnes: februar 2023 har 28 dager."))
        #expect(entry.answer("2023-02-30") == .rejected("«2023-02-30» er ikke en dato som finnes: februar 2023 har 28 dager."))
        #expect(entry.answer("i går") == .rejected("«i går» er ikke en dato; skriv for eksempel 14.03.2023 eller 2023-03-14."))
        _ = answer(&entry, ["", "30", "kanskje"])
        #expect(entry.step == .dependent)
        _ = answer(&entry, ["tvil", "", "", "selge"])
        #expect(entry.step == .acts)
        #expect(entry.answer("besitelse") == .rejected("«besitelse» er ikke en handling. Mente du «besittelse»?"))
        _ = answer(&entry, ["besittelse", "", "kokainn"])
        #expect(entry.step == .substance)
        _ = answer(&entry, ["kokain"])
        #expect(entry.answer("2 dl") == .rejected("«dl» passer ikke for kokain; bruk g, mg, kg."))
        // A word that is no unit is called that; a fraction or a range is no amount.
        #expect(entry.answer("2 gx") == .rejected("«gx» er ikke en enhet; bruk g, mg, kg."))
        #expect(entry.answer("1/2 g") == .rejected("Skriv mengden som et tall, for eksempel 4,5 g."))
        #expect(entry.answer("2-3 g") == .rejected("Skriv mengden som et tall, for eksempel 4,5 g."))
        #expect(entry.answer("0") == .rejected("Mengden må være større enn null."))
        #expect(entry.answer("2") == .rejected("Skriv enheten også, for eksempel 2 g."))
        #expect(entry.answer("3.5") == .rejected("Skriv enheten også, for eksempel 3,5 g."))
        #expect(entry.answer("2,5 g") == .accepted)
    }

    @Test func goingBackRestoresTheEarlierAnswer() throws {
        var entry = interview(.en)
        _ = answer(&entry, ["", "2023-03-14", "", "16"])
        #expect(entry.step == .dependent)
        #expect(entry.answer("back") == .back)
        #expect(entry.step == .age)
        _ = answer(&entry, ["30", "", "", ""])
        // An adult is not asked for a guardian's consent.
        #expect(entry.step == .acts)
        _ = answer(&entry, ["use", "", "lsd", "", "yes", "ghb", "1 dl", "no", "no"])
        let json = try #require(entry.caseJSON)
        #expect(json["person"]?["ageAtOffence"] == 30)
        #expect(json["decisionDate"] == .string("2026-11-30"))
        // Use alone: the amount may be left out.
        #expect(JSONWriter.compact(json["substances"]!) == #"[{"substance":"lsd"},{"substance":"ghb","amount":1,"unit":"dl"}]"#)
    }
}

/// The forms people type (issue «The law, revised», point 11): «23 år», 14/03/2026, 14.3.26, 1. mars 2026, and
/// a date in the right form that does not exist called just that.
@Suite struct TypedFormsTests {
    @Test func datesAndAgesAsPeopleWriteThem() {
        #expect(LegalDate(typed: "14/03/2026") == LegalDate("2026-03-14"))
        #expect(LegalDate(typed: "14.3.26") == LegalDate("2026-03-14"))
        #expect(LegalDate(typed: "2.5.07") == LegalDate("2007-05-02"))
        #expect(LegalDate(typed: "1.1.70") == LegalDate("1970-01-01"))
        #expect(LegalDate(typed: "31.02.2026") == nil && LegalDate.calendarFault("31.02.2026", .nb, typed: true) == "februar 2026 har 28 dager")
        #expect(LegalDate.calendarFault("29/2/24", .en, typed: true) == nil, "2024 is a leap year")
        // With the month named, as a decision writes a date.
        #expect(LegalDate(typed: "1. mars 2026") == LegalDate("2026-03-01"))
        #expect(LegalDate(typed: "14 March 2026") == LegalDate("2026-03-14"))
        #expect(LegalDate(typed: " 14. Mar. 2026 ") == LegalDate("2026-03-14"))
        #expect(LegalDate(typed: "2. mai 2025") == LegalDate("2025-05-02") && LegalDate(typed: "2 May 2025") == LegalDate("2025-05-02"))
        #expect(LegalDate(typed: "24. des 2024") == LegalDate("2024-12-24") && LegalDate(typed: "1 okt. 2024") == LegalDate("2024-10-01"))
        #expect(LegalDate(typed: "1. ma 2026") == nil, "«ma» names no one month")
        #expect(LegalDate(typed: "1. mars 26") == nil, "a named month takes a four-digit year")
        #expect(LegalDate(typed: "+1 mars 2026") == nil && LegalDate.calendarFault("-1 mars 2026", .nb, typed: true) == nil, "a day is digits")
        #expect(LegalDate.calendarFault("30. februar 2023", .nb, typed: true) == "februar 2023 har 28 dager")
        #expect(LegalDate.calendarFault("31 Sept 2026", .en, typed: true) == "September 2026 has 30 days")
        #expect(LegalDate.calendarFault("31.02.2026", .nb) == nil, "only YYYY-MM-DD unless typed")
        #expect(LegalDate.calendarFault("2023-13-01", .nb) == "måneden må være 01–12")
        #expect(LegalDate.calendarFault("2024-04-00", .en) == "the day must be 01 to 30")
        #expect(LegalDate.calendarFault("0000-01-01", .nb) == "året må være 0001 eller senere")
        #expect(LegalDate(typed: "i går") == nil && LegalDate.calendarFault("i går", .nb, typed: true) == nil)
        #expect(CaseInterview.years("23 år") == 23 && CaseInterview.years("23år") == 23 && CaseInterview.years("23 years") == 23)
        #expect(CaseInterview.years("tjuetre") == nil)
        var interview = CaseInterview(vocabulary: RuleBook.builtIn.vocabulary, language: .nb, today: LegalDate("2026-05-01")!)
        for answer in ["", "14.3.26", "01/05/2026", "23 år"] { #expect(interview.answer(answer) == .accepted, "\(answer)") }
        #expect(interview.step == .dependent)
    }

    /// An empty required answer says it must be given; the amount is asked in the word the
    /// person used for the substance, and a counted unit's example is a whole number.
    @Test func requiredAnswersAndTheWordsUsed() {
        var interview = CaseInterview(vocabulary: RuleBook.builtIn.vocabulary, language: .nb, today: LegalDate("2026-05-01")!)
        _ = interview.answer("")
        #expect(interview.answer("") == .rejected("Gjerningsdato må fylles ut."))
        for answer in ["14.03.2026", "", "30", "", "", "", "bruk", "", "marihuana"] { _ = interview.answer(answer) }
        #expect(interview.question?.text == "Mengde marihuana")
        var lsd = CaseInterview(vocabulary: RuleBook.builtIn.vocabulary, language: .nb, today: LegalDate("2026-05-01")!)
        for answer in ["", "14.03.2026", "", "30", "", "", "", "besittelse", "", "lsd"] { _ = lsd.answer(answer) }
        #expect(lsd.question?.hint.hasPrefix("tall og enhet, for eksempel 2 lapper") == true)
    }

    /// «tilbake» asks the question again with the answer taken back, twice over.
    @Test func goingBackShowsThePreviousAnswer() {
        var interview = CaseInterview(vocabulary: RuleBook.builtIn.vocabulary, language: .nb, today: LegalDate("2026-05-01")!)
        for answer in ["sak-1", "14.03.2026", "", "16"] { _ = interview.answer(answer) }
        #expect(interview.answer("tilbake") == .back)
        #expect(interview.question?.hint.hasSuffix("forrige svar: «16»") == true)
        #expect(interview.answer("tilbake") == .back)
        #expect(interview.step == .decisionDate && interview.question?.hint.contains("forrige svar") == false, "an empty answer is not shown")
        #expect(interview.answer("tilbake") == .back)
        #expect(interview.question?.hint.hasSuffix("forrige svar: «14.03.2026»") == true)
        #expect(interview.answer("15.03.2026") == .accepted)
        #expect(interview.question?.hint.contains("forrige svar") == false)
    }
}

/// Counted units by their names in the vocabulary, one and more («1 lapp», «2 rusdoser»).
@Suite struct CountedUnitTests {
    @Test func oneAndMore() {
        #expect(Wording.amount(1, "blotters", .nb) == "1 lapp")
        #expect(Wording.amount(2, "blotters", .nb) == "2 lapper")
        #expect(Wording.amount(1, "doses", .nb) == "1 rusdose")
        #expect(Wording.amount(ExactDecimal("2.5")!, "doses", .en) == "2.5 doses")
        #expect(Wording.amount(1, "doses", .en) == "1 dose")
        #expect(Wording.amount(ExactDecimal("4.5")!, "g", .nb) == "4,5 g")
    }
}

/// Tablets, pills and pieces are not a unit of medicines: the answer says what to count.
@Suite struct NotAUnitTests {
    @Test func tabletsGetAHintOnCountingDoses() throws {
        let errors = try #require(
            decide(
                #"{"offenceDate":"2024-03-01","decisionDate":"2024-05-01","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"legemidler","amount":10,"unit":"piller"}]}"#
            ).failure)
        #expect(errors.errors.map(\.code) == ["unknown-unit"])
        #expect(
            ErrorText.plain(errors.errors[0], .nb).hasSuffix(
                "Legemidler telles i rusdoser, ikke i tabletter eller stykk: regn om til antall rusdoser (én tablett er ikke alltid én rusdose) og skriv for eksempel 10 rusdoser."
            ))
        #expect(ErrorText.plain(errors.errors[0], .en).contains("Medicines are counted in doses"))
        var interview = CaseInterview(vocabulary: RuleBook.builtIn.vocabulary, language: .nb, today: LegalDate("2026-05-01")!)
        for answer in ["", "14.03.2026", "", "30", "", "", "", "besittelse", "", "legemidler"] { _ = interview.answer(answer) }
        guard case .rejected(let hint) = interview.answer("10 stk") else { Issue.record("stk accepted"); return }
        #expect(hint.hasPrefix("Legemidler telles i rusdoser"))
    }
}

/// A terminal without line editing sends the arrow keys as escape codes: they never become part
/// of an answer; the question is asked again.
@Suite struct InterviewControlKeyTests {
    @Test func arrowKeysNeverEndUpInTheAnswer() {
        var entry = CaseInterviewTests().interview()
        let left = "sak-1\u{1B}[D\u{1B}[D2"
        #expect(
            entry.answer(left) == .rejected("Svaret inneholder piltaster eller andre styretegn, som ikke kan brukes til å rette her. Skriv svaret på nytt."))
        #expect(entry.step == .id)
        #expect(entry.answer("sak-12") == .accepted)
        #expect(entry.answer("\u{1B}OA") != .accepted)
    }
}
