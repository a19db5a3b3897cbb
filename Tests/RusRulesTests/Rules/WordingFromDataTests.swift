import Foundation
import Testing

@testable import RusRules

/// The legal numbers a text names come from the rule data, never from a literal in the wording
/// (issue 20, point 3): ages from the vocabulary's age tracks, penalty frames and the advisory
/// unit's attendance from the citation data. With the data moved, no answer names the old value.
@Suite struct WordingFromDataTests {
    /// The built-in data with every age limit moved: criminal liability from 14, adulthood
    /// from 20, the adult track from 27.
    static let movedBook: RuleBook = {
        var vocabulary = BuiltInData.vocabulary
        for (old, new) in [("15", "14"), ("18", "20"), ("25", "27")] {
            vocabulary = vocabulary.replacingOccurrences(of: "\"fromAge\": \(old)", with: "\"fromAge\": \(new)")
        }
        vocabulary = vocabulary.replacingOccurrences(of: "under 15", with: "under 14")
            .replacingOccurrences(of: "15–17", with: "14–19").replacingOccurrences(of: "18–24", with: "20–26")
            .replacingOccurrences(of: "25 år og eldre", with: "27 år og eldre").replacingOccurrences(of: "25 and over", with: "27 and over")
        // Texts of the data that name an age (a source's title, a proposal's note) are data, and move with it.
        let citations = BuiltInData.citations.replacingOccurrences(of: "lavalder 15 år", with: "lavalder 14 år")
            .replacingOccurrences(of: "18 år", with: "20 år")
        let ruleSets = BuiltInData.ruleSets.map { ruleSet in
            var moved = ruleSet
            moved.json = ruleSet.json.replacingOccurrences(of: "Under 18", with: "Under 20")
            return moved
        }
        let loaded = RuleBook.load(citations: citations, vocabulary: vocabulary, ruleSets: ruleSets)
        return loaded.book!
    }()

    /// Every answer's text for ages on both sides of each moved limit (none of them a built-in
    /// limit), under every rule set.
    static func everyText(book: RuleBook) -> [(label: String, text: String)] {
        let engine = Engine(book: book, inForce: InForceDates())
        var texts: [(String, String)] = []
        for age in [13, 14, 16, 19, 20, 26, 27] {
            for priors in [0, 2] {
                for dependent in ["false", "true"] {
                    let json = """
                        {"id": "sak-\(priors)\(dependent)", "offenceDate": "2025-03-01", "decisionDate": "2025-04-01",
                         "person": {"ageAtOffence": \(age), "priorDrugReactions": \(priors), "dependent": \(dependent)},
                         "acts": ["use", "possession"], "substances": [{"substance": "cannabis", "amount": 3, "unit": "g"}]}
                        """
                    let entry = CaseInput(bytes: Array(json.utf8)).entries[0]
                    for ruleSet in book.ruleSets {
                        guard case .success(let decision) = engine.evaluate(entry, ruleSet: ruleSet.id, today: LegalDate("2025-04-01")!)
                        else { continue }
                        for language in [Language.nb, .en] {
                            let label = "\(ruleSet.id) age \(age) priors \(priors) dependent \(dependent) \(language)"
                            let text = DecisionText(book: book, language: language)
                            texts.append((label, text.render(decision, DecisionText.Detail(explain: true, allSources: true))))
                            texts.append((label, text.render(decision, DecisionText.Detail())))
                            texts.append((label, Begrunnelse.text(decision, book: book, language: language)))
                        }
                    }
                }
            }
        }
        return texts
    }

    /// An age as a text names it: «15 år», «under 18», «15–17», «15–17-åringer», «from 18».
    static func namesAge(_ age: Int, in text: String) -> Bool {
        let pattern = #"(?<![\d§.,/-])(?<!§ )\#(age)(?! ?(g|mg|kg|ml|dl|l|lapper|rusdoser|blotters|doses)\b)(?= år|–|-år|-year|\)|\b(?![.,/]\d))"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test func noAnswerNamesTheBuiltInAgesOnceTheTracksMove() {
        let texts = Self.everyText(book: Self.movedBook)
        #expect(texts.count > 100)
        var leaks: [String] = []
        for (_, text) in texts {
            let undated = text.replacingOccurrences(
                of: #"\d{1,2}(\.\d{2}\.| (January|February|March|April|May|June|July|August|September|October|November|December) )\d{4}"#,
                with: "DATE", options: .regularExpression)
            for line in undated.split(separator: "\n") {
                for old in [15, 17, 18, 24, 25] where Self.namesAge(old, in: String(line)) && !line.contains("Innst.") {
                    leaks.append("\(old) in «\(line.trimmingCharacters(in: .whitespaces))»")
                }
            }
        }
        #expect(Set(leaks).sorted().prefix(60).joined(separator: "\n") == "")
    }

    /// The same texts over the built-in data name the built-in ages (the test above would pass
    /// over texts that name no age at all).
    @Test func theBuiltInAnswersNameTheBuiltInAges() {
        let all = Self.everyText(book: .builtIn).map(\.text).joined(separator: "\n")
        for age in [15, 18] { #expect(Self.namesAge(age, in: all), "\(age)") }
    }

    /// Under 18 at the act the § 231 frame does not say that a forelegg appears on an ordinary
    /// politiattest, beside the note that says the offence is not shown on one.
    @Test func theFrameDoesNotContradictThePolitiattestNoteForAMinor() throws {
        func notes(_ age: Int) throws -> [String] {
            let json = """
                {"offenceDate":"2024-01-01","decisionDate":"2024-02-01","person":{"ageAtOffence":\(age)},
                 "acts":["acquisition"],"substances":[{"substance":"cannabis","amount":3,"unit":"g"}]}
                """
            return try decide(json).get().notes.map { $0.text.nb }
        }
        let youth = try notes(16)
        #expect(youth.contains("Straffeloven § 231 (bot eller fengsel inntil 2 år)."))
        #expect(youth.contains { $0.hasPrefix("Under 18 år på gjerningstidspunktet: forholdet vises ikke på politiattest") })
        #expect(!youth.joined().contains("vises på ordinær politiattest"))
        #expect(try notes(30).contains("Straffeloven § 231 (bot eller fengsel inntil 2 år). Et forelegg vises på ordinær politiattest."))
    }

    @Test func penaltyFramesAndAttendanceAreTheCitationData() throws {
        var citations = BuiltInData.citations
        for (old, new) in [
            (
                "\"nb\": \"bot eller fengsel inntil 6 måneder\", \"en\": \"a fine or imprisonment for up to 6 months\"",
                "\"nb\": \"bot eller fengsel inntil 1 år\", \"en\": \"a fine or imprisonment for up to 1 year\""
            ),
            (
                "\"nb\": \"bot eller fengsel inntil 2 år\", \"en\": \"a fine or imprisonment for up to 2 years\"",
                "\"nb\": \"bot eller fengsel inntil 3 år\", \"en\": \"a fine or imprisonment for up to 3 years\""
            ),
            ("\"nb\": \"inntil tre ganger innen tre måneder\"", "\"nb\": \"inntil fire ganger innen seks måneder\""),
        ] {
            #expect(citations.contains(old), "\(old)")
            citations = citations.replacingOccurrences(of: old, with: new)
        }
        let book = try #require(RuleBook.load(citations: citations, vocabulary: BuiltInData.vocabulary, ruleSets: BuiltInData.ruleSets).book)
        let engine = Engine(book: book)
        func answer(_ age: Int, _ acts: String, ruleSet: String) throws -> String {
            let json = """
                {"offenceDate": "2025-03-01", "person": {"ageAtOffence": \(age)}, "acts": [\(acts)],
                 "substances": [{"substance": "cannabis", "amount": 3, "unit": "g"}]}
                """
            let entry = CaseInput(bytes: Array(json.utf8)).entries[0]
            guard case .success(let decision) = engine.evaluate(entry, ruleSet: ruleSet, today: LegalDate("2025-04-01")!) else {
                Issue.record("no decision")
                return ""
            }
            return DecisionText(book: book, language: .nb).render(decision, DecisionText.Detail(explain: true)).unwrapped
        }
        let use = try answer(30, #""use", "possession""#, ruleSet: "hr-2022")
        #expect(use.contains("legemiddelloven § 24 jf. § 31 (bot eller fengsel inntil 1 år)"))
        let storage = try answer(30, #""storage""#, ruleSet: "hr-2022")
        #expect(storage.contains("Straffeloven § 231 (bot eller fengsel inntil 3 år)"))
        let statute = try answer(30, #""use""#, ruleSet: "lov-2025")
        #expect(statute.contains("legemiddelloven § 31 andre ledd (bot eller fengsel inntil 1 år)"))
        #expect(statute.contains("rådgivende enhet for russaker, inntil fire ganger innen seks måneder."))
        let youth = try answer(16, #""use""#, ruleSet: "lov-2025")
        #expect(youth.contains("inntil fire ganger innen seks måneder, den aktuelle reaksjonen"))
        for text in [use, storage, statute, youth] {
            #expect(!text.contains("6 måneder") && !text.contains("inntil 2 år") && !text.contains("tre ganger"))
        }
    }
}
