// The one entry libFuzzer calls. Fuzz/run builds both targets — cases (CaseFuzzer.swift) and
// rules files (RulesFuzzer.swift) — into one binary, so the RusRules sources compile once, and
// picks the target with RUSRULES_FUZZ_TARGET (`case` or `rules`). Not part of the package.
import Foundation

let fuzzTarget = ProcessInfo.processInfo.environment["RUSRULES_FUZZ_TARGET"] ?? "case"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if fuzzTarget == "rules" { RulesFuzzer.check(bytes) } else { CaseFuzzer.check(bytes) }
    return 0
}
