/// Splits an input document into cases (contract.md "Batch"): one JSON object, a JSON array of
/// cases, or NDJSON (one case per line). Every case appears once, in input order, as its parsed
/// value or as its errors: a line that is not JSON becomes an error in its place, never a gap.
public struct CaseInput: Sendable {
    public enum Shape: Sendable, Equatable {
        /// One JSON object: answered with one pretty-printed decision.
        case single
        /// A JSON array or NDJSON: answered with NDJSON, one line per case.
        case batch
    }

    /// One case of the input: its value (with any problems the parser found inside it, such as
    /// duplicate keys), or the errors that kept it from being read at all.
    public enum Entry: Sendable {
        case value(JSONValue, issues: [InputError])
        case invalid(CaseErrors)
    }

    public let shape: Shape
    public let entries: [Entry]

    public init(bytes: [UInt8]) {
        let whole = JSONParser.parse(bytes)
        if let value = whole.value {
            if case .array(let elements) = value {
                shape = .batch
                entries = elements.enumerated().map { index, element in
                    Self.entry(element, issues: whole.issues, under: String(index))
                }
            } else {
                shape = .single
                entries = [Self.entry(value, issues: whole.issues, under: nil)]
            }
            return
        }
        // Not one JSON document. Object lines mean NDJSON: read each line on its own, so one
        // broken line costs that case only. Anything else is one invalid input.
        let start = bytes.firstIndex { !Self.isWhitespace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        guard let start, bytes[start] == UInt8(ascii: "{"), bytes.contains(UInt8(ascii: "\n")) else {
            shape = .single
            entries = [.invalid(CaseErrors(id: nil, errors: whole.issues.map(InputError.init)))]
            return
        }
        shape = .batch
        var lines: [Entry] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !Self.isWhitespace($0) }) else { continue }
            let parsed = JSONParser.parse(Array(line), firstLine: lineNumber)
            if let value = parsed.value {
                lines.append(Self.entry(value, issues: parsed.issues, under: nil))
            } else {
                lines.append(.invalid(CaseErrors(id: nil, errors: parsed.issues.map(InputError.init))))
            }
        }
        entries = lines
    }

    /// A parsed case with the parser's problems inside it, pointers re-rooted at the case.
    private static func entry(_ value: JSONValue, issues: [JSONSyntaxIssue], under index: String?) -> Entry {
        let own = issues.compactMap { issue -> InputError? in
            guard let index else { return InputError(issue) }
            guard issue.pointer.tokens.first == index else { return nil }
            return InputError(code: issue.code, pointer: JSONPointer(tokens: Array(issue.pointer.tokens.dropFirst())),
                              message: issue.message)
        }
        return .value(value, issues: own)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
