import Foundation

/// Reads JSON strictly and collects every problem instead of stopping at the first.
///
/// Used for cases and for rule data alike: unknown keys, missing keys and wrong types are errors
/// with the pointer of the offending value (OpenFisca's lesson: a silently ignored key ships).
struct StrictReader {
    private(set) var errors: [InputError] = []

    mutating func fail(_ code: ErrorCode, _ pointer: JSONPointer, _ message: String, _ details: [String: String] = [:]) {
        errors.append(InputError(code: code, pointer: pointer, message: message, details: details))
    }

    /// The object at `pointer`, after reporting its unknown and missing keys; nil if not an object.
    /// `spokenNames`: what people call the keys (``CaseDeclaration/spokenNames(at:)``), so that a
    /// key written as a word («fødselsdato», "age") is answered with the key it means.
    /// `elsewhere`: the keys of the other places of the same document, so that a key written at
    /// the wrong level (a flat case's `"ageAtOffence"`) is answered with where it belongs; made
    /// only when a key is unknown.
    mutating func object(
        _ value: JSONValue?, at pointer: JSONPointer, required: [String], optional: [String] = [],
        spokenNames: [(name: String, key: String)] = [], elsewhere places: @autoclosure () -> [KeyPlace] = []
    ) -> JSONObject? {
        guard let value else { return nil }
        guard case .object(let object) = value else {
            fail(.wrongType, pointer, "expected an object, found \(value.typeName)", ["expected": "object", "found": value.typeName])
            return nil
        }
        let allowed = optional + required.filter { !optional.contains($0) }
        var known: [KeyPlace]?
        for key in object.keys where !allowed.contains(key) {
            let elsewhere = known ?? places()
            known = elsewhere
            // A key of another place written exactly is taken as misplaced before as misspelt here.
            let exactElsewhere = elsewhere.contains { $0.keys.contains(key) }
            if !exactElsewhere, let suggestion = Spelling.meant(key, keys: allowed, spokenNames: spokenNames) {
                fail(
                    .unknownKey, pointer.appending(key),
                    "unknown key \"\(JSONParser.shortened(key))\" (did you mean \"\(suggestion)\"?); expected one of: \(allowed.joined(separator: ", "))",
                    ["key": key, "suggestion": suggestion, "allowed": allowed.joined(separator: ", ")])
            } else if let (place, meant) = KeyPlace.belonging(key, among: elsewhere) {
                // Only a short value is written again in the fix; a longer one as «…».
                let written = object[key].map(JSONWriter.compact).flatMap { $0.count <= 40 ? $0 : nil }
                fail(
                    .unknownKey, pointer.appending(key),
                    "unknown key \"\(JSONParser.shortened(key))\" here ("
                        + (meant == key ? "it belongs in \(place.describedInEnglish)" : "did you mean \"\(meant)\" in \(place.describedInEnglish)?") + "); "
                        + "expected one of: \(allowed.joined(separator: ", "))",
                    ["key": key, "suggestion": meant, "belongsIn": place.path, "placeIsList": place.isList ? "true" : nil, "value": written]
                        .compactMapValues { $0 })
            } else {
                fail(
                    .unknownKey, pointer.appending(key),
                    "unknown key \"\(JSONParser.shortened(key))\"; expected one of: \(allowed.joined(separator: ", "))",
                    ["key": key, "allowed": allowed.joined(separator: ", ")])
            }
        }
        for key in required where object[key] == nil {
            fail(.missingField, pointer.appending(key), "required key \"\(key)\" is missing", ["key": key])
        }
        return object
    }

    /// An object used as a map: any keys are allowed, each value is read by the caller.
    mutating func map(_ value: JSONValue?, at pointer: JSONPointer) -> JSONObject? {
        guard let value else { return nil }
        guard case .object(let object) = value else {
            fail(.wrongType, pointer, "expected an object, found \(value.typeName)", ["expected": "object", "found": value.typeName])
            return nil
        }
        return object
    }

    mutating func string(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> String? {
        guard let value = object[key] else { return nil }
        guard case .string(let string) = value else {
            fail(.wrongType, pointer.appending(key), "expected a string, found \(value.typeName)", ["expected": "string", "found": value.typeName])
            return nil
        }
        return string
    }

    mutating func bool(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> Bool? {
        guard let value = object[key] else { return nil }
        guard case .bool(let flag) = value else {
            fail(
                .wrongType, pointer.appending(key), "expected true or false, found \(value.typeName)",
                ["expected": "boolean", "found": value.typeName].merging(Self.rewritten(value, as: "boolean")) { $1 })
            return nil
        }
        return flag
    }

    /// A whole number within `range`. A number with a fraction (`0.99999999999999999`) is
    /// `wrong-type`, never rounded; a whole number outside the range, however large, is
    /// `out-of-range`.
    mutating func integer(
        _ object: JSONObject, _ key: String, at pointer: JSONPointer, in range: ClosedRange<Int>
    ) -> Int? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value else {
            fail(
                .wrongType, pointer.appending(key), "expected a whole number, found \(value.typeName)",
                ["expected": "whole-number", "found": value.typeName].merging(Self.rewritten(value, as: "whole-number")) { $1 })
            return nil
        }
        let exact = number.exact
        guard exact.isWhole else {
            fail(
                .wrongType, pointer.appending(key), "expected a whole number, found \(number.text)",
                ["expected": "whole-number", "found": JSONParser.shortened(number.text)])
            return nil
        }
        guard let integer = exact.integer, range.contains(integer) else {
            fail(
                .outOfRange, pointer.appending(key),
                "\(number.text) is out of range; expected \(range.lowerBound) to \(range.upperBound)",
                ["value": JSONParser.shortened(number.text), "min": String(range.lowerBound), "max": String(range.upperBound)])
            return nil
        }
        return integer
    }

    /// The magnitudes (``ExactDecimal/magnitude``) an amount, limit or factor may have: from
    /// 1e-1000 up to, not including, 1e1000. Every digit inside is kept; the bound keeps sums
    /// and products of such numbers small.
    static let readableMagnitudes = -999...1000

    /// A number greater than zero, kept exact (every digit, any exponent within ``readableMagnitudes``).
    mutating func positiveDecimal(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> ExactDecimal? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value else {
            fail(
                .wrongType, pointer.appending(key), "expected a number, found \(value.typeName)",
                ["expected": "number", "found": value.typeName].merging(Self.rewritten(value, as: "number")) { $1 })
            return nil
        }
        let exact = number.exact
        guard let magnitude = exact.magnitude, !exact.isNegative else {
            fail(.outOfRange, pointer.appending(key), "\(number.text) is not greater than zero", ["reason": "not-positive"])
            return nil
        }
        guard Self.readableMagnitudes.contains(magnitude) else {
            fail(
                .outOfRange, pointer.appending(key), Self.beyondReadable(number.text),
                ["reason": "beyond", "value": JSONParser.shortened(number.text)])
            return nil
        }
        return exact
    }

    /// A text value written as the kind asked for, where its meaning is plain: `"ja"` as `true`,
    /// `"4,5 g"` as `4.5` (the unit then named apart), `"30 år"` as `30`, `"besittelse"` as
    /// `["besittelse"]`.
    /// `details` for the error: `written` (the value as JSON) and, for an amount, `unitWritten`.
    static func rewritten(_ value: JSONValue, as kind: String) -> [String: String] {
        guard case .string(let text) = value else { return [:] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map { $0.lowercased() }
        switch kind {
        case "boolean":
            guard words.count == 1 else { return [:] }
            return AnswerWords.yesOrNo(words[0]).map { ["written": String($0)] } ?? [:]
        case "number", "whole-number":
            guard (1...2).contains(words.count) else { return [:] }
            // A number as a person writes it: digits with a decimal point or comma, or a unit
            // written fast against it ("4g").
            let number = String(words[0].prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
            let unit = words.count == 2 ? words[1] : String(words[0].dropFirst(number.count))
            let decimal = number.replacingOccurrences(of: ",", with: ".")
            guard decimal.first?.isNumber == true, decimal.last?.isNumber == true, decimal.filter({ $0 == "." }).count <= 1,
                kind == "number" || !decimal.contains("."), unit.allSatisfy(\.isLetter)
            else { return [:] }
            // Only an amount has a unit of its own ("30 år" is an age of 30).
            return ["written": decimal, "unitWritten": kind == "number" ? unit : ""].filter { !$0.value.isEmpty }
        case "array":
            return text.isEmpty ? [:] : ["written": JSONWriter.compact(.array([value]))]
        default:
            return [:]
        }
    }

    static func beyondReadable(_ text: String) -> String {
        "\(text) is beyond the numbers compared exactly here: expected at least 1e-1000 and less than 1e1000"
    }

    mutating func array(_ object: JSONObject, _ key: String, at pointer: JSONPointer, nonEmpty: Bool) -> [JSONValue]? {
        guard let value = object[key] else { return nil }
        guard case .array(let elements) = value else {
            fail(
                .wrongType, pointer.appending(key), "expected an array, found \(value.typeName)",
                ["expected": "array", "found": value.typeName].merging(Self.rewritten(value, as: "array")) { $1 })
            return nil
        }
        if nonEmpty && elements.isEmpty {
            fail(.emptyArray, pointer.appending(key), "expected at least one element")
            return nil
        }
        return elements
    }

    mutating func strings(_ object: JSONObject, _ key: String, at pointer: JSONPointer, nonEmpty: Bool = false)
        -> [String]?
    {
        guard let elements = array(object, key, at: pointer, nonEmpty: nonEmpty) else { return nil }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let string) = element else {
                fail(
                    .wrongType, pointer.appending(key).appending(index), "expected a string, found \(element.typeName)",
                    ["expected": "string", "found": element.typeName])
                continue
            }
            strings.append(string)
        }
        return strings.count == elements.count ? strings : nil
    }

    /// A real calendar date written `YYYY-MM-DD`.
    mutating func date(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> LegalDate? {
        guard let text = string(object, key, at: pointer) else { return nil }
        guard let date = LegalDate(text) else {
            let iso = Self.isoForm(ofNorwegian: text)
            fail(
                .invalidDate, pointer.appending(key),
                "\"\(JSONParser.shortened(text))\" is not a real calendar date written YYYY-MM-DD"
                    + (iso.map { "; write it \"\($0)\"" } ?? ""), ["value": text, "iso": iso].compactMapValues { $0 })
            return nil
        }
        return date
    }

    /// `2023-03-14` for a real date written the Norwegian way, `14.03.2023` (or `14.3.2023`).
    static func isoForm(ofNorwegian text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            let date = LegalDate(year: year, month: month, day: day)
        else { return nil }
        return date.description
    }

    static func closest(to word: String, in candidates: [String]) -> String? {
        Spelling.closest(to: word, in: candidates)
    }
}

/// Another place of a document and the keys that stand there (``StrictReader/object(_:at:required:optional:spokenNames:elsewhere:)``).
struct KeyPlace {
    /// The key that holds the place (`"person"`, `"substances"`); empty for the document itself.
    let path: String
    /// Whether the place is each entry of a list (`substances`).
    let isList: Bool
    let keys: [String]
    let spokenNames: [(name: String, key: String)]

    /// The longest unknown key compared with the keys of the other places, in bytes.
    static let longestNameCompared = 40

    var describedInEnglish: String {
        path.isEmpty ? "the case itself" : isList ? "each entry of \"\(path)\"" : "\"\(path)\""
    }

    /// The place `key` belongs to and the key it means there: a key of that place written
    /// exactly, else the one it is most likely meant as (``Spelling/meant(_:keys:spokenNames:)``).
    static func belonging(_ key: String, among places: [KeyPlace]) -> (KeyPlace, String)? {
        if let place = places.first(where: { $0.keys.contains(key) }) { return (place, key) }
        // No field is called by a longer name: a long unknown key is not compared again at every place.
        guard key.utf8.count <= longestNameCompared else { return nil }
        for place in places {
            if let meant = Spelling.meant(key, keys: place.keys, spokenNames: place.spokenNames) { return (place, meant) }
        }
        return nil
    }
}
