import Foundation

/// Text written out as it is made, to be copied later into a report whose beginning is known
/// only at the end (`compare --changed`: the totals come first, the changed cases after them).
/// It lives in an unnamed file in the temporary folder — removed from the folder as soon as it
/// is opened, so nothing is left behind however the command ends — and keeps memory flat at
/// any number of cases.
final class SpillFile {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// The error of the first write that failed (a full disk); 0 while none has.
    private(set) var failure: Int32 = 0

    /// Nil, with the error in `errno`, when no file can be made in the temporary folder.
    init?() {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("rusctl-spill-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Adds `text` at the end.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Every byte written so far, from the first, in chunks; false (with `failure` set) when
    /// the file could not be written or read back.
    func readBack(_ body: ([UInt8]) -> Void) -> Bool {
        flush()
        guard failure == 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: Self.chunk)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, Self.chunk, offset) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                failure = errno
                return false
            }
            if count == 0 { return true }
            body(Array(chunk[..<count]))
            offset += off_t(count)
        }
    }

    private static let chunk = 1 << 20

    private func flush() {
        var written = 0
        while written < buffer.count && failure == 0 {
            let count = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, buffer.count - written) }
            if count > 0 { written += count } else if count < 0 && errno == EINTR { continue } else { failure = count < 0 ? errno : EIO }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
