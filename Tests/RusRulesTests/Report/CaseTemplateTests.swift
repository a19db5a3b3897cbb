import Testing
@testable import RusRules

/// `rusctl mal`: the template is a valid case once its explanations are removed, in both languages.
@Suite struct CaseTemplateTests {
    static let today = LegalDate("2026-11-30")!

    @Test(arguments: [Language.nb, .en])
    func theTemplateWithoutItsCommentsIsAValidCase(language: Language) throws {
        let book = RuleBook.builtIn
        let commented = CaseTemplate.text(vocabulary: book.vocabulary, language: language, today: Self.today)
        let stripped =
            commented.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n") + "\n"
        #expect(stripped == CaseTemplate.text(vocabulary: book.vocabulary, language: language, today: Self.today, commented: false))
        let decision = try Engine().evaluate(CaseInput(bytes: Array(stripped.utf8)).entries[0], today: Self.today).get()
        #expect(decision.ageAtOffence == 17)
        // Every accepted act and substance word is named in the explanations.
        for act in book.vocabulary.acts {
            #expect(commented.contains("\"\(language == .nb ? act.aliases[0] : act.act.rawValue)\""))
        }
        #expect(book.vocabulary.substances.allSatisfy { commented.contains("\"\(language == .nb ? $0.aliases.first ?? $0.id : $0.id)\"") })
    }

    /// As printed, with its comments, the template is rejected with the fix, not a puzzle.
    @Test func theCommentedTemplateSaysToDeleteTheComments() {
        let text = CaseTemplate.text(vocabulary: RuleBook.builtIn.vocabulary, language: .nb, today: Self.today)
        guard case .invalid(let errors) = CaseInput(bytes: Array(text.utf8)).entries[0] else {
            Issue.record("a template with comments must not be read as a case")
            return
        }
        #expect(ErrorText.plain(errors.errors[0], .nb).hasSuffix("kommentarer (//) er ikke JSON; slett linjene som begynner med //."))
    }
}
