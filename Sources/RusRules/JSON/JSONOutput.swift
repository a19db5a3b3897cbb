/// Writes compact JSON straight into a byte buffer, without building a ``JSONValue`` tree.
///
/// For output that is written once and never inspected (a decision per NDJSON line): building
/// the tree first cost about as much as deciding the case (profiled with `rusctl-bench`). The
/// writer tracks only where a comma is due; callers open and close containers in order.
public struct JSONOutput {
    public private(set) var bytes: [UInt8]
    private var needsComma = false

    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    public mutating func openObject() { open(UInt8(ascii: "{")) }
    public mutating func closeObject() { close(UInt8(ascii: "}")) }
    public mutating func openArray() { open(UInt8(ascii: "[")) }
    public mutating func closeArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    /// A member's key: plain ASCII known at compile time, so it needs no escaping.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separate()
        JSONWriter.writeString(value, into: &bytes)
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes += (value ? "true" : "false").utf8
        needsComma = true
    }

    public mutating func null() {
        separate()
        bytes += "null".utf8
        needsComma = true
    }

    public mutating func integer(_ value: Int) {
        separate()
        bytes += String(value).utf8
        needsComma = true
    }

    /// An array of strings.
    public mutating func strings<S: Sequence>(_ values: S) where S.Element == String {
        openArray()
        for value in values { string(value) }
        closeArray()
    }

    /// A value already written (for example by ``JSONWriter``).
    public mutating func value(_ value: JSONValue) {
        separate()
        bytes += JSONWriter.compactBytes(value)
        needsComma = true
    }

    /// Ends a line (NDJSON); what follows is a new document.
    public mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }
}
