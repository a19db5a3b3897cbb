import Testing

@testable import RusRules

/// The progress line of a long run: what is done, how fast, the share of the file read and the
/// time left, in the user's language.
@Suite struct ProgressLineTests {
    @Test func aFileBeingReadShowsItsShareAndTheTimeLeft() {
        let line = ProgressLine(label: "compare", done: 45_056, seconds: 6, read: (34_000_000, 100_000_000))
        #expect(line.text(.nb) == "compare: 45\u{A0}056 saker, 7\u{A0}509 i sekundet – 34 % av filen lest, om lag 12 s igjen")
        #expect(line.text(.en) == "compare: 45,056 cases, 7,509 a second – 34% of the file read, about 12 s left")
    }

    @Test func aCountAskedForShowsItsShare() {
        let draws = ProgressLine(label: "compare", done: 3, total: 20, unit: .draws, seconds: 30)
        #expect(draws.text(.nb) == "compare: 3 av 20 trekninger (15 %), om lag 3 min igjen")
        #expect(draws.text(.en) == "compare: 3 of 20 draws (15%), about 3 min left")
        let one = ProgressLine(label: "sample", done: 1, total: 1, seconds: 3)
        #expect(one.text(.nb) == "sample: 1 av 1 sak (100 %)")
    }

    @Test func withoutAWholeOnlyWhatIsDoneAndHowFast() {
        // Standard input from a pipe: no size, no share, no time left.
        let piped = ProgressLine(label: "evaluate", done: 1_234_567, seconds: 10)
        #expect(piped.text(.nb) == "evaluate: 1\u{A0}234\u{A0}567 saker, 123\u{A0}456 i sekundet")
        #expect(piped.text(.en) == "evaluate: 1,234,567 cases, 123,456 a second")
    }

    @Test func theTimeLeftWaitsUntilTheRateHasSettled() {
        #expect(!ProgressLine(label: "sweep", done: 10, seconds: 1.5, read: (50, 100)).text(.en).contains("left"))
        #expect(!ProgressLine(label: "sweep", done: 10, seconds: 30, read: (0, 100_000)).text(.en).contains("left"))
        #expect(!ProgressLine(label: "sweep", done: 10, seconds: 30, read: (100, 100)).text(.en).contains("left"))
        #expect(ProgressLine(label: "sweep", done: 10, seconds: 7200, read: (1, 4)).text(.nb).hasSuffix(", om lag 6 t igjen"))
        #expect(ProgressLine(label: "sweep", done: 10, seconds: 7200, read: (1, 4)).text(.en).hasSuffix(", about 6 h left"))
    }
}
