// A case system that depends on RusRules as another package does, using only its public API:
// the code of the «Getting started» article (Sources/RusRules/RusRules.docc), built and run by
// Tests/install/library-client.sh. It prints one line per step; the script compares them.
import RusRules

let engine = Engine()
let today = LegalDate("2026-12-03")!

// A case from JSON: every entry of the input is decided or is an error in its place.
let json = #"""
    {"offenceDate":"2026-03-14","decisionDate":"2026-05-02","person":{"ageAtOffence":23},"acts":["possession"],"substances":[{"substance":"cannabis","amount":4.5,"unit":"g"}]}
    {"offenceDate":"2026-03-14","person":{"ageAtOffence":-1},"acts":["possession"],"substances":[]}
    """#
for entry in CaseInput(bytes: Array(json.utf8)).entries {
    switch engine.evaluate(entry, today: today) {
    case .success(let decision):
        print("json:", decision.ruleSet, decision.liability.rawValue, decision.recommended?.rawValue ?? "none")
    case .failure(let errors):
        print("json:", errors.errors.map { "\($0.code) \($0.pointer)" }.joined(separator: ", "))
    }
}

// A case made in code goes through the same checks.
let person = Person(
    birthDate: nil, ageAtOffence: 23, dependent: .no, priorDrugReactions: 0, consent: nil, guardianConsent: nil)
do {
    _ = try Case(
        offenceDate: LegalDate("2026-03-14")!, decisionDate: LegalDate("2026-05-02"), person: person,
        acts: [.possession], substances: [SubstanceAmount(substance: "heroine", amount: 1000, unit: "gramm")])
    print("code: accepted")
} catch {
    print("code:", error.errors.map(\.code).joined(separator: ", "))
}
let theCase = try Case(
    offenceDate: LegalDate("2026-03-14")!, decisionDate: LegalDate("2026-05-02"), person: person,
    acts: [.possession], substances: [SubstanceAmount(substance: "hasj", amount: 4, unit: "g")])
let decision = try engine.evaluate(theCase, today: today).get()
print("code:", decision.liability.rawValue, decision.recommended?.rawValue ?? "none")

// The answer for a person, and the contract's JSON.
let text = DecisionText(book: engine.book, language: .nb).render(decision, DecisionText.Detail(width: 80))
print("text:", text.split(separator: "\n").contains { $0.hasPrefix("  Anbefalt: forelegg") })
print("begrunnelse:", Begrunnelse.text(decision, book: engine.book, language: .nb).contains("forelegg"))
print("json out:", JSONWriter.compact(decision.json(language: .en, includeTrace: false)).hasPrefix("{"))

// One engine shared across tasks gives the same answers as one thread.
let answers = await withTaskGroup(of: (Int, String).self) { group in
    for index in 0..<8 {
        group.addTask {
            let answer = try? engine.evaluate(theCase, today: today).get()
            return (index, answer?.recommended?.rawValue ?? "none")
        }
    }
    var byIndex: [Int: String] = [:]
    for await (index, answer) in group { byIndex[index] = answer }
    return byIndex
}
print("threads:", Set(answers.values).sorted().joined(separator: ","), answers.count)
