import Testing

@testable import RusRules

/// A report names its input by SHA-256, and `sha256sum` on the same file must give the same
/// digest: on the processor's SHA instructions where it has them, portably elsewhere.
@Suite struct SHA256Tests {
    /// FIPS 180-2's examples, fed whole and in pieces that cut blocks anywhere.
    @Test(arguments: [true, false]) func matchesTheStandardVectorsInAnyPieces(usingInstructions: Bool) {
        func hex(_ bytes: [UInt8]) -> String {
            var hasher = SHA256(usingInstructions: usingInstructions)
            hasher.update(bytes)
            return hasher.finish()
        }
        #expect(hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var pieces = SHA256(usingInstructions: usingInstructions)
        var offset = 0
        for size in [1, 63, 64, 65, 127, 1000, 4096] + Array(repeating: 99_999, count: 20) where offset < million.count {
            let end = min(offset + size, million.count)
            pieces.update(million[offset..<end])
            offset = end
        }
        pieces.update(million[offset...])
        #expect(pieces.finish() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every length around the block and padding boundaries, random bytes cut at random: the
    /// instructions give the portable digest. Shown as skipped on a processor without them.
    @Test(.enabled(if: SHA256.instructionsAvailable, "this processor has no SHA instructions"))
    func theInstructionsAgreeWithThePortableCompression() {
        var random = SplitMix64(seed: 2026)
        for length in Array(0...200) + [1000, 4095, 4096, 4097, 65_536 + 17] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var portable = SHA256(usingInstructions: false)
            portable.update(bytes)
            var instructions = SHA256(usingInstructions: true)
            var offset = 0
            while offset < length {
                let end = min(length, offset + 1 + Int(random.next() % 300))
                instructions.update(bytes[offset..<end])
                offset = end
            }
            #expect(instructions.finish() == portable.finish(), "length \(length)")
        }
    }
}
