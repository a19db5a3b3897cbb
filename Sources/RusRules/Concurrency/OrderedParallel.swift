import Dispatch

/// Runs a pure function over a batch on several threads and returns the results in input
/// order, so output never depends on `--jobs`.
public enum OrderedParallel {
    /// `transform` applied to every item, on up to `jobs` threads (contiguous slices, one each).
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Output
    ) -> [Output] {
        let jobs = max(1, min(jobs, items.count))
        guard jobs > 1 else { return items.map(transform) }
        let results = Slots<Output>(count: items.count)
        let sliceSize = (items.count + jobs - 1) / jobs
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            let range = (job * sliceSize)..<min((job + 1) * sliceSize, items.count)
            for index in range { results.store(transform(items[index]), at: index) }
        }
        return results.values.map { $0! }
    }

    /// One slot per item. Each index is written by exactly one thread, and read only after
    /// `concurrentPerform` has returned, so no two threads touch the same memory: that is why
    /// the unchecked Sendable is sound.
    private final class Slots<Output>: @unchecked Sendable {
        private(set) var values: [Output?]

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func store(_ value: Output, at index: Int) {
            values.withUnsafeMutableBufferPointer { $0[index] = value }
        }
    }
}
