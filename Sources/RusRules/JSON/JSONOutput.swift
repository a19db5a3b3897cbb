/// Writes compact JSON straight into a byte buffer, without building a ``JSONValue`` tree.
///
/// For output that is written once and never inspected (a decision per NDJSON line): building
/// the tree first cost about as much as deciding the case (profiled with `rusctl-bench`). The
/// writer tracks only where a comma is due; callers open and close containers in order.
///
/// The buffer is its own memory, not an array: a decision is about 3 KB written in some 300
/// pieces, and an array's checks on every append (is it shared? is there room?) cost more than
/// the copying (profiled with callgrind). So it cannot be copied, only handed on `inout`.
package struct JSONOutput: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    package private(set) var count = 0
    private var needsComma = false

    package init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written, as an array of their own.
    package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private mutating func separate() {
        if needsComma { put(UInt8(ascii: ",")) }
    }

    package mutating func openObject() { open(UInt8(ascii: "{")) }
    package mutating func closeObject() { close(UInt8(ascii: "}")) }
    package mutating func openArray() { open(UInt8(ascii: "[")) }
    package mutating func closeArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        separate()
        put(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        put(bracket)
        needsComma = true
    }

    /// A member's key: plain ASCII known at compile time, so it needs no escaping.
    package mutating func key(_ name: StaticString) {
        separate()
        // Room made once for the quoted name and the colon, written without further checks.
        let length = name.utf8CodeUnitCount
        reserve(length + 3)
        let at = start + count
        at[0] = UInt8(ascii: "\"")
        (at + 1).update(from: name.utf8Start, count: length)
        at[length + 1] = UInt8(ascii: "\"")
        at[length + 2] = UInt8(ascii: ":")
        count += length + 3
        needsComma = false
    }

    package mutating func string(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { source in
            reserve(JSONWriter.quotedCapacity(source.count))
            count += JSONWriter.writeQuoted(source, to: start + count)
        }
        needsComma = true
    }

    package mutating func bool(_ value: Bool) {
        write(value ? "true" : "false")
    }

    package mutating func null() {
        write("null")
    }

    package mutating func integer(_ value: Int) {
        var text = String(value)
        text.withUTF8 { write($0) }
    }

    /// A value written as it is (a literal or a number's digits).
    private mutating func write(_ literal: StaticString) {
        write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        separate()
        put(bytes)
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
        JSONWriter.compactBytes(value).withUnsafeBufferPointer { write($0) }
    }

    /// Ends a line (NDJSON); what follows is a new document.
    package mutating func newline() {
        put(UInt8(ascii: "\n"))
        needsComma = false
    }

    /// Empties the buffer, keeping its capacity.
    package mutating func removeAll() {
        count = 0
        needsComma = false
    }
}
