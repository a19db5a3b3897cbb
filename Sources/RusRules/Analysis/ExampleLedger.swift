import Foundation

/// What lets `compare --changed` in HTML count most changed cases without explaining them: the
/// report shows only the first few cases of each cause (``ChangeListing/examplesPerCause``), so
/// once a cause has those, a further case needs only to be counted under it.
///
/// The listing that counts a comparison's cases as they are found notes, for each shape of an
/// explained case (``ExplanationMemo/Shape``), the causes it was counted under (their places in
/// the listing), and which causes have all their examples. Every case of a shape has the same
/// causes (``ExplanationMemo``: the same rules decide it, through the same tier, at the same
/// limit, and a cause names no amount), so a later case of a noted shape whose causes all have
/// their examples is counted under them without being explained. The listing writes between
/// batches of cases and the threads that evaluate the next batch read, so whatever a case finds
/// here was found in cases before it: the examples shown are the first of each cause in input
/// order, as when every case is explained.
final class ExampleLedger: @unchecked Sendable {
    /// How many shapes are noted: beyond it, cases of new shapes are explained, so that memory
    /// stays flat however many cases there are (a shape takes a few hundred bytes).
    static let capacity = 1 << 16

    /// Every case of a comparison reads; the listing writes between batches.
    private let lock = ReadWriteLock()
    /// Per noted shape, its causes' places in the listing.
    private var shapes: [ExplanationMemo.Shape: [Int]] = [:]
    /// By place in the listing, whether the cause has all its examples.
    private var complete: [Bool] = []
    private var claimed = false

    /// Whether the caller is the one listing that writes here: the first to ask.
    func claim() -> Bool {
        lock.writing {
            let first = !claimed
            claimed = true
            return first
        }
    }

    /// Notes that a case of `shape` counts under the causes at `places`.
    func note(_ shape: ExplanationMemo.Shape, places: [Int]) {
        lock.writing {
            guard shapes.count < Self.capacity || shapes[shape] != nil else { return }
            shapes[shape] = places
        }
    }

    /// Notes that the cause at `place` has all its examples.
    func markComplete(_ place: Int) {
        lock.writing {
            if complete.count <= place { complete += [Bool](repeating: false, count: place + 1 - complete.count) }
            complete[place] = true
        }
    }

    /// The places of the causes a case of `shape` counts under, when the shape is noted and
    /// every one of them has all its examples; nil when the case must be explained.
    func causes(of shape: ExplanationMemo.Shape) -> [Int]? {
        lock.reading {
            guard let places = shapes[shape], places.allSatisfy({ $0 < complete.count && complete[$0] }) else { return nil }
            return places
        }
    }
}
