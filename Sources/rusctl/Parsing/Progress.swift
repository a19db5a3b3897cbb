import Foundation
import RusRules

/// Progress on standard error for long runs: silent unless stderr is a terminal and the work has
/// taken over a second; then one line (``ProgressLine``), redrawn at most five times a second,
/// cleared at the end. Silent too where the work writes to standard output as it goes and that
/// is the same terminal: the line would land among the answers.
struct Progress {
    private let label: String
    private let total: Int?
    private let unit: ProgressLine.Unit
    private let language: Language
    /// How much of the input file has been read, where the work is reading one.
    var meter: InputMeter?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let enabled: Bool

    /// `writesAsItGoes`: the work writes its answers to standard output while it runs.
    init(
        _ label: String, total: Int? = nil, unit: ProgressLine.Unit = .cases, meter: InputMeter? = nil, language: Language,
        writesAsItGoes: Bool = false
    ) {
        enabled = isatty(STDERR_FILENO) == 1 && !(writesAsItGoes && isatty(STDOUT_FILENO) == 1)
        self.label = label
        self.total = total
        self.unit = unit
        self.meter = meter
        self.language = language
    }

    mutating func update(_ done: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        drawn = true
        let line = ProgressLine(
            label: label, done: done, total: total, unit: unit, seconds: now.timeIntervalSince(start),
            read: meter.flatMap { meter in meter.size.map { (meter.read, $0) } })
        Terminal().err("\r\u{1B}[K" + line.text(language))
    }

    func finish() {
        guard drawn else { return }
        Terminal().err("\r\u{1B}[K")
    }
}

/// How much of an input has been read, for ``Progress``: the bytes so far and, for a regular
/// file, its size (a pipe has none). Read and told on the thread that reads the input.
final class InputMeter {
    private(set) var read = 0
    private(set) var size: Int?

    /// Starts over on a newly opened `descriptor`.
    func opened(_ descriptor: Int32) {
        var status = stat()
        size = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        read = 0
    }

    func add(_ count: Int) { read += count }
}
