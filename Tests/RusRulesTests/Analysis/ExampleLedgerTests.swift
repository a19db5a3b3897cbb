import Foundation
import Testing

@testable import RusRules

/// The HTML report shows the first few changed cases of each cause and counts the rest; once a
/// cause has its examples, later cases of the same shape are counted without being explained
/// (``ExampleLedger``). The report must be the one every case explained would give.
@Suite struct ExampleLedgerTests {
    static let ruleSets = ["nou-2019-26-flertall", "prop-92-l-2021", "lov-2025"]

    /// Each sampled case six times over, so that later copies find their causes' examples
    /// complete, in batches as `rusctl compare` reads them (smaller, to have many).
    static let lines: [String] = {
        var sampler = CaseSampler(seed: 5)
        let sampled = (0..<300).map { _ in CaseStyle.compact.write(sampler.next()) }
        return (0..<6).flatMap { _ in sampled }
    }()

    /// The causes as listed in a report in `format`: per cause its rule set, words, every case
    /// and the cases shown; how many changed cases were counted without an explanation; and the
    /// HTML report's causes with the cases it shows.
    static func listed(examplesOnly: Bool, format: ComparisonFormat = .html, lines: [String] = lines) -> (
        causes: [[String]], countedByCause: Int, shown: String
    ) {
        var comparison = Comparison(
            engine: Engine(), baseline: "hr-2022", ruleSets: ruleSets, today: LegalDate("2024-01-01")!, keepChanged: true,
            examplesOnly: examplesOnly)
        var listing = ChangeListing(comparison: comparison, book: .builtIn, language: .nb, format: format)
        var countedByCause = 0
        var stream = CaseStream(bytes: Array(lines.joined(separator: "\n").utf8))
        comparison.consume(
            &stream, batchSize: 200, jobs: 2,
            afterBatch: { comparison in
                let changed = comparison.takeChanged()
                countedByCause += changed.countedByCause.count
                listing.add(changed.cases, countedByCause: changed.countedByCause, jobs: 2)
            })
        let causes = listing.byCause.map { cause in
            [
                cause.ruleSet, cause.cause, cause.cases.map(String.init).joined(separator: " "),
                cause.examples.map { String($0.index) }.joined(separator: " "),
            ]
        }
        let html = ComparisonOutput(comparison: comparison, book: .builtIn, changes: listing, language: .nb).render(.html)
        return (causes, countedByCause, html.components(separatedBy: "<h2 id=\"causes\">").last ?? "")
    }

    @Test func laterCasesCountedByCauseGiveTheListingOfEveryCaseExplained() {
        let everyCase = Self.listed(examplesOnly: false)
        let examplesOnly = Self.listed(examplesOnly: true)
        #expect(everyCase.countedByCause == 0)
        // Most copies after the first are counted by cause alone…
        #expect(examplesOnly.countedByCause > Self.lines.count / 3)
        // …and the causes, their counts, their cases and the cases shown are the same.
        #expect(examplesOnly.causes.count == everyCase.causes.count)
        for (fast, full) in zip(examplesOnly.causes, everyCase.causes) { #expect(fast == full) }
        // Each case shown with its amounts, and its ground under the baseline and where it changed.
        #expect(examplesOnly.shown.contains("<table"))
        #expect(examplesOnly.shown == everyCase.shown)
        #expect(everyCase.causes.contains { $0[3].split(separator: " ").count == ChangeListing.examplesPerCause })
    }

    /// Cases that differ in totals no cause names — another substance within every limit, the
    /// substances named in another order — share their causes, and are counted under them
    /// without being explained (``ExampleLedger/Key``): the listing must still be the one every
    /// case explained gives, over cases that are not copies of each other.
    @Test func casesWhoseCausesRestOnTheSameTotalsAreCountedAsEveryCaseExplainedCountsThem() {
        var sampler = CaseSampler(seed: 11)
        var lines: [String] = []
        for _ in 0..<1500 {
            guard case .object(var theCase) = sampler.next() else { continue }
            lines.append(CaseStyle.compact.write(.object(theCase)))
            if case .array(let substances)? = theCase["substances"] {
                theCase.set("substances", .array(substances.reversed()))
                lines.append(CaseStyle.compact.write(.object(theCase)))
            }
        }
        let everyCase = Self.listed(examplesOnly: false, lines: lines)
        let examplesOnly = Self.listed(examplesOnly: true, lines: lines)
        #expect(examplesOnly.countedByCause > lines.count / 4)
        #expect(examplesOnly.causes.count == everyCase.causes.count)
        for (fast, full) in zip(examplesOnly.causes, everyCase.causes) { #expect(fast == full) }
        #expect(examplesOnly.shown == everyCase.shown)
    }

    /// A listing that writes every changed case out needs each one explained: it leaves the
    /// ledger alone, and nothing is counted by cause alone.
    @Test func aListingThatWritesEveryCaseExplainsEveryCase() {
        let text = Self.listed(examplesOnly: true, format: .text)
        #expect(!text.causes.isEmpty)
        #expect(text.countedByCause == 0)
    }
}
