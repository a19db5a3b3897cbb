import Foundation

/// The end of a report, after its changed cases, written in pieces: the case numbers of a
/// cause can be millions, and are written as text only as the tail is written out, so that a
/// report over a million cases never holds them as one string.
package struct ReportTail: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case numbers(ChangeListing.CaseNumbers)
    }
    private var pieces: [Piece] = []

    init() {}

    init(text: String) { pieces = [.text(text)] }

    mutating func append(_ text: String) { pieces.append(.text(text)) }

    /// Case numbers, written «1, 5, 9».
    mutating func append(_ numbers: ChangeListing.CaseNumbers) { pieces.append(.numbers(numbers)) }

    /// Hands the tail's text to `sink` in order, case numbers in pieces of about 64 kB.
    package func write(_ sink: (String) -> Void) {
        for piece in pieces {
            switch piece {
            case .text(let text): sink(text)
            case .numbers(let numbers):
                var chunk = ""
                var first = true
                for number in numbers {
                    if !first { chunk += ", " }
                    first = false
                    chunk += String(number)
                    if chunk.utf8.count >= 1 << 16 {
                        sink(chunk)
                        chunk = ""
                    }
                }
                if !chunk.isEmpty { sink(chunk) }
            }
        }
    }

    /// The whole tail as one string (a report rendered in memory).
    package var text: String {
        var text = ""
        write { text += $0 }
        return text
    }
}
