import Foundation

/// A JSON document as parsed by the package's parser: objects keep their key order and numbers keep
/// their literal text, so that amounts compare exactly and output is deterministic.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as written.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, its members in order.
    case object(JSONObject)

    /// The JSON type name used in error messages ("object", "string", ...).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The object, if this is one.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// Whether this is neither an object nor an array.
    var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// Looks up `key` when this value is an object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}

/// A JSON number, kept as the literal text it was written as and read exactly (``ExactDecimal``).
public struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    /// The literal as written in the JSON.
    public let text: String

    /// A number of this literal text.
    public init(text: String) { self.text = text }
    /// A number of this value.
    public init(_ value: Int) { self.text = String(value) }
    /// A number of this value.
    public init(_ value: ExactDecimal) { self.text = value.description }

    /// The nearest double (statistics and charts only).
    public var double: Double { exact.double }

    /// The value, exactly as written: every digit, any exponent. Zero if the text is not a JSON
    /// number (only possible for a number built in code from bad text).
    public var exact: ExactDecimal { ExactDecimal(text) ?? .zero }

    /// The value as an integer when the literal is a whole number that fits (`30`, `30.0`, `3e1`).
    public var integer: Int? {
        if let exact = Int(text) { return exact }
        return exact.integer
    }

    /// The literal, as written.
    public var description: String { text }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.text == rhs.text || lhs.exact == rhs.exact
    }
}

/// A JSON object with its members in document order.
public struct JSONObject: Sendable, Equatable {
    /// One key and its value.
    public struct Member: Sendable, Equatable {
        /// The key.
        public let key: String
        /// The value.
        public let value: JSONValue
    }

    /// The members, in document order.
    public private(set) var members: [Member]

    /// An object of these members, in order.
    public init(_ members: [Member] = []) { self.members = members }

    /// An object of these members, in order.
    public init(_ pairs: KeyValuePairs<String, JSONValue>) {
        self.members = pairs.map { Member(key: $0.key, value: $0.value) }
    }

    /// The keys, in document order.
    public var keys: [String] { members.map(\.key) }

    /// The value of `key`, if the object has it.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// Appends a member whose key the caller knows is new (building output: no search).
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// Appends a member, replacing the value of an existing key in place.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index] = Member(key: key, value: value)
        } else {
            members.append(Member(key: key, value: value))
        }
    }

    /// Equality ignores member order: `{"a":1,"b":2}` equals `{"b":2,"a":1}`.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    /// A string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer.
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    /// An array of these elements.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// `null`.
    public init(nilLiteral: ()) { self = .null }
}
