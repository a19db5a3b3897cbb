/// Writes ``JSONValue``s as text, keeping member order, so output is byte-identical across runs.
///
/// It writes UTF-8 bytes into a buffer and copies each string's runs of characters that need
/// no escaping in one go: appending to a String scalar by scalar cost 80 µs a decision, more
/// than deciding it (profiled with `rusctl-bench`).
public enum JSONWriter {
    /// One line, no insignificant white space: the NDJSON form.
    public static func compact(_ value: JSONValue) -> String {
        String(decoding: compactBytes(value), as: UTF8.self)
    }

    /// The compact form as UTF-8 bytes.
    public static func compactBytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(value, into: &output, pretty: false, level: 0)
        return output
    }

    /// Indented with two spaces, for people and for files kept in the repository.
    public static func pretty(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(value, into: &output, pretty: true, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Indented as an element nested `level` deep: its first line without indentation, the
    /// next ones as the pretty form of the enclosing document lays them out.
    package static func pretty(_ value: JSONValue, level: Int) -> String {
        pretty(value, level: level, after: "")
    }

    /// The same, after `prefix` (a line break and indentation before an element written on
    /// its own), in one buffer: a report of changed cases writes one such element per case.
    package static func pretty(_ value: JSONValue, level: Int, after prefix: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        output += prefix.utf8
        write(value, into: &output, pretty: true, level: level)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, into output: inout [UInt8], pretty: Bool, level: Int) {
        switch value {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .number(let number): output += number.text.utf8
        case .string(let string): writeString(string, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]".utf8
                return
            }
            // Arrays of scalars stay on one line even when pretty: they read better that way.
            let inline = !pretty || elements.allSatisfy(\.isScalar)
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output += (inline && pretty ? ", " : ",").utf8 }
                if !inline { newline(into: &output, level: level + 1) }
                write(element, into: &output, pretty: pretty, level: level + 1)
            }
            if !inline { newline(into: &output, level: level) }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.members.isEmpty {
                output += "{}".utf8
                return
            }
            output.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { newline(into: &output, level: level + 1) }
                writeString(member.key, into: &output)
                output += (pretty ? ": " : ":").utf8
                write(member.value, into: &output, pretty: pretty, level: level + 1)
            }
            if pretty { newline(into: &output, level: level) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into output: inout [UInt8], level: Int) {
        output.append(UInt8(ascii: "\n"))
        // Indentation is copied from a line of spaces, not appended a space at a time.
        let indent = 2 * level
        if indent <= spaces.count {
            spaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<indent])) }
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether a byte may need escaping: `"`, `\`, control characters, and 0xE2 (the lead
    /// byte of U+2028/U+2029). Compared inline: a lookup table cost a lazy-global check per byte.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    /// Whether any of eight bytes may need escaping (``isSpecial``).
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        // One test of the four masks together: a plain word, the usual case, takes one branch.
        (ByteWord.lessMask(word, than: 0x20) | ByteWord.equalMask(word, 0x22) | ByteWord.equalMask(word, 0x5C)
            | ByteWord.equalMask(word, 0xE2)) != 0
    }

    /// A string in quotes: `"` and `\` and control characters escaped, and U+2028/U+2029 too
    /// (they end lines in JavaScript, which would break an NDJSON reader there).
    static func writeString(_ string: String, into output: inout [UInt8]) {
        var string = string
        string.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: quotedCapacity(source.count)) { room in
                let written = writeQuoted(source, to: room.baseAddress!)
                output.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress, count: written))
            }
        }
    }

    /// Room enough for `count` bytes of UTF-8 written by ``writeQuoted(_:to:)``: every byte
    /// escaped as `\u00XX`, and the quotes.
    static func quotedCapacity(_ count: Int) -> Int { 6 * count + 2 }

    /// Writes `source` in quotes, escaped as ``writeString(_:into:)`` says, at `destination`
    /// (which has room for ``quotedCapacity(_:)`` bytes); returns how many bytes it wrote. Runs
    /// of bytes that need no escaping — usually the whole string — are copied in one go, and
    /// found eight bytes at a time: scanning byte by byte was the largest single cost of writing
    /// a decision (about 2.7 KB of text; profiled with perf).
    static func writeQuoted(_ source: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        @inline(__always) func put(_ byte: UInt8) {
            destination[written] = byte
            written += 1
        }
        @inline(__always) func copy(_ range: Range<Int>) {
            guard !range.isEmpty, let base = source.baseAddress else { return }
            (destination + written).update(from: base + range.lowerBound, count: range.count)
            written += range.count
        }
        put(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count, let base = source.baseAddress {
            while index + 8 <= count, !mayNeedEscaping(ByteWord.load(base + index)) {
                index += 8
            }
            // Fewer than eight bytes left: read as the last eight of the string, they are
            // usually all plain, and the rest need not be looked at one by one.
            if index + 8 > count, count >= 8, !mayNeedEscaping(ByteWord.load(base + count - 8)) { break }
            guard index < count else { break }
            let byte = source[index]
            guard isSpecial(byte) else {
                index += 1
                continue
            }
            let letter: UInt8? =
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
                case UInt8(ascii: "\n"): UInt8(ascii: "n")
                case UInt8(ascii: "\r"): UInt8(ascii: "r")
                case UInt8(ascii: "\t"): UInt8(ascii: "t")
                case 0x08: UInt8(ascii: "b")
                case 0x0C: UInt8(ascii: "f")
                default: nil
                }
            let separator = byte == 0xE2 && index + 2 < count && source[index + 1] == 0x80 && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9)
            guard letter != nil || byte < 0x20 || separator else {
                index += 1
                continue
            }
            copy(runStart..<index)
            put(UInt8(ascii: "\\"))
            if let letter {
                put(letter)
                index += 1
            } else if separator {
                for digit in "u202".utf8 { put(digit) }
                put(source[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                index += 3
            } else {
                for digit in "u00".utf8 { put(digit) }
                put(hex[Int(byte >> 4)])
                put(hex[Int(byte & 0xF)])
                index += 1
            }
            runStart = index
        }
        copy(runStart..<count)
        put(UInt8(ascii: "\""))
        return written
    }
}
