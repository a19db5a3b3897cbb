import Foundation

/// Up to `capacity` words held inline, hashed as one: the keys by which `compare --changed`
/// looks up every changed case (``ExplanationMemo/Shape``, ``ExampleLedger``). Made for each of
/// a million cases, an array of them was an allocation and its release, and hashing every word
/// showed in profiles.
struct InlineWords<let capacity: Int>: Hashable {
    private(set) var count = 0
    private var words = InlineArray<capacity, UInt32>(repeating: 0)
    /// The words mixed as they are appended, so that the whole is hashed as one word.
    private var digest: UInt64 = 0

    subscript(index: Int) -> UInt32 { words[index] }

    /// Calls `body` with the words in use, read where they stand.
    func withUnsafeWords<Result>(_ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        withUnsafeBytes(of: words) { body(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt32.self), count: count)) }
    }

    /// Appends `word`; false when there is no room for it.
    mutating func append(_ word: UInt32) -> Bool {
        guard count < capacity else { return false }
        words[count] = word
        count += 1
        digest = (digest ^ UInt64(word)) &* 0x9E37_79B9_7F4A_7C15
        digest ^= digest >> 29
        return true
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(digest)
    }

    /// The words in use compared as one block of bytes.
    static func == (a: InlineWords, b: InlineWords) -> Bool {
        a.count == b.count
            && withUnsafeBytes(of: a.words) { first in
                withUnsafeBytes(of: b.words) { second in memcmp(first.baseAddress!, second.baseAddress!, a.count * 4) == 0 }
            }
    }
}
