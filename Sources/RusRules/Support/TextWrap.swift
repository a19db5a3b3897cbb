import Foundation

/// Text wrapped at a column without breaking words, as a terminal shows it: a word longer than
/// the line (an address) stands on a line of its own, never cut.
///
/// It works on the UTF-8 bytes (the spaces and punctuation it looks at are ASCII) and counts a
/// line's columns as its characters: `compare --changed` wraps every changed case of a million,
/// and splitting into `String`s per word cost more than deciding the cases.
package enum TextWrap {
    /// The words of `text` on lines of at most `width` characters; a legal reference is kept
    /// together ("§ 31 a", "§ 24").
    package static func lines(_ text: String, width: Int) -> [String] {
        withBytes(text) { bytes in
            var lines: [String] = []
            var line: [UInt8] = []
            layOut(bytes, firstWidth: width, restWidth: width, into: &line) { line in
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
            }
            if !line.isEmpty || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
            return lines
        }
    }

    /// Every line of `text` wrapped at `width`; a continuation starts under the line's text, after
    /// its indentation and its marker ("– ", "• ", "! ", "12. "), or two columns in from a line
    /// without one, so that a list still reads as a list.
    package static func block(_ text: String, width: Int) -> String {
        withBytes(text) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            var lineStart = 0
            // Each line, the empty one after a last newline too, joined by newlines as before.
            while lineStart <= bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
                if lineStart > 0 { out.append(newline) }
                let line = bytes[lineStart..<lineEnd]
                // A line of no more bytes than columns fits without counting its characters.
                if line.count <= width || columns(line) <= width {
                    out += line
                } else {
                    wrap(line, width: width, into: &out)
                }
                lineStart = lineEnd + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// One line too long for `width`: its indentation kept on the first line, the rest at the
    /// hanging indent.
    private static func wrap(_ line: Slice<UnsafeBufferPointer<UInt8>>, width: Int, into out: inout [UInt8]) {
        let lead = line.prefix { $0 == space }.count
        let hanging = hangingIndent(line)
        out += repeatElement(space, count: lead)
        layOut(
            UnsafeBufferPointer(rebasing: line.dropFirst(lead)), firstWidth: width - lead, restWidth: max(width - hanging, 20), into: &out
        ) { out in
            out.append(newline)
            out += repeatElement(space, count: hanging)
        }
    }

    /// The words of `bytes` appended to `out`, one space between them, laid out greedily by
    /// units (a word and the words joined to it: "§ 31 a", "5 g", "2 May"): `firstWidth` columns
    /// on the first line and `restWidth` on the others, `breakLine` called between lines; a unit
    /// wider than its line stands alone. One pass, nothing kept but the line's columns: every
    /// changed case of a million is wrapped.
    private static func layOut(
        _ bytes: UnsafeBufferPointer<UInt8>, firstWidth: Int, restWidth: Int, into out: inout [UInt8],
        breakLine: (inout [UInt8]) -> Void
    ) {
        var word = nextWord(in: bytes, from: 0)
        var lineColumns = 0
        var lineIsEmpty = true
        var onFirstLine = true
        while let first = word {
            // The unit: the word and those joined to it; whether one space parts each from the next.
            var last = first
            var unitColumns = first.columns
            var singleSpaced = true
            word = nextWord(in: bytes, from: first.range.upperBound)
            while let next = word, joins(bytes[last.range], bytes[next.range]) {
                unitColumns += 1 + next.columns
                singleSpaced = singleSpaced && next.range.lowerBound == last.range.upperBound + 1
                last = next
                word = nextWord(in: bytes, from: next.range.upperBound)
            }
            if lineIsEmpty {
                lineIsEmpty = false
            } else if lineColumns + 1 + unitColumns <= (onFirstLine ? firstWidth : restWidth) {
                out.append(space)
                unitColumns += 1 + lineColumns
            } else {
                breakLine(&out)
                onFirstLine = false
            }
            lineColumns = unitColumns
            if singleSpaced {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first.range.lowerBound..<last.range.upperBound]))
                continue
            }
            var part = Optional(first)
            while let current = part, current.range.lowerBound <= last.range.lowerBound {
                if current.range.lowerBound > first.range.lowerBound { out.append(space) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[current.range]))
                part = nextWord(in: bytes, from: current.range.upperBound)
            }
        }
    }

    /// The next word of `bytes` at or after `start` (the bytes up to a space), and its columns.
    private static func nextWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (range: Range<Int>, columns: Int)? {
        var start = start
        while start < bytes.count && bytes[start] == space { start += 1 }
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count && bytes[end] != space { end += 1 }
        return (start..<end, columns(bytes[start..<end]))
    }

    /// Whether `word` belongs with the word `before` it: after "§", or a unit or a section's
    /// letter after a number.
    private static func joins(_ before: Slice<UnsafeBufferPointer<UInt8>>, _ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        before.endsWithSectionSign || (before.last.map(isDigit) == true && sticksToNumber(word))
    }

    /// Whether a word, without the punctuation around it, is a unit written after an amount or a
    /// section's letter ("g", "ml", "May", "a").
    private static func sticksToNumber(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var bare = word
        while let first = bare.first, isTrailing(first) { bare = bare.dropFirst() }
        while let last = bare.last, isTrailing(last) { bare = bare.dropLast() }
        guard let first = bare.first else { return false }
        // A unit is at most two bytes, a month capitalized: most words are neither.
        if bare.count <= 2 || (0x41...0x5A).contains(first),
            measureWords.contains(where: { $0.count == bare.count && $0[0] == first && $0.elementsEqual(bare) })
        {
            return true
        }
        // One lowercase letter ("a", "ø", "é" with its accent): a section's letter.
        if bare.count == 1 { return (0x61...0x7A).contains(first) }
        // Of longer words, only a letter with an accent (one character of several bytes) can be one.
        guard (2...4).contains(bare.count), first >= 0xC0 || (0x61...0x7A).contains(first),
            bare.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 || $0 == 0xCC || $0 == 0xCD })
        else { return false }
        let letter = String(decoding: UnsafeBufferPointer(rebasing: bare), as: UTF8.self)
        return letter.count == 1 && letter.first!.isLowercase
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// The columns of UTF-8 `bytes`: its characters (a combining accent adds none).
    private static func columns(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { count += 1 }
            // U+0300–U+036F, combining diacritical marks: CC 80 … CD AF.
            if (previous == 0xCC && byte & 0xC0 == 0x80) || (previous == 0xCD && (0x80...0xAF).contains(byte)) { count -= 1 }
            previous = byte
        }
        return count
    }

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")

    /// Punctuation that may end (or start) a word without being part of it: `,.;:)`.
    private static func isTrailing(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"): true
        default: false
        }
    }

    /// Units written after an amount, kept on its line; and the months of an English date
    /// («2 May 2023»), kept with their day.
    private static let measureWords: [[UInt8]] = [
        "g", "mg", "kg", "ml", "dl", "l", "%", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ].map { Array($0.utf8) }

    /// Where a continuation starts: after the indentation and the list marker, or two columns in.
    private static func hangingIndent(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        let spaces = line.prefix { $0 == space }.count
        let body = line.dropFirst(spaces)
        for marker in markers where body.starts(with: marker) { return spaces + 2 }
        let digits = body.prefix(while: isDigit).count
        if digits > 0, body.dropFirst(digits).starts(with: [UInt8(ascii: "."), space]) { return spaces + digits + 2 }
        return spaces + 2
    }

    /// List markers, each two columns: "– ", "• ", "! ", "# ".
    private static let markers: [[UInt8]] = ["– ", "• ", "! ", "# "].map { Array($0.utf8) }

    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8 { body($0) }
    }
}

extension Slice<UnsafeBufferPointer<UInt8>> {
    /// Ends with "§" (U+00A7, C2 A7 in UTF-8).
    fileprivate var endsWithSectionSign: Bool {
        count >= 2 && self[endIndex - 2] == 0xC2 && self[endIndex - 1] == 0xA7
    }
}
