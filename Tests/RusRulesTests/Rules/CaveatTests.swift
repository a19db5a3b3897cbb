import Foundation
import Testing
@testable import RusRules

/// rules.md §6 «A caveat is only what can change the answer, and it says how», and «a proposal
/// is never mistaken for law».
@Suite struct CaveatTests {
    /// Over generated cases decided by date from the statute's adoption with no in-force date:
    /// `later-law-in-force-unknown` is a warning exactly where lov-2025, chosen, decides the case
    /// otherwise (liability, recommended reaction or its conditions), and the warning names that
    /// outcome; elsewhere it is a note.
    @Test func theLaterLawIsACaveatExactlyWhereItChangesTheAnswer() {
        let engine = Engine(detail: .answer)
        var random = SplitMix64(seed: 21)
        var warned = 0
        var noted = 0
        for _ in 0..<1500 {
            let generated = LawPropertyTests.generate(&random, dependent: [.no, .doubtful, .yes][Int(random.next() % 3)])
            guard let decided = generated.decisionDate, decided >= LegalDate("2025-06-20")! else { continue }
            guard case .success(let answer) = engine.evaluate(generated, today: decided),
                case .success(let statute) = engine.evaluate(generated, ruleSet: "lov-2025", today: decided)
            else { continue }
            let conditions = { (decision: Decision) in decision.options.first { $0.status == .recommended }?.conditions ?? [] }
            let differs =
                answer.liability != statute.liability || answer.recommended != statute.recommended
                || conditions(answer) != conditions(statute)
            let warning = answer.warnings.first { $0.code == "later-law-in-force-unknown" }
            let note = answer.notes.first { $0.code == "later-law-in-force-unknown" }
            if differs {
                warned += 1
                #expect(note == nil)
                #expect(
                    warning?.otherOutcome
                        == OtherLaw(
                            ruleSet: "lov-2025", liability: statute.liability,
                            recommended: statute.recommended))
            } else {
                noted += 1
                #expect(warning == nil)
                #expect(note != nil && note?.otherOutcome == nil)
            }
        }
        #expect(warned > 50 && noted > 50)
    }

    /// The caveat names the other outcome in words, and the JSON carries it as `otherOutcome`.
    @Test func theCaveatSaysHowTheAnswerWouldChange() throws {
        let adult = """
            {"offenceDate":"2026-03-01","decisionDate":"2026-05-01","person":{"ageAtOffence":30},
             "acts":["possession"],"substances":[{"substance":"cannabis","amount":5,"unit":"g"}]}
            """
        let decision = try decide(adult, today: "2026-05-01").get()
        let caveat = try #require(decision.warnings.first { $0.code == "later-law-in-force-unknown" })
        #expect(caveat.text.nb.contains("blir svaret forenklet forelegg (straffbart)"))
        #expect(caveat.text.en.contains("the answer becomes simplified fine notice (forenklet forelegg), punishable"))
        let json = decision.json(language: .nb)
        let warning = try #require(json["warnings"]?.arrayValue?.first { $0["code"]?.stringValue == "later-law-in-force-unknown" })
        #expect(warning["otherOutcome"]?["ruleSet"]?.stringValue == "lov-2025")
        #expect(warning["otherOutcome"]?["recommended"]?.stringValue == "forenklet-forelegg")
        // A proposal chosen to see what it would have given is no practice the answer rests on.
        let proposal = try decide(adult, ruleSet: "prop-92-l-2021", today: "2026-05-01").get()
        let beside = try #require(proposal.warnings.first { $0.code == "later-law-in-force-unknown" })
        #expect(!beside.text.nb.contains("praksis før loven") && !beside.text.en.contains("practice before it"))
        #expect(beside.text.nb.hasSuffix("Gjelder lovendringen på avgjørelsestiden, gir den forenklet forelegg (straffbart)."))
        #expect(beside.text.en.hasSuffix("it gives simplified fine notice (forenklet forelegg), punishable."))
    }

    /// A proposal chosen explicitly: the first caveat says it was never enacted.
    @Test func aProposalIsNeverMistakenForLaw() throws {
        let youth = """
            {"offenceDate":"2024-03-01","decisionDate":"2024-05-01","person":{"ageAtOffence":30},
             "acts":["use"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}
            """
        for proposal in RuleBook.builtIn.ruleSets where proposal.kind == .proposal {
            let decision = try decide(youth, ruleSet: proposal.id).get()
            #expect(decision.warnings.first?.code == "proposal-not-enacted", "\(proposal.id)")
        }
    }
}

/// rules.md §5.5.5: the statute's referral to the advisory unit is voluntary, and the answer
/// names it so; the proposals' compulsory order keeps its own name.
@Suite struct ReferralNameTests {
    static let youth = """
        {"offenceDate":"2026-03-01","decisionDate":"2026-05-01","person":{"ageAtOffence":16},
         "acts":["use"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}
        """

    @Test func theStatuteRefersNeverOrders() throws {
        for language in Language.allCases {
            let text = DecisionText(book: .builtIn, language: language).render(try decide(Self.youth, ruleSet: "lov-2025").get(), explain: false)
            #expect(
                text.contains(
                    language == .nb
                        ? "henvisning til frivillig oppmøte ved rådgivende enhet"
                        : "referral to voluntary attendance at the municipal drug advisory unit"))
            #expect(!text.contains(language == .nb ? "pålegg" : "order to attend"))
        }
        let proposal = DecisionText(book: .builtIn, language: .nb)
            .render(try decide(Self.youth, ruleSet: "nou-2019-26-flertall").get(), explain: false)
        #expect(proposal.contains("pålegg om oppmøte for rådgivende enhet for russaker"))
    }

    /// Where the statute leaves a case to the practice (above «en mindre mengde», or a dependent
    /// user), its voluntary referral is excluded as the practice knows no such reaction — never
    /// «only as a condition» alone, which a voluntary referral cannot be.
    @Test(arguments: [
        (
            ReferralNameTests.youth.replacingOccurrences(of: #""acts":["use"]"#, with: #""acts":["possession"]"#)
                .replacingOccurrences(of: #""cannabis","amount":2"#, with: #""heroin","amount":4"#), "above"
        ),
        (ReferralNameTests.youth.replacingOccurrences(of: #""ageAtOffence":16"#, with: #""ageAtOffence":30,"dependent":true"#), "dependent"),
    ])
    func aCaseLeftToThePracticeSaysWhyTheReferralIsNotThere(json: String, kind: String) throws {
        let decision = try decide(json, ruleSet: "lov-2025").get()
        let referral = try #require(decision.options.first { $0.reaction == .radgivendeEnhet }, "\(kind)")
        #expect(referral.status == .excluded, "\(kind)")
        let nb = DecisionText(book: .builtIn, language: .nb).render(decision, explain: false)
        #expect(
            nb.contains("henvisning til frivillig oppmøte ved rådgivende enhet: Saken avgjøres som etter praksis, der oppmøte bare er et vilkår."),
            "\(kind)")
        let en = DecisionText(book: .builtIn, language: .en).render(decision, explain: false)
        #expect(en.contains("The case is decided as under the practice, where attendance is only a condition."), "\(kind)")
        // Under the practice itself the short reason stays.
        let practice = DecisionText(book: .builtIn, language: .nb).render(try decide(json, ruleSet: "hr-2022").get(), explain: false)
        #expect(practice.contains("Bare som vilkår."), "\(kind)")
    }
}

/// docs/law.md §6: a note on another law is a caveat only where that law would answer the case
/// otherwise — straffeloven § 3, and a statute whose stated in-force date follows the decision —
/// and then it says what that law gives; where both laws answer alike, it is a note.
@Suite struct OtherLawCaveatTests {
    static let engine: Engine = {
        var dates = InForceDates()
        _ = dates.add("lov-2025=2026-07-01", book: .builtIn)
        return Engine(inForce: dates)
    }()

    func decision(age: Int, offence: String, decided: String, dependent: String = "false") throws -> Decision {
        let json = """
            {"offenceDate":"\(offence)","decisionDate":"\(decided)","person":{"ageAtOffence":\(age),"dependent":\(dependent)},
             "acts":["possession"],"substances":[{"substance":"cannabis","amount":4,"unit":"g"}]}
            """
        return try Self.engine.evaluate(Self.engine.decode(CaseInput(bytes: Array(json.utf8)).entries[0]).get(), today: LegalDate(decided)!).get()
    }

    @Test func paragraph3IsACaveatOnlyWhereTheOtherLawAnswersOtherwise() throws {
        // Forelegg under the practice, forenklet forelegg under the statute: which is more
        // favourable is a concrete assessment, and it decides the answer.
        let adult = try decision(age: 30, offence: "2026-05-01", decided: "2026-08-01")
        #expect(adult.caveats.map(\.code).contains("strl-3"))
        // A dependent user within the guideline: påtaleunnlatelse without conditions under both.
        let dependent = try decision(age: 30, offence: "2026-05-01", decided: "2026-08-01", dependent: "true")
        #expect(dependent.notes.map(\.code).contains("strl-3") && !dependent.caveats.map(\.code).contains("strl-3"))
        let text = DecisionText(book: .builtIn, language: .nb).render(dependent, explain: false).unwrapped
        let (summary, rest) = try #require(text.range(of: "\nMULIGE ").map { (text[..<$0.lowerBound], text[$0.upperBound...]) })
        #expect(!summary.contains("Straffeloven § 3:"))
        // Without the concrete assessment, which cannot change an answer both laws give alike.
        #expect(rest.contains("• Straffeloven § 3: loven på handlingstiden anvendes, fordi den nye loven ikke gir et mildere ansvar. [strl-3]"))
        #expect(adult.notes.first { $0.code == "strl-3" }?.text.nb.contains("konkret helhetsvurdering") == true)
    }

    @Test func anAdoptedStatuteIsACaveatOnlyWhereItWouldAnswerOtherwise() throws {
        let adult = try decision(age: 30, offence: "2026-05-01", decided: "2026-06-01")
        let note = try #require(adult.caveats.first { $0.code == "later-law-adopted" })
        #expect(
            note.text.nb.hasSuffix(
                "Avgjøres saken på eller etter 01.07.2026, vurderes den også etter loven, som gir forenklet forelegg (straffbart); loven anvendes da bare om den gir et gunstigere resultat for den siktede (straffeloven § 3)."
            ))
        // A child under 15: a bekymringssamtale under either law.
        let child = try decision(age: 12, offence: "2026-05-01", decided: "2026-06-01")
        #expect(child.notes.map(\.code).contains("later-law-adopted") && child.caveats.isEmpty)
        #expect(Begrunnelse.text(child, book: .builtIn, language: .nb).hasPrefix("Saken gjelder"))
    }
}

/// For the case file (issue «The law, revised», point 9): every text answer ends with the line
/// that says when and with what it was assessed; `--format notat` is the «begrunnelse» alone —
/// whole sentences, ordinary legal citations, no bracketed ids, the caveats first.
@Suite struct FilingTests {
    /// Several caveats stand under one «Forbehold:», as a decision states its reservations, not
    /// with the word before each.
    @Test func severalCaveatsStandUnderOneHeading() throws {
        let dependent = """
            {"offenceDate":"2026-03-14","decisionDate":"2026-10-01","person":{"ageAtOffence":19,"dependent":"doubtful"},
             "acts":["possession"],"substances":[{"substance":"methamphetamine","amount":0.5,"unit":"g"},{"substance":"mdma","amount":0.3,"unit":"g"}]}
            """
        let decision = try decide(dependent, today: "2026-12-01").get()
        #expect(decision.caveats.count >= 2)
        let nb = Begrunnelse.text(decision, book: .builtIn, language: .nb)
        #expect(nb.hasPrefix("Forbehold: Grensen for rusavhengige"))
        #expect(nb.components(separatedBy: "Forbehold").count == 2, "the heading once")
        let en = Begrunnelse.text(decision, book: .builtIn, language: .en)
        #expect(en.hasPrefix("Caveats: The limit for dependent users") && en.components(separatedBy: "Caveat").count == 2)
    }

    /// An unknown limit's ceiling is stated with what it rests on after a colon, in a sentence
    /// of its own: that reasoning has brackets of its own, and brackets within brackets do not
    /// read in a decision.
    @Test func aCeilingIsStatedWithWhatItRestsOn() throws {
        let heroin = """
            {"offenceDate":"2026-01-10","decisionDate":"2026-03-01","person":{"ageAtOffence":30},
             "acts":["possession"],"substances":[{"substance":"heroin","amount":4,"unit":"g"}]}
            """
        let decision = try decide(heroin, ruleSet: "lov-2025").get()
        let nb = Begrunnelse.text(decision, book: .builtIn, language: .nb)
        #expect(nb.contains("ukjent; mengden er 4 g. Grensen kan ikke være høyere enn 5 g: rundskrivets grenser fra 2014 var lavere"))
        #expect(nb.contains("«fra 2 til 20 doser heroin»). Mengden er ikke over dette taket. Saken er vurdert som innenfor grensen"))
        let en = Begrunnelse.text(decision, book: .builtIn, language: .en)
        #expect(en.contains("The limit cannot exceed 5 g: the circular's 2014 limits were lower"))
        #expect(!nb.contains(")),") && !en.contains(")),"))
        // The recommended option's own reason names the limit without brackets inside brackets.
        let reasons = try #require(decision.options.first { $0.status == .recommended }).reasons.map { $0.text(.nb) }
        #expect(
            reasons.contains(
                "Bygger på at mengden er innenfor en grense dette verktøyet ikke kjenner: heroin 4 g (ukjent grense, ikke over 5 g). Kontroller grensen først."
            ), "\(reasons)")
    }

    /// The note says why, in the rules' own words: the reason for the recommended reaction before
    /// it is recommended, or what shuts out the minor reactions; consent is said once.
    @Test func theNoteSaysWhy() throws {
        func note(_ amount: String, ownUse: Bool = true, age: Int = 30) throws -> String {
            let text = """
                {"offenceDate":"2024-01-01","decisionDate":"2024-02-01","person":{"ageAtOffence":\(age)},"ownUse":\(ownUse),
                 "acts":["possession"],"substances":[{"substance":"cannabis","amount":\(amount),"unit":"g"}]}
                """
            return Begrunnelse.text(try decide(text).get(), book: .builtIn, language: .nb)
        }
        #expect(
            try note("4").contains(
                "Forholdet er straffbart. For voksne er forelegg den vanlige reaksjonen ved befatning med narkotika til eget bruk innenfor grensene for mindre reaksjoner."
                    + " Det anbefales forelegg, jf. straffeprosessloven § 255 flg. og Riksadvokatens rundskriv 2/2014."))
        #expect(
            try note("16").contains(
                "Mengden er over grensen for mindre reaksjoner (cannabis (hasj, marihuana) 16 g > 15 g): ordinær straffeforfølgning"
                    + " etter straffeloven § 231. Ingen reaksjon for mindre narkotikalovbrudd er aktuell, jf. Riksadvokatens rundskriv 2/2014,"
                    + " straffeloven § 231 og legemiddelloven § 24 første ledd."))
        #expect(try note("4", ownUse: false).contains("Ikke til eget bruk: saken følger straffeloven § 231/§ 232"))
        // The grounds of that reason, one statute's sections together; not the sources of a later
        // statute that would answer the same.
        let later = """
            {"offenceDate":"2026-01-10","decisionDate":"2026-02-01","person":{"ageAtOffence":22},"ownUse":false,
             "acts":["acquisition"],"substances":[{"substance":"kokain","amount":2,"unit":"g"}]}
            """
        let notOwnUse = Begrunnelse.text(try decide(later, today: "2026-02-01").get(), book: .builtIn, language: .nb)
        #expect(
            Begrunnelse.legalReferences(["strl-231", "strl-231-2025", "lml-31", "lml-24", "ra-2014-2"], .builtIn, true)
                == ", jf. straffeloven § 231, legemiddelloven § 31 andre ledd og § 24 første ledd og Riksadvokatens rundskriv 2/2014")
        #expect(notOwnUse.hasSuffix("Ingen reaksjon for mindre narkotikalovbrudd er aktuell, jf. straffeloven §§ 231 og 232."), "\(notOwnUse)")
        // A proposal's tier in a sentence, by the proposal's short name (its title heads the note).
        let proposal = try decide(
            #"{"offenceDate":"2024-01-01","decisionDate":"2024-02-01","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":4,"unit":"g"}]}"#,
            ruleSet: "prop-92-l-2021"
        ).get()
        #expect(
            Begrunnelse.text(proposal, book: .builtIn, language: .nb).contains(
                "Forholdet er ulovlig, men ikke straffbart. Etter Prop. 92 L (2020–2021) er vilkårene oppfylt: eget bruk, høyst tre ulike stoffer,"
                    + " hvert innenfor nedre terskelverdi (cannabis (hasj, marihuana) 4 g ≤ 10 g; 1 stoff (høyst 3 ulike)). Det anbefales pålegg"))
        #expect(
            proposal.option(.forelegg)?.reasons.first?.nb
                == "Ikke straffbart etter Prop. 92 L (2020–2021): eget bruk, høyst tre ulike stoffer, hvert innenfor nedre terskelverdi.")
        let youth = try note("4", age: 16)
        #expect(youth.contains("For ungdom mellom 15 og 18 år bør påtaleunnlatelse med prøvetid brukes fremfor bot"))
        #expect(youth.components(separatedBy: "samtykke").count == 2, "consent said once: \(youth)")
    }

    @Test func theAnswerEndsWithItsStampAndTheNoteIsPlainSentences() throws {
        let cli = CLITests()
        let text = try cli.rusctl(["evaluate", "Fixtures/practice/ungdom-first-consent-given.json"])
        // The last line, within 80 columns.
        let last = text.stdout.trimmingCharacters(in: .newlines).components(separatedBy: "\n").last ?? ""
        #expect(last == "Vurdert 01.12.2025: rusctl 0.3.0 (utviklerbygg), regeldata \(RuleBook.builtInDataFingerprint)")
        #expect(last.count <= 80)
        let note = try cli.rusctl(["evaluate", "Fixtures/practice/ungdom-first-consent-given.json", "--format", "notat"])
        #expect(note.status == 0)
        #expect(note.stdout.hasPrefix("Saken gjelder bruk og besittelse av 4,5 g cannabis (hasj, marihuana). Siktede var 15 år"))
        #expect(note.stdout.contains("jf. straffeprosessloven § 69"))
        // Whose consent the reaction needs, and where it stands.
        #expect(note.stdout.contains("Reaksjonen forutsetter samtykke fra den siktede og vergen. Samtykke er gitt."))
        let pending = try cli.rusctl(["evaluate", "Fixtures/practice/ungdom-first-consent-unknown.json", "--format", "notat"])
        #expect(pending.stdout.contains("Reaksjonen forutsetter samtykke fra den siktede og vergen. Samtykket er ikke avklart."))
        // A refusal says who refused, as a sentence (the text answer read as one line, unwrapped).
        let unwrapped = { (arguments: [String]) in
            try cli.rusctl(["evaluate", "Fixtures/practice/ung-voksen-consent-refused.json"] + arguments).stdout
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        #expect(try unwrapped([]).contains("Vilkår om ruskontroll foreslås ikke: Den siktede har nektet samtykke."))
        // A reason that names a refusal is a reason of its own, and the note gives it.
        let youthRefused = try cli.rusctl(["evaluate", "Fixtures/practice/ungdom-first-consent-refused.json", "--format", "notat"])
        #expect(
            youthRefused.stdout.contains(
                "(Riksadvokatens rundskriv 2/2014). Vilkår om ruskontrakt foreslås ikke: Den siktede har nektet samtykke. Det anbefales"))
        let english = try unwrapped(["--lang", "en"])
        #expect(english.contains("No drug testing is proposed. The suspect has refused consent."))
        #expect(english.contains("to suitable first-time offenders in the young adult (18–24) group."))
        #expect(!note.stdout.contains("[") && !note.stdout.contains("--"))
        let caveat = try cli.rusctl(["evaluate", "-", "--format", "notat"], stdin: InForceEnvironmentTests.adult)
        #expect(caveat.stdout.hasPrefix("Forbehold: Lovendringen 2025 (LOV-2025-06-20-83) ble vedtatt 20.06.2025"))
        #expect(!caveat.stdout.contains("--in-force"), "no command-line advice in a note for a decision")
        // The law, its preparatory works and the authorities' guidelines; never a newspaper.
        let statute = try cli.rusctl(["evaluate", "Fixtures/selection/strl-3-new-law-milder.json", "--format", "notat"])
        #expect(statute.stdout.contains("jf. legemiddelloven § 31 a, Innst. 518 L (2024–2025) og LOV-2025-06-20-83."))
        #expect(!statute.stdout.contains("Dagsavisen"))
    }
}
