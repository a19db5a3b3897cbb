import Dispatch

/// Runs a pure function over a batch on several threads and returns the results in input
/// order, so output never depends on `--jobs`.
package enum OrderedParallel {
    /// How many contiguous slices each thread takes, on average, as the threads come free:
    /// items can cost very different times (a changed case explained by the engine costs a
    /// hundred counted ones), and with one slice a thread, one thread waited for the other.
    static let slicesPerJob = 8

    /// `transform` applied to every item, on up to `jobs` threads (contiguous slices, taken in
    /// turn by whichever thread is free).
    package static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Output
    ) -> [Output] {
        let jobs = max(1, min(jobs, items.count))
        guard jobs > 1 else { return items.map(transform) }
        let slots = Slots<Output>(count: items.count)
        let slices = min(items.count, jobs * slicesPerJob)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            // Slices of equal size, give or take one item; none empty, as slices ≤ items.
            for index in (slice * items.count / slices)..<((slice + 1) * items.count / slices) {
                slots.initialize(index, to: transform(items[index]))
            }
        }
        return slots.take()
    }

    /// Raw memory for the results, allocated once. Each index is initialised by exactly one
    /// thread and read only after `concurrentPerform` has returned, so no two threads touch the
    /// same memory: that is why the unchecked Sendable is sound. (An Array is not safe here:
    /// its `withUnsafeMutableBufferPointer` moves the buffer out of the array while it runs.)
    private final class Slots<Output>: @unchecked Sendable {
        private let memory: UnsafeMutablePointer<Output>
        private let count: Int

        init(count: Int) {
            self.count = count
            memory = .allocate(capacity: count)
        }

        func initialize(_ index: Int, to value: Output) {
            (memory + index).initialize(to: value)
        }

        /// The results, moved out of the raw memory (which is then freed).
        func take() -> [Output] {
            let results = Array(UnsafeBufferPointer(start: memory, count: count))
            memory.deinitialize(count: count)
            memory.deallocate()
            return results
        }
    }
}
