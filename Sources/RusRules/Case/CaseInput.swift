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

    /// Reads `bytes` as ``CaseStream`` reads a file: the same shapes, errors and places.
    public init(bytes: [UInt8]) {
        var stream = CaseStream(bytes: bytes)
        entries = stream.nextAll()
        shape = stream.shape
    }
}
