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

    @Test func manyDecisionsAreChecked() {
        #expect(Self.decisions.count > 500)
    }

    @Test func everyReactionAppearsOnceWithAReasonAndACitation() {
        for (name, decision) in Self.decisions {
            #expect(decision.options.map(\.reaction).sorted { $0.rawValue < $1.rawValue }
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
            let cited = decision.options.flatMap(\.citations) + decision.notes.flatMap(\.citations)
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
            #expect(decision.trace.prefix(2).map(\.code) == ["select-rule-set", "age"]
                    || decision.trace.first?.code == "select-rule-set", "\(name)")
        }
    }
}
