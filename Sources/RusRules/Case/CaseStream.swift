import Foundation

/// Reads cases incrementally from chunks of bytes, so memory stays flat however long the input:
/// NDJSON line by line, a JSON array element by element, or one JSON object. Cases come out in
/// input order, each once, as a value or as its errors (contract.md "Batch").
///
/// Shape is decided from the start of the input: `[` is an array; otherwise, if the first
/// non-blank line is a complete JSON value, the input is NDJSON (a single line is a single
/// case); otherwise it is one multi-line object, read whole.
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
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var mode: Mode?
    private var line = 0
    private var pendingEntries: [CaseInput.Entry] = []
    private var array = ArraySplitter()
    /// Set when a whole (multi-line) document was larger than the limit and discarded.
    private var wholeTooLarge = false
    /// How many elements of a top-level array have been read (to say which one an error is in).
    private var elementsRead = 0

    public private(set) var shape: CaseInput.Shape = .single

    private enum Mode { case lines, array, whole }

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
            (received, ended) = buffer.withUnsafeMutableBytes { Self.readFully(readInto, into: $0) }
            buffer.removeSubrange(received...)
            position = 0
            finished = ended
            return received > 0
        }
        var ended = false
        let next = [UInt8](unsafeUninitializedCapacity: kept + Self.chunkSize) { memory, count in
            buffer.withUnsafeBytes { old in
                UnsafeMutableRawBufferPointer(memory).copyMemory(from: UnsafeRawBufferPointer(rebasing: old[keepFrom...]))
            }
            (received, ended) = Self.readFully(readInto, into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(memory)[kept...]))
            count = kept + received
        }
        buffer = next
        position -= keepFrom
        finished = ended
        return received > 0
    }

    /// Reads until `memory` is full or the input ends (then `ended`, and no read is tried again:
    /// a terminal would wait for a second end-of-file). A pipe hands out 64 KB a read; a fresh
    /// 1 MB buffer per read left each mostly empty, and the lines of a batch kept dozens of them
    /// alive — 100 MB peak from `rusctl sample | rusctl compare -`, against 26 MB from a file.
    private static func readFully(_ readInto: (UnsafeMutableRawBufferPointer) -> Int,
                                  into memory: UnsafeMutableRawBufferPointer) -> (count: Int, ended: Bool) {
        var total = 0
        while total < memory.count {
            let count = readInto(UnsafeMutableRawBufferPointer(rebasing: memory[total...]))
            if count == 0 { return (total, true) }
            total += count
        }
        return (total, false)
    }

    /// Decides the shape once enough of the input is buffered.
    private mutating func decideMode() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        while true {
            if buffer.starts(with: bom) { position = 3 }
            let start = buffer[position...].firstIndex { !Self.isBlank($0) }
            if let start {
                if buffer[start] == UInt8(ascii: "[") {
                    mode = .array
                    shape = .batch
                    position = start + 1
                    return
                }
                if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    let firstLine = Array(buffer[start..<newline])
                    if JSONParser.parse(firstLine).value != nil {
                        // One case answers with one decision, several with NDJSON: is there a second?
                        // (The mode is set after reading on, so that `newline` stays valid.)
                        let hasMore = { (buffer: [UInt8]) in buffer[(newline + 1)...].contains { !Self.isBlank($0) } }
                        while !hasMore(buffer) && fill() {}
                        shape = hasMore(buffer) ? .batch : .single
                        mode = .lines
                        return
                    }
                    // A multi-line document: one object (or an error), read whole — up to the limit.
                    while fill() {
                        if buffer.count - position > Self.maximumCaseBytes {
                            wholeTooLarge = true
                            position = buffer.count
                        }
                    }
                    mode = .whole
                    return
                }
                if buffer.count - start > Self.maximumCaseBytes {
                    // A first line longer than any case may be: read as lines, which skips it.
                    mode = .lines
                    shape = .batch
                    return
                }
            }
            if !fill() {
                mode = buffer[position...].contains(where: { !Self.isBlank($0) }) ? .lines : .whole
                return
            }
        }
    }

    /// One case as read: an NDJSON line not yet parsed (so a fast reader can take it as bytes),
    /// or an entry already parsed.
    public enum Raw: Sendable {
        case line(ArraySlice<UInt8>, number: Int)
        case entry(CaseInput.Entry)

        /// The case parsed (what `next(_:)` returns for it).
        public var entry: CaseInput.Entry {
            switch self {
            case .entry(let entry):
                return entry
            case .line(let bytes, let number):
                let parsed = JSONParser.parse(Array(bytes), firstLine: number)
                guard let value = parsed.value else {
                    return .invalid(CaseErrors(id: nil, errors: parsed.issues.map(InputError.init)))
                }
                return .value(value, issues: parsed.issues.map(InputError.init))
            }
        }
    }

    /// Up to `limit` more cases, NDJSON lines unparsed; empty at the end of the input.
    public mutating func nextRaw(_ limit: Int) -> [Raw] {
        if mode == nil { decideMode() }
        guard mode == .lines else { return next(limit).map { .entry($0) } }
        var raws: [Raw] = []
        while raws.count < limit, let (lineEnd, tooLarge) = nextLineEnd() {
            line += 1
            if tooLarge {
                position = min(lineEnd + 1, buffer.count)
                raws.append(.entry(.invalid(Self.tooLarge("line \(line)"))))
                continue
            }
            let content = buffer[position..<lineEnd]
            position = min(lineEnd + 1, buffer.count)
            guard content.contains(where: { !Self.isBlank($0) }) else { continue }
            raws.append(.line(content, number: line))
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
        if mode == nil { decideMode() }
        var entries: [CaseInput.Entry] = []
        while entries.count < limit {
            if !pendingEntries.isEmpty {
                entries.append(pendingEntries.removeFirst())
                continue
            }
            switch mode! {
            case .whole:
                // Read once, as one document (a pretty-printed case, or an error).
                guard line == 0 else { return entries }
                line = 1
                if wholeTooLarge {
                    pendingEntries = [.invalid(Self.tooLarge("the input"))]
                    continue
                }
                let input = CaseInput(bytes: Array(buffer[position...]))
                position = buffer.count
                shape = input.shape
                pendingEntries = input.entries
            case .lines:
                let raws = nextRaw(limit - entries.count)
                if raws.isEmpty { return entries }
                entries += raws.map(\.entry)
            case .array:
                guard let element = nextArrayElement() else { return entries }
                entries.append(element)
            }
        }
        return entries
    }

    /// The end of the next line (a newline, or the end of the input), and whether the line is
    /// over the size limit (then its start has already been discarded); nil when nothing is left.
    private mutating func nextLineEnd() -> (end: Int, tooLarge: Bool)? {
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
            if !fill() { return position < buffer.count || skipping ? (buffer.count, skipping) : nil }
        }
    }

    static func tooLarge(_ what: String) -> CaseErrors {
        CaseErrors(id: nil, errors: [InputError(
            code: "too-large", pointer: .root,
            message: "\(what) is larger than \(maximumCaseBytes / 1024) KiB, the limit for one case; it was not read")])
    }

    private mutating func nextArrayElement() -> CaseInput.Entry? {
        while true {
            switch array.scan(buffer, from: &position, limit: Self.maximumCaseBytes) {
            case .tooLarge:
                elementsRead += 1
                return .invalid(Self.tooLarge("array element \(elementsRead - 1)"))
            case .element(let range):
                elementsRead += 1
                let parsed = JSONParser.parse(Array(buffer[range]))
                // Positions in the parser's messages count from the element's start: say which element.
                let element = elementsRead - 1
                let issues = parsed.issues.map { issue in
                    InputError(code: issue.code, pointer: issue.pointer, message: "array element \(element), \(issue.message)")
                }
                guard let value = parsed.value else { return .invalid(CaseErrors(id: nil, errors: issues)) }
                return .value(value, issues: issues)
            case .end:
                // After the closing ']' only blanks may follow; anything else is reported, never
                // silently ignored (found by fuzzing: "[]]..." dropped the rest of the input).
                while true {
                    if buffer[position...].contains(where: { !Self.isBlank($0) }) {
                        // Read (and drop) the rest, so that the case after it is not read as more.
                        position = buffer.count
                        while fill() { position = buffer.count }
                        return .invalid(CaseErrors(id: nil, errors: [InputError(
                            code: "invalid-json", pointer: .root,
                            message: "unexpected content after the array's closing ']'; put every case inside the array")]))
                    }
                    position = buffer.count
                    if !fill() { return nil }
                }
            case .broken(let message):
                // The array's structure is lost: this one error stands for the rest of the input.
                position = buffer.count
                while fill() { position = buffer.count }
                return .invalid(CaseErrors(id: nil, errors: [InputError(code: "invalid-json", pointer: .root, message: message)]))
            case .needMore:
                if !fill() {
                    guard array.state != .done else { return nil }
                    array.state = .done
                    return .invalid(CaseErrors(id: nil, errors: [InputError(
                        code: "invalid-json", pointer: .root, message: "the input ends inside the array; expected ']'")]))
                }
            }
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}

/// Finds the elements of a top-level JSON array in a growing buffer without parsing them:
/// it tracks only strings, escapes and nesting depth, and keeps that state between reads (so a
/// long element is scanned once). Each element is then parsed on its own, so a broken element
/// costs that case only (until the nesting itself is lost). An element over the size limit is
/// dropped as it streams past and reported as too large.
struct ArraySplitter {
    enum Result {
        case element(Range<Int>)
        case tooLarge
        case end
        case broken(String)
        case needMore
    }

    enum State { case betweenElements, done }
    var state = State.betweenElements
    /// Scan state of the element under way: bytes scanned from its start (or from where
    /// skipping began), nesting depth, and whether inside a string or just after a backslash.
    private var inElement = false
    private var scanned = 0
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var skipping = false

    private mutating func finishElement() {
        inElement = false
        scanned = 0
        depth = 0
        inString = false
        escaped = false
        skipping = false
    }

    /// `position` is the start of the element under way (the buffer keeps bytes from there on).
    mutating func scan(_ bytes: [UInt8], from position: inout Int, limit: Int) -> Result {
        guard state != .done else { return .end }
        if !inElement {
            var index = position
            while index < bytes.count, CaseStream.isBlank(bytes[index]) || bytes[index] == UInt8(ascii: ",") { index += 1 }
            position = index
            guard index < bytes.count else { return .needMore }
            if bytes[index] == UInt8(ascii: "]") {
                state = .done
                position = index + 1
                return .end
            }
            inElement = true
        }
        var index = position + scanned
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]") where depth == 0, UInt8(ascii: ",") where depth == 0:
                    // The end of the element: at a comma, or at the array's own closing bracket.
                    let range = position..<index
                    let wasSkipping = skipping
                    position = byte == UInt8(ascii: ",") ? index + 1 : index
                    finishElement()
                    return wasSkipping ? .tooLarge : .element(range)
                case UInt8(ascii: "}") where depth == 0:
                    // A stray closing brace: the array's structure is lost, so it ends here with
                    // an error (found by fuzzing: treating it as the end of an element made an
                    // empty element forever).
                    state = .done
                    return .broken("unexpected '}' in the array at byte \(index); expected a value, ',' or ']'")
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                default: break
                }
            }
            index += 1
        }
        scanned = index - position
        if scanned > limit {
            // Too large to be a case: stop keeping it, and scan on to its end.
            skipping = true
            position = index
            scanned = 0
        }
        return .needMore
    }
}
