// swift-tools-version:6.0
// RusRules: reaction rules for Norwegian minor drug offences, and `rusctl`, its command line.
// No package dependencies: it must build offline on a locked-down machine.
import PackageDescription

let package = Package(
    name: "RusRules",
    products: [
        .library(name: "RusRules", targets: ["RusRules"]),
        .executable(name: "rusctl", targets: ["rusctl"]),
    ],
    targets: [
        .target(name: "RusRules"),
        .executableTarget(name: "rusctl", dependencies: ["RusRules"]),
        // Depends on `rusctl` so that `swift test` builds the binary the CLI tests run.
        .testTarget(name: "RusRulesTests", dependencies: ["RusRules", "rusctl"]),
    ]
)
