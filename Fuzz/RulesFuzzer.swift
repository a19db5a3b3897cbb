// Fuzz target: rule files (--rules-file). Built with the RusRules sources into one binary by
// Fuzz/run (Entry.swift picks the target); not part of the package. A file either loads or is rejected with errors; a loaded proposal must decide
// cases, and the compiled fast path must agree with the engine under it.
import Foundation

enum RulesFuzzer {
    static let today = LegalDate(year: 2024, month: 1, day: 1)!
    static let cases: [Case] = {
        var sampler = CaseSampler(seed: 3)
        let engine = Engine()
        return (0..<40).compactMap { _ in try? engine.decode(CaseInput(bytes: Array(JSONWriter.compact(sampler.next()).utf8)).entries[0]).get() }
    }()

    static func check(_ bytes: [UInt8]) {
        let book: RuleBook
        let proposal: RuleSet
        do {
            (book, proposal) = try RuleBook.builtIn.addingRulesFile(json: bytes, source: "fuzz")
        } catch {
            precondition(!error.errors.isEmpty, "a rejected rules file has no error")
            return
        }
        _ = RuleCheck.citationFindings(book) + RuleCheck.orderFindings(book)
        _ = RuleCatalog.markdown(book: book)
        let engine = Engine(book: book)
        let compiled = CompiledRuleBook(book: book)
        for theCase in cases {
            guard case .success(let decision) = engine.evaluate(theCase, ruleSet: proposal.id, today: today) else {
                preconditionFailure("a loaded proposal could not decide a valid case")
            }
            if let compiled, let compact = CompactCase(theCase, compiled: compiled, today: today) {
                precondition(compiled.outcome(compact, ruleSet: proposal.id) == Outcome(decision), "fast path and engine disagree")
            }
        }
    }
}
