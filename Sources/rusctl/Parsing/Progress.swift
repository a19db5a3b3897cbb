import Foundation

/// Progress on standard error for long runs: silent unless stderr is a terminal and the work has
/// taken over a second; then one line, redrawn at most five times a second, cleared at the end.
struct Progress {
    private let label: String
    private let total: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let enabled = isatty(STDERR_FILENO) == 1

    init(_ label: String, total: Int? = nil) {
        self.label = label
        self.total = total
    }

    mutating func update(_ done: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        drawn = true
        let rate = Double(done) / now.timeIntervalSince(start)
        let of = total.map { " of \($0) (\(Int(Double(done) / Double(max($0, 1)) * 100))%)" } ?? ""
        Terminal().err("\r\u{1B}[K\(label): \(done)\(of), \(Int(rate))/s")
    }

    func finish() {
        guard drawn else { return }
        Terminal().err("\r\u{1B}[K")
    }
}
