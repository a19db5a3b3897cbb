import Foundation

/// A precise complaint about input: a stable code, where (RFC 6901 pointer, and the line and
/// column when the parser found it) and what was expected.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The code as the enumeration, for an exhaustive switch.
    public let errorCode: ErrorCode
    /// The code as the contract writes it ("invalid-json").
    public var code: String { errorCode.rawValue }
    /// Where in the case the error is (RFC 6901).
    public let pointer: JSONPointer
    /// What is wrong, in plain English, for logs and the JSON's `message`.
    public let message: String
    /// Where in the input the parser found the problem (1-based); nil for problems with values.
    public let line: Int?
    /// The column the parser stopped at, where it found the error.
    public let column: Int?
    /// What the plain-language text (``ErrorText``) is made from: the value found, what was
    /// expected, a suggestion, a slip the parser recognised.
    public let details: [String: String]

    /// An error with its code, pointer and message, and where the parser found it.
    public init(
        code: ErrorCode, pointer: JSONPointer, message: String, line: Int? = nil, column: Int? = nil,
        details: [String: String] = [:]
    ) {
        self.errorCode = code
        self.pointer = pointer
        self.message = message
        self.line = line
        self.column = column
        self.details = details
    }

    /// The same error found at `line` and `column` of the input; `inMessage`: its message then
    /// starts with them too (``placed(_:line:column:)``), where the message is all a reader sees.
    package func at(line: Int, column: Int, inMessage: Bool = false) -> InputError {
        InputError(
            code: errorCode, pointer: pointer, message: inMessage ? Self.placed(message, line: line, column: column) : message, line: line,
            column: column, details: details)
    }

    /// A message about a place in a file, as every such message starts: "line 3, column 7: …".
    package static func placed(_ message: String, line: Int, column: Int) -> String {
        "line \(line), column \(column): \(message)"
    }

    package init(_ issue: JSONSyntaxIssue) {
        self.init(
            code: issue.code, pointer: issue.pointer, message: issue.message, line: issue.line, column: issue.column,
            details: issue.details)
    }

    /// The code, the pointer and the message, for logs.
    public var description: String { "\(code) at \(pointer.description.isEmpty ? "/" : pointer.description): \(message)" }
}
