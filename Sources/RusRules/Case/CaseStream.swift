import Foundation

/// Reads cases incrementally from chunks of bytes, so memory stays flat however long the input:
/// NDJSON line by line, a JSON array element by element, or one JSON document. Cases come out in
/// input order, each once, as a value or as its errors (contract.md "Batch").
///
/// The shape is decided from the first lines (up to ``detectionLines``), never from the first
/// line alone, so that no bad line can turn the rest of the input into one error:
/// - the first line is a JSON value and more follows, or most of the lines seen are records —
///   JSON objects or arrays on their own, or lines that open with '{' and close with '}',
///   broken or not: NDJSON, where a bad line — first, last or any — costs only itself;
/// - otherwise input starting with `[` is an array, read element by element; a missing, doubled
///   or trailing comma is an invalid case in its place, and a missing `]` makes the last case
///   invalid;
/// - anything else is one document (a pretty-printed case), read whole: a mistake in it is one
///   invalid case at the line and column of the mistake, never re-read as lines.
public struct CaseStream {
    /// Reads up to the given memory's size of the input into it; returns how many bytes (0 at
    /// the end of the input).
    private let readInto: (UnsafeMutableRawBufferPointer) -> Int
    /// How much is read at a time.
    public static let chunkSize = 1 << 20
    /// The largest case read (an NDJSON line, an array element or a whole document). A larger
    /// one is reported as `too-large` and skipped as it streams past, so memory stays bounded
    /// however long a line is.
    public static let maximumCaseBytes = 1 << 20
    /// How many lines the shape is decided from (fewer when the first megabyte holds fewer).
    public static let detectionLines = 64
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var mode: Mode?
    /// In NDJSON, the number of the last line read.
    private var line = 0
    /// How many cases have been handed out (the next case's index).
    private var casesRead = 0
    private var array = ArraySplitter()
    private var documentRead = false

    /// How the input holds its cases, decided from its first lines.
    public private(set) var shape: CaseInput.Shape = .single

    /// The places (line, column) in an array where a comma was missing between two cases; each
    /// case was read as if it were there. A reader says so: the input is not valid JSON.
    public var missingCommas: [(line: Int, column: Int)] { array.missingCommas }

    private enum Mode { case lines, array, document }

    /// For a co-process writing one case a line and waiting for each answer: a case is handed out
    /// as soon as its line is read, never held back to fill a batch. One object on the first line
    /// is NDJSON unless the input ends at once (`echo '{…}' |` stays a single case).
    public var answersEachLine = false
    /// Whether an error about a value names the line and column where the value stands
    /// (``Raw/located(_:)``): for text a person wrote or edits; off for text a program wrote for
    /// the API, whose errors are shown to people who never saw it (their pointer names the field).
    public var locatesErrors = true
    /// Whether the input ends its lines with CR alone (classic Mac OS) and was read as lines all
    /// the same: said, since it is not what the file's writer may think it wrote. (A single
    /// document with CRs in it is read as itself, and nothing needs saying.)
    public var classicMacLineEnds: Bool { translatesCarriageReturns && mode != .document }
    /// CR alone ends the input's lines: each CR is read as a line end.
    private var translatesCarriageReturns = false
    /// The text encoding found instead of UTF-8 ("UTF-16"), which is refused with a message
    /// naming it; nil for UTF-8.
    public private(set) var foreignEncoding: String?

    /// Whether more input (or its end) arrives within the given milliseconds; with
    /// `answersEachLine`, how a lone first line is told from a co-process's first case.
    public var inputReady: (@Sendable (_ milliseconds: Int32) -> Bool)?

    /// Sees each chunk of the input as read, before anything in it is changed (a report's
    /// SHA-256 is over the bytes as given): a slice of the stream's own buffer, shared, not
    /// copied. Holding it costs at most a copy later, made if the stream still changes that
    /// buffer (translating a lone CR).
    public var observeChunk: ((ArraySlice<UInt8>) -> Void)?

    /// `readInto` fills the memory it is given with the next bytes of the input and returns
    /// how many it wrote, 0 at the end: the stream reads straight into its own buffers.
    public init(readInto: @escaping (UnsafeMutableRawBufferPointer) -> Int) {
        self.readInto = readInto
    }

    /// `read` returns the next chunk, or nil at the end of the input.
    public init(read: @escaping () -> [UInt8]?) {
        var pending: [UInt8] = []
        var offset = 0
        self.init(readInto: { memory in
            if offset == pending.count {
                guard let chunk = read() else { return 0 }
                pending = chunk
                offset = 0
            }
            let count = min(memory.count, pending.count - offset)
            pending.withUnsafeBytes { memory.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
            offset += count
            return count
        })
    }

    /// A stream over bytes already in memory.
    public init(bytes: [UInt8]) {
        var offset = 0
        self.init(readInto: { memory in
            let count = min(memory.count, bytes.count - offset)
            bytes.withUnsafeBytes { memory.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
            offset += count
            return count
        })
    }

    /// Reads more input; false at the end. Once the shape is known, each read starts a new
    /// buffer holding only what is not yet consumed (at most a partial line or element) and
    /// reads straight into it: no bytes are shifted, and lines already handed out keep the
    /// buffer they point into alive.
    private mutating func fill() -> Bool {
        guard !finished else { return false }
        let keepFrom = mode == nil ? 0 : position
        let kept = buffer.count - keepFrom
        var received = 0
        if kept == 0 && buffer.capacity >= Self.chunkSize {
            // Nothing to keep (skipping an oversized case, or a read ending exactly on a line
            // end): reuse this buffer's storage. A fresh buffer per read here made glibc grow
            // the heap by megabytes while a long line streamed past (seen as peak memory).
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            var ended = false
            let eager = answersEachLine
            (received, ended) = buffer.withUnsafeMutableBytes { Self.readFully(readInto, into: $0, eager: eager) }
            buffer.removeSubrange(received...)
            position = 0
            finished = ended
            if received > 0 { observeChunk?(buffer[...]) }
            if translatesCarriageReturns { Self.translateCarriageReturns(&buffer, from: 0) }
            return received > 0
        }
        var ended = false
        let next = [UInt8](unsafeUninitializedCapacity: kept + Self.chunkSize) { memory, count in
            buffer.withUnsafeBytes { old in
                UnsafeMutableRawBufferPointer(memory).copyMemory(from: UnsafeRawBufferPointer(rebasing: old[keepFrom...]))
            }
            (received, ended) = Self.readFully(
                readInto, into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(memory)[kept...]),
                eager: answersEachLine)
            count = kept + received
        }
        buffer = next
        position -= keepFrom
        finished = ended
        if received > 0 { observeChunk?(buffer[kept...]) }
        if translatesCarriageReturns { Self.translateCarriageReturns(&buffer, from: kept) }
        return received > 0
    }

    /// Reads until `memory` is full or the input ends (then `ended`, and no read is tried again:
    /// a terminal would wait for a second end-of-file). A pipe hands out 64 KB a read; a fresh
    /// 1 MB buffer per read left each mostly empty, and the lines of a batch kept dozens of them
    /// alive — 100 MB peak from `rusctl sample | rusctl compare -`, against 26 MB from a file.
    /// `eager`: return after the first read that gives anything (a co-process's line).
    private static func readFully(
        _ readInto: (UnsafeMutableRawBufferPointer) -> Int,
        into memory: UnsafeMutableRawBufferPointer, eager: Bool = false
    ) -> (count: Int, ended: Bool) {
        var total = 0
        while total < memory.count {
            let count = readInto(UnsafeMutableRawBufferPointer(rebasing: memory[total...]))
            if count == 0 { return (total, true) }
            total += count
            if eager { break }
        }
        return (total, false)
    }

    /// Decides the shape from the first lines (see the type's documentation).
    private mutating func decideMode() {
        let enough = answersEachLine ? 1 : Self.detectionLines + 1
        while !finished, buffer.count <= Self.maximumCaseBytes, Self.newlines(in: buffer) < enough {
            _ = fill()
        }
        if let encoding = Self.utf16(buffer) {
            foreignEncoding = encoding
            (mode, shape) = (.document, .single)
            return
        }
        if !buffer.contains(UInt8(ascii: "\n")) && buffer.contains(UInt8(ascii: "\r")) {
            // CR alone ends the lines: a CR is whitespace in JSON, so reading it as a line end
            // changes nothing inside a case.
            translatesCarriageReturns = true
            Self.translateCarriageReturns(&buffer, from: 0)
            while !finished, buffer.count <= Self.maximumCaseBytes, Self.newlines(in: buffer) < enough { _ = fill() }
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        position = buffer.starts(with: bom) ? 3 : 0
        guard let firstByte = buffer[position...].first(where: { !Self.isBlank($0) }) else {
            (mode, shape) = (.lines, .batch)  // empty: no case, as an empty array
            return
        }
        if answersEachLine, !finished, firstByte == UInt8(ascii: "{"),
            let first = Self.lines(in: buffer, from: position, throughEnd: finished).first,
            !buffer[first.upperBound...].contains(where: { !Self.isBlank($0) }),
            JSONParser.parse(Array(buffer[first])).value != nil
        {
            // Nothing more yet: a co-process waiting for the answer, unless the input ends now.
            guard inputReady?(200) == true else {
                (mode, shape) = (.lines, .batch)
                return
            }
            _ = fill()
        }
        let lines = Self.lines(in: buffer, from: position, throughEnd: finished)
        guard let first = lines.first else {
            // A first line longer than any case: an array on one line is read element by
            // element; anything else as lines, which skips that line.
            (mode, shape) = firstByte == UInt8(ascii: "[") ? (.array, .batch) : (.lines, .batch)
            if mode == .array { startArray() }
            return
        }
        let parses = lines.map { JSONParser.parse(Array(buffer[$0])).value != nil }
        if !parses[0], finished, JSONParser.parse(Array(buffer[position...])).value != nil {
            // The whole input is one well-formed value spread over lines — a case written by hand
            // with its substances on a line of their own, which would otherwise look like a
            // record: read as itself, never as lines.
            if firstByte == UInt8(ascii: "[") { (mode, shape) = (.array, .batch) } else { mode = .document }
        } else if parses[0] {
            var more = buffer[first.upperBound...].contains { !Self.isBlank($0) }
            while !more && fill() { more = buffer[first.upperBound...].contains { !Self.isBlank($0) } }
            if more {
                (mode, shape) = (.lines, .batch)
            } else {
                (mode, shape) = firstByte == UInt8(ascii: "[") ? (.array, .batch) : (.lines, .single)
            }
        } else {
            // A line that opens with '{' and closes with '}' is a record, broken or not: a file
            // of one case per line stays one, however many of its lines are damaged.
            let containers = zip(lines, parses).filter { range, parses in
                let first = buffer[range].first { !Self.isBlank($0) }
                let last = buffer[range].last { !Self.isBlank($0) }
                return (parses && [UInt8(ascii: "{"), UInt8(ascii: "[")].contains(first))
                    || (first == UInt8(ascii: "{") && last == UInt8(ascii: "}"))
            }.count
            // An input opening with '[' alone on its line is an array, however its lines look.
            let arrayOpening =
                firstByte == UInt8(ascii: "[")
                && (containers < 2 || buffer[first].filter { !Self.isBlank($0) } == [UInt8(ascii: "[")])
            if !arrayOpening && containers >= 1 && lines.count >= 2 && containers * 2 >= lines.count {
                (mode, shape) = (.lines, .batch)
            } else if firstByte == UInt8(ascii: "[") {
                (mode, shape) = (.array, .batch)
            } else {
                mode = .document
            }
        }
        if mode == .array { startArray() }
    }

    /// Moves past the array's opening bracket, counting the lines and columns before it.
    private mutating func startArray() {
        let open = buffer[position...].firstIndex(of: UInt8(ascii: "["))!
        array.start(after: buffer[position...open])
        position = open + 1
    }

    /// Newlines in `bytes`, counted up to one more than ``detectionLines``.
    private static func newlines(in bytes: [UInt8]) -> Int {
        var count = 0
        for byte in bytes where byte == UInt8(ascii: "\n") {
            count += 1
            if count > detectionLines { break }
        }
        return count
    }

    /// The non-blank lines among the first ``detectionLines`` that end in the buffer (the last
    /// one counts when the input ends there).
    private static func lines(in bytes: [UInt8], from start: Int, throughEnd: Bool) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = start
        var seen = 0
        while seen < detectionLines {
            guard let end = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? (throughEnd ? bytes.count : nil) else { break }
            if bytes[lineStart..<end].contains(where: { !isBlank($0) }) { lines.append(lineStart..<end) }
            seen += 1
            if end >= bytes.count { break }
            lineStart = end + 1
        }
        return lines
    }

    /// One case as read: an NDJSON line not yet parsed (so a fast reader can take it as bytes),
    /// or an entry already parsed; in a batch, with its place (``CaseLocation``).
    public struct Raw: Sendable {
        /// The case's place in the input.
        public let location: CaseLocation?
        let content: Content
        /// Whether errors are placed in the text (``CaseStream/locatesErrors``).
        let locatesErrors: Bool

        /// A line as it stands, or an entry with the text it was parsed from (an array's
        /// element, a whole document), kept so that its errors can name their line and column
        /// (``located(_:)``); a line is its own. An entry is held apart (`indirect`): a record
        /// per NDJSON line, copied and destroyed a million times, stays small.
        enum Content: Sendable {
            case line(ArraySlice<UInt8>, number: Int)
            indirect case entry(CaseInput.Entry, source: Source?)
        }

        /// A case's text and where its first byte stands in the input.
        struct Source: Sendable {
            let bytes: ArraySlice<UInt8>
            let line: Int
            let column: Int
        }

        init(_ content: Content, location: CaseLocation?, locatesErrors: Bool = true) {
            self.content = content
            self.location = location
            self.locatesErrors = locatesErrors
        }

        /// An entry read some other way (a fixture's case).
        public init(_ entry: CaseInput.Entry) {
            self.init(.entry(entry, source: nil), location: nil)
        }

        /// The NDJSON line, for a fast reader; nil for a case read otherwise.
        public var lineBytes: ArraySlice<UInt8>? {
            if case .line(let bytes, _) = content { return bytes }
            return nil
        }

        /// `errors` of this case with its place in the input and, for each error about a value,
        /// the line and column of that value in the case's text, found by following its pointer.
        public func located(_ errors: CaseErrors) -> CaseErrors {
            let text: Source? =
                switch content {
                case .line(let bytes, let number): Source(bytes: bytes, line: number, column: 1)
                case .entry(_, let source): source
                }
            guard locatesErrors, let text else { return errors.located(location) }
            let placed = errors.errors.map { error in
                guard error.line == nil,
                    let (line, column) = JSONLocator.position(of: error.pointer, in: text.bytes, firstLine: text.line, firstColumn: text.column)
                else { return error }
                return error.at(line: line, column: column)
            }
            return CaseErrors(id: errors.id, errors: placed, location: location ?? errors.location)
        }

        /// The case parsed (what `next(_:)` returns for it); errors carry the case's place.
        public var entry: CaseInput.Entry {
            switch content {
            case .entry(.invalid(let errors), _):
                return .invalid(located(errors))
            case .entry(let entry, _):
                return entry
            case .line(let bytes, let number):
                let parsed = JSONParser.parse(Array(bytes), firstLine: number)
                guard let value = parsed.value else {
                    return .invalid(CaseErrors(id: nil, errors: parsed.issues.map(InputError.init), location: location))
                }
                return .value(value, issues: parsed.issues.map(InputError.init))
            }
        }
    }

    /// The next case's place in a batch (nil for a single case), counting it as handed out.
    private mutating func nextLocation(line: Int?) -> CaseLocation? {
        defer { casesRead += 1 }
        return shape == .batch ? CaseLocation(index: casesRead, line: line) : nil
    }

    /// Up to `limit` more cases, NDJSON lines unparsed; empty at the end of the input.
    public mutating func nextRaw(_ limit: Int) -> [Raw] {
        if mode == nil { decideMode() }
        var raws: [Raw] = []
        // A batch's array is sized once, not grown a dozen times per batch.
        raws.reserveCapacity(min(limit, 4096))
        switch mode! {
        case .lines:
            while raws.count < limit, let (lineEnd, tooLarge) = nextLineEnd(mayWait: raws.isEmpty || !answersEachLine) {
                line += 1
                if tooLarge {
                    position = min(lineEnd + 1, buffer.count)
                    raws.append(Raw(.entry(.invalid(Self.tooLarge("line \(line)")), source: nil), location: nextLocation(line: line)))
                    continue
                }
                let content = buffer[position..<lineEnd]
                position = min(lineEnd + 1, buffer.count)
                guard content.contains(where: { !Self.isBlank($0) }) else { continue }
                raws.append(
                    Raw(
                        .line(content, number: line), location: nextLocation(line: line),
                        locatesErrors: locatesErrors))
            }
        case .array:
            while raws.count < limit, let (entry, line, source) = nextArrayElement() {
                raws.append(Raw(.entry(entry, source: source), location: nextLocation(line: line), locatesErrors: locatesErrors))
            }
        case .document:
            if !documentRead {
                documentRead = true
                let (entry, source) = readDocument()
                raws.append(Raw(.entry(entry, source: source), location: nextLocation(line: nil), locatesErrors: locatesErrors))
            }
        }
        return raws
    }

    /// Every remaining case (for small inputs already in memory).
    public mutating func nextAll() -> [CaseInput.Entry] {
        var all: [CaseInput.Entry] = []
        while true {
            let batch = next(4096)
            if batch.isEmpty { return all }
            all += batch
        }
    }

    /// Up to `limit` more cases; empty at the end of the input.
    public mutating func next(_ limit: Int) -> [CaseInput.Entry] {
        nextRaw(limit).map(\.entry)
    }

    /// The rest of the input as one document: parsed whole when it is within the size limit,
    /// else dropped as it streams past (memory stays flat) and reported as too large.
    /// "UTF-16" when the bytes are UTF-16 (a byte order mark FF FE or FE FF, or ASCII with a
    /// zero byte beside each character, as Windows Notepad saves «Unicode»).
    static func utf16(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        guard bytes.count >= 4 else { return nil }
        let zeros = (bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0) || (bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0)
        return zeros ? "UTF-16" : nil
    }

    static func translateCarriageReturns(_ bytes: inout [UInt8], from start: Int) {
        guard start < bytes.count else { return }
        for index in start..<bytes.count where bytes[index] == UInt8(ascii: "\r") { bytes[index] = UInt8(ascii: "\n") }
    }

    private mutating func readDocument() -> (CaseInput.Entry, Raw.Source?) {
        if let foreignEncoding {
            while fill() { position = buffer.count }
            position = buffer.count
            let error = InputError(
                code: .invalidUTF8, pointer: .root,
                message: "the input is \(foreignEncoding), not UTF-8: save it as UTF-8 (in Windows Notepad: Save as, Encoding UTF-8)",
                details: ["encoding": foreignEncoding])
            return (.invalid(CaseErrors(id: nil, errors: [error])), nil)
        }
        var tooLarge = buffer.count - position > Self.maximumCaseBytes
        if tooLarge { position = buffer.count }
        while fill() {
            if buffer.count - position > Self.maximumCaseBytes {
                tooLarge = true
                position = buffer.count
            }
        }
        if tooLarge { return (.invalid(Self.tooLarge("the input")), nil) }
        let text = Array(buffer[position...])
        let parsed = JSONParser.parse(text)
        position = buffer.count
        let source = Raw.Source(bytes: text[...], line: 1, column: 1)
        guard let value = parsed.value else { return (.invalid(CaseErrors(id: nil, errors: parsed.issues.map(InputError.init))), source) }
        return (.value(value, issues: parsed.issues.map(InputError.init)), source)
    }

    /// The end of the next line (a newline, or the end of the input), and whether the line is
    /// over the size limit (then its start has already been discarded); nil when nothing is left.
    /// `mayWait`: read more input when no whole line is left (a co-process is answered first).
    private mutating func nextLineEnd(mayWait: Bool = true) -> (end: Int, tooLarge: Bool)? {
        var skipping = false
        while true {
            // memchr: the generic firstIndex(of:) showed up in profiles of million-case files.
            let found = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard position < bytes.count, let base = bytes.baseAddress,
                    let hit = memchr(base + position, Int32(UInt8(ascii: "\n")), bytes.count - position)
                else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if let newline = found { return (newline, skipping || newline - position > Self.maximumCaseBytes) }
            if buffer.count - position > Self.maximumCaseBytes {
                // Too long to be a case: stop keeping it, and read on to its end.
                skipping = true
                position = buffer.count
            }
            if !mayWait && !finished { return nil }
            if !fill() { return position < buffer.count || skipping ? (buffer.count, skipping) : nil }
        }
    }

    static func tooLarge(_ what: String) -> CaseErrors {
        CaseErrors(
            id: nil,
            errors: [
                InputError(
                    code: .tooLarge, pointer: .root,
                    message: "\(what) is larger than \(maximumCaseBytes / 1024) KiB, the limit for one case; it was not read")
            ])
    }

    /// The next element of the array as a case, with the line it starts on; nil at the end.
    private mutating func nextArrayElement() -> (CaseInput.Entry, Int, Raw.Source?)? {
        func invalid(_ message: String, _ slip: String, _ line: Int, _ column: Int) -> (CaseInput.Entry, Int, Raw.Source?) {
            let error = InputError(
                code: .invalidJSON, pointer: .root, message: InputError.placed(message, line: line, column: column), line: line, column: column,
                details: ["slip": slip])
            return (.invalid(CaseErrors(id: nil, errors: [error])), line, nil)
        }
        while true {
            switch array.scan(buffer, from: &position, limit: Self.maximumCaseBytes, ended: finished) {
            case .tooLarge(let line):
                return (.invalid(Self.tooLarge("the array element on line \(line)")), line, nil)
            case .element(let range, let line, let column):
                let text = Array(buffer[range])
                let parsed = JSONParser.parse(text, firstLine: line, firstColumn: column)
                let source = Raw.Source(bytes: text[...], line: line, column: column)
                guard let value = parsed.value else {
                    return (.invalid(CaseErrors(id: nil, errors: parsed.issues.map(InputError.init))), line, source)
                }
                return (.value(value, issues: parsed.issues.map(InputError.init)), line, source)
            case .unclosed(let range, let line, let column):
                // The input ends inside the array: a case that parses is still not complete.
                let parsed = JSONParser.parse(Array(buffer[range]), firstLine: line, firstColumn: column)
                if parsed.value == nil { return (.invalid(CaseErrors(id: nil, errors: parsed.issues.map(InputError.init))), line, nil) }
                return invalid(
                    "the input ends before the array is closed; expected ',' or ']' after this case (is the file complete?)",
                    "array-unclosed", line, column)
            case .invalid(let message, let slip, let line, let column):
                return invalid(message, slip, line, column)
            case .end:
                // After the closing ']' only blanks may follow; anything else is reported, never
                // silently ignored (found by fuzzing: "[]]..." dropped the rest of the input).
                while true {
                    if let (line, column) = array.skipBlanks(buffer, from: &position) {
                        // Read (and drop) the rest, so that the case after it is not read as more.
                        position = buffer.count
                        while fill() { position = buffer.count }
                        return invalid(
                            "unexpected content after the array's closing ']'; put every case inside the array",
                            "after-array", line, column)
                    }
                    position = buffer.count
                    if !fill() { return nil }
                }
            case .broken(let message, let line, let column):
                // The array's structure is lost: this one error stands for the rest of the input.
                position = buffer.count
                while fill() { position = buffer.count }
                return invalid(message, "stray-brace", line, column)
            case .needMore:
                _ = fill()
            }
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
