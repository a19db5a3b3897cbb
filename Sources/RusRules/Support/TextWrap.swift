import Foundation

/// Text wrapped at a column without breaking words, as a terminal shows it: a word longer than
/// the line (an address) stands on a line of its own, never cut.
package enum TextWrap {
    /// The words of `text` on lines of at most `width` characters; a legal reference is kept
    /// together ("§ 31 a", "§ 24").
    package static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        // Counted as they are joined: a String's count is a walk over it.
        var lineWidth = 0
        for word in units(text) {
            let wordWidth = word.count
            if line.isEmpty {
                line = word
                lineWidth = wordWidth
            } else if lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
            } else {
                lines.append(line)
                line = word
                lineWidth = wordWidth
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The words, with "§" joined to the number after it, a section letter to its number, and a
    /// unit or a per cent sign to its amount ("5 g", "100 ml", "12 %").
    static func units(_ text: String) -> [String] {
        var units: [String] = []
        // Split and trimmed on the UTF-8 bytes (spaces and the punctuation are ASCII): splitting
        // by Character cost more than the rest of a long report.
        let bytes = text.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            guard bytes[start] != space else {
                start = bytes.index(after: start)
                continue
            }
            let end = bytes[start...].firstIndex(of: space) ?? bytes.endIndex
            let word = bytes[start..<end]
            var bare = word
            while let first = bare.first, trailing.contains(first) { bare = bare.dropFirst() }
            while let last = bare.last, trailing.contains(last) { bare = bare.dropLast() }
            let sticksToNumber =
                (bare.count <= 9 && measureWords.contains(String(Substring(bare))))
                || (bare.count <= 4 && Substring(bare).count == 1 && Substring(bare).first!.isLowercase)
            let text = String(Substring(word))
            if let last = units.last, last.hasSuffix("§") || (sticksToNumber && last.last?.isNumber == true) {
                units[units.count - 1] = last + " " + text
            } else {
                units.append(text)
            }
            start = end
        }
        return units
    }

    private static let space = UInt8(ascii: " ")

    /// Punctuation that may end (or start) a word without being part of it.
    private static let trailing: Set<UInt8> = Set(",.;:)".utf8)

    /// Units written after an amount, kept on its line; and the months of an English date
    /// («2 May 2023»), kept with their day.
    static let measureWords: Set<String> = [
        "g", "mg", "kg", "ml", "dl", "l", "%", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Every line of `text` wrapped at `width`; a continuation starts under the line's text, after
    /// its indentation and its marker ("– ", "• ", "! ", "12. "), or two columns in from a line
    /// without one, so that a list still reads as a list.
    package static func block(_ text: String, width: Int) -> String {
        var out: [String] = []
        let endsWithNewline = text.hasSuffix("\n")
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(endsWithNewline ? 1 : 0) {
            let line = String(raw)
            // A line of no more bytes than columns fits without counting its characters.
            guard line.utf8.count > width, line.count > width else {
                out.append(line)
                continue
            }
            let hanging = hangingIndent(line)
            let lead = line.prefix { $0 == " " }.count
            let head = String(line.prefix(lead))
            let pad = String(repeating: " ", count: hanging)
            // The first line keeps its indentation; the rest start at the hanging indent.
            var wrapped = lines(String(line.dropFirst(lead)), width: width - lead)
            if wrapped.count > 1 {
                let rest = wrapped.dropFirst().joined(separator: " ")
                wrapped = [wrapped[0]] + lines(rest, width: max(width - hanging, 20))
            }
            out.append(head + wrapped[0])
            out += wrapped.dropFirst().map { pad + $0 }
        }
        return out.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }

    /// Where a continuation starts: after the indentation and the list marker, or two columns in.
    static func hangingIndent(_ line: String) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let body = line.dropFirst(spaces)
        for marker in ["– ", "• ", "! ", "# "] where body.hasPrefix(marker) {
            return spaces + marker.count
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, body.dropFirst(digits.count).hasPrefix(". ") { return spaces + digits.count + 2 }
        return spaces + 2
    }
}
