import Testing

@testable import RusRules

/// An error about a value names the line and column where the value stands, as a syntax error
/// does: the key of an object's member, an array's element, or the object that lacks a member.
@Suite struct JSONLocatorTests {
    static let document = """
        {
          "offenceDate": "2026-09-01",
          "person": {
            "ageAtOffence": 30,
            "dependent": "kanskje"
          },
          "acts": ["possession"],
          "substances": [
            {"substance": "heroin", "amount": 1, "unit": "g"},
            {"substance": "cannabis", "amount": 2, "unit": "dl"}
          ]
        }
        """

    static func position(_ pointer: String, in text: String = document, line: Int = 1, column: Int = 1) -> [Int]? {
        JSONLocator.position(of: JSONPointer(pointer)!, in: Array(text.utf8)[...], firstLine: line, firstColumn: column).map {
            [$0.line, $0.column]
        }
    }

    @Test func aMemberIsFoundAtItsKeyAndAnElementAtItsStart() {
        #expect(Self.position("/offenceDate") == [2, 3])
        #expect(Self.position("/person/dependent") == [5, 5])
        #expect(Self.position("/acts/0") == [7, 12])
        #expect(Self.position("/substances/1") == [10, 5])
        #expect(Self.position("/substances/1/unit") == [10, 44])
    }

    @Test func aMissingMemberIsFoundAtTheObjectThatLacksIt() {
        #expect(Self.position("/person/birthDate") == [3, 13])
        #expect(Self.position("/substances/7/unit") == [8, 17])
        #expect(Self.position("/substances/x") == [8, 17])
        // Further than the text goes: the last thing found.
        #expect(Self.position("/offenceDate/year") == [2, 3])
        // The whole document is not a place worth naming.
        #expect(Self.position("") == nil)
    }

    @Test func keysAreComparedAsTheyReadAndOtherValuesAreSkippedWhole() {
        // Escapes in keys; brackets, braces and quotes inside strings skipped.
        let text = #"{"a]\"{": "}{[", "b": [{"c": "]"}, 2e3, true], "\u00e6r\u0065": {"a/b": null, "\ud83d\ude00": 1}}"#
        #expect(Self.position("/b/1", in: text) == [1, 36])
        #expect(Self.position("/ære/a~1b", in: text) == [1, 66])
        #expect(Self.position("/ære/😀", in: text) == [1, 79])
        // A character of several bytes is one column; the first byte stands where it is told.
        #expect(Self.position("/b", in: #"{"ø": "åå", "b": 1}"#, line: 40, column: 9) == [40, 21])
    }

    @Test func brokenTextIsFollowedAsFarAsItGoes() {
        #expect(Self.position("/b", in: #"{"a": [1, 2"#) == [1, 1])
        #expect(Self.position("/a/1", in: #"{"a": [1, "#) == [1, 7])
        #expect(Self.position("/a", in: "") == nil)
        #expect(Self.position("/a", in: #"{"a"#) == [1, 1])
    }

    /// Every member of every document the writer writes, compact or pretty, is found where its
    /// key (or, in an array, its value) is written.
    @Test func everyMemberOfAWrittenDocumentIsFoundWhereItIsWritten() throws {
        var random = SplitMix64(seed: 7)
        func value(_ depth: Int) -> JSONValue {
            switch random.integer(0...(depth > 3 ? 2 : 5)) {
            case 0: return .string(["", "a", "ø\"{[", "}\\]", "😀 x"][random.integer(0...4)])
            case 1: return .number(JSONNumber(random.integer(-5...500)))
            case 2: return [.null, .bool(true), .bool(false)][random.integer(0...2)]
            case 3, 4:
                let keys = ["a", "b/c", "~d", "ø", "e\"f", "g h"]
                return .object(JSONObject((0..<random.integer(0...4)).map { JSONObject.Member(key: keys[$0], value: value(depth + 1)) }))
            default: return .array((0..<random.integer(0...4)).map { _ in value(depth + 1) })
            }
        }
        func pointers(_ value: JSONValue, _ at: JSONPointer) -> [JSONPointer] {
            switch value {
            case .object(let object): [at] + object.members.flatMap { pointers($0.value, at.appending($0.key)) }
            case .array(let elements): [at] + elements.indices.flatMap { pointers(elements[$0], at.appending($0)) }
            default: [at]
            }
        }
        for _ in 0..<200 {
            let document = value(0)
            for text in [JSONWriter.compact(document), JSONWriter.pretty(document)] {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for pointer in pointers(document, .root).dropFirst() {
                    let (line, column) = try #require(JSONLocator.position(of: pointer, in: Array(text.utf8)[...]))
                    let found = String(lines[line - 1].dropFirst(column - 1))
                    let parent = JSONPointer(tokens: Array(pointer.tokens.dropLast()))
                    // A key as written; an element's value as written, or a container's bracket.
                    var written =
                        isArray(document, at: parent)
                        ? JSONWriter.compact(try #require(find(document, pointer))) : JSONWriter.compact(.string(pointer.tokens.last!))
                    if written.hasPrefix("{") || written.hasPrefix("[") { written = String(written.prefix(1)) }
                    #expect(found.hasPrefix(written), "\(pointer) in \(text)")
                }
            }
        }
    }

    private func find(_ value: JSONValue, _ pointer: JSONPointer) -> JSONValue? {
        pointer.tokens.reduce(value as JSONValue?) { value, token in
            switch value {
            case .object(let object): object[token]
            case .array(let elements): Int(token).flatMap { elements.indices.contains($0) ? elements[$0] : nil }
            default: nil
            }
        }
    }

    private func isArray(_ value: JSONValue, at pointer: JSONPointer) -> Bool {
        if case .array = find(value, pointer) { return true }
        return false
    }

    /// Through the stream: an error in a case of a pretty-printed array, or of an NDJSON line,
    /// carries the line and column of the value, and the text answer names them.
    @Test func anErrorInACaseNamesTheLineAndColumnOfItsValue() throws {
        let engine = Engine()
        let today = LegalDate("2026-12-01")!
        func errors(_ text: String) throws -> [InputError] {
            var stream = CaseStream(bytes: Array(text.utf8))
            let raws = stream.nextRaw(10)
            let failures = raws.compactMap { raw -> CaseErrors? in
                guard case .failure(let errors) = engine.evaluate(raw, reader: nil, today: today) else { return nil }
                return errors
            }
            return try #require(failures.last).errors
        }
        let array = "[\n" + Self.document + ",\n" + Self.document + "\n]\n"
        let inArray = try errors(array)
        let unit = try #require(inArray.first { $0.pointer.description == "/substances/1/unit" })
        #expect(unit.line == 23 && unit.column == 44)
        #expect(ErrorText.plain(unit, .nb).hasPrefix("Linje 23, kolonne 44, stoff nr. 2, enhet: "))
        #expect(ErrorText.plain(unit, .en).hasPrefix("Line 23, column 44, substance no. 2, unit: "))
        let lines =
            #"{"offenceDate": "2026-09-01", "person": {"ageAtOffence": 30, "dependent": true}, "acts": ["possession"], "ownUse": true, "substances": []}"#
            + "\n" + #"{"offenceDate": "2026-09-01", "person": {"age": 30}}"#
        let onLine = try errors(lines)
        let unknown = try #require(onLine.first { $0.errorCode == .unknownKey })
        #expect(unknown.line == 2 && unknown.column == 42)
    }
}
