import Foundation

/// Finds the elements of a top-level JSON array in a growing buffer without parsing them:
/// it tracks only strings, escapes and nesting depth (and lines and columns), and keeps that
/// state between reads, so every byte is scanned once. Each element is then parsed on its own,
/// so a broken element costs that case only (until the nesting itself is lost). The commas are
/// checked strictly (RFC 8259 §5): a missing element — `[,`, `,,` or `,]` — is an invalid case in
/// its place. An element over the size limit is dropped as it streams past.
struct ArraySplitter {
    enum Result {
        case element(Range<Int>, line: Int, column: Int)
        /// The input ended inside this element.
        case unclosed(Range<Int>, line: Int, column: Int)
        /// A place where an element is missing.
        case invalid(String, slip: String, line: Int, column: Int)
        case tooLarge(line: Int)
        case end
        case broken(String, line: Int, column: Int)
        case needMore
    }

    enum State { case first, afterComma, done }
    private(set) var state = State.first
    /// The line and column of the next byte to scan.
    private var line = 1
    private var column = 1
    /// The element under way: bytes scanned from its start (or from where skipping began),
    /// nesting depth, whether inside a string or just after a backslash, where it starts.
    private var inElement = false
    private var scanned = 0
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var skipping = false
    private var elementLine = 1
    private var elementColumn = 1
    /// Where the element under way closed its outermost bracket (an object or array element
    /// is complete there; only blanks, ',' or ']' may follow).
    private var closedAt: Int?
    /// Where a comma was missing between two elements (the line and column after the first),
    /// each read as if the comma were there: cases one per line after '[' without commas, as
    /// hand edits and other programs write them.
    private(set) var missingCommas: [(line: Int, column: Int)] = []

    /// Starts counting lines and columns after `prefix` (the input up to and including '[').
    mutating func start(after prefix: ArraySlice<UInt8>) {
        for byte in prefix { advance(over: byte) }
    }

    @inline(__always)
    private mutating func advance(over byte: UInt8) {
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Skips blanks; the line and column of the first other byte, if there is one.
    mutating func skipBlanks(_ bytes: [UInt8], from position: inout Int) -> (Int, Int)? {
        while position < bytes.count, CaseStream.isBlank(bytes[position]) {
            advance(over: bytes[position])
            position += 1
        }
        return position < bytes.count ? (line, column) : nil
    }

    /// `position` is the start of the element under way (the buffer keeps bytes from there on);
    /// `ended` says the buffer holds the rest of the input.
    mutating func scan(_ bytes: [UInt8], from position: inout Int, limit: Int, ended: Bool) -> Result {
        guard state != .done else { return .end }
        if !inElement {
            guard skipBlanks(bytes, from: &position) != nil else {
                guard ended else { return .needMore }
                state = .done
                return .invalid("the input ends inside the array; expected a case or ']'", slip: "array-unclosed", line: line, column: column)
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: ",") {
                let (at, atColumn, after) = (line, column, state)
                advance(over: byte)
                position += 1
                if byte == UInt8(ascii: "]") {
                    state = .done
                    guard after == .afterComma else { return .end }
                    return .invalid(
                        "a comma before ']': JSON allows no comma after the last case", slip: "trailing-comma-array",
                        line: at, column: atColumn)
                }
                state = .afterComma
                return .invalid(
                    after == .first
                        ? "a comma right after '['; expected a case or ']'"
                        : "two commas in a row; expected a case between them",
                    slip: after == .first ? "empty-slot-first" : "empty-slot", line: at, column: atColumn)
            }
            inElement = true
            (elementLine, elementColumn) = (line, column)
        }
        var index = position + scanned
        while index < bytes.count {
            let byte = bytes[index]
            if let closed = closedAt, !CaseStream.isBlank(byte), byte != UInt8(ascii: ","), byte != UInt8(ascii: "]") {
                // A complete element followed by another value: the comma between them is
                // missing. The element ends where it closed; the next starts here.
                missingCommas.append((line, column))
                let range = position..<closed
                let (wasSkipping, at, atColumn) = (skipping || range.count > limit, elementLine, elementColumn)
                position = index
                state = .afterComma
                finishElement()
                return wasSkipping ? .tooLarge(line: at) : .element(range, line: at, column: atColumn)
            }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]") where depth == 0, UInt8(ascii: ",") where depth == 0:
                    // The end of the element: at a comma, or at the array's own closing bracket.
                    let range = position..<index
                    let (wasSkipping, at, atColumn) = (skipping || range.count > limit, elementLine, elementColumn)
                    advance(over: byte)
                    position = index + 1
                    state = byte == UInt8(ascii: ",") ? .afterComma : .done
                    finishElement()
                    return wasSkipping ? .tooLarge(line: at) : .element(range, line: at, column: atColumn)
                case UInt8(ascii: "}") where depth == 0:
                    // A stray closing brace: the array's structure is lost, so it ends here with
                    // an error (found by fuzzing: treating it as the end of an element made an
                    // empty element forever).
                    state = .done
                    return .broken("unexpected '}' in the array; expected a value, ',' or ']'", line: line, column: column)
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { closedAt = index + 1 }
                default: break
                }
            }
            advance(over: byte)
            index += 1
        }
        scanned = index - position
        if ended {
            let (wasSkipping, at, atColumn) = (skipping || index - position > limit, elementLine, elementColumn)
            let range = position..<index
            position = index
            state = .done
            finishElement()
            return wasSkipping ? .tooLarge(line: at) : .unclosed(range, line: at, column: atColumn)
        }
        if scanned > limit {
            // Too large to be a case: stop keeping it, and scan on to its end.
            skipping = true
            position = index
            scanned = 0
        }
        return .needMore
    }

    private mutating func finishElement() {
        closedAt = nil
        inElement = false
        scanned = 0
        depth = 0
        inString = false
        escaped = false
        skipping = false
    }
}
