/// Splits an input document into cases (contract.md "Batch"): one JSON object, a JSON array of
/// cases, or NDJSON (one case per line). Every case appears once, in input order, as its parsed
/// value or as its errors: a line that is not JSON becomes an error in its place, never a gap.
public struct CaseInput: Sendable {
    /// How an input holds its cases: one object, an array, or one object per line (NDJSON).
    public enum Shape: Sendable, Equatable {
        /// One JSON object: answered with one pretty-printed decision.
        case single
        /// A JSON array or NDJSON: answered with NDJSON, one line per case.
        case batch
    }

    /// One case of the input: its value (with any problems the parser found inside it, such as
    /// duplicate keys), or the errors that kept it from being read at all.
    public enum Entry: Sendable {
        /// A parsed case, with any problems the parser found inside it (such as a duplicate key).
        case value(JSONValue, issues: [InputError])
        /// A case that could not be read at all, with why.
        case invalid(CaseErrors)
    }

    /// How the input holds its cases.
    public let shape: Shape
    /// Every case of the input, in order; none is dropped.
    public let entries: [Entry]

    /// Reads `bytes` as ``CaseStream`` reads a file: the same shapes, errors and places.
    public init(bytes: [UInt8]) {
        var stream = CaseStream(bytes: bytes)
        entries = stream.nextAll()
        shape = stream.shape
    }
}
