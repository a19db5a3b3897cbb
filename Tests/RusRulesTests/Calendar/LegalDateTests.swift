import Testing
@testable import RusRules

@Suite struct LegalDateTests {
    @Test(arguments: ["2023-02-29", "2023-02-30", "2023-04-31", "0000-01-01", "2023-13-01", "2023-1-01", "2023/01/01", " 2023-01-01"])
    func rejectsDatesThatDoNotExistOrAreMisWritten(_ text: String) {
        #expect(LegalDate(text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(LegalDate("2024-02-29") != nil)
        #expect(LegalDate("2000-02-29") != nil)
        #expect(LegalDate("1900-02-29") == nil)
    }

    @Test func countsCompletedYearsWithLeapDayBirthdaysOnFirstMarch() {
        let born = LegalDate("2008-02-29")!
        #expect(LegalDate("2023-02-28")!.completedYears(since: born) == 14)
        #expect(LegalDate("2023-03-01")!.completedYears(since: born) == 15)
        #expect(LegalDate("2024-02-28")!.completedYears(since: born) == 15)
        #expect(LegalDate("2024-02-29")!.completedYears(since: born) == 16)
    }

    @Test func ordersAndPrintsDates() {
        #expect(LegalDate("2022-04-07")! < LegalDate("2022-04-08")!)
        #expect(LegalDate("0987-03-04")!.description == "0987-03-04")
    }
}
