import Foundation

/// Text wrapped at a column without breaking words, as a terminal shows it: a word longer than
/// the line (an address) stands on a line of its own, never cut.
package enum TextWrap {
    /// The words of `text` on lines of at most `width` characters; a legal reference is kept
    /// together ("§ 31 a", "§ 24").
    package static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in units(text) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The words, with "§" joined to the number after it, a section letter to its number, and a
    /// unit or a per cent sign to its amount ("5 g", "100 ml", "12 %").
    static func units(_ text: String) -> [String] {
        var units: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:)"))
            let sticksToNumber = (bare.count == 1 && bare.first!.isLowercase) || measureWords.contains(bare)
            if let last = units.last, last.hasSuffix("§") || (sticksToNumber && last.last?.isNumber == true) {
                units[units.count - 1] = last + " " + word
            } else {
                units.append(word)
            }
        }
        return units
    }

    /// Units written after an amount, kept on its line.
    static let measureWords: Set<String> = ["g", "mg", "kg", "ml", "dl", "l", "%"]

    /// Every line of `text` wrapped at `width`; a continuation starts under the line's text, after
    /// its indentation and its marker ("– ", "• ", "! ", "12. "), or two columns in from a line
    /// without one, so that a list still reads as a list.
    package static func block(_ text: String, width: Int) -> String {
        var out: [String] = []
        let endsWithNewline = text.hasSuffix("\n")
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(endsWithNewline ? 1 : 0) {
            let line = String(raw)
            guard line.count > width else {
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
