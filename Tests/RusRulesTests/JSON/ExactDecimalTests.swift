import Foundation
import Testing

@testable import RusRules

/// How an exact decimal and a date are written: every amount, limit and date in every reason
/// goes through them, so the forms are pinned, and the byte-by-byte writers are held to the
/// plain reading of the rule over many generated values.
@Suite struct ExactDecimalTests {
    @Test func everyFormIsWrittenAsItReads() {
        let forms = [
            ("0", "0"), ("5", "5"), ("4.5", "4.5"), ("120", "120"), ("0.001", "0.001"), ("-2.25", "-2.25"),
            ("2.4999999999999999", "2.4999999999999999"), ("1e40", "1" + String(repeating: "0", count: 40)), ("1e41", "1e+41"),
            ("12e40", "12" + String(repeating: "0", count: 40)), ("12e41", "1.2e+42"), ("1e-41", "0." + String(repeating: "0", count: 40) + "1"),
            ("1e-42", "1e-42"),
            ("-3.5e-60", "-3.5e-60"), ("5.00000000000000000000000000000000000001", "5.00000000000000000000000000000000000001"),
        ]
        for (read, written) in forms {
            #expect(ExactDecimal(read)?.description == written, "\(read)")
        }
        #expect(Wording.number(ExactDecimal("4.5")!, .nb) == "4,5")
        #expect(Wording.number(ExactDecimal("12e41")!, .nb) == "1,2e+42")
        #expect(Wording.number(ExactDecimal("4.5")!, .en) == "4.5")
    }

    @Test func generatedNumbersAreWrittenAsTheRuleSaysAndReadBack() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<3000 {
            let count = Int(random.next() % 24) + 1
            var digits = (0..<count).map { _ in UInt8(random.next() % 10) }
            digits[0] = max(digits[0], 1)
            digits[count - 1] = max(digits[count - 1], 1)
            let exponent = Int(random.next() % 121) - 60
            let negative = random.next() % 4 == 0
            let text = (negative ? "-" : "") + digits.map(String.init).joined() + "e\(exponent)"
            let value = ExactDecimal(text)!
            let expected = Self.reference(negative: negative, digits: digits, exponent: exponent)
            #expect(value.description == expected, "\(text)")
            #expect(ExactDecimal(value.description) == value, "\(text)")
            #expect(Wording.number(value, .nb) == expected.replacingOccurrences(of: ".", with: ","), "\(text)")
        }
    }

    /// The rule, read plainly: whole numbers up to 40 trailing zeros in full, a point inside the
    /// digits, up to 40 zeros after «0.», else scientific notation.
    private static func reference(negative: Bool, digits: [UInt8], exponent: Int) -> String {
        let sign = negative ? "-" : ""
        let written = digits.map(String.init).joined()
        if exponent >= 0 && exponent <= 40 { return sign + written + String(repeating: "0", count: exponent) }
        if exponent < 0 && -exponent < digits.count {
            let point = digits.count + exponent
            return sign + written.prefix(point) + "." + written.dropFirst(point)
        }
        if exponent < 0 && -exponent - digits.count <= 40 {
            return sign + "0." + String(repeating: "0", count: -exponent - digits.count) + written
        }
        let scientific = digits.count == 1 ? written : written.prefix(1) + "." + written.dropFirst()
        let power = exponent + digits.count - 1
        return sign + scientific + (power < 0 ? "e-" : "e+") + String(power.magnitude)
    }

    @Test func datesAreWrittenAsANorwegianOrAnEnglishReaderWritesThem() {
        #expect(LegalDate(year: 2022, month: 7, day: 1)!.written(.nb) == "01.07.2022")
        #expect(LegalDate(year: 2025, month: 12, day: 31)!.written(.nb) == "31.12.2025")
        #expect(LegalDate(year: 2022, month: 7, day: 1)!.written(.en) == "1 July 2022")
        var random = SplitMix64(seed: 4)
        for _ in 0..<500 {
            guard let date = LegalDate(daysSinceEpoch: Int(random.next() % 2_900_000) - 719_000) else { continue }
            let two = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
            #expect(date.written(.nb) == "\(two(date.day)).\(two(date.month)).\(date.year)", "\(date)")
        }
    }
}
