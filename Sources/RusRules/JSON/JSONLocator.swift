/// Where a JSON Pointer leads in the text it was parsed from, so that an error in a value — a
/// unit that does not fit, an unknown key, a date in the wrong form — names its line and column,
/// as a syntax error does. A case or rule file edited by hand is long; «linje 14» finds the
/// mistake where «/substances/2/unit» does not.
///
/// It reads only as far as the pointer leads, skipping every other value unparsed, and is only
/// asked after a case was found invalid: valid cases never pay for it.
package enum JSONLocator {
    /// The line and column (characters, counted on from `firstLine` and `firstColumn`, where the
    /// first byte stands) of what `pointer` names: the key of an object's member, an array's
    /// element; where a member or element is missing, the object or array that lacks it. Nil
    /// for the root, and where the text cannot be followed that far.
    package static func position(
        of pointer: JSONPointer, in bytes: ArraySlice<UInt8>, firstLine: Int = 1, firstColumn: Int = 1
    ) -> (line: Int, column: Int)? {
        guard !pointer.tokens.isEmpty, let offset = offset(of: pointer, in: bytes) else { return nil }
        var line = firstLine
        var column = firstColumn
        for byte in bytes[bytes.startIndex..<offset] {
            if byte == newline {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// The index in `bytes` of what `pointer` names (``position(of:in:firstLine:firstColumn:)``).
    private static func offset(of pointer: JSONPointer, in bytes: ArraySlice<UInt8>) -> Int? {
        var index = skipBlanks(bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.startIndex + 3 : bytes.startIndex)
        var found: Int?
        for token in pointer.tokens {
            guard index < bytes.endIndex else { return found }
            let container = index
            var member: Int?
            switch bytes[index] {
            case UInt8(ascii: "{"):
                let wanted = Array(token.utf8)
                index = skipBlanks(bytes, from: index + 1)
                while index < bytes.endIndex && bytes[index] == quote {
                    let keyStart = index
                    guard let (key, afterKey) = string(bytes, from: index) else { return found ?? container }
                    index = skipBlanks(bytes, from: afterKey)
                    guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { return found ?? container }
                    index = skipBlanks(bytes, from: index + 1)
                    if key == wanted {
                        member = keyStart
                        break
                    }
                    guard let next = nextMember(bytes, after: index) else { return found ?? container }
                    index = next
                }
            case UInt8(ascii: "["):
                guard let wanted = Int(token), wanted >= 0 else { return container }
                index = skipBlanks(bytes, from: index + 1)
                var position = 0
                while index < bytes.endIndex && bytes[index] != UInt8(ascii: "]") {
                    if position == wanted {
                        member = index
                        break
                    }
                    guard let next = nextMember(bytes, after: index) else { return found ?? container }
                    index = next
                    position += 1
                }
            default:
                // A scalar has no members: the pointer goes further than the text.
                return found
            }
            guard let member else { return container }
            found = member
        }
        return found
    }

    /// Past the value at `index` and the comma after it: the next member's start, or the closing
    /// bracket; nil when the text ends first.
    private static func nextMember(_ bytes: ArraySlice<UInt8>, after index: Int) -> Int? {
        guard let end = skipValue(bytes, from: index) else { return nil }
        var next = skipBlanks(bytes, from: end)
        if next < bytes.endIndex && bytes[next] == UInt8(ascii: ",") { next = skipBlanks(bytes, from: next + 1) }
        return next
    }

    /// The end of the value starting at `index` (one past its last byte); nil when the text ends
    /// inside it.
    private static func skipValue(_ bytes: ArraySlice<UInt8>, from index: Int) -> Int? {
        guard index < bytes.endIndex else { return nil }
        switch bytes[index] {
        case quote:
            return string(bytes, from: index)?.end
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var position = index
            while position < bytes.endIndex {
                switch bytes[position] {
                case quote:
                    guard let end = string(bytes, from: position)?.end else { return nil }
                    position = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return position + 1 }
                default:
                    break
                }
                position += 1
            }
            return nil
        default:
            // A number or a literal: up to the next delimiter.
            var position = index
            while position < bytes.endIndex && !delimiters.contains(bytes[position]) { position += 1 }
            return position
        }
    }

    /// The string starting at the quote at `index`, its escapes decoded to UTF-8, and the index
    /// after its closing quote; nil when the text ends inside it.
    private static func string(_ bytes: ArraySlice<UInt8>, from index: Int) -> (value: [UInt8], end: Int)? {
        var value: [UInt8] = []
        var position = index + 1
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == quote { return (value, position + 1) }
            guard byte == UInt8(ascii: "\\") else {
                value.append(byte)
                position += 1
                continue
            }
            guard position + 1 < bytes.endIndex else { return nil }
            let escaped = bytes[position + 1]
            position += 2
            switch escaped {
            case UInt8(ascii: "b"): value.append(0x08)
            case UInt8(ascii: "f"): value.append(0x0C)
            case UInt8(ascii: "n"): value.append(newline)
            case UInt8(ascii: "r"): value.append(0x0D)
            case UInt8(ascii: "t"): value.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex(bytes, at: position) else { return nil }
                position += 4
                // A surrogate pair written as two escapes is one character.
                if (0xD800...0xDBFF).contains(scalar), position + 1 < bytes.endIndex, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u"), let low = hex(bytes, at: position + 2), (0xDC00...0xDFFF).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                }
                value += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: value.append(escaped)
            }
        }
        return nil
    }

    /// The four hexadecimal digits at `index`, as a number.
    private static func hex(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= bytes.endIndex else { return nil }
        return UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
    }

    private static func skipBlanks(_ bytes: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = index
        while position < bytes.endIndex && blanks.contains(bytes[position]) { position += 1 }
        return position
    }

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let blanks: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    private static let delimiters: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")]
}
