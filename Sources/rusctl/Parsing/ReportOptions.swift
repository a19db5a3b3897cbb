import Foundation
import RusRules

/// What `compare` and `sweep` share for their reports: the language, the input read with its
/// SHA-256 and synthetic-case marks, and the provenance block made from them.
enum ReportOptions {
    static let langSpec = CommandSpec.OptionSpec(
        "lang", value: "lang", choices: ["nb", "en"],
        help: "Language of the report (text, markdown, html, and the CSV's comment lines): Norwegian bokmål or English. Default: nb.")
    static let syntheticSpec = CommandSpec.OptionSpec(
        "synthetic", help: "Say that the cases are synthetic although their ids do not carry rusctl sample's mark; the report then says so.")

    static func language(_ arguments: ParsedArguments) -> Language {
        Language(rawValue: arguments.value(langSpec.name) ?? "nb")!
    }

    /// The input as it streams past: its SHA-256, and the seeds of the cases that carry
    /// `rusctl sample`'s mark (`"synthetic-s<seed>-…`).
    final class Witness {
        var hasher = SHA256()
        var seeds = Set<UInt64>()
        var marked = 0
        var ownDistribution = false
        /// The end of the previous chunk, so that a mark split between two reads is found.
        private var carry: [UInt8] = []
        private static let mark = Array("\"synthetic-s".utf8)

        func take(_ chunk: UnsafeRawBufferPointer) {
            hasher.update(chunk)
            var window = carry
            window.append(contentsOf: chunk)
            window.withUnsafeBytes { bytes in
                var offset = 0
                let mark = Self.mark
                while offset < bytes.count, let quote = memchr(bytes.baseAddress! + offset, Int32(mark[0]), bytes.count - offset) {
                    let at = bytes.baseAddress!.distance(to: UnsafeRawPointer(quote))
                    offset = at + 1
                    guard at + mark.count <= bytes.count, memcmp(quote, mark, mark.count) == 0 else { continue }
                    let start = at + 1
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\""), end - start < 64 { end += 1 }
                    // A mark cut off by the end of the chunk is read again with the next one.
                    guard end < bytes.count else { break }
                    if let mark = ReportProvenance.syntheticMark(String(decoding: bytes[start..<end], as: UTF8.self)) {
                        // The carried bytes were searched before: count only marks ending in this chunk.
                        if end >= carry.count {
                            seeds.insert(mark.seed)
                            marked += 1
                            ownDistribution = ownDistribution || mark.ownDistribution
                        }
                    }
                    offset = end
                }
            }
            carry = Array(window.suffix(80))
        }
    }

    /// The stream over `path`, watched by `witness`; nil after telling the user why it cannot be read.
    static func open(_ path: String, witness: Witness, _ terminal: Terminal) -> CaseStream? {
        StreamingInput.open(path, terminal, observe: { witness.take($0) })
    }

    /// When the report is made, in Norwegian time; `SOURCE_DATE_EPOCH` (seconds since 1970, the
    /// reproducible-builds convention) fixes it, so that a report can be made again byte for byte.
    static func generated() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
        let fixed = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
        return formatter.string(from: fixed.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? Date())
    }

    /// The provenance block of a report over `input` (its name, cases and witness), or over
    /// synthetic draws made by the command itself (`draws`).
    static func provenance(
        book: RuleBook, ruleSets: [String], inForce: InForceDates, today: LegalDate, arguments: ParsedArguments,
        input: (name: String, cases: Int, witness: Witness)?, draws: ReportProvenance.Synthetic? = nil
    ) -> ReportProvenance {
        var rulesFile: ReportProvenance.Input?
        if let path = arguments.value(RuleFileOption.spec.name), let bytes = try? InputSource.read(path) {
            rulesFile = ReportProvenance.Input(name: path, cases: 0, sha256: SHA256.hex(bytes))
        }
        var inputs: [ReportProvenance.Input] = []
        var synthetic = draws
        if let input {
            inputs.append(ReportProvenance.Input(name: input.name == "-" ? "(standard input)" : input.name, cases: input.cases,
                                                 sha256: input.witness.hasher.finish()))
            let witness = input.witness
            if witness.marked > 0 || arguments.flag(syntheticSpec.name) {
                let own = witness.ownDistribution
                synthetic = ReportProvenance.Synthetic(
                    seeds: witness.seeds.sorted(),
                    distribution: witness.marked == 0 ? "?" : own ? "own" : "standard",
                    sources: witness.marked > 0 && !own ? SampleDistribution.standard.sources
                        : [LocalizedText(nb: "ikke registrert i sakene", en: "not recorded in the cases")])
            }
        }
        return ReportProvenance(
            generated: generated(), tool: version, commit: BuildCommit.id, ruleData: RuleBook.builtInDataFingerprint,
            rulesFile: rulesFile, ruleSets: ruleSets.compactMap(book.ruleSet),
            inForce: Dictionary(uniqueKeysWithValues: inForce.all.map { ($0.ruleSet, $0.date) }), today: today, inputs: inputs,
            synthetic: synthetic)
    }
}
