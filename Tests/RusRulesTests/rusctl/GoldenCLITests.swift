import Foundation
import Testing
@testable import RusRules

/// Golden CLI tests as data (`Tests/golden/*.t`): a command line, and the exact standard output,
/// standard error and exit code it must give — help texts, usage lines and the errors of typical
/// mistakes. After an intended change, `RUSCTL_UPDATE_GOLDEN=1 swift test --filter Golden`
/// rewrites the files from the binary; review the diff before committing it. The rule data's
/// fingerprint is written `{rule-data-fingerprint}`, so a data-only change rewrites no golden.
///
/// ```
/// # what the file pins
/// $ rusctl evaluate --lang de Fixtures/practice/voksen-first-time.json
/// --- exit 64
/// --- stdout
/// --- stderr
/// Error: 'de' is not a valid value for '--lang'; use nb or en.
/// ```
/// A section's text is its lines, each ending with a line break.
@Suite struct GoldenCLITests {
    static let folder = Repository.root.appendingPathComponent("Tests/golden")
    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".t") }.sorted()

    struct Golden {
        var comments: [String] = []
        var arguments: [String] = []
        var stdin: String?
        var exit: Int32 = 0
        var stdout = ""
        var stderr = ""

        init(_ text: String) throws {
            var section: String?
            var body: [String] = []
            func close() {
                let content = body.isEmpty ? "" : body.joined(separator: "\n") + "\n"
                switch section {
                case "stdout": stdout = content
                case "stderr": stderr = content
                case "stdin": stdin = content
                default: break
                }
                body = []
            }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) {
                if line.hasPrefix("--- ") {
                    close()
                    let marker = line.dropFirst(4).split(separator: " ")
                    section = marker.first.map(String.init)
                    if section == "exit", let code = marker.dropFirst().first.flatMap({ Int32($0) }) { exit = code }
                } else if section != nil {
                    body.append(line)
                } else if line.hasPrefix("$ rusctl") {
                    arguments = Self.split(String(line.dropFirst("$ rusctl".count)))
                } else {
                    comments.append(line)
                }
            }
            close()
        }

        /// Words split at spaces; 'single quotes' keep spaces.
        static func split(_ line: String) -> [String] {
            var words: [String] = []
            var word = ""
            var quoted = false
            var started = false
            for character in line {
                if character == "'" {
                    quoted.toggle()
                    started = true
                } else if character == " " && !quoted {
                    if started { words.append(word) }
                    word = ""
                    started = false
                } else {
                    word.append(character)
                    started = true
                }
            }
            if started { words.append(word) }
            return words
        }
    }

    @Test func thereAreGoldenTestsForEveryCommand() {
        for command in ["evaluate", "compare", "sweep", "sample", "rules", "test", "check"] {
            #expect(Self.files.contains("\(command)-help.t"), "\(command) --help is pinned")
            #expect(Self.files.filter { $0.hasPrefix(command + "-") }.count >= 3, "\(command): help and typical mistakes")
        }
    }

    @Test(arguments: files)
    func theCommandGivesExactlyThis(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        var golden = try Golden(String(contentsOf: url, encoding: .utf8))
        let run = try CLITests().rusctl(golden.arguments, stdin: golden.stdin)
        // The rule data's fingerprint changes with every change of a legal value: the goldens
        // hold a placeholder, so that a data-only change needs no golden rewritten.
        let stdout = Self.placeholders(run.stdout)
        let stderr = Self.placeholders(run.stderr)
        if ProcessInfo.processInfo.environment["RUSCTL_UPDATE_GOLDEN"] != nil {
            golden.exit = run.status
            golden.stdout = stdout
            golden.stderr = stderr
            try Self.write(golden, to: url)
            return
        }
        #expect(run.status == golden.exit, "\(name): exit code")
        #expect(stdout == golden.stdout, "\(name): standard output")
        #expect(stderr == golden.stderr, "\(name): standard error")
    }

    /// What the goldens write instead of values read from the rule data.
    static let fingerprintPlaceholder = "{rule-data-fingerprint}"

    static func placeholders(_ output: String) -> String {
        output.replacingOccurrences(of: RuleBook.builtInDataFingerprint, with: fingerprintPlaceholder)
    }

    static func write(_ golden: Golden, to url: URL) throws {
        var lines = golden.comments + ["$ rusctl " + golden.arguments.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ")]
        if let stdin = golden.stdin { lines.append("--- stdin"); lines.append(contentsOf: section(stdin)) }
        lines.append("--- exit \(golden.exit)")
        lines.append("--- stdout")
        lines.append(contentsOf: section(golden.stdout))
        lines.append("--- stderr")
        lines.append(contentsOf: section(golden.stderr))
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: false, encoding: .utf8)
    }

    /// A section's lines: the text without its last line break, so that reading gives it back.
    static func section(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// Every example in every command's help runs as printed, in a scratch folder that holds what
/// the examples name: `case.json`, `cases.ndjson` (sampled), `mine.json` (exported) and a copy of
/// the repository's `Fixtures/`.
@Suite struct HelpExampleTests {
    static let commands = ["evaluate", "ny", "mal", "compare", "sweep", "sample", "rules", "test", "check"]

    static func examples(of command: String) throws -> [String] {
        let help = try CLITests().rusctl([command, "--help"]).stdout
        guard let start = help.range(of: "EXAMPLES:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("rusctl ") }
    }

    /// Pasted into a shell as printed, an examples block runs only its commands: every line of
    /// a wrapped comment starts with '#', in both languages.
    @Test(arguments: commands + ["serve"])
    func everyExampleLineIsACommentOrACommand(_ command: String) throws {
        for language in ["en", "nb"] {
            let help = try CLITests().rusctl([command, "--help", "--lang", language]).stdout
            guard let start = help.range(of: language == "nb" ? "EKSEMPLER:\n" : "EXAMPLES:\n") else { continue }
            for line in help[start.upperBound...].split(separator: "\n") {
                let isCommand = line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.hasPrefix("  #")
                #expect(line.hasPrefix("  # ") || isCommand, "\(command) --lang \(language): \(line)")
            }
        }
    }

    @Test(arguments: commands)
    func everyExampleRuns(_ command: String) throws {
        let examples = try Self.examples(of: command)
        #expect(!examples.isEmpty, "\(command) --help shows examples")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rusctl-examples-\(command)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("docs/schema"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: Repository.fixtures, to: scratch.appendingPathComponent("Fixtures"))
        let mine = try CLITests().rusctl(["rules", "export", "prop-92-l-2021"]).stdout
        try mine.write(to: scratch.appendingPathComponent("mine.json"), atomically: false, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Repository.fixtures.appendingPathComponent("practice/voksen-first-time.json"),
            to: scratch.appendingPathComponent("case.json"))
        // The answers a prosecutor would type, for `rusctl ny`'s examples.
        let answers = ["", "14.03.2023", "02.05.2023", "30", "", "", "", "bruk", "", "hasj", "2 g", "", ""]
        try (answers.joined(separator: "\n") + "\n").write(to: scratch.appendingPathComponent("answers.txt"), atomically: false, encoding: .utf8)
        let cases = try CLITests().rusctl(["sample", "--count", "200", "--seed", "3"]).stdout
        try cases.write(to: scratch.appendingPathComponent("cases.ndjson"), atomically: false, encoding: .utf8)
        let binaryFolder = URL(fileURLWithPath: CLITests.binaryPath()).deletingLastPathComponent().path
        for example in examples {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", "( " + example + " ) < answers.txt > /dev/null 2> stderr.txt"]
            shell.currentDirectoryURL = scratch
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = binaryFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            shell.environment = environment
            try shell.run()
            shell.waitUntilExit()
            let stderr = (try? String(contentsOf: scratch.appendingPathComponent("stderr.txt"), encoding: .utf8)) ?? ""
            #expect(shell.terminationStatus == 0, "\(example)\n\(stderr)")
        }
    }
}
