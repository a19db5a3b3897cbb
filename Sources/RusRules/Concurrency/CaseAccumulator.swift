/// Something that counts cases streamed through it: each case is evaluated purely (so batches
/// can run in parallel) and recorded in input order. ``Comparison`` and ``Sweep`` are ones.
package protocol CaseAccumulator: Sendable {
    associatedtype CaseResult: Sendable
    /// How many cases have been recorded.
    var cases: Int { get }
    func evaluate(_ raw: CaseStream.Raw) -> CaseResult
    mutating func record(_ result: CaseResult)
    /// `evaluate` as a closure over a copy of the accumulator, made by the concrete type: a
    /// call through the protocol copied the whole accumulator (some 600 bytes) for every case.
    func evaluator() -> @Sendable (CaseStream.Raw) -> CaseResult
}

extension CaseAccumulator {
    /// Reads `stream` to its end in batches, evaluating each batch on `jobs` threads and
    /// recording the results in input order; `progress` is told how many cases are done, and
    /// `afterBatch` may take what a batch left to write out (``Comparison/takeChanged()``).
    package mutating func consume(
        _ stream: inout CaseStream, batchSize: Int, jobs: Int, progress: (Int) -> Void = { _ in }, afterBatch: (inout Self) -> Void = { _ in }
    ) {
        while true {
            let batch = stream.nextRaw(batchSize)
            if batch.isEmpty { return }
            let evaluate = evaluator()
            if jobs == 1 {
                // On one thread each result is recorded as it comes: no array of results.
                for raw in batch { record(evaluate(raw)) }
            } else {
                for result in OrderedParallel.map(batch, jobs: jobs, evaluate) { record(result) }
            }
            afterBatch(&self)
            progress(cases)
        }
    }
}

extension Comparison: CaseAccumulator {}

extension Sweep: CaseAccumulator {
    package func evaluator() -> @Sendable (CaseStream.Raw) -> CaseResult {
        let sweep = self
        return { sweep.evaluate($0) }
    }
}
