import Foundation
import Testing

@testable import RusRules

/// `TextWrap` works on bytes for speed; this is the plain `String` wrapping it replaced, kept
/// here as the reference it must agree with.
private enum ReferenceWrap {
    /// The words of `text` on lines of at most `width` characters; a legal reference is kept
    /// together ("§ 31 a", "§ 24").
    static func lines(_ text: String, width: Int) -> [String] {
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

    static let space = UInt8(ascii: " ")

    /// Punctuation that may end (or start) a word without being part of it.
    static let trailing: Set<UInt8> = Set(",.;:)".utf8)

    /// Units written after an amount, kept on its line; and the months of an English date
    /// («2 May 2023»), kept with their day.
    static let measureWords: Set<String> = [
        "g", "mg", "kg", "ml", "dl", "l", "%", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Every line of `text` wrapped at `width`; a continuation starts under the line's text, after
    /// its indentation and its marker ("– ", "• ", "! ", "12. "), or two columns in from a line
    /// without one, so that a list still reads as a list.
    static func block(_ text: String, width: Int) -> String {
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

@Suite struct TextWrapTests {
    /// Words, units, markers and letters a wrapped answer or report is made of.
    static let pieces = [
        "legemiddelloven", "§", "31", "a", "24", "g", "mg", "ml", "%", "12", "4,5", "2", "May", "2023,", "(bot", "måneder);",
        "–", "•", "!", "#", "1.", "ø", "æ", "å", "ß", "÷", "Ø", "straffeprosessloven", "https://lovdata.no/lov/1992-12-04-132/§31",
        "e\u{301}", "år", "é.", "påtaleunnlatelse", "«en", "mindre", "mengde»", "x", "10.", "[strpl-69,", "ra-2014-2]",
    ]

    /// Over thousands of generated lines (indented, with list markers, long words, units and
    /// accents) and every width from 10 to 100, the byte wrapping gives what the reference gives.
    @Test func theByteWrappingAgreesWithTheReference() {
        var random = SplitMix64(seed: 21)
        for _ in 0..<3000 {
            var text = ""
            for line in 0..<Int(random.next() % 4) + 1 {
                if line > 0 { text += "\n" }
                text += String(repeating: " ", count: Int(random.next() % 5))
                for word in 0..<Int(random.next() % 30) {
                    if word > 0 { text += random.next() % 7 == 0 ? "  " : " " }
                    text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
                }
            }
            if random.next() % 2 == 0 { text += "\n" }
            let width = 10 + Int(random.next() % 91)
            #expect(TextWrap.block(text, width: width) == ReferenceWrap.block(text, width: width), "\(width): \(text)")
            let flat = text.replacingOccurrences(of: "\n", with: " ")
            #expect(TextWrap.lines(flat, width: width) == ReferenceWrap.lines(flat, width: width), "\(width): \(flat)")
        }
    }

    /// Every fixture's answer, in both languages, wraps as the reference wraps it.
    @Test func everyAnswerWrapsAsTheReferenceDoes() throws {
        var compared = 0
        for name in Repository.fixtureFiles {
            let fixture = try Repository.fixture(name)
            for entry in CaseInput(bytes: fixture.input).entries {
                guard case .success(let decision) = Engine().evaluate(entry, ruleSet: fixture.rules, today: fixture.today) else { continue }
                for language in Language.allCases {
                    let text = DecisionText(book: .builtIn, language: language).render(decision, DecisionText.Detail(explain: true))
                    for width in [40, 80, 100] {
                        #expect(TextWrap.block(text, width: width) == ReferenceWrap.block(text, width: width), "\(name)")
                    }
                    compared += 1
                }
            }
        }
        #expect(compared > 400)
    }
}
