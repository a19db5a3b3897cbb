/// Tests on eight bytes at once (SWAR), for scanners that look for a few byte values in long
/// runs of text. Each test is exact as a yes/no answer (the classic "has a zero byte" and "has
/// a byte less than n" tricks); a caller that gets yes finds the byte one at a time.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `pointer`, in memory order (any alignment).
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    }

    /// Nonzero exactly when a byte of `word` equals `byte` (the high bit of the lowest such
    /// byte is set); masks can be or-ed to ask several questions at once.
    @inline(__always)
    static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & high
    }

    /// Nonzero exactly when a byte of `word` is less than `limit` (at most 128).
    @inline(__always)
    static func lessMask(_ word: UInt64, than limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & high
    }
}
