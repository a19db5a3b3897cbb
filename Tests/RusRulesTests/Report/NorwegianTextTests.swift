import Foundation
import Testing
@testable import RusRules

/// Every reason, note and warning, in Norwegian, is Norwegian: rendered over every fixture and
/// thousands of generated cases under every rule set, and checked against English words (and
/// the English texts against Norwegian ones).
@Suite struct NorwegianTextTests {
    static let englishWords = [
        " the ", " and ", " of ", " is ", " not ", " limit", "guideline", "interpretation", "verified",
        "unknown", " above ", " within ", "requires", "consent", "prosecution", "table", "dependent",
        "ceiling", "waiver", "youth", "adult", "possession", "acquisition", "storage", " use ", "amount",
        "baseline", "proposal", "statute", "rule set", "punishable",
    ]
    /// Norwegian words that are not names of legal measures (which an English text keeps, as
    /// "ungdomsoppfølging").
    static let norwegianWords = [
        " og ", " ikke ", " eller ", " grense", "samtykke", " verge", "voksen", "besittelse",
        "oppbevaring", "erverv", " bruk ", "mengde", "straffbar", "regelsett", " som ", " for å ",
    ]

    /// Words and names that stand as they are in either language: legal titles and reaction
    /// names in Norwegian, ids, quoted source text.
    static func withoutNames(_ text: String) -> String {
        text.replacing(/«[^»]*»|"[^"]*"|[a-z0-9]+(-[a-z0-9]+)+/, with: "")
    }

    static let decisions: [Decision] = {
        let engine = Engine()
        var cases: [Case] = []
        for name in Repository.fixtureFiles {
            guard let fixture = try? Repository.fixture(name) else { continue }
            var stream = CaseStream(bytes: fixture.input)
            for entry in stream.nextAll() { if case .success(let theCase) = engine.decode(entry) { cases.append(theCase) } }
        }
        var sampler = CaseSampler(seed: 4)
        for _ in 0..<250 {
            if case .success(let theCase) = engine.decode(CaseInput(bytes: Array(JSONWriter.compact(sampler.next()).utf8)).entries[0]) {
                cases.append(theCase)
            }
        }
        var dates = InForceDates()
        _ = dates.add("lov-2025=2026-07-01", book: engine.book)
        let withStatute = Engine(book: engine.book, detail: .full, inForce: dates)
        var decisions: [Decision] = []
        for theCase in cases {
            for ruleSet in [nil] + engine.book.ruleSets.map(\.id) {
                if case .success(let decision) = engine.evaluate(theCase, ruleSet: ruleSet, today: LegalDate("2024-01-01")!) {
                    decisions.append(decision)
                }
            }
            if case .success(let decision) = withStatute.evaluate(theCase, today: LegalDate("2026-11-30")!) { decisions.append(decision) }
        }
        return decisions
    }()

    func texts(_ decision: Decision, _ language: Language) -> [String] {
        decision.options.flatMap { $0.reasons.map { $0.text(language) } }
            + (decision.notes + decision.warnings).map { $0.text.text(language) }
    }

    @Test func everyReasonNoteAndWarningIsInTheLanguageAsked() {
        var problems = Set<String>()
        for decision in Self.decisions {
            for text in texts(decision, .nb) {
                let plain = Self.withoutNames(text.lowercased())
                for word in Self.englishWords where plain.contains(word) { problems.insert("nb «\(word)»: \(text.replacing(/[0-9]+/, with: "#"))") }
            }
            for text in texts(decision, .en) {
                let plain = Self.withoutNames(text.lowercased())
                for word in Self.norwegianWords where plain.contains(word) { problems.insert("en «\(word)»: \(text.replacing(/[0-9]+/, with: "#"))") }
            }
        }
        #expect(Self.decisions.count > 3000)
        for problem in problems.sorted().prefix(40) { Issue.record("\(problem)") }
    }

    /// The whole text answer in Norwegian, but for the sources' titles: no English words, no codes.
    @Test func theNorwegianAnswerHasNoEnglishWordsOrCodes() {
        let text = DecisionText(book: .builtIn, language: .nb)
        var problems = Set<String>()
        for decision in Self.decisions.prefix(3000) {
            let rendered = text.render(decision, explain: false)
            let body = rendered.components(separatedBy: "\nKILDER").first ?? rendered
            for line in body.split(separator: "\n") {
                let plain = Self.withoutNames(line.lowercased())
                for word in Self.englishWords where plain.contains(word) { problems.insert("«\(word)»: \(line.replacing(/[0-9]+/, with: "#"))") }
            }
        }
        for problem in problems.sorted().prefix(40) { Issue.record("\(problem)") }
    }
}
