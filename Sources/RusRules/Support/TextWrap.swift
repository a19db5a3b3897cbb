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
            let words = words(bytes)
            let lines = lineRanges(words, firstWidth: width, restWidth: width).map { range in
                var line: [UInt8] = []
                append(words[range], of: bytes, to: &line)
                return String(decoding: line, as: UTF8.self)
            }
            return lines.isEmpty ? [""] : lines
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
        let body = UnsafeBufferPointer(rebasing: line.dropFirst(lead))
        let words = words(body)
        let ranges = lineRanges(words, firstWidth: width - lead, restWidth: max(width - hanging, 20))
        out += repeatElement(space, count: lead)
        for (number, range) in ranges.enumerated() {
            if number > 0 {
                out.append(newline)
                out += repeatElement(space, count: hanging)
            }
            append(words[range], of: body, to: &out)
        }
    }

    /// The words, one space between them.
    private static func append(_ words: ArraySlice<Word>, of bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for word in words {
            if word.start > words.first!.start { out.append(space) }
            out += bytes[word.start..<word.end]
        }
    }

    /// A word: its bytes, its columns, and whether it belongs with the word before it (a unit
    /// such as "§ 31 a", "5 g", "2 May").
    private struct Word {
        let start: Int
        let end: Int
        let columns: Int
        let joinsPrevious: Bool
    }

    /// The words of `bytes`, split at spaces; "§" joined to the number after it, a section letter
    /// to its number, and a unit or a per cent sign to its amount ("5 g", "100 ml", "12 %").
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 4)
        var start = 0
        while start < bytes.count {
            guard bytes[start] != space else {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count && bytes[end] != space { end += 1 }
            let word = bytes[start..<end]
            var joins = false
            if let previous = words.last {
                let before = bytes[previous.start..<previous.end]
                joins = before.endsWithSectionSign || (before.last.map(isDigit) == true && sticksToNumber(word))
            }
            words.append(Word(start: start, end: end, columns: columns(word), joinsPrevious: joins))
            start = end
        }
        return words
    }

    /// The lines, as ranges of words: the units (runs of joined words) laid out greedily,
    /// `firstWidth` columns on the first line and `restWidth` on the others; a unit wider than
    /// its line stands alone.
    private static func lineRanges(_ words: [Word], firstWidth: Int, restWidth: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var lineColumns = 0
        var unitStart = 0
        while unitStart < words.count {
            var unitEnd = unitStart + 1
            var unitColumns = words[unitStart].columns
            while unitEnd < words.count && words[unitEnd].joinsPrevious {
                unitColumns += 1 + words[unitEnd].columns
                unitEnd += 1
            }
            let width = ranges.isEmpty ? firstWidth : restWidth
            if lineStart == unitStart {
                lineColumns = unitColumns
            } else if lineColumns + 1 + unitColumns <= width {
                lineColumns += 1 + unitColumns
            } else {
                ranges.append(lineStart..<unitStart)
                lineStart = unitStart
                lineColumns = unitColumns
            }
            unitStart = unitEnd
        }
        if lineStart < words.count { ranges.append(lineStart..<words.count) }
        return ranges
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
