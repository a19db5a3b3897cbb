import Foundation
import Testing
@testable import RusRules

/// Law spec §6, «Every citation is public»: no answer, in any format or language, names a file
/// of this project or its development — a seed document, a path, a section of the spec — for
/// every fixture under every rule set (``LawPropertyTests`` does the same over generated cases).
@Suite struct HonestyTests {
    @Test func answersCiteOnlyPublicSources() throws {
        let engine = Engine()
        let ruleSets: [String?] = [nil] + RuleBook.builtIn.ruleSets.map(\.id)
        var answers = 0
        for name in Repository.fixtureFiles {
            let fixture = try Repository.fixture(name)
            var stream = CaseStream(bytes: fixture.input)
            for entry in stream.nextAll() {
                for ruleSet in ruleSets {
                    guard case .success(let decision) = engine.evaluate(entry, ruleSet: ruleSet, today: fixture.today) else { continue }
                    for (language, found) in LawPropertyTests.projectInternals(in: decision) {
                        #expect(found == nil, "\(name) under \(ruleSet ?? "by date") (\(language)): \"\(found ?? "")\"")
                        answers += 1
                    }
                }
            }
        }
        #expect(answers > 1000)
    }
}
