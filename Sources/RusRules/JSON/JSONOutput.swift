/// Writes compact JSON straight into a byte buffer, without building a ``JSONValue`` tree.
///
/// For output that is written once and never inspected (a decision per NDJSON line): building
/// the tree first cost about as much as deciding the case (profiled with `rusctl-bench`). The
/// writer tracks only where a comma is due; callers open and close containers in order.
package struct JSONOutput {
    package private(set) var bytes: [UInt8]
    private var needsComma = false

    package init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    package mutating func openObject() { open(UInt8(ascii: "{")) }
    package mutating func closeObject() { close(UInt8(ascii: "}")) }
    package mutating func openArray() { open(UInt8(ascii: "[")) }
    package mutating func closeArray() { close(UInt8(ascii: "]")) }

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
    package mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    package mutating func string(_ value: String) {
        separate()
        JSONWriter.writeString(value, into: &bytes)
        needsComma = true
    }

    package mutating func bool(_ value: Bool) {
        separate()
        bytes += (value ? "true" : "false").utf8
        needsComma = true
    }

    package mutating func null() {
        separate()
        bytes += "null".utf8
        needsComma = true
    }

    package mutating func integer(_ value: Int) {
        separate()
        bytes += String(value).utf8
        needsComma = true
    }

    /// An array of strings.
    package mutating func strings<S: Sequence>(_ values: S) where S.Element == String {
        openArray()
        for value in values { string(value) }
        closeArray()
    }

    /// A value already written (for example by ``JSONWriter``).
    package mutating func value(_ value: JSONValue) {
        separate()
        bytes += JSONWriter.compactBytes(value)
        needsComma = true
    }

    /// Ends a line (NDJSON); what follows is a new document.
    package mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    /// Empties the buffer, keeping its capacity.
    package mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }
}
