import Foundation
import RusRules

/// What `compare` and `sweep` share for their reports: the language, the input read with its
/// SHA-256 and synthetic-case marks, and the provenance block made from them.
enum ReportOptions {
    static let langSpec = LanguageOption.spec(
        .init(
            nb: "Språket i rapporten (tekst, markdown, html og kommentarlinjene i CSV): norsk bokmål eller engelsk.",
            en: "Language of the report (text, markdown, html, and the CSV's comment lines): Norwegian bokmål or English."))
    static let csvDialectSpec = CommandSpec.OptionSpec(
        .csvDialect, value: "dialect", choices: CSVDialect.allCases.map(\.rawValue),
        help: .init(
            nb:
                "Med --format csv: standard (komma, desimalpunktum) eller excel-nb (semikolon, desimalkomma, BOM: åpnes som den er i norsk Excel og LibreOffice). Standard: standard.",
            en:
                "With --format csv: standard (comma, decimal point) or excel-nb (semicolon, decimal comma, byte order mark: opens as it is in Norwegian Excel and LibreOffice). Default: standard."
        ))

    /// The CSV dialect; a usage error when one other than standard is asked for without CSV.
    static func csvDialect(_ arguments: ParsedArguments, format: ComparisonFormat, command: String) throws(UsageError) -> CSVDialect {
        let dialect = CSVDialect(rawValue: arguments.value(csvDialectSpec) ?? CSVDialect.standard.rawValue)!
        if dialect != .standard && format != .csv && arguments.value(.changedCsv) == nil {
            throw UsageError(nb: "--csv-dialect gjelder bare med --format csv.", en: "--csv-dialect applies to --format csv.", command: command)
        }
        return dialect
    }

    static let syntheticSpec = CommandSpec.OptionSpec(
        .synthetic,
        help: .init(
            nb: "Oppgi at sakene er syntetiske selv om id-ene ikke har merket fra rusctl sample; rapporten sier det da.",
            en: "Say that the cases are synthetic although their ids do not carry rusctl sample's mark; the report then says so."))

    /// The input as it streams past: its SHA-256, and the seeds of the cases that carry
    /// `rusctl sample`'s mark — a line that begins `{"id":"synthetic-s<seed>-`, as sample
    /// writes it (a file whose cases lost the mark can be declared with --synthetic).
    ///
    /// Both are worked out on a thread of their own, beside reading and evaluating: the reader
    /// only hands each chunk over. What the thread found is read after ``sha256()``, which
    /// waits for it to finish.
    final class Witness: @unchecked Sendable {
        private(set) var seeds = Set<UInt64>()
        private(set) var marked = 0
        private(set) var ownDistribution = false
        /// The start of a line cut off by the end of the previous chunk.
        private var pending: [UInt8] = []
        private var atLineStart = true
        private static let mark = Array(#"{"id":"synthetic-s"#.utf8)
        /// Enough of a line to hold the mark and its id.
        private static let window = 96

        /// Chunks waiting for the thread; at most `queueLimit` wait (the reader then waits).
        private let condition = NSCondition()
        /// The stream's own buffers, shared: a chunk is not copied to be hashed.
        private var queue: [ArraySlice<UInt8>] = []
        private var closed = false
        private var digest: String?
        private static let queueLimit = 8

        init() {
            Thread.detachNewThread { [self] in
                var hasher = SHA256()
                while true {
                    condition.lock()
                    while queue.isEmpty && !closed { condition.wait() }
                    if queue.isEmpty {
                        condition.unlock()
                        // The last line, when the input does not end with a line break.
                        if !pending.isEmpty { inspect(pending[...]) }
                        let result = hasher.finish()
                        condition.lock()
                        digest = result
                        condition.broadcast()
                        condition.unlock()
                        return
                    }
                    let chunk = queue.removeFirst()
                    condition.broadcast()
                    condition.unlock()
                    chunk.withUnsafeBytes {
                        hasher.update($0)
                        scan($0)
                    }
                }
            }
        }

        /// The input's SHA-256, once all of it has been read; the seeds and marks are then
        /// counted too.
        func sha256() -> String {
            condition.lock()
            closed = true
            condition.broadcast()
            while digest == nil { condition.wait() }
            let result = digest!
            condition.unlock()
            return result
        }

        /// Hands a chunk just read to the thread.
        func take(_ chunk: ArraySlice<UInt8>) {
            condition.lock()
            while queue.count >= Self.queueLimit { condition.wait() }
            queue.append(chunk)
            condition.broadcast()
            condition.unlock()
        }

        /// Looks for the mark at the start of each line of `chunk` (on the thread).
        private func scan(_ chunk: UnsafeRawBufferPointer) {
            guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
            var start = 0
            if !atLineStart {
                // Finish the line begun in the previous chunk (only its first bytes matter).
                let end = memchr(base, Int32(UInt8(ascii: "\n")), chunk.count).map { base.distance(to: UnsafeRawPointer($0)) }
                pending.append(contentsOf: chunk[0..<min(end ?? chunk.count, Self.window)])
                guard let end else {
                    if pending.count >= Self.window { inspect(pending[...]); pending = []; atLineStart = false }
                    return
                }
                inspect(pending[...])
                pending = []
                start = end + 1
            }
            while start < chunk.count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), chunk.count - start).map { base.distance(to: UnsafeRawPointer($0)) }
                guard let end else {
                    pending = Array(chunk[start..<min(chunk.count, start + Self.window)])
                    atLineStart = false
                    return
                }
                if end - start > Self.mark.count, chunk[start] == Self.mark[0] {
                    inspect(Array(chunk[start..<min(end, start + Self.window)])[...])
                }
                start = end + 1
            }
            atLineStart = true
        }

        /// Counts the line's mark, if it begins with one.
        private func inspect(_ line: ArraySlice<UInt8>) {
            guard line.count > Self.mark.count, line.starts(with: Self.mark),
                let mark = ReportProvenance.syntheticMark(bytes: line[(line.startIndex + Self.idStart)...])
            else { return }
            seeds.insert(mark.seed)
            marked += 1
            ownDistribution = ownDistribution || mark.ownDistribution
        }

        /// Where the id begins in `mark` (after `{"id":"`).
        private static let idStart = #"{"id":""#.utf8.count
    }

    static func open(_ path: String, witness: Witness, meter: InputMeter, _ terminal: Terminal) -> CaseStream? {
        StreamingInput.open(path, terminal, observe: { witness.take($0) }, meter: meter)
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
        var rulesFileFindings: [String] = []
        if let path = arguments.value(RuleFileOption.spec), let bytes = try? InputSource.read(path) {
            rulesFile = ReportProvenance.Input(name: path, cases: 0, sha256: SHA256.hex(bytes))
            rulesFileFindings = RuleFileOption.findings(in: book, file: bytes).map(\.description)
        }
        var inputs: [ReportProvenance.Input] = []
        var synthetic = draws
        if let input {
            inputs.append(
                ReportProvenance.Input(
                    name: input.name == "-" ? "(standard input)" : input.name, cases: input.cases,
                    sha256: input.witness.sha256()))
            let witness = input.witness
            if witness.marked > 0 || arguments.flag(syntheticSpec) {
                let own = witness.ownDistribution
                synthetic = ReportProvenance.Synthetic(
                    seeds: witness.seeds.sorted(),
                    distribution: witness.marked == 0 ? "?" : own ? "own" : "standard",
                    sources: witness.marked > 0 && !own
                        ? SampleDistribution.standard.sources
                        : [LocalizedText(nb: "ikke registrert i sakene", en: "not recorded in the cases")])
            }
        }
        return ReportProvenance(
            generated: generated(), tool: version, commit: BuildCommit.id, ruleData: RuleBook.builtInDataFingerprint,
            rulesFile: rulesFile, rulesFileFindings: rulesFileFindings, ruleSets: ruleSets.compactMap(book.ruleSet),
            inForce: Dictionary(uniqueKeysWithValues: inForce.all.map { ($0.ruleSet, $0.date) }), today: today, inputs: inputs,
            synthetic: synthetic)
    }
}
