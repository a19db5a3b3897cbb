import Testing
@testable import RusRules

/// The text answer a prosecutor reads: one screen for a usual case.
@Suite struct DecisionTextTests {
    static let text = DecisionText(book: .builtIn, language: .nb)

    func decision(_ fixture: String) throws -> Decision {
        let loaded = try Repository.fixture(fixture)
        return try Engine().evaluate(CaseInput(bytes: loaded.input).entries[0], ruleSet: loaded.rules, today: loaded.today).get()
    }

    func section(_ rendered: String, _ title: String) -> [String] {
        guard let start = rendered.range(of: "\n\(title)") else { return [] }
        return rendered[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .prefix { !$0.isEmpty }.map(String.init)
    }

    /// A 14-year-old: eight reactions excluded for one reason are one line, not eight.
    @Test func identicalExclusionReasonsAreOneLine() throws {
        let rendered = Self.text.render(try decision("age/14-day-before-15th-birthday.json"), explain: false)
        let excluded = section(rendered, "UTELUKKET")
        #expect(excluded.count == 1)
        #expect(
            excluded.first?.hasPrefix(
                "  – påtaleunnlatelse, forelegg, forenklet forelegg, ungdomsoppfølging, ungdomsstraff, straffutmålingsfrafall, oppfølging i konfliktråd og pålegg om oppmøte for rådgivende enhet for russaker: "
            ) == true)
        #expect(rendered.split(separator: "\n").count <= 30, "one screen")
        // So on the page, and in its print.
        let html = DecisionHTML(book: .builtIn, language: .nb).render(try decision("age/14-day-before-15th-birthday.json"))
        let items =
            html.components(separatedBy: "<section class=\"excluded\">").last?.components(separatedBy: "</ul>").first?
            .components(separatedBy: "<li>").dropFirst() ?? []
        #expect(items.count == 1)
        #expect(items.first?.hasPrefix("<strong>påtaleunnlatelse</strong>, <strong>forelegg</strong>, ") == true)
        #expect(items.first?.contains(" og <strong>pålegg om oppmøte for rådgivende enhet for russaker</strong>: ") == true)
    }

    /// A usual case — a first case of a youth (consent given or not yet known), a young adult or an
    /// adult — fits one screen of 40 lines at 80 columns, without --kort: each excluded reaction
    /// on a line of its own, the available ones, notes and caveats in brief, the sources one
    /// paragraph.
    @Test(arguments: [
        "practice/voksen-first-time.json", "practice/ung-voksen-first-time.json", "practice/ungdom-first-consent-given.json",
        "practice/ungdom-first-consent-unknown.json",
    ])
    func theUsualCaseFitsOneScreen(_ fixture: String) throws {
        let rendered = Self.text.render(try decision(fixture), DecisionText.Detail(width: 80))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count + 1 <= 40, "with the stamp line")
        #expect(lines.allSatisfy { $0.count <= 80 })
        let excluded = lines.drop { $0 != "UTELUKKET" }.dropFirst().prefix { !$0.isEmpty }
        #expect(excluded.count >= 5 && excluded.allSatisfy { $0.hasPrefix("  – ") })
    }

    /// A practice picked by the decision date is «gjeldende» then; «i kraft» is for statutes.
    @Test func aPracticeIsCurrentNotInForce() throws {
        let rendered = Self.text.render(try decision("practice/voksen-first-time.json"), DecisionText.Detail()).unwrapped
        #expect(rendered.contains("(HR-2022) (versjon 2022-07-01), gjeldende per "))
        #expect(!rendered.contains("), i kraft "))
    }

    /// The page of `rusctl serve` says whose consent an option needs once: where a reason says
    /// it with where the consent stands, no second bare line says it again.
    @Test func thePageSaysWhoseConsentOnce() throws {
        let html = DecisionHTML(book: .builtIn, language: .nb).render(try decision("practice/ungdom-first-consent-given.json"))
        let waiver = try #require(html.components(separatedBy: "<article class=\"option\">").dropFirst().first)
        #expect(waiver.contains("Krever samtykke fra den siktede og vergen; samtykke er gitt."))
        #expect(waiver.components(separatedBy: "Krever samtykke fra").count == 2, "said once")
    }

    /// Sources are dated as precisely as they are known, as a reader writes dates.
    @Test func sourcesAreDatedAsAReaderWritesDates() {
        #expect(Wording.sourceDate("1981-05-22", .nb) == "22.05.1981")
        #expect(Wording.sourceDate("2025-06", .nb) == "juni 2025")
        #expect(Wording.sourceDate("2025-06", .en) == "June 2025")
        #expect(Wording.sourceDate("2019", .nb) == "2019")
    }

    /// A printed answer names the case it answers, and the case as read, before the answer.
    @Test func thePageNamesTheCaseBeforeTheAnswer() throws {
        let youth = try decision("practice/ungdom-first-consent-given.json")
        let html = DecisionHTML(book: .builtIn, language: .nb).render(youth)
        let facts = try #require(html.range(of: "<dt>Saken</dt><dd>bruk og besittelse; cannabis (hasj, marihuana) 4,5 g</dd>"))
        let ruleSet = try #require(html.range(of: "<dt>Regelsett</dt>"))
        #expect(facts.lowerBound < ruleSet.lowerBound)
        let named = DecisionHTML(book: .builtIn, language: .en).render(try decision("practice/voksen-first-time.json"))
        #expect(named.contains("<dt>The case</dt><dd>"))
        // The age as each language writes it: «15 år — ungdom», "25 — adult", never "25  — adult" in English.
        #expect(html.contains("<dt>Alder</dt><dd>\(youth.ageAtOffence) år — ungdom (15–17 år)</dd>"))
        #expect(named.contains("<dt>Age</dt><dd>\(try decision("practice/voksen-first-time.json").ageAtOffence) — "))
        #expect(html.contains("Straffeprosessloven, § 69 (påtaleunnlatelse) (22.05.1981)"))
    }

    /// What the one-screen answer gives in brief, the trace and --alle-kilder give in full.
    @Test func briefOnOneScreenInFullWhenAskedFor() throws {
        let youth = try decision("practice/ungdom-first-consent-given.json")
        let usual = Self.text.render(youth, DecisionText.Detail())
        #expect(usual.contains("bekymringssamtale: Kan brukes i tillegg til reaksjonen."))
        #expect(!usual.contains("Politiet kan kalle inn barn under 18 år"))
        for detail in [DecisionText.Detail(explain: true), DecisionText.Detail(allSources: true)] {
            let full = Self.text.render(youth, detail).unwrapped
            #expect(full.contains("Politiet kan kalle inn barn under 18 år og foresatte til bekymringssamtale"))
            #expect(full.contains("Krever samtykke fra den siktede og vergen; samtykke er gitt. [strpl-71a"))
        }
        // A brief reason is a sentence a lawyer would write: whom it concerns, not a dangling «de».
        let statuteYouth = Self.text.render(try decision("lov-2025/youth-first.json"), DecisionText.Detail()).unwrapped
        #expect(statuteYouth.contains("forenklet forelegg: Ikke for personer under 18 år, som henvises til rådgivende enhet."))
        // Consent said once in the summary, not again among the reasons.
        #expect(usual.contains("  Krever samtykke fra den siktede og vergen; samtykke er gitt.\n  Begrunnelse: For ungdom"))
        #expect(!usual.unwrapped.contains("Riksadvokatens rundskriv 2/2014). Krever samtykke"))
        // An unknown limit: the caveat names the ceiling, not what it rests on, and the reason
        // that repeats the caveat is left out.
        let unknown = Self.text.render(try decision("practice/heroin-non-dependent-unknown-limit.json"), DecisionText.Detail()).unwrapped
        #expect(unknown.contains("for heroin er ukjent, men ikke høyere enn 5 g; mengden er 3 g."))
        #expect(!unknown.contains("Forbundet Mot Rusgift, høringsuttalelse 7. april 2020") && !unknown.contains("Bygger på at mengden"))
        let excluded = Self.text.render(try decision("practice/voksen-first-time.json"), explain: true)
        #expect(excluded.contains("Et forebyggende tiltak for barn under 18 år"))
    }

    /// The list of sources cites a statute's sections together and a document once, as a lawyer
    /// does: «[strpl-69, strpl-255] straffeprosessloven § 69 og § 255 flg.», «[strl-61, strl-231]
    /// straffeloven §§ 61 og 231».
    @Test func sourcesAreCitedAsALawyerCitesThem() throws {
        let rendered = Self.text.render(try decision("practice/ungdom-first-consent-unknown.json"), explain: false).unwrapped
        let sources = try #require(rendered.components(separatedBy: "KILDER: ").last)
        #expect(sources.contains("[strpl-69, strpl-255, strpl-71a] straffeprosessloven § 69, § 255 flg. og § 71 a;"))
        #expect(sources.contains("[pod-2019, pod-2019-ungdomsoppfolging] Politidirektoratets utredning (2019);"))
        #expect(sources.contains("[ra-2014-2] Riksadvokatens rundskriv 2/2014;"))
        #expect(!sources.contains("«Narkotikasaker»"))
        // Bare sections of one statute: «§§ 61 og 231», as in the begrunnelse.
        let dependent = Self.text.render(try decision("dependent/heroin-at-limit.json"), explain: false).unwrapped
        #expect(dependent.components(separatedBy: "KILDER: ").last!.contains("[strl-61, strl-231] straffeloven §§ 61 og 231;"))
        let full = Self.text.render(try decision("practice/ungdom-first-consent-unknown.json"), DecisionText.Detail(allSources: true))
        #expect(full.contains("[ra-2014-2] Riksadvokatens rundskriv 2/2014 «Narkotikasaker», om alternative reaksjoner for unge"))
    }

    /// The sources listed are those of what the answer recommends, offers, notes and warns about;
    /// --alle-kilder lists every one.
    @Test func sourcesOfExcludedOptionsOnlyWhenAskedFor() throws {
        let decided = try decision("practice/voksen-first-time.json")
        let listed = { (rendered: String) in
            Set(
                rendered.unwrapped.components(separatedBy: "KILDER").last!.matches(of: /\[([^\]]+)\] [^,;]/)
                    .flatMap { $0.1.components(separatedBy: ", ") })
        }
        let shown =
            decided.options.filter { $0.status != .excluded }.flatMap(\.citations)
            + (decided.notes + decided.warnings).flatMap(\.citations)
        let onlyExcluded = Set(decided.options.flatMap(\.citations)).subtracting(shown)
        #expect(!onlyExcluded.isEmpty)
        #expect(listed(Self.text.render(decided, explain: false)) == Set(shown))
        #expect(listed(Self.text.render(decided, DecisionText.Detail(allSources: true))) == Set(shown).union(onlyExcluded))
    }

    @Test func theShortAnswerIsTheSummaryAlone() throws {
        let rendered = Self.text.render(try decision("practice/voksen-first-time.json"), DecisionText.Detail(short: true))
        #expect(rendered.contains("KORT SVAR\n  Regelsett: "))
        #expect(!rendered.contains("ANBEFALT") && !rendered.contains("KILDER"))
    }

    /// "påtaleunnlatelse uten vilkår (ubetinget)", as a prosecutor says it; never "vilkår: uten vilkår".
    @Test func anUnconditionalWaiverIsNamedSo() throws {
        let rendered = Self.text.render(try decision("dependent/heroin-at-limit.json"), explain: false)
        #expect(rendered.contains("Anbefalt: påtaleunnlatelse uten vilkår (ubetinget) (straffbart)"))
        #expect(!rendered.contains("uten vilkår\n") && !rendered.contains("vilkår: uten vilkår"))
    }

    /// The case as read, in the names it was normalised to.
    @Test func theAnswerShowsTheCaseAsRead() throws {
        let rendered = Self.text.render(try decision("words/heroin-5-gram-norwegian-acts.json"), explain: false)
        #expect(rendered.hasPrefix("Saken: besittelse og oppbevaring; heroin 5 g\nAvgjort "))
        // A case with a number opens with it.
        let numbered = Self.text.render(try decision("practice/ungdom-first-consent-given.json"), explain: false)
        #expect(numbered.hasPrefix("Sak sak-2023-0142: bruk og besittelse; cannabis (hasj, marihuana) 4,5 g\nAvgjort 02.05.2023; "))
    }
}
