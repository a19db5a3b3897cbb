/// A problem found while reading JSON text: where (pointer, line, column) and what was expected.
package struct JSONSyntaxIssue: Error, Sendable, Equatable {
    /// `invalid-json`, `invalid-utf8`, `duplicate-key`, `too-deep` or `too-many`.
    package let code: ErrorCode
    /// The value being read when the problem was found.
    package let pointer: JSONPointer
    package let line: Int
    package let column: Int
    package let message: String
    /// What the plain-language text is made from (``InputError/details``).
    package var details: [String: String] = [:]
}

/// A strict RFC 8259 parser.
///
/// Differences from `JSONSerialization` that the contract needs: duplicate keys are reported
/// (with a pointer) instead of silently keeping one; numbers keep their literal text; every
/// problem carries the pointer of the value being read; nesting is bounded. A UTF-8 byte order
/// mark at the very start is skipped, as RFC 8259 §8.1 allows.
package struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    package static let maximumDepth = 64
    /// The most members one object may have (a case has at most eight): more is `too-many`, and
    /// reading stops there, so a document of a million keys costs no more than this many.
    package static let maximumKeys = 1000

    /// What a parse found: the value (nil after a fatal problem) and every problem seen.
    package struct Result: Sendable {
        package let value: JSONValue?
        package let issues: [JSONSyntaxIssue]
    }

    private let bytes: [UInt8]
    private var index: Int
    /// Where the last problem was recorded (line and column of `positionIndex`): positions are
    /// counted on from there, so many problems cost one pass over the input, not one each.
    private var positionIndex = 0
    private var positionLine: Int
    private var positionColumn: Int
    private var path: [String] = []
    private var depth = 0
    private var issues: [JSONSyntaxIssue] = []

    private struct Fatal: Error {}

    private init(bytes: [UInt8], firstLine: Int, firstColumn: Int) {
        self.bytes = bytes
        self.positionLine = firstLine
        self.positionColumn = firstColumn
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        self.index = bytes.starts(with: bom) ? 3 : 0
    }

    /// Parses exactly one JSON value, allowing surrounding white space only. `firstLine` and
    /// `firstColumn` are where the first byte stands, for messages about part of a larger file.
    package static func parse(_ bytes: [UInt8], firstLine: Int = 1, firstColumn: Int = 1) -> Result {
        var parser = JSONParser(bytes: bytes, firstLine: firstLine, firstColumn: firstColumn)
        do {
            parser.skipWhitespace()
            if parser.index >= bytes.count {
                parser.record(.invalidJSON, "the input is empty; expected a JSON value", slip: Slip(kind: "empty", fix: ""))
                throw Fatal()
            }
            let value = try parser.parseValue()
            parser.skipWhitespace()
            if parser.index < bytes.count {
                let another = bytes[parser.index] == UInt8(ascii: "{")
                parser.record(
                    .invalidJSON, "unexpected \(parser.describeCurrent()) after the end of the JSON value",
                    slip: another
                        ? Slip(kind: "two-documents", fix: "one case per document; for several cases, put them in a JSON array [ … ] or one per line (NDJSON)")
                        : nil)
                throw Fatal()
            }
            return Result(value: value, issues: parser.issues)
        } catch {
            return Result(value: nil, issues: parser.issues)
        }
    }

    package static func parse(_ text: String) -> Result {
        parse(Array(text.utf8))
    }

    // MARK: - Values

    private mutating func parseValue() throws -> JSONValue {
        guard index < bytes.count else {
            record(.invalidJSON, "the input ends where a value was expected")
            throw Fatal()
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default:
            record(.invalidJSON, "unexpected \(describeCurrent()); expected a JSON value", slip: valueSlip())
            throw Fatal()
        }
    }

    private mutating func enterContainer() throws {
        depth += 1
        if depth > Self.maximumDepth {
            record(.tooDeep, "nesting deeper than \(Self.maximumDepth) levels")
            throw Fatal()
        }
    }

    private mutating func parseObject() throws -> JSONValue {
        try enterContainer()
        index += 1
        var object = JSONObject()
        var seen = Set<String>()
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                record(.invalidJSON, "unexpected \(describeCurrent()); expected a key in double quotes", slip: keySlip())
                throw Fatal()
            }
            guard object.members.count < Self.maximumKeys else {
                record(.tooMany, "more than \(Self.maximumKeys) keys in one object", details: ["what": "keys"])
                throw Fatal()
            }
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else {
                record(.invalidJSON, "unexpected \(describeCurrent()); expected ':' after key \"\(Self.shortened(key))\"")
                throw Fatal()
            }
            index += 1
            skipWhitespace()
            path.append(key)
            let value = try parseValue()
            if seen.insert(key).inserted {
                object.append(key, value)
            } else {
                record(
                    .duplicateKey, "key \"\(Self.shortened(key))\" appears more than once in the same object",
                    details: ["key": Self.shortened(key)])
            }
            path.removeLast()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                continue
            }
            if peek(UInt8(ascii: "}")) {
                index += 1
                depth -= 1
                return .object(object)
            }
            record(.invalidJSON, "unexpected \(describeCurrent()); expected ',' or '}'", slip: separatorSlip())
            throw Fatal()
        }
    }

    private mutating func parseArray() throws -> JSONValue {
        try enterContainer()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            path.append(String(elements.count))
            elements.append(try parseValue())
            path.removeLast()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                continue
            }
            if peek(UInt8(ascii: "]")) {
                index += 1
                depth -= 1
                return .array(elements)
            }
            record(.invalidJSON, "unexpected \(describeCurrent()); expected ',' or ']'", slip: separatorSlip())
            throw Fatal()
        }
    }

    /// A string's text. What stands between escapes is taken as written, its UTF-8 checked as
    /// it passes; only an escape is decoded on its own. (Built scalar by scalar, reading the
    /// rule data took a quarter of a cold start.)
    private mutating func parseString() throws -> String {
        index += 1  // opening quote
        var text = ""
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                text += String(decoding: bytes[runStart..<index], as: UTF8.self)
                index += 1
                return text
            case UInt8(ascii: "\\"):
                text += String(decoding: bytes[runStart..<index], as: UTF8.self)
                text.unicodeScalars.append(try parseEscape())
                runStart = index
            case 0..<0x20:
                record(.invalidJSON, "control character U+\(hex(byte)) inside a string; escape it")
                throw Fatal()
            case 0..<0x80:
                index += 1
            default:
                _ = try parseUTF8Scalar()
            }
        }
        record(.invalidJSON, "the input ends inside a string; expected a closing '\"'")
        throw Fatal()
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else {
            record(.invalidJSON, "the input ends inside an escape sequence")
            throw Fatal()
        }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHex4()
            if (0xD800..<0xDC00).contains(first) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else {
                    record(.invalidJSON, "unpaired surrogate \\u\(String(first, radix: 16)) in a string")
                    throw Fatal()
                }
                index += 2
                let second = try parseHex4()
                guard (0xDC00..<0xE000).contains(second) else {
                    record(.invalidJSON, "unpaired surrogate \\u\(String(first, radix: 16)) in a string")
                    throw Fatal()
                }
                let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                return Unicode.Scalar(combined)!
            }
            guard let scalar = Unicode.Scalar(first) else {
                record(.invalidJSON, "unpaired surrogate \\u\(String(first, radix: 16)) in a string")
                throw Fatal()
            }
            return scalar
        default:
            index -= 1
            record(.invalidJSON, "invalid escape '\\\(describeByte(byte))' in a string")
            throw Fatal()
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else {
            record(.invalidJSON, "the input ends inside a \\u escape")
            throw Fatal()
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                record(.invalidJSON, "'\(describeByte(byte))' is not a hex digit in a \\u escape")
                throw Fatal()
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// Decodes one multi-byte UTF-8 sequence, rejecting overlong forms and surrogates.
    private mutating func parseUTF8Scalar() throws -> Unicode.Scalar {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default:
            record(.invalidUTF8, "byte 0x\(hex(lead)) is not valid UTF-8")
            throw Fatal()
        }
        guard index + length <= bytes.count else {
            record(.invalidUTF8, "the input ends inside a UTF-8 sequence")
            throw Fatal()
        }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else {
                record(.invalidUTF8, "byte 0x\(hex(byte)) is not valid UTF-8 here")
                throw Fatal()
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else {
            record(.invalidUTF8, "an invalid UTF-8 sequence starting with byte 0x\(hex(lead))")
            throw Fatal()
        }
        index += length
        return scalar
    }

    private mutating func parseNumber() throws -> JSONNumber {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        if peek(UInt8(ascii: "0")) {
            index += 1
        } else if digitCount() == 0 {
            record(.invalidJSON, "unexpected \(describeCurrent()); expected a digit in a number")
            throw Fatal()
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            if digitCount() == 0 {
                record(.invalidJSON, "unexpected \(describeCurrent()); expected a digit after '.'")
                throw Fatal()
            }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            if digitCount() == 0 {
                record(.invalidJSON, "unexpected \(describeCurrent()); expected a digit in the exponent")
                throw Fatal()
            }
        }
        if index < bytes.count, isDigitOrLetter(bytes[index]) {
            // 14.03.2023: read as far as 14.03, then a second point.
            let date =
                bytes[index] == UInt8(ascii: ".")
                && bytes[start..<index].allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
            record(
                .invalidJSON, "unexpected \(describeCurrent()) in a number",
                slip: date ? Slip(kind: "unquoted-date", fix: "a date is text in double quotes, written YYYY-MM-DD: \"2023-03-14\"") : nil)
            throw Fatal()
        }
        return JSONNumber(text: String(decoding: bytes[start..<index], as: UTF8.self))
    }

    // MARK: - Helpers

    private mutating func digitCount() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - start
    }

    private func isDigitOrLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: ".")
    }

    private mutating func expectWord(_ word: String) throws {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected,
            index + expected.count == bytes.count || !isDigitOrLetter(bytes[index + expected.count])
        else {
            record(.invalidJSON, "unexpected \(describeCurrent()); expected a JSON value", slip: valueSlip())
            throw Fatal()
        }
        index += expected.count
    }

    private func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of input" }
        return "'\(describeByte(bytes[index]))'"
    }

    private func describeByte(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "0x" + hex(byte)
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    // MARK: - Hints for the usual slips of a hand-written case

    /// The last byte before `index` that is not white space.
    private var previousByte: UInt8? {
        var at = index - 1
        while at >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at -= 1 }
        return at >= 0 ? bytes[at] : nil
    }

    /// A usual slip the parser recognised: its kind (for ``ErrorText``) and its fix in English.
    struct Slip {
        let kind: String
        let fix: String
    }

    /// Where a key was expected.
    private func keySlip() -> Slip? {
        guard index < bytes.count else { return nil }
        if let commentSlip { return commentSlip }
        let byte = bytes[index]
        if byte == UInt8(ascii: "}"), previousByte == UInt8(ascii: ",") {
            return Slip(kind: "trailing-comma", fix: "remove the comma before '}': JSON allows no comma after the last member")
        }
        if (0x30...0x39).contains(byte), previousByte == UInt8(ascii: ",") {
            return Slip(kind: "decimal-comma", fix: "a number is written with a decimal point, not a comma: 4.5, not 4,5")
        }
        if byte == UInt8(ascii: "'") { return Slip(kind: "single-quotes", fix: "JSON uses double quotes: \"key\", not 'key'") }
        if bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) {
            return Slip(kind: "bom", fix: "a byte order mark (U+FEFF) may stand only at the very start of the input")
        }
        if let typographicQuoteSlip { return typographicQuoteSlip }
        if isLetter(byte) { return Slip(kind: "unquoted-key", fix: "put the key in double quotes: \"\(word(at: index))\"") }
        return nil
    }

    /// Where ',' or a closing bracket was expected.
    private func separatorSlip() -> Slip? {
        guard index < bytes.count else { return Slip(kind: "unclosed", fix: "the text ends before every '{' and '[' is closed") }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            return Slip(kind: "missing-comma", fix: "a comma is missing before this")
        }
        if (0x30...0x39).contains(byte), previousByte == UInt8(ascii: ",") {
            return Slip(kind: "decimal-comma", fix: "a number is written with a decimal point, not a comma: 4.5, not 4,5")
        }
        return nil
    }

    /// Typographic quotes (“ ” ‘ ’ « »), as a word processor writes them, where JSON needs '"'.
    private var typographicQuoteSlip: Slip? {
        let quotes: [[UInt8]] = [[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99], [0xC2, 0xAB], [0xC2, 0xBB]]
        guard quotes.contains(where: { bytes[index...].starts(with: $0) }) else { return nil }
        return Slip(
            kind: "typographic-quotes",
            fix: "typographic quotes (“ ” ‘ ’) as a word processor writes them; JSON needs straight double quotes (\")")
    }

    /// A comment (`//` or `/*`), as a template's explanations are written.
    private var commentSlip: Slip? {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "/"),
            bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")
        else { return nil }
        return Slip(kind: "comment", fix: "comments are not JSON: delete the lines starting with //")
    }

    /// Where a value was expected.
    private func valueSlip() -> Slip? {
        guard index < bytes.count else { return nil }
        if let commentSlip { return commentSlip }
        let byte = bytes[index]
        if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}"), previousByte == UInt8(ascii: ",") {
            return Slip(
                kind: byte == UInt8(ascii: "]") ? "trailing-comma-array" : "trailing-comma",
                fix: "remove the comma before '\(describeByte(byte))': JSON allows no comma after the last element")
        }
        if byte == UInt8(ascii: ",") { return Slip(kind: "double-comma", fix: "two commas in a row, or a comma where a value belongs") }
        if byte == UInt8(ascii: "'") { return Slip(kind: "single-quotes", fix: "JSON uses double quotes: \"text\", not 'text'") }
        if let typographicQuoteSlip { return typographicQuoteSlip }
        if isLetter(byte) {
            return Slip(kind: "unquoted-text", fix: "text goes in double quotes: \"\(word(at: index))\"; true, false and null are lowercase")
        }
        return nil
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte >= 0xC0
    }

    /// The word starting at `start` (letters, digits, '-' and '_'), at most 40 bytes.
    private func word(at start: Int) -> String {
        var end = start
        while end < bytes.count, end - start < 40,
            isDigitOrLetter(bytes[end]) || bytes[end] == UInt8(ascii: "-")
                || bytes[end] == UInt8(ascii: "_") || bytes[end] >= 0x80
        { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Text from the input as quoted in a message: at most 60 characters.
    package static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }

    private mutating func record(_ code: ErrorCode, _ message: String, slip: Slip? = nil, details: [String: String] = [:]) {
        // Issues come in document order: count lines and columns on from the last one.
        let target = min(index, bytes.count)
        for byte in bytes[positionIndex..<target] {
            if byte == UInt8(ascii: "\n") {
                positionLine += 1
                positionColumn = 1
            } else if byte & 0xC0 != 0x80 {
                positionColumn += 1
            }
        }
        positionIndex = target
        let (line, column) = (positionLine, positionColumn)
        var details = details
        if let slip { details["slip"] = slip.kind }
        if code == .invalidJSON { details["found"] = index < bytes.count ? describeByte(bytes[index]) : "end" }
        let fix = slip.map { $0.fix.isEmpty ? "" : " — " + $0.fix } ?? ""
        issues.append(
            JSONSyntaxIssue(
                code: code, pointer: JSONPointer(tokens: path), line: line, column: column,
                message: InputError.placed(message + fix, line: line, column: column), details: details))
    }
}
