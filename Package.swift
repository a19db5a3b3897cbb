// swift-tools-version:6.0
// RusRules: reaction rules for Norwegian minor drug offences, and `rusctl`, its command line.
// No package dependencies: it must build offline on a locked-down machine.
import PackageDescription

let package = Package(
    name: "RusRules",
    products: [
        .library(name: "RusRules", targets: ["RusRules"]),
        .executable(name: "rusctl", targets: ["rusctl"]),
        .executable(name: "rusctl-bench", targets: ["rusctl-bench"]),
    ],
    targets: [
        .target(name: "RusRules", dependencies: ["SHA256Instructions"]),
        // SHA-256's compression on the processor's SHA instructions, where it has them: one C
        // function, since Swift cannot enable an instruction set for one function (see its header).
        .target(name: "SHA256Instructions"),
        // A small HTTP/1.1 server on POSIX sockets for `rusctl serve`: no dependency on the
        // rules, fuzzed on its own (Fuzz/), since Foundation has no HTTP server on Linux.
        .target(name: "HTTPServer"),
        // One call to glibc's mallopt, which Swift cannot reach (see its header): rusctl keeps
        // freed read buffers for reuse.
        .target(name: "HeapTuning"),
        .executableTarget(name: "rusctl", dependencies: ["RusRules", "HTTPServer", "HeapTuning"]),
        // The benchmark: `swift run -c release rusctl-bench`. Ratios against a Foundation
        // baseline measured in the same run; never part of the test suite.
        .executableTarget(name: "rusctl-bench", dependencies: ["RusRules"]),
        // Depends on `rusctl` so that `swift test` builds the binary the CLI tests run.
        .testTarget(name: "RusRulesTests", dependencies: ["RusRules", "HTTPServer", "rusctl"]),
    ]
)
