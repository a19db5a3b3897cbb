import Testing

@testable import RusRules

/// A report's tail writes a cause's case numbers in pieces as it is written out: the pieces
/// joined are the numbers as one list, whatever their count (issue 23, point 8: memory flat).
@Suite struct ReportTailTests {
    @Test(arguments: [0, 1, 2, 9_000, 40_000])
    func theNumbersWrittenInPiecesAreTheWholeList(count: Int) {
        var numbers = ChangeListing.CaseNumbers()
        let expected = (0..<count).map { $0 * 7 + 2 }  // increasing, as case numbers are found
        for number in expected { numbers.append(number) }
        var tail = ReportTail(text: "[")
        tail.append(numbers)
        tail.append("]")
        var pieces: [String] = []
        tail.write { pieces.append($0) }
        #expect(pieces.joined() == "[" + expected.map(String.init).joined(separator: ", ") + "]")
        #expect(tail.text == pieces.joined())
        // Large lists arrive in several pieces, none far over 64 kB.
        if count == 40_000 { #expect(pieces.count > 3) }
        #expect(pieces.allSatisfy { $0.utf8.count < (1 << 16) + 32 })
    }
}
