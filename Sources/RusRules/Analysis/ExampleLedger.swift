import Foundation

/// What lets `compare --changed` in HTML count most changed cases without explaining them: the
/// report shows only the first few cases of each cause (``ChangeListing/examplesPerCause``), so
/// once a cause has those, a further case needs only to be counted under it.
///
/// The listing that counts a comparison's cases as they are found notes, for the key of each
/// explained case (``Key``: what of its shape its causes rest on), the causes it was counted
/// under (their places in the listing), and which causes have all their examples. Every case
/// with the same key has the same causes, so a later case with a noted key whose causes all have
/// their examples is counted under them without being explained. The listing writes between
/// batches of cases and the threads that evaluate the next batch read, so whatever a case finds
/// here was found in cases before it: the examples shown are the first of each cause in input
/// order, as when every case is explained.
final class ExampleLedger: @unchecked Sendable {
    /// What fixes the causes of a changed case: its ``ExplanationMemo/Shape`` but for the totals
    /// no cause names. A shape's path fixes the rules that decide and the table whose comparison
    /// decides under each rule set; there it is the first total above a known limit, else the
    /// last compared (``ExplanationMemo``); and a cause names what decided and that comparison's
    /// substance, table, limit and relation, never an amount. So cases alike in their path and,
    /// table by table, in those two totals and their standings count under the same causes,
    /// whatever their other totals: far fewer keys than shapes, each explained once.
    struct Key: Hashable {
        /// The shape's, but for its number of totals, which no rule reads.
        let outline: ExplanationMemo.Outline
        /// Per table, which standings occur with the first total above a known limit, and the
        /// last compared with its standing (``ExplanationMemo/Shape/forEachTable(_:)``).
        let tables: InlineWords<80>

        init(_ shape: ExplanationMemo.Shape) {
            var tables = InlineWords<80>()
            shape.forEachTable { table in
                // Ten bits of standings, sixteen of the total: room for both, as for the last and its standing.
                _ = tables.append(table.occurring | table.firstAbove << 10)
                _ = tables.append(table.lastCompared)
            }
            let shown = shape.outline
            outline = ExplanationMemo.Outline(
                codes: shown.codes, periods: shown.periods, conditions: shown.conditions, facts: shown.facts & ~(0xFF << 24))
            self.tables = tables
        }
    }

    /// How many keys are noted: beyond it, cases with new keys are explained, so that memory
    /// stays flat however many cases there are (a key takes a few hundred bytes; the sets of
    /// causes they count under are fewer, each kept once).
    static let capacity = 1 << 16

    /// Every case of a comparison reads; the listing writes between batches.
    private let lock = ReadWriteLock()
    /// Per noted key, the number of its set of causes.
    private var keys: [Key: Int] = [:]
    /// The sets of causes noted, as places in the listing, by number; and each one's number.
    private var sets: [[Int]] = []
    private var causeSetNumbers: [[Int]: Int] = [:]
    /// By number, whether every cause of the set has all its examples.
    private var setComplete: [Bool] = []
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

    /// Notes that a case of `shape` (and every case with its key) counts under the causes at `places`.
    func note(_ shape: ExplanationMemo.Shape, places: [Int]) {
        lock.writing {
            let key = Key(shape)
            guard keys.count < Self.capacity || keys[key] != nil else { return }
            let number =
                causeSetNumbers[places]
                ?? {
                    sets.append(places)
                    setComplete.append(places.allSatisfy { $0 < complete.count && complete[$0] })
                    causeSetNumbers[places] = sets.count - 1
                    return sets.count - 1
                }()
            keys[key] = number
        }
    }

    /// Notes that the cause at `place` has all its examples.
    func markComplete(_ place: Int) {
        lock.writing {
            if complete.count <= place { complete += [Bool](repeating: false, count: place + 1 - complete.count) }
            complete[place] = true
            for (number, places) in sets.enumerated() where !setComplete[number] && places.contains(place) {
                setComplete[number] = places.allSatisfy { $0 < complete.count && complete[$0] }
            }
        }
    }

    /// The number of the set of causes a case of `shape` counts under, when its key is noted
    /// and every one of them has all its examples; nil when the case must be explained.
    func causes(of shape: ExplanationMemo.Shape) -> Int? {
        let key = Key(shape)
        return lock.reading {
            guard let number = keys[key], setComplete[number] else { return nil }
            return number
        }
    }

    /// The sets of causes noted, by number, each as the places of its causes in the listing.
    var causeSets: [[Int]] {
        lock.reading { sets }
    }
}
