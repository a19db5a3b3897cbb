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
    }

    /// A usual case (an adult's first cannabis case) fits one screen of 40 lines at 80 columns,
    /// without --kort: each excluded reaction on a line of its own, the sources one paragraph.
    @Test func theUsualCaseFitsOneScreen() throws {
        let rendered = Self.text.render(try decision("practice/voksen-first-time.json"), DecisionText.Detail(width: 80))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count + 1 <= 40, "with the stamp line")
        #expect(lines.allSatisfy { $0.count <= 80 })
        let excluded = lines.drop { $0 != "UTELUKKET" }.dropFirst().prefix { !$0.isEmpty }
        #expect(excluded.count == 6 && excluded.allSatisfy { $0.hasPrefix("  – ") })
        // In full where the detail is asked for.
        #expect(Self.text.render(try decision("practice/voksen-first-time.json"), explain: true).contains("Et forebyggende tiltak for barn under 18 år"))
    }

    /// The sources listed are those of what the answer recommends, offers, notes and warns about;
    /// --alle-kilder lists every one.
    @Test func sourcesOfExcludedOptionsOnlyWhenAskedFor() throws {
        let decided = try decision("practice/voksen-first-time.json")
        let listed = { (rendered: String) in
            Set(rendered.unwrapped.components(separatedBy: "KILDER").last!.matches(of: /\[([^\]]+)\] [^,;]/).map { String($0.1) })
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
        #expect(rendered.contains("\nSaken: besittelse og oppbevaring; heroin 5 g\n"))
    }
}
