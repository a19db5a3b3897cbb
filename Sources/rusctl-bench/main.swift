import Foundation
import RusRules

// rusctl-bench — measures RusRules and reports ratios against a baseline measured in the same
// run, on input it generates deterministically (`rusctl sample`'s distribution and seed).
//
//   swift run -c release rusctl-bench [--cases N] [--seed S]
//
// 1. evaluate --format json --no-trace: RusRules' reader, engine and writer (as `rusctl evaluate`
//    runs them) against Foundation's JSONDecoder + the same engine + JSONEncoder, over the same
//    cases and decisions.
// 2. compare over all five built-in rule sets: cases per second; and the same cases written as
//    other programs write them (`CaseStyle`: spaces as Python's json.dumps, exponents, long
//    decimals), each as a ratio to the compact form in the same run (target ≤ 1.5×).
// 3. one case from a cold start: `rusctl evaluate case.json`, median wall time.
// 4. peak memory of `rusctl compare` over the generated file.
// 5. `rusctl compare --jobs 1` over the five rule sets against a plain Python evaluator of one
//    rule set reading with orjson (Benchmarks/hr2022_baseline.py), both whole processes over the
//    same cases as Python's json.dumps writes them (about one amount in ten a long decimal):
//    rule-set evaluations per second, as a ratio of the medians of five runs each, taken in turn
//    (target ≥ 20×). The Python evaluator's counts
//    are checked against the engine's over the same file, so it is known to decide the same.
// 6. `rusctl compare --changed` in every format (and `--changed-csv`): its time as a ratio to
//    `compare` without it over the same file (for HTML the medians of five runs each, taken in
//    turn), and its peak memory (target: flat, under 200 MB at 1 000 000 cases; run with
//    --cases 1000000 to measure that).

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let parsed = Int(arguments[index + 1])
    else { return value }
    return parsed
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func rate(_ count: Int, _ time: Double) -> String {
    String(format: "%12.0f", Double(count) / time)
}

let count = option("--cases", default: 200_000)
let seed = UInt64(option("--seed", default: 1))
let today = LegalDate(year: 2024, month: 1, day: 1)!

var sampler = CaseSampler(seed: seed)
var ndjson: [UInt8] = []
var lines: [Data] = []
for _ in 0..<count {
    let line = Array(JSONWriter.compact(sampler.next()).utf8)
    lines.append(Data(line))
    ndjson += line
    ndjson.append(UInt8(ascii: "\n"))
}
let megabytes = Double(ndjson.count) / 1_000_000
print(
    "rusctl-bench: \(count) cases (seed \(seed)), \(String(format: "%.1f", megabytes)) MB of NDJSON, \(String(format: "%.0f", Double(ndjson.count) / Double(count))) bytes a case"
)
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.operatingSystemVersionString)")
print("")

let engine = Engine()
// Decisions without their trace, as `rusctl evaluate --format json --no-trace` makes them; the
// baseline uses the same engine, so both write the same decisions.
let answers = Engine(detail: .answer)

// 1. evaluate --format json
var ours = 0
let oursTime = seconds {
    let reader = CompiledRuleBook(book: engine.book).map { FastCaseReader(compiled: $0, today: today) }
    var stream = CaseStream(bytes: ndjson)
    var output = JSONOutput()
    while true {
        let batch = stream.nextRaw(4096)
        if batch.isEmpty { break }
        for raw in batch {
            switch answers.evaluate(raw, reader: reader, today: today) {
            case .success(let decision): decision.write(to: &output, language: .nb, includeTrace: false)
            case .failure(let errors): output.value(errors.json())
            }
            output.newline()
            ours += output.count
            output.removeAll()
        }
    }
}
var theirs = 0
let baselineTime = try seconds { theirs = try FoundationBaseline.run(lines: lines, engine: answers, today: today) }
print("evaluate --format json --no-trace (full decisions, no trace)")
print("  RusRules                      \(rate(count, oursTime)) cases/s  \(String(format: "%7.1f", megabytes / oursTime)) MB/s")
print("  Foundation JSONDecoder/Encoder\(rate(count, baselineTime)) cases/s  \(String(format: "%7.1f", megabytes / baselineTime)) MB/s")
print("  ratio                          \(String(format: "%11.2f", baselineTime / oursTime))×   (target ≥ 5×; output \(ours) vs \(theirs) bytes)")
print("")

// 2. compare over the five built-in rule sets, in each style the same cases can be written in
func compareTime(_ input: [UInt8]) -> Double {
    var comparison = Comparison(
        engine: engine, baseline: engine.book.defaultBaseline!.id,
        ruleSets: engine.book.ruleSets.map(\.id).filter { $0 != engine.book.defaultBaseline!.id }, today: today, keepChanged: false)
    return seconds {
        var stream = CaseStream(bytes: input)
        comparison.consume(&stream, batchSize: 4096, jobs: 1)
    }
}
let compactTime = compareTime(ndjson)
print(
    "compare, 5 rule sets, in process\(rate(count, compactTime)) cases/s  \(String(format: "%7.1f", megabytes / compactTime)) MB/s   (one thread, input copied from memory)"
)
for style in CaseStyle.allCases where style != .compact {
    var styled = CaseSampler(seed: seed)
    var input: [UInt8] = []
    for _ in 0..<count {
        input += Array(style.write(styled.next()).utf8)
        input.append(UInt8(ascii: "\n"))
    }
    let time = compareTime(input)
    let label = "  written \(style.rawValue)".padding(toLength: 32, withPad: " ", startingAt: 0)
    print("\(label)\(rate(count, time)) cases/s  \(String(format: "%5.2f", time / compactTime))× the compact form's time   (target ≤ 1.5×)")
}
// The SHA-256 a report states of its input, over the same bytes: on its own thread beside
// compare, it costs wall time only when the cores are busy.
let digestTime = seconds { _ = SHA256.hex(ndjson) }
print(
    "input SHA-256 (report provenance)\(String(format: "%7.1f", megabytes / digestTime)) MB/s  \(String(format: "%5.2f", digestTime / compactTime))× compare's time over the same input"
)
print("")

// 3 and 4: the rusctl binary beside this one.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rusctl")
if FileManager.default.isExecutableFile(atPath: binary.path) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let casePath = directory.appendingPathComponent("case.json")
    try lines[0].write(to: casePath)
    let filePath = directory.appendingPathComponent("cases.ndjson")
    try Data(ndjson).write(to: filePath)

    /// Runs rusctl with output discarded: its wall time and its own peak memory. posix_spawn
    /// avoids Foundation.Process's start-up cost, which would dominate a 10 ms cold start; the
    /// peak comes from rusctl itself (RUSCTL_REPORT_PEAK_MEMORY), because on Linux a spawned
    /// child's rusage carries its parent's high-water mark.
    let stderrPath = directory.appendingPathComponent("stderr.txt").path
    func run(_ arguments: [String]) -> (seconds: Double, peakMB: Int) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment: [UnsafeMutablePointer<CChar>?] = [strdup("RUSCTL_REPORT_PEAK_MEMORY=1"), nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        var status: Int32 = 0
        let time = seconds {
            guard posix_spawn(&pid, binary.path, &actions, nil, argv, environment) == 0 else { return }
            waitpid(pid, &status, 0)
        }
        let report = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        let kilobytes =
            report.split(separator: "\n").first { $0.hasPrefix("rusctl: peak memory ") }
            .flatMap { Int($0.dropFirst("rusctl: peak memory ".count).split(separator: " ").first ?? "") } ?? 0
        return (time, kilobytes / 1024)
    }
    let starts = (0..<21).map { _ in run(["evaluate", casePath.path, "--today", "2024-01-01"]).seconds }.sorted()
    print("cold start, one case           \(String(format: "%9.1f", starts[starts.count / 2] * 1000)) ms median of 21   (target < 20 ms)")
    let compareArguments = [
        "compare", "--rules", "ra-2014,nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021",
        "--format", "json", "--today", "2024-01-01", filePath.path,
    ]
    let oneCore = run(compareArguments + ["--jobs", "1"])
    print(
        "rusctl compare --jobs 1        \(rate(count, oneCore.seconds)) cases/s, peak memory \(oneCore.peakMB) MB   (the whole process, from the file; target ≥ 1 000 000)"
    )
    let compareRun = run(compareArguments)
    print("rusctl compare, all cores      \(rate(count, compareRun.seconds)) cases/s, peak memory \(compareRun.peakMB) MB")
    let evaluateArguments = ["evaluate", "--format", "json", "--no-trace", "--today", "2024-01-01", filePath.path]
    let evaluateOneCore = run(evaluateArguments + ["--jobs", "1"])
    print("rusctl evaluate --no-trace -j1 \(rate(count, evaluateOneCore.seconds)) cases/s, peak memory \(evaluateOneCore.peakMB) MB")
    let evaluateRun = run(evaluateArguments)
    print("rusctl evaluate --no-trace     \(rate(count, evaluateRun.seconds)) cases/s, peak memory \(evaluateRun.peakMB) MB   (all cores)")
    let tracedRun = run(["evaluate", "--format", "json", "--today", "2024-01-01", filePath.path])
    print("rusctl evaluate, with trace    \(rate(count, tracedRun.seconds)) cases/s, peak memory \(tracedRun.peakMB) MB   (all cores)")
    print("")
    againstPython(casesFile: filePath, directory: directory) { run(compareArguments.dropLast() + [$0.path, "--jobs", "1"]) }
    print("")
    // The HTML report, which counts most changed cases by their causes, is the one whose time
    // comes near compare's: it and compare without --changed are run five times each, in turn,
    // and their medians compared (a single run of either moved by a fifth on this shared
    // machine). The other formats write every changed case out in words, many times slower;
    // each runs once, against that median.
    let changedArguments = { (format: ComparisonFormat) in
        Array(compareArguments.prefix(3)) + ["--format", format.rawValue, "--changed", "--today", "2024-01-01", filePath.path]
    }
    var plainRuns: [(seconds: Double, peakMB: Int)] = []
    var htmlRuns: [(seconds: Double, peakMB: Int)] = []
    for _ in 0..<5 {
        plainRuns.append(run(compareArguments))
        htmlRuns.append(run(changedArguments(.html)))
    }
    let plain = plainRuns.map(\.seconds).sorted()[2]
    print("compare --changed, all cores: time against compare without it (\(String(format: "%.2f", plain)) s, median of 5), peak memory")
    for format in ComparisonFormat.allCases {
        let changed =
            format == .html
            ? (seconds: htmlRuns.map(\.seconds).sorted()[2], peakMB: htmlRuns.map(\.peakMB).max() ?? 0) : run(changedArguments(format))
        let runs = format == .html ? "median of 5, in turn with compare" : "one run"
        print(
            "  --format \(format.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))            \(String(format: "%7.1f", changed.seconds / plain))× the time, peak memory \(changed.peakMB) MB   (target ≤ 2×, < 200 MB; \(runs))"
        )
    }
    let tidy = run(compareArguments + ["--changed-csv", directory.appendingPathComponent("changed.csv").path])
    print(
        "  --changed-csv                     \(String(format: "%7.1f", tidy.seconds / plain))× the time, peak memory \(tidy.peakMB) MB   (target ≤ 2×, < 200 MB; one run)"
    )
} else {
    print("(rusctl not found beside the benchmark: build it to measure cold start and peak memory)")
}
/// Section 5: `rusctl compare --jobs 1` (five rule sets) against the Python evaluator of one.
func againstPython(casesFile: URL, directory: URL, compare: (URL) -> (seconds: Double, peakMB: Int)) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let script = root.appendingPathComponent("Benchmarks/hr2022_baseline.py").path
    /// Runs python3 with `arguments`: its standard output, wall time and whether it succeeded.
    func python(_ arguments: [String]) -> (output: String, seconds: Double, ok: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        var output = Data()
        let time = seconds {
            guard (try? process.run()) != nil else { return }
            output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        }
        return (String(decoding: output, as: UTF8.self), time, process.isRunning == false && process.terminationStatus == 0)
    }
    guard python(["-c", "import orjson"]).ok else {
        print("(python3 with orjson not found: the Python baseline is skipped; pip install orjson)")
        return
    }
    let pythonCases = directory.appendingPathComponent("python.ndjson")
    guard python([script, "write", casesFile.path, pythonCases.path]).ok, let bytes = FileManager.default.contents(atPath: pythonCases.path)
    else {
        print("(the Python baseline could not write its cases)")
        return
    }
    // Five runs of each, taken in turn, and the medians compared: on a shared machine a single
    // run of either was up to a third off.
    var ourRuns: [(seconds: Double, peakMB: Int)] = []
    var theirRuns: [(output: String, seconds: Double, ok: Bool)] = []
    for _ in 0..<5 {
        ourRuns.append(compare(pythonCases))
        theirRuns.append(python([script, "evaluate", pythonCases.path]))
    }
    let ours = ourRuns.sorted { $0.seconds < $1.seconds }[2]
    let theirs = theirRuns.sorted { $0.seconds < $1.seconds }[2]
    // The engine's outcomes under hr-2022 over the same file, to check the Python evaluator's.
    var expected: [String: Int] = [:]
    var stream = CaseStream(bytes: Array(bytes))
    let outcomes = Engine(detail: .outcome)
    for entry in stream.nextAll() {
        guard case .success(let decision) = outcomes.evaluate(entry, ruleSet: "hr-2022", today: today) else { continue }
        expected["\(decision.liability.rawValue) / \(decision.recommended?.rawValue ?? "none")", default: 0] += 1
    }
    let reported = (try? JSONSerialization.jsonObject(with: Data(theirs.output.utf8))) as? [String: Any]
    let agrees = (reported?["outcomes"] as? [String: Int]) == expected
    let ruleSets = 5.0
    print("against a plain Python evaluator of one rule set (orjson), the same \(count) cases as json.dumps writes them")
    print("  rusctl compare --jobs 1, 5 rule sets\(rate(Int(Double(count) * ruleSets), ours.seconds)) rule-set evaluations/s, peak memory \(ours.peakMB) MB")
    print(
        "  Python hr2022_baseline.py, 1 rule set\(rate(count, theirs.seconds)) rule-set evaluations/s   (its outcomes \(agrees ? "agree with the engine's" : "DIFFER from the engine's"))"
    )
    print(
        "  ratio                          \(String(format: "%11.1f", ruleSets * theirs.seconds / ours.seconds))×   (target ≥ 20×; both whole processes, median of 5 runs each)"
    )
}

var own = rusage()
getrusage(RUSAGE_SELF.rawValue, &own)
print("benchmark process peak memory  \(own.ru_maxrss / 1024) MB (holds the generated input)")
