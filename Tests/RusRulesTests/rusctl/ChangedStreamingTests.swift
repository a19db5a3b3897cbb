import Foundation
import Testing

@testable import RusRules

/// `compare --changed` writes the changed cases out as it finds them and puts the report
/// together at the end: what it prints must be exactly the list a comparison kept in memory.
extension CLITests {
    @Test func changedCasesWrittenAsFoundAreTheListKeptInMemory() throws {
        // Three batches of cases, so that the report is put together from what was written out
        // between them: sampled cases among copies of one that no rule set changes (explaining
        // every change takes the full engine, too slow for a test over thousands).
        let ruleSets = ["prop-92-l-2021", "lov-2025"]
        var sampler = CaseSampler(seed: 11)
        let sampled = (0..<400).map { _ in JSONWriter.compact(sampler.next()) }
        var probe = Comparison(engine: Engine(), baseline: "hr-2022", ruleSets: ruleSets, today: LegalDate("2024-01-01")!, keepChanged: true)
        for line in sampled { probe.add(CaseInput(bytes: Array(line.utf8)).entries[0]) }
        let changedLines = Set(probe.changed.map(\.index))
        let unchanged = try #require(sampled.indices.first { !changedLines.contains($0) }.map { sampled[$0] })
        let input =
            (0..<(2 * StreamingBatch.size + 1000)).map { $0 % 20 == 0 ? sampled[$0 / 20 % sampled.count] : unchanged }
            .joined(separator: "\n") + "\n"
        var comparison = Comparison(
            engine: Engine(), baseline: "hr-2022", ruleSets: ruleSets, today: LegalDate("2024-01-01")!, keepChanged: true)
        var stream = CaseStream(bytes: Array(input.utf8))
        comparison.consume(&stream, batchSize: StreamingBatch.size, jobs: 2)
        #expect(comparison.changed.count > 200)
        let memory = ComparisonOutput(comparison: comparison, book: .builtIn, showChanged: true, language: .nb)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-changed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tidyPath = directory.appendingPathComponent("endrede.csv").path
        var tidy = ChangeListing(comparison: comparison, book: .builtIn, language: .nb, tidyCSV: true)
        tidy.add(comparison.changed, jobs: 1)
        let expectedTidy = ComparisonOutput.changedCSVHead(dialect: .standard) + tidy.takeTidyRows()

        for format in ComparisonFormat.allCases {
            let run = try rusctl(
                [
                    "compare", "--rules", ruleSets.joined(separator: ","), "--changed", "--format", format.rawValue, "--lang", "nb",
                    "--today", "2024-01-01", "--changed-csv", tidyPath, "-",
                ], stdin: input)
            #expect(run.status == 0, "\(format)")
            let expected = memory.render(format)
            // The provenance differs (the time of the run, the input named); all after it is the same.
            switch format {
            case .text:
                #expect(
                    run.stdout.components(separatedBy: "\nENDRINGER ETTER ÅRSAK\n").last == expected.components(separatedBy: "\nENDRINGER ETTER ÅRSAK\n").last)
            case .markdown:
                #expect(
                    run.stdout.components(separatedBy: "\n## Endringer etter årsak\n").last
                        == expected.components(separatedBy: "\n## Endringer etter årsak\n").last)
            case .html: #expect(run.stdout.components(separatedBy: "<h2 id=\"causes\">").last == expected.components(separatedBy: "<h2 id=\"causes\">").last)
            case .csv:
                let rows = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("changed-case,") } }
                #expect(rows(run.stdout) == rows(expected))
                #expect(rows(run.stdout).count >= comparison.changed.count)
            case .json:
                let printed = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
                let kept = try #require(JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [String: Any])
                for key in ["changed", "causes", "ruleSets"] {
                    #expect((printed[key] as? NSArray) == (kept[key] as? NSArray), "\(key)")
                }
                #expect((printed["changed"] as? [Any])?.count == comparison.changed.count)
            }
            #expect(try String(contentsOfFile: tidyPath, encoding: .utf8) == expectedTidy, "\(format)")
        }
    }
}

extension CLITests {
    /// The HTML report counts a changed case whose causes already have their examples without
    /// explaining it (``ExampleLedger``): what it prints must be what every case explained gives.
    @Test func htmlReportWithoutTheTableOfChangedCasesIsTheListKeptInMemory() throws {
        let ruleSets = ["nou-2019-26-flertall", "prop-92-l-2021"]
        var sampler = CaseSampler(seed: 13)
        let sampled = (0..<300).map { _ in JSONWriter.compact(sampler.next()) }
        // Past the first batch, so that later batches find causes with all their examples.
        let lines = (0..<(StreamingBatch.size + 1500)).map { sampled[$0 % sampled.count] }
        var comparison = Comparison(
            engine: Engine(), baseline: "hr-2022", ruleSets: ruleSets, today: LegalDate("2024-01-01")!, keepChanged: true)
        for line in lines { comparison.add(CaseInput(bytes: Array(line.utf8)).entries[0]) }
        let expected = ComparisonOutput(comparison: comparison, book: .builtIn, showChanged: true, language: .nb).render(.html)
        let run = try rusctl(
            [
                "compare", "--rules", ruleSets.joined(separator: ","), "--changed", "--format", "html", "--lang", "nb",
                "--today", "2024-01-01", "-",
            ], stdin: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let causes = { (report: String) in report.components(separatedBy: "<h2 id=\"causes\">").last ?? "" }
        #expect(causes(run.stdout).contains("<table"))
        #expect(causes(run.stdout) == causes(expected))
    }
}

/// The batch size `rusctl` reads cases in.
private enum StreamingBatch {
    static let size = 4096
}
