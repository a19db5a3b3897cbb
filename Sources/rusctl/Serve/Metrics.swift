import Foundation

/// Counters for `GET /metrics` in the Prometheus text format (as OPA's server offers them):
/// requests by route and status, a latency histogram by route, and the open connections.
final class Metrics: @unchecked Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    private let lock = NSLock()
    private var requests: [String: [Int: Int]] = [:]
    private var histogram: [String: (counts: [Int], sum: Double, count: Int)] = [:]
    /// The open connections, asked when the metrics are read.
    var openConnections: @Sendable () -> Int = { 0 }

    func record(route: String, status: Int, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        requests[route, default: [:]][status, default: 0] += 1
        var entry = histogram[route] ?? (Array(repeating: 0, count: Self.buckets.count), 0, 0)
        for (index, bound) in Self.buckets.enumerated() where seconds <= bound { entry.counts[index] += 1 }
        entry.sum += seconds
        entry.count += 1
        histogram[route] = entry
    }

    func exposition() -> String {
        lock.lock()
        defer { lock.unlock() }
        var lines = ["# HELP rusctl_http_requests_total HTTP requests by route and status.", "# TYPE rusctl_http_requests_total counter"]
        for route in requests.keys.sorted() {
            for status in requests[route]!.keys.sorted() {
                lines.append("rusctl_http_requests_total{route=\"\(route)\",status=\"\(status)\"} \(requests[route]![status]!)")
            }
        }
        lines += [
            "# HELP rusctl_http_request_duration_seconds Time to answer a request, by route.",
            "# TYPE rusctl_http_request_duration_seconds histogram",
        ]
        for route in histogram.keys.sorted() {
            let entry = histogram[route]!
            for (index, bound) in Self.buckets.enumerated() {
                lines.append("rusctl_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"\(bound)\"} \(entry.counts[index])")
            }
            lines.append("rusctl_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"+Inf\"} \(entry.count)")
            lines.append("rusctl_http_request_duration_seconds_sum{route=\"\(route)\"} \(entry.sum)")
            lines.append("rusctl_http_request_duration_seconds_count{route=\"\(route)\"} \(entry.count)")
        }
        lines += [
            "# HELP rusctl_http_open_connections Connections open now.", "# TYPE rusctl_http_open_connections gauge",
            "rusctl_http_open_connections \(openConnections())",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
