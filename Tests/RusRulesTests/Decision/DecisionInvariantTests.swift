import Testing
@testable import RusRules

/// rules.md §6 and contract.md, checked over the decision of every valid fixture case under
/// every rule set: each answer is complete, cited and free of rule conflicts.
@Suite struct DecisionInvariantTests {
    static let decisions: [(String, Decision)] = {
        let engine = Engine()
        var all: [(String, Decision)] = []
        for name in Repository.fixtureFiles {
            guard let fixture = try? Repository.fixture(name) else { continue }
            let input = CaseInput(bytes: fixture.input)
            guard let entry = input.entries.first else { continue }
            for ruleSet in engine.book.ruleSets.map(\.id) {
                if case .success(let decision) = engine.evaluate(entry, ruleSet: ruleSet, today: fixture.today) {
                    all.append(("\(name) [\(ruleSet)]", decision))
                }
            }
        }
        return all
    }()

    /// A decision made without its trace (`--no-trace`) says exactly what the full one says.
    @Test func anAnswerIsTheFullDecisionWithoutItsTrace() {
        let answers = Engine(detail: .answer)
        for (name, decision) in Self.decisions {
            guard let ruleSet = name.split(separator: "[").last?.dropLast(),
                let fixture = try? Repository.fixture(String(name.split(separator: " [")[0])),
                let entry = CaseInput(bytes: fixture.input).entries.first,
                case .success(let answer) = answers.evaluate(entry, ruleSet: String(ruleSet), today: fixture.today)
            else {
                Issue.record("\(name): no answer")
                continue
            }
            #expect(answer.json(language: .nb, includeTrace: false) == decision.json(language: .nb, includeTrace: false), "\(name)")
            #expect(answer.trace.isEmpty && answer.rulesApplied.isEmpty && answer.thresholdChecks.isEmpty, "\(name)")
        }
    }

    @Test func manyDecisionsAreChecked() {
        #expect(Self.decisions.count > 500)
    }

    @Test func everyReactionAppearsOnceWithAReasonAndACitation() {
        for (name, decision) in Self.decisions {
            #expect(
                decision.options.map(\.reaction).sorted { $0.rawValue < $1.rawValue }
                    == Reaction.allCases.sorted { $0.rawValue < $1.rawValue }, "\(name)")
            for option in decision.options {
                #expect(!option.reasons.isEmpty && !option.citations.isEmpty, "\(name): \(option.reaction)")
            }
        }
    }

    @Test func exactlyOneRecommendedWhenThereIsARecommendation() {
        for (name, decision) in Self.decisions {
            let recommended = decision.options.filter { $0.status == .recommended }
            if let reaction = decision.recommended {
                #expect(recommended.map(\.reaction) == [reaction], "\(name)")
            } else {
                #expect(recommended.isEmpty, "\(name)")
                #expect(decision.liability == .ordinaryProsecution, "\(name)")
            }
        }
    }

    @Test func everyNoteIsCitedAndEveryCitationIsRegistered() {
        let book = RuleBook.builtIn
        for (name, decision) in Self.decisions {
            for note in decision.notes {
                #expect(!note.citations.isEmpty, "\(name): note \(note.code)")
            }
            let cited =
                decision.options.flatMap(\.citations) + decision.notes.flatMap(\.citations)
                + decision.warnings.flatMap(\.citations) + decision.trace.flatMap(\.citations)
            for id in cited {
                #expect(book.citation(id) != nil, "\(name): unknown citation \(id)")
            }
        }
    }

    @Test func noTwoRulesDecideTheSameReaction() {
        for (name, decision) in Self.decisions {
            #expect(!decision.warnings.contains { $0.code == "rule-conflict" }, "\(name)")
        }
    }

    @Test func theTraceStartsWithTheRuleSetAndTheAge() {
        for (name, decision) in Self.decisions {
            #expect(
                decision.trace.prefix(2).map(\.code) == ["select-rule-set", "age"]
                    || decision.trace.first?.code == "select-rule-set", "\(name)")
        }
    }

    /// Amounts are stated in the threshold's unit whether or not its limit is known (0.002 kg of
    /// heroin is "2 g"; 1 mg of LSD under ra-2014, which has no mg limit, was once shown as
    /// "0.001 mg", the gram value under the milligram label), and so is the ceiling of an
    /// unknown limit.
    @Test(arguments: [
        ("heroin", "0.002", "kg", "heroin 2 g (unknown limit, at most 5 g)"),
        ("lsd", "1", "mg", "LSD 1 mg (unknown limit, at most 2 mg)"), ("methamphetamine", "1000", "mg", "methamphetamine 1 g (no known limit)"),
        ("cannabis", "1500", "mg", "cannabis (hashish, marijuana) 1.5 g ≤ 15 g"),
    ])
    func amountsAreStatedInTheThresholdsUnit(substance: String, amount: String, unit: String, stated: String) throws {
        let decision = try decide(
            #"{"offenceDate":"2013-03-14","decisionDate":"2014-05-02","person":{"ageAtOffence":30},"acts":["possession"],"#
                + #""substances":[{"substance":"\#(substance)","amount":\#(amount),"unit":"\#(unit)"}]}"#, ruleSet: "ra-2014"
        ).get()
        let quantity = try #require(decision.trace.first { $0.code == "quantity" })
        #expect(quantity.text.en.contains(stated), "\(quantity.text.en)")
    }
}
