import Foundation

/// The changed cases of a comparison, listed as they are found, so that a report over a
/// million cases holds none of them: each batch of cases is written at once as the report's
/// entries (``ComparisonOutput/changedEntry(_:format:dialect:)``) and, when asked, as rows of
/// the changed cases' own table; the caller takes the text after each batch and writes it out.
/// What stays in memory is small: per cause, its count, its cases' numbers and its first few
/// cases (the HTML report lists those, and points to the CSV for the rest).
package struct ChangeListing: Sendable {
    /// Changed cases under one compared rule set for one cause.
    package struct Cause: Sendable {
        package let ruleSet: String
        /// The rule set's position among those compared (the baseline is 0).
        let position: Int
        package let cause: String
        package fileprivate(set) var cases = CaseNumbers()
        package fileprivate(set) var examples: [ChangedCase] = []
        package var count: Int { cases.count }
    }

    /// Case numbers in increasing order, each kept as its distance from the one before in as
    /// few bytes as it takes (seven bits a byte): about a byte and a half a number, where an
    /// `Int` takes eight — a million changed cases under five rule sets stay a few megabytes.
    package struct CaseNumbers: Sendable, Sequence {
        private var bytes: [UInt8] = []
        private var last = -1
        package private(set) var count = 0

        mutating func append(_ number: Int) {
            var gap = UInt(number - last)
            while gap >= 0x80 {
                bytes.append(UInt8(gap & 0x7F) | 0x80)
                gap >>= 7
            }
            bytes.append(UInt8(gap))
            last = number
            count += 1
        }

        package func makeIterator() -> AnyIterator<Int> {
            var position = 0
            var number = -1
            let bytes = bytes
            return AnyIterator {
                guard position < bytes.count else { return nil }
                var gap: UInt = 0
                var shift: UInt = 0
                while true {
                    let byte = bytes[position]
                    position += 1
                    gap |= UInt(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                number += Int(gap)
                return number
            }
        }
    }

    /// How many cases of each cause the HTML report lists.
    package static let examplesPerCause = 5

    /// The report's format whose entries are written (nil: none, only the causes are kept).
    package let format: ComparisonFormat?
    package let dialect: CSVDialect
    /// Whether rows of the changed cases' own table are written too (`--changed-csv`).
    package let tidyCSV: Bool
    /// Where this listing tells the comparison which causes have all their examples, for it to
    /// count further cases with the same key without explaining them (``ExampleLedger``): only
    /// when no case is written out, only its causes counted and a few shown.
    private let ledger: ExampleLedger?
    /// How many changed cases there were.
    package private(set) var count = 0
    /// The report's entries not yet taken, in input order.
    package private(set) var entries = ""
    /// The changed cases' own table's rows not yet taken.
    package private(set) var tidyRows = ""
    private var causes: [Cause] = []
    private var causeIndex: [CauseKey: Int] = [:]

    /// A cause by its rule set's position and its words' bytes: a `String` key of Norwegian
    /// text is hashed through Unicode normalisation, which showed in profiles of --changed
    /// (the causes are written by this program, so equal causes are equal byte for byte).
    private struct CauseKey: Hashable {
        let position: Int
        let words: String

        /// The bytes hashed as one block, read where the string holds them.
        func hash(into hasher: inout Hasher) {
            hasher.combine(position)
            var words = words
            words.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (a: CauseKey, b: CauseKey) -> Bool {
            var (first, second) = (a.words, b.words)
            return a.position == b.position
                && first.withUTF8 { bytes in
                    second.withUTF8 { other in bytes.count == other.count && (bytes.isEmpty || memcmp(bytes.baseAddress!, other.baseAddress!, bytes.count) == 0)
                    }
                }
        }
    }
    private let render: @Sendable (ChangedCase) -> Rendered

    private struct Rendered: Sendable {
        let entry: String
        let tidyRows: String
        let causes: [(position: Int, cause: String)]
    }

    /// A listing in the words of a report of `comparison` (its rule sets, `book`'s names,
    /// `language`); `format` and `tidyCSV` say what is written for each case.
    package init(
        comparison: Comparison, book: RuleBook, language: Language, format: ComparisonFormat? = nil, dialect: CSVDialect = .standard,
        tidyCSV: Bool = false
    ) {
        self.format = format
        self.dialect = dialect
        self.tidyCSV = tidyCSV
        let ledger = comparison.exampleLedger
        self.ledger = (format == nil || format == .html) && !tidyCSV && ledger?.claim() == true ? ledger : nil
        // The words only: the comparison's counts are not read.
        let wording = ComparisonOutput(comparison: comparison, book: book, changes: nil, language: language)
        render = { changed in
            Rendered(
                entry: format.map { wording.changedEntry(changed, format: $0, dialect: dialect) } ?? "",
                tidyRows: tidyCSV ? wording.changedTidyCSV(changed, dialect: dialect) : "",
                causes: wording.changeCauses(changed))
        }
    }

    /// Lists `cases`, the next changed cases in input order, written on `jobs` threads, and
    /// counts `countedByCause`, the next changed cases counted by their causes alone (in input
    /// order, among `cases`: a cause's cases stay in input order).
    package mutating func add(_ cases: [ChangedCase], countedByCause counted: [CountedChange] = [], jobs: Int) {
        let rendered = OrderedParallel.map(cases, jobs: jobs, render)
        var nextCounted = counted.startIndex
        // The ledger's sets of causes, asked for once: it is not written while the batch is listed.
        let causeSets = counted.isEmpty ? [] : ledger?.causeSets ?? []
        // Counted by its causes alone: each had all its examples before the case.
        func countCases(before index: Int) {
            while nextCounted < counted.endIndex && counted[nextCounted].index < index {
                for place in causeSets[counted[nextCounted].causes] { causes[place].cases.append(counted[nextCounted].index) }
                count += 1
                nextCounted += 1
            }
        }
        for (changed, written) in zip(cases, rendered) {
            countCases(before: changed.index)
            if format == .json && count > 0 { entries += "," }
            entries += written.entry
            tidyRows += written.tidyRows
            count += 1
            var places: [Int] = []
            for (position, cause) in written.causes {
                let key = CauseKey(position: position, words: cause)
                let index =
                    causeIndex[key]
                    ?? {
                        causes.append(Cause(ruleSet: changed.outcomes[position - 1].ruleSet, position: position, cause: cause))
                        causeIndex[key] = causes.count - 1
                        return causes.count - 1
                    }()
                causes[index].cases.append(changed.index)
                if causes[index].examples.count < Self.examplesPerCause {
                    causes[index].examples.append(changed)
                    if causes[index].examples.count == Self.examplesPerCause { ledger?.markComplete(index) }
                }
                places.append(index)
            }
            if let ledger, let shape = changed.shape { ledger.note(shape, places: places) }
        }
        countCases(before: .max)
    }

    /// The report's entries written since the last call.
    package mutating func takeEntries() -> String {
        defer { entries = "" }
        return entries
    }

    /// The changed cases' own table's rows written since the last call.
    package mutating func takeTidyRows() -> String {
        defer { tidyRows = "" }
        return tidyRows
    }

    /// The causes, per compared rule set in the order compared, largest first.
    package var byCause: [Cause] {
        causes.enumerated().sorted { a, b in
            a.element.position != b.element.position
                ? a.element.position < b.element.position
                : a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
    }
}
