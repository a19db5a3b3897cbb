import Testing
@testable import RusRules

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberText() {
        let value = JSONParser.parse(#"{"b": 1.50, "a": [true, null, "x"]}"#).value
        #expect(value?.objectValue?.keys == ["b", "a"])
        #expect(JSONWriter.compact(value!) == #"{"b":1.50,"a":[true,null,"x"]}"#)
    }

    @Test func reportsDuplicateKeysWithTheirPointer() {
        let result = JSONParser.parse(#"{"person": {"consent": true, "consent": false}}"#)
        #expect(result.issues.map(\.code) == [.duplicateKey])
        #expect(result.issues.first?.pointer.description == "/person/consent")
        #expect(result.value?["person"]?["consent"] == .bool(true))
    }

    @Test func pointsAtTheValueBeingReadAndGivesLineAndColumn() {
        let result = JSONParser.parse("{\n  \"acts\": [\"use\",\n  ")
        #expect(result.value == nil)
        #expect(result.issues.first?.pointer.description == "/acts/1")
        #expect(result.issues.first?.line == 3)
    }

    @Test func boundsNesting() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(JSONParser.parse(deep).issues.first?.code == .tooDeep)
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(JSONParser.parse(fine).value != nil)
    }

    @Test func rejectsInvalidUTF8AndAcceptsAByteOrderMark() {
        #expect(JSONParser.parse([0x22, 0xC3, 0x28, 0x22]).issues.first?.code == .invalidUTF8)
        #expect(JSONParser.parse([0x22, 0xC0, 0xAF, 0x22]).issues.first?.code == .invalidUTF8)  // overlong "/"
        #expect(JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)).value == .object(JSONObject()))
    }

    @Test(arguments: ["01", "1.", "-", "1e", "+1", ".5", "NaN", "Infinity", "tru", "nulls", "[1,]", "{\"a\":1,}", "'a'"])
    func rejectsInvalidJSON(_ text: String) {
        #expect(JSONParser.parse(text).value == nil)
    }

    @Test func decodesEscapesAndSurrogatePairs() {
        #expect(JSONParser.parse(#""\u00e5\ud83d\ude00\n""#).value == .string("å😀\n"))
        #expect(JSONParser.parse(#""\ud83d""#).value == nil)
    }

    @Test func writesEscapedStringsThatParseBack() {
        let original = JSONValue.string("tab\t\"quote\" \u{01} ø")
        #expect(JSONParser.parse(JSONWriter.compact(original)).value == original)
    }

    /// The writer scans eight bytes at a time: every character that needs escaping must be
    /// found at every offset and in every string length, and nothing else changed.
    @Test func escapesAtEveryOffsetAndLength() {
        let specials: [String] = ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}"]
        let ordinary: [String] = ["a", "ø", "–", "€", " ", "~", "\u{7F}", "\u{2027}", "\u{202A}"]
        for special in specials {
            for length in 0..<20 {
                for offset in 0...length {
                    let text = String(repeating: "x", count: offset) + special + String(repeating: "y", count: length - offset)
                    let written = JSONWriter.compact(.string(text))
                    #expect(JSONParser.parse(written).value == .string(text), "\(written)")
                    #expect(!written.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" }, "\(written)")
                }
            }
        }
        for character in ordinary {
            let text = String(repeating: character, count: 17)
            #expect(JSONWriter.compact(.string(text)) == "\"" + text + "\"")
        }
    }

    /// The decision writer writes into memory of its own, grown as it fills: it escapes as the
    /// tree writer does, whatever the buffer held before and however often it must grow.
    @Test func theDecisionWriterEscapesAsTheTreeWriterDoes() {
        let pieces = ["\"", "\\", "\n", "\u{01}", "\u{2028}", "ø", "–", "abc", "\u{7F}"]
        var output = JSONOutput(capacity: 1)
        var expected: [UInt8] = []
        for count in 0..<120 {
            let text = (0..<count).map { pieces[($0 * 7 + count) % pieces.count] }.joined()
            output.key("k")
            output.string(text)
            expected += Array(#""k":"#.utf8) + JSONWriter.compactBytes(.string(text))
            if count.isMultiple(of: 10) {
                output.integer(-count)
                output.bool(count.isMultiple(of: 20))
                output.null()
                expected += Array(",\(-count),\(count.isMultiple(of: 20)),null".utf8)
            }
            expected.append(UInt8(ascii: ","))
        }
        #expect(output.bytes == Array(expected.dropLast()))
        #expect(output.count == expected.count - 1)
        output.removeAll()
        output.string("ø")
        #expect(output.bytes == Array(#""ø""#.utf8))
    }

    @Test func pointerEscapesSlashAndTilde() {
        let pointer = JSONPointer.root.appending("a/b").appending("c~d")
        #expect(pointer.description == "/a~1b/c~0d")
        #expect(JSONPointer(pointer.description) == pointer)
    }
}
