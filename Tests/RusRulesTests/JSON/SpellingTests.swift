import Testing

@testable import RusRules

/// "Did you mean": a slip is answered with the word meant; a long run of characters is not a
/// slip and is not compared (it would cost time in proportion to its length).
@Suite struct SpellingTests {
    static let keys = CaseDeclaration.standard.keys(at: .person)
    static let names = CaseDeclaration.standard.spokenNames(at: .person)

    @Test func aSlipAShortCutOrAFieldsNameIsAnsweredWithItsKey() {
        #expect(Spelling.meant("birthdate", keys: Self.keys, spokenNames: Self.names) == "birthDate")
        #expect(Spelling.meant("age", keys: Self.keys, spokenNames: Self.names) == "ageAtOffence")
        #expect(Spelling.meant("Rusavhengig", keys: Self.keys, spokenNames: Self.names) == "dependent")
        #expect(Spelling.meant("vergens samtykke", keys: Self.keys, spokenNames: Self.names) == "guardianConsent")
        // Two letters are too few to guess from.
        #expect(Spelling.meant("co", keys: Self.keys, spokenNames: Self.names) == nil)
        #expect(Spelling.meant("xyz", keys: Self.keys, spokenNames: Self.names) == nil)
    }

    @Test func aWordLongerThanAnyKeyIsNotCompared() {
        let long = "ageAtOffence" + String(repeating: "x", count: Spelling.longestWordCompared)
        #expect(Spelling.meant(long, keys: Self.keys, spokenNames: Self.names) == nil)
        #expect(Spelling.closest(to: long, in: Self.keys) == nil)
        #expect(Spelling.closest(to: "ageAtOffencex", in: Self.keys) == "ageAtOffence")
    }
}
